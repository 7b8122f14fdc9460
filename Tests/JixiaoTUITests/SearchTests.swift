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
        // The list row: 公交 of 公交政策性亏损补贴 highlighted, on the selected row (whose bar
        // covers the gutter and the number only).
        let row = 2
        let map = styleMap(g, row: row)
        let name = g.rowText(row)
        #expect(name.hasPrefix("▌  3 公交政策性亏损补贴"))
        #expect(map.hasPrefix("SSSSSHHHH."))
        #expect(g[5, row].style.color == .highlight && g[5, row].style.bold)
        // The bar is reversed; a hit is not, so it stays visible without colour.
        #expect(g[3, row].style.reverse)
        #expect(!g[5, row].style.reverse)
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

/// The search as the index sees it: pinyin initials, narrowing within a prefix's matches and
/// a cache per prefix, highlights found in whole texts, and n/N stepping through the index's hits.
@Suite struct SearchIndexInBrowserTests {
    func cells(_ g: Grid, row y: Int, highlighted: Bool) -> String {
        var out = ""
        for x in 0..<g.width where g[x, y].width > 0 && (g[x, y].style.color == .highlight) == highlighted {
            out += g[x, y].text
        }
        return out
    }

    @Test func pinyinInitialsNarrowAndHighlight() {
        var b = makeBrowser(120, 40)
        b.press(.char("/"))
        b.type("gj")
        let rows = b.state.rows
        #expect(rows.contains(Sample.bus))
        #expect(rows == b.state.index!.matches("gj"))
        // Only forms with 公交 or another g-j pair: 公交 is lit in its list row.
        let pos = rows.firstIndex(of: Sample.bus)!
        b.press(.enter)
        let g = b.grid()
        #expect(cells(g, row: 2 + pos, highlighted: true).hasPrefix("公交"))
        // Narrowed further with a character: only 公交.
        b.press(.char("/"))
        b.type("gjz")
        #expect(b.state.rows.allSatisfy { b.state.index!.formMatches($0, "gjz") })
        b.press(.escape)
        // The detail title of 公交, on its own.
        var c = makeBrowser(120, 40, query: "gj")
        c.press(.char("g"), .char("j"), .char("j"))
        #expect(c.state.currentFormIndex == Sample.bus)
        let detail = c.state.layout.rect(.detail)!
        let title = cells(c.grid(), row: detail.y + 1, highlighted: true)
        #expect(title == "公交", "\(title)")
    }

    @Test func backspaceRestoresTheWiderResultFromTheCache() {
        var b = makeBrowser(80, 24)
        b.press(.char("/"))
        b.type("阳")
        let one = b.state.rows
        b.type("泉")
        let two = b.state.rows
        b.type("市公")
        let four = b.state.rows
        #expect(four.count <= two.count && two.count <= one.count)
        let searched = b.state.prompt!.searches
        #expect(searched == 4) // 阳, 阳泉, 阳泉市, 阳泉市公
        b.press(.backspace)
        #expect(b.state.rows == b.state.index!.matches("阳泉市"))
        b.press(.backspace)
        #expect(b.state.rows == two)
        b.press(.backspace)
        #expect(b.state.rows == one)
        #expect(b.state.prompt!.searches == 4) // all from the cache
        b.type("泉市公")
        #expect(b.state.rows == four)
        #expect(b.state.prompt!.searches == 4)
        // Ctrl-U and typing again: from the cache too.
        b.press(.ctrl("u"))
        #expect(b.state.rows.count == 7)
        b.type("阳泉")
        #expect(b.state.rows == two)
        #expect(b.state.prompt!.searches == 4)
        // A new text searches within its longest cached prefix's matches, and agrees.
        b.type("水")
        #expect(b.state.prompt!.searches == 5)
        #expect(b.state.rows == b.state.index!.matches("阳泉水"))
        // A new prompt starts with an empty cache.
        b.press(.enter, .char("/"))
        #expect(b.state.prompt!.cache.isEmpty)
    }

