import Testing
@testable import JixiaoTUI
import JixiaoKit

@Suite struct SearchTests {
    func projects(_ b: Browser) -> [String] { b.state.rows.map { b.state.forms[$0].project } }

    @Test func typingNarrowsAtOnce() {
        var b = makeBrowser(80, 24)
        b.press(.char("/"))
        #expect(b.state.prompt != nil)
        #expect(b.state.rows.count == 7)
        b.type("补贴")
        #expect(projects(b) == ["公交政策性亏损补贴", "山西晋东华润燃气有限公司2024-2025年度供暖季掺混天然气补贴2024-2025年度供暖季掺混天然气补贴"]
            || b.state.rows.count >= 2)
        let afterTwo = b.state.rows
        b.type("公")
        #expect(b.state.rows.allSatisfy(afterTwo.contains))
        b.press(.backspace)
        #expect(b.state.rows == afterTwo)
        b.press(.ctrl("u"))
        #expect(b.state.prompt?.text == "")
        #expect(b.state.rows.count == 7)
        b.type("公交")
        #expect(projects(b) == ["公交政策性亏损补贴"])
        #expect(b.grid().rowText(23).contains("1 个匹配"))
        b.type("zzz")
        #expect(b.state.rows.isEmpty)
        #expect(b.grid().text.contains("没有匹配“公交zzz”的项目"))
        expectRowWidths(b.grid())
    }

    @Test func escRestoresThePreviousView() {
        var b = makeBrowser(120, 40)
        b.press(.char("G"), .char("k"), .tab, .char("j")) // form 6, detail scrolled
        let before = b.state
        b.press(.char("/"))
        b.type("公交")
        #expect(b.state.rows.count == 1)
        #expect(b.state.focus == .list)
        b.press(.escape)
        #expect(b.state.prompt == nil)
        #expect(b.state.rows == before.rows)
        #expect(b.state.selected == before.selected)
        #expect(b.state.focus == .detail)
        #expect(b.state.detailTop == before.detailTop)
        #expect(b.state.highlight.isEmpty)
    }

    @Test func enterKeepsTheFilterAndEscClearsIt() {
        var b = makeBrowser(80, 24)
        b.press(.char("/"))
        b.type("公交")
        b.press(.enter)
        #expect(b.state.prompt == nil)
        #expect(b.state.filter == "公交")
        #expect(projects(b) == ["公交政策性亏损补贴"])
        #expect(b.grid().rowText(23).contains("筛选 公交"))
        b.press(.escape)
        #expect(b.state.filter.isEmpty)
        #expect(b.state.rows.count == 7)
        #expect(b.state.currentForm?.project == "公交政策性亏损补贴") // selection kept
    }

    @Test func backspaceOnEmptyPromptCancels() {
        var b = makeBrowser(80, 24)
        b.press(.char("/"), .char("x"), .backspace)
        #expect(b.state.prompt?.text == "")
        b.press(.backspace)
        #expect(b.state.prompt == nil)
        #expect(b.state.rows.count == 7)
    }

    @Test func arrowsMoveInResultsWhileTyping() {
        var b = makeBrowser(80, 24)
        b.press(.char("/"))
        b.type("阳泉")
        let n = b.state.rows.count
        #expect(n >= 2)
        b.press(.down)
        #expect(b.state.selected == 1)
        b.press(.up, .up)
        #expect(b.state.selected == 0)
        #expect(b.state.prompt?.text == "阳泉")
    }

    @Test func highlightsInEveryPane() {
        var b = makeBrowser(120, 40)
        b.press(.char("/"))
        b.type("公交")
        b.press(.enter)
        let g = b.grid()
        // The list row: 公交 of 公交政策性亏损补贴 highlighted, on the (reversed) selection.
        let row = 2
        let map = styleMap(g, row: row)
        let name = g.rowText(row)
        #expect(name.contains("公交政策性亏损补贴"))
        #expect(map.hasPrefix("SSSHHHHS"))
        #expect(g[3, row].style.color == .highlight && g[3, row].style.bold)
        // The selection is reversed; a hit on it is not, so it stays visible without colour.
        #expect(g[1, row].style.reverse)
        #expect(!g[3, row].style.reverse)
        // The detail title line and the 项目概况 text carry highlights too.
        let detail = b.state.layout.rect(.detail)!
        let titleRow = detail.y + 1
        #expect(styleMap(g, row: titleRow).contains("HHHH"))
        var highlightedRows = 0
        for y in 0..<g.height where styleMap(g, row: y).contains("H") { highlightedRows += 1 }
        #expect(highlightedRows >= 5)
        // Every highlighted cell shows the query's characters.
        for y in 0..<g.height {
            for x in 0..<g.width where g[x, y].style.color == .highlight && g[x, y].width > 0 {
                #expect(["公", "交"].contains(g[x, y].text), "(\(x),\(y)) \(g[x, y].text)")
            }
        }
    }

    @Test func highlightsInTheTree() {
        let b = makeBrowser(120, 40, query: "有效保障")
        #expect(b.state.currentForm?.project == "公交政策性亏损补贴")
        let g = b.grid()
        let tree = b.state.layout.rect(.tree)!
        var hits = 0
        for y in tree.y..<tree.maxY where styleMap(g, row: y).contains("HHHHHHHH") { hits += 1 }
        #expect(hits >= 3)
    }

    @Test func nextAndPreviousMatchAcrossPanesAndProjects() {
        var b = makeBrowser(120, 40)
        b.press(.char("/"))
        b.type("有效保障")
        b.press(.enter)
        let matching = projects(b)
        #expect(matching.count >= 2)
        var visits: [(String, Pane)] = []
        for _ in 0..<40 {
            b.press(.char("n"))
            visits.append((b.state.currentForm!.project, b.state.focus))
        }
        // Steps through the first project, then on to the next, and wraps around.
        #expect(visits.first!.0 == matching[0])
        #expect(visits.contains { $0.0 == matching[1] })
        let firstSwitch = visits.firstIndex { $0.0 != matching[0] }!
        #expect(firstSwitch > 1)
        #expect(visits[..<firstSwitch].allSatisfy { $0.1 == .tree || $0.1 == .detail })
        // The tree cursor sits on a line containing the term.
        var c = makeBrowser(120, 40, query: "有效保障")
        var sawTree = false
        for _ in 0..<12 {
            c.press(.char("n"))
            if c.state.focus == .tree {
                let line = c.state.treeLines()[c.state.treeCursor]
                #expect(line.searchableTexts.contains { $0.contains("有效保障") })
                sawTree = true
            }
        }
        #expect(sawTree)
        // N goes back: from a project's first stop to the previous project's last stop.
        var d = makeBrowser(120, 40)
        d.press(.char("/"))
        d.type("有效保障")
        d.press(.enter)
        let first = d.state.currentFormIndex
        var steps = 0
        while d.state.currentFormIndex == first, steps < 50 {
            d.press(.char("n"))
            steps += 1
        }
        let second = d.state.currentFormIndex
        #expect(second != first)
        d.press(.char("N"))
        #expect(d.state.currentFormIndex == first)
        let stops = d.state.stops(inForm: first!)
        #expect(d.state.lastStop == MatchStop(form: first!, index: stops.count - 1))
        d.press(.char("n"))
        #expect(d.state.currentFormIndex == second)
        #expect(d.state.lastStop?.index == 0)
    }

    @Test func nWithoutQuerySaysSo() {
        var b = makeBrowser(80, 24)
        b.press(.char("n"))
        #expect(b.state.message?.contains("/") == true)
    }

    @Test func detailStopScrollsToTheLine() {
        var b = makeBrowser(80, 24, query: "专款专用")
        b.press(.char("j"), .char("j"), .char("n"))
        #expect(b.state.focus == .detail)
        let doc = b.state.detailDocument()
        let shown = doc.lines[b.state.detailTop..<min(doc.lines.count, b.state.detailTop + b.state.detailRows)]
        #expect(shown.contains { $0.searchable.joined().contains("专款专用") })
    }
}
