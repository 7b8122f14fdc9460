import Foundation
import Testing
@testable import JixiaoTUI
import JixiaoKit

/// A 项目概况 of megabytes in the detail pane (issue 12): laid out exactly (CJK two columns,
/// kinsoku) at the top, in the middle and at its cut, laid out once per form and width, and
/// kept only as far as it is laid out.
@Suite struct HugeTextTests {
    /// About 2 MB of sentences with numbers, brackets and quotes (what wrapping takes care of),
    /// numbered so that no two pages look alike.
    static let huge: String = {
        var s = ""
        var i = 0
        while s.utf8.count < 2 << 20 {
            s += "第\(i)批：项目资金用于城乡居民养老补助，2025年发放3,413.66万元（含省级补助）；覆盖“五保户”等群体。"
            i += 1
        }
        return s
    }()

    static var forms: [Form] {
        var forms = Sample.forms
        forms[0].narrative.overview = huge
        return forms
    }

    /// The detail pane's lines of the huge text, wrapped independently of the browser: the
    /// pane shows `TextLayout.maxLines - 1` of them, then says it cut the text.
    static func expectedLines(width: Int) -> [String] {
        let w = DetailDocument.textWidth(width) - 2  // a narrative is indented by 2
        let prefix = String(huge.unicodeScalars.prefix(w * TextLayout.maxLines))
        return Array(TextLayout.wrap(prefix, width: w, maxLines: .max).prefix(TextLayout.maxLines - 1))
    }

    /// Checks every row of the detail pane that shows the huge text (or its cut) against the
    /// independent layout; returns how many rows were checked.
    @discardableResult
    static func checkRows(_ b: Browser, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        let g = b.grid()
        expectRowWidths(g, sourceLocation: sourceLocation)
        let doc = b.state.detailDocument()
        let expected = expectedLines(width: b.state.detailWidth)
        let start = doc.sections.first { $0.title == Narrative.fields[0].label }!.line + 1
        let body = b.state.paneRect(.detail).belowTitle
        let top = min(b.state.detailTop, max(0, doc.lines.count - body.height))
        var checked = 0
        for row in 0..<body.height {
            let k = top + row - start
            let text = String(g.rowText(body.y + row).dropFirst(body.x + 3))  // margin and indent
            if expected.indices.contains(k) {
                #expect(text.hasPrefix(expected[k]), "line \(k): \(text)", sourceLocation: sourceLocation)
                let rest = text.dropFirst(expected[k].count).dropLast()  // the scroll bar
                #expect(rest.allSatisfy { $0 == " " }, "line \(k) goes on: \(rest)", sourceLocation: sourceLocation)
                checked += 1
            } else if k == expected.count {
                #expect(text.hasPrefix(TextLayout.cutMarker), sourceLocation: sourceLocation)
                checked += 1
            }
        }
        return checked
    }

    @Test func aHugeNarrativeLaysOutAtTheTopTheMiddleAndItsCut() throws {
        var b = makeBrowser(80, 24, forms: Self.forms)
        try #require(b.state.currentFormIndex == 0)
        b.press(.tab)
        #expect(b.state.focus == .detail)
        // Top: the first lines, under the section's title.
        #expect(Self.checkRows(b) > 5)
        // The middle, 30 pages down.
        for _ in 0..<30 { b.press(.pageDown) }
        #expect(b.state.detailTop > 600)
        #expect(Self.checkRows(b) == b.state.paneRect(.detail).belowTitle.height)
        expectSnapshot(b.grid(), "huge-narrative-middle")
        // Its end: the next section at the top, then three lines up — the last lines laid out,
        // the cut marker, the blank line before 立项依据.
        b.press(.char("]"))
        let doc = b.state.detailDocument()
        let next = try #require(doc.sections.first { $0.title == Narrative.fields[1].label })
        #expect(b.state.detailTop == next.line)
        for _ in 0..<3 { b.press(.up) }
        #expect(b.state.detailTop == next.line - 3)
        #expect(Self.checkRows(b) == 2)
        #expect(doc.lines.count < TextLayout.maxLines + 200)
    }

    @Test func theLayoutIsMadeOncePerFormAndWidth() {
        var b = makeBrowser(80, 24, forms: Self.forms)
        b.press(.tab)
        _ = b.grid()
        let built = b.state.derived.detailBuilds
        for _ in 0..<20 {
            b.press(.pageDown)
            _ = b.grid()
        }
        b.press(.char("G"), .char("g"), .char("]"), .char("["))
        _ = b.grid()
        #expect(b.state.derived.detailBuilds == built)
        // The next form, then back onto the huge one: only the next form is laid out.
        b.press(.tab, .tab, .char("j"), .tab)
        _ = b.grid()
        #expect(b.state.derived.detailBuilds == built + 1)
        b.press(.tab, .tab, .char("k"), .tab)
        _ = b.grid()
        #expect(b.state.currentFormIndex == 0)
        #expect(b.state.derived.detailBuilds == built + 1)
        // Another width is another layout; back to the first width, none.
        b.press(.resize(width: 110, height: 30))
        _ = b.grid()
        #expect(b.state.derived.detailBuilds == built + 2)
        b.press(.resize(width: 80, height: 24))
        _ = b.grid()
        #expect(b.state.derived.detailBuilds == built + 2)
        #expect(Self.checkRows(b) > 5)
        // The document keeps the part of the text it laid out, not the 2 MB.
        let doc = b.state.detailDocument()
        #expect(doc.texts.map(\.utf8.count).max()! < 200_000)
    }

    @Test func searchLightsAndStepsInAHugeNarrative() {
        var b = makeBrowser(80, 24, forms: Self.forms)
        b.press(.char("/"))
        b.type("第12批")
        b.press(.enter)
        b.press(.char("n"))
        #expect(b.state.focus == .detail)
        let g = b.grid()
        let body = b.state.paneRect(.detail).belowTitle
        let lit = (body.y..<body.maxY).filter { styleMap(g, row: $0).contains("H") }
        #expect(!lit.isEmpty)
        #expect(lit.contains { g.rowText($0).contains("第12批") })
    }
}