    @Test func narrowingWithinAPrefixAgreesWithAFullSearch() {
        var b = makeBrowser(80, 24)
        b.press(.char("/"))
        for text in ["公", "公交", "公交车", "公", "", "y", "yq", "yqs", "yq", "阳泉市", "阳泉市水", "指标"] {
            b.press(.ctrl("u"))
            b.type(text)
            let expected = text.isEmpty ? Array(Sample.forms.indices) : b.state.index!.matches(text)
            #expect(b.state.rows.sorted() == expected, "\(text)")
        }
    }

    @Test func aMatchAcrossALineBreakIsLitOnBothLines() {
        // 公交's 项目概况 wraps after “…经济社会发展做” at 80 columns: “做出” spans the break.
        var b = makeBrowser(80, 24, query: "做出")
        b.press(.char("g"), .char("j"), .char("j"), .enter)
        #expect(b.state.currentFormIndex == Sample.bus)
        let g = b.grid()
        let y = (0..<g.height).first { g.rowText($0).contains("经济社会发展做") }!
        #expect(g.rowText(y + 1).hasPrefix("   出了积极贡献"))
        #expect(cells(g, row: y, highlighted: true) == "做")
        #expect(cells(g, row: y + 1, highlighted: true) == "出")
        // And `n` stops there: the hit is one the index found.
        b.press(.char("h"), .char("n"))
        #expect(b.state.focus == .detail)
        #expect(b.state.message == "匹配 1/1")
    }

    @Test func anEllipsisIsLitWhenAHitIsCutOff() {
        // At 80 columns the list cuts 购买阳泉市戏剧和歌舞创作研究中心公共文化服务 before 服务.
        let b = makeBrowser(80, 24, query: "服务")
        let g = b.grid()
        let row = g.rowText(5)
        #expect(row.contains("购买阳泉市戏剧") && row.contains("…"))
        #expect(!row.contains("服务"))
        let x = DisplayWidth.of(String(row[..<row.firstIndex(of: "…")!]))
        #expect(g[x, 5].style.color == .highlight)
        #expect(g[x - 2, 5].style.color != .highlight)
    }

    @Test func nStepsThroughTheIndexHitsOfDetailAndTree() {
        var b = makeBrowser(120, 40, query: "有效保障")
        #expect(b.state.currentFormIndex == Sample.bus)
        let stops = b.state.stops(inForm: Sample.bus)
        // Every tree row the index reports a hit in has a stop (rows valued 有效保障).
        let treeStops = stops.filter { if case .tree = $0 { true } else { false } }
        let hitRows = Set(SearchIndex.hits("有效保障", in: Sample.forms[Sample.bus]).compactMap { h -> String? in
            if case .indicatorValue(_, let k) = h.field { Sample.forms[Sample.bus].indicators.implementation.indices.contains(k) ? Sample.forms[Sample.bus].indicators.implementation[k].name : nil } else { nil }
        })
        #expect(treeStops.count == hitRows.count)
        #expect(treeStops.count >= 4)
        for _ in stops {
            b.press(.char("n"))
            #expect(b.state.currentFormIndex == Sample.bus)
        }
        b.press(.char("n"))
        #expect(b.state.currentFormIndex != Sample.bus)
        // Tier labels are stops too: 效益 lights 效益指标 and its 二级 groups.
        let c = makeBrowser(120, 40, query: "生态效益")
        let tier = c.state.stops(inForm: Sample.bus).compactMap { s -> String? in
            if case .tree(let id, _, _) = s { id } else { nil }
        }
        #expect(tier.contains { $0.hasSuffix("生态效益指标") })
    }

    @Test func nSwitchesToTheSideThatHasTheHit() {
        // 垃圾焚烧成本 is 按合同价 only on the 年度 side; at 56 columns the tree shows one side.
        var b = makeBrowser(56, 20, query: "合同价")
        #expect(b.state.side == .implementation)
        b.press(.char("n"))
        #expect(b.state.focus == .tree)
        #expect(b.state.side == .annual)
        #expect(b.state.message == "匹配 1/1 · 年度")
        let line = b.state.treeLines()[b.state.treeCursor]
        #expect(line.label == "垃圾焚烧成本")
        #expect(b.grid().text.contains("按合同价"))
    }
}
