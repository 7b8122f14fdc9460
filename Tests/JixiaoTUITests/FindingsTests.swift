import Testing
@testable import JixiaoTUI
import JixiaoKit

/// The review checks in the browser: list badges, the 问题 section, `p`/`P`, `!`, and findings
/// that arrive after the browser opened.
@Suite struct FindingsTests {
    /// The list row (screen row) of form `i` at the top of an unscrolled 80×24 list.
    func listRow(_ b: Browser, form i: Int) -> String {
        let pos = b.state.rows.firstIndex(of: i)!
        return b.grid().rowText(2 + pos)
    }

    @Test func badgesShowTheCountAndTheWorstSeverity() {
        let b = makeBrowser(80, 24, checked: true)
        let g = b.grid()
        // 公交: one warning (goal-truncated-copy).
        #expect(listRow(b, form: Sample.bus).hasPrefix("   3 !1 公交政策性亏损补贴"))
        // 农村饮水: an error among its five.
        #expect(listRow(b, form: Sample.water).hasPrefix("   7 ✗5 农村饮水安全项目"))
        // 购买阳泉市戏剧…: no finding, no badge.
        #expect(listRow(b, form: 3).hasPrefix("   4    购买阳泉市戏剧"))
        // Coloured by the worst severity (on the selected row too: the bar covers the number only).
        let x = 5
        #expect(g[x, 2 + Sample.bus].style.color == .warning)
        #expect(g[x, 2 + Sample.water].style.color == .error)
        #expect(g[x, 2 + Sample.water].text == "✗")
        #expect(g[x, 2].style.color == .error && !g[x, 2].style.reverse)
        // An info-only form: dim `·`.
        var infoOnly = Sample.findings.map { _ in [Finding]() }
        infoOnly[1] = Sample.findings[5].filter { $0.severity == .info }
        let c = makeBrowser(80, 24, findings: infoOnly)
        #expect(c.grid().rowText(3).hasPrefix("   2 ·2 人才工作经费"))
        #expect(c.grid()[5, 3].style.dim)
        expectRowWidths(g)
    }

    @Test func withoutChecksThereIsNoBadgeColumn() {
        let b = makeBrowser(80, 24)
        #expect(b.state.findingsStatus == .none)
        #expect(b.grid().rowText(4).hasPrefix("   3 公交政策性亏损补贴"))
        var c = b
        c.press(.char("p"))
        #expect(c.state.message?.contains("没有检查结果") == true)
        c.press(.char("!"))
        #expect(!c.state.onlyWithFindings)
    }

    @Test func busProblemSection() {
        var b = makeBrowser(80, 24, checked: true)
        b.press(.char("j"), .char("j"), .enter)
        let doc = b.state.detailDocument()
        let problems = doc.sections.first { $0.title.hasPrefix("问题") }!
        #expect(problems.title == "问题（1）")
        // The section comes right after the title, before 项目概况.
        #expect(doc.sections.first?.title == "问题（1）")
        let text = b.grid().text
        #expect(text.contains("! 警告  第100行  goal-truncated-copy  年度目标是实施期目标截断后的副本"))
        // The rule id is dimmed; the severity in the warning colour.
        let g = b.grid()
        let y = (0..<g.height).first { g.rowText($0).contains("goal-truncated-copy") }!
        let row = g.rowText(y)
        let ruleX = DisplayWidth.of(String(row[..<row.range(of: "goal-truncated-copy")!.lowerBound]))
        #expect(g[ruleX, y].style.dim)
        #expect(g[3, y].style.color == .warning)
    }

    @Test func waterProblemSectionGroupsFindingsByHeadingWorstFirst() {
        var b = makeBrowser(120, 40, checked: true)
        b.press(.char("w"), .char("w"), .char("G")) // the list a third wide: each finding's head on one line
        #expect(b.state.currentFormIndex == Sample.water)
        let rules = b.state.findings[Sample.water].map(\.rule.rawValue)
        #expect(rules.first == "placeholder-target")
        #expect(Set(rules) == ["placeholder-target", "narrative-duplicate", "filed-at-invalid", "goal-copies-narrative", "time-target-past"])
        // Under the review headings in their order (完整性 … 可行性), worst first within each.
        let found = b.state.findings[Sample.water]
        let ranks = found.map { Heading.allCases.firstIndex(of: $0.heading)! }
        #expect(ranks == ranks.sorted())
        for k in found.indices.dropFirst() where found[k - 1].heading == found[k].heading {
            #expect(found[k - 1].severity >= found[k].severity)
        }
        #expect(b.grid().text.contains("完整性（3）") && b.grid().text.contains("可行性（2）"))
        let text = b.grid().text
        #expect(text.contains("问题（5）"))
        #expect(text.contains("✗ 错误  第247行  placeholder-target"))
        #expect(text.contains("! 警告  第253行  filed-at-invalid  填报日期「2025122620250」"))
        #expect(text.contains("· 提示  第242行  goal-copies-narrative"))
        #expect(text.contains("第246行  time-target-past"))
    }

    @Test func readingNotesAreShownOnceAsReadingWarnings() {
        // A cell the reader could not place: a row the table does not expect.
        var f = Sample.forms[Sample.bus]
        f.readingNotes = [Diagnostic(.warning, SourceLocation(file: "x.txt", line: 99), "无法放置的单元格「多余」")]
        let forms = [f]
        var b = makeBrowser(80, 40, forms: forms, checked: true)
        b.press(.enter)
        let text = b.grid().text
        #expect(text.contains("reading-warning"))
        #expect(text.components(separatedBy: "无法放置的单元格").count == 2) // once
        #expect(text.contains("第99行"))
    }

    @Test func pAndPJumpBetweenProjectsWithFindings() {
        var b = makeBrowser(80, 24, checked: true)
        #expect(b.state.selected == 0)
        b.press(.char("p"))
        #expect(b.state.selected == 1)
        b.press(.char("p")) // 公交
        #expect(b.state.currentFormIndex == Sample.bus)
        #expect(b.state.message == "有问题的项目 3/6 · 公交政策性亏损补贴")
        b.press(.char("p")) // skips 购买阳泉市戏剧…, which has none
        #expect(b.state.selected == 4)
        b.press(.char("P"))
        #expect(b.state.selected == 2)
        b.press(.char("G"), .char("p")) // wraps to the top
        #expect(b.state.selected == 0)
        #expect(b.state.message?.contains("已从头开始") == true)
        b.press(.char("P")) // and back to the end
        #expect(b.state.selected == 6)
        #expect(b.state.message?.contains("已从末尾开始") == true)
        // From the detail pane, the pane stays and opens at the top (the 问题 section).
        b.press(.enter, .char("j"), .char("j"))
        #expect(b.state.focus == .detail)
        b.press(.char("P"))
        #expect(b.state.focus == .detail)
        #expect(b.state.detailTop == 0)
        #expect(b.state.selected == 5)
    }

    @Test func pFollowsTheListOrder() {
        var b = makeBrowser(80, 24, checked: true)
        b.press(.char("s")) // annual funds, descending: 人才, 公交, 购买(no findings), 垃圾…
        let order = b.state.rows
        b.press(.char("g"))
        b.press(.char("p"))
        #expect(b.state.currentFormIndex == order[1])
        b.press(.char("p"))
        #expect(b.state.currentFormIndex == order[3])
    }

    @Test func bangShowsOnlyProjectsWithFindings() {
        var b = makeBrowser(80, 24, checked: true)
        b.press(.char("j"), .char("j"), .char("j")) // 购买阳泉市戏剧…: no findings
        #expect(b.state.selected == 3)
        b.press(.char("!"))
        #expect(b.state.onlyWithFindings)
        #expect(b.state.rows == [0, 1, 2, 4, 5, 6])
        // The selection moved on to the next project with findings.
        #expect(b.state.currentFormIndex == 4)
        let g = b.grid()
        #expect(g.rowText(23).contains("筛选 有问题 · 6/7 │"))
        #expect(g.rowText(23).contains("只看有问题的项目 · 再按 ! 显示全部"))
        #expect(g.rowText(0).contains("有问题"))
        // Search narrows within them.
        b.press(.char("/"))
        b.type("阳泉")
        #expect(b.state.rows.allSatisfy { b.state.hasFindings($0) })
        b.press(.enter)
        #expect(b.grid().rowText(23).contains("筛选 阳泉 · 有问题 · 5/7 │"))
        b.press(.escape) // clears the search, not the findings filter
        #expect(b.state.onlyWithFindings)
        #expect(b.state.rows.count == 6)
        b.press(.char("!"))
        #expect(!b.state.onlyWithFindings)
        #expect(b.state.rows.count == 7)
        #expect(b.state.currentFormIndex == 4) // kept
        #expect(!b.grid().rowText(23).contains("有问题"))
        // The list's empty state when a search leaves nothing.
        b.press(.char("!"), .char("/"))
        b.type("戏剧")
        #expect(b.state.rows.isEmpty)
        #expect(b.grid().text.contains("有问题的项目中没有匹配“戏剧”的"))
        #expect(b.grid().text.contains("! 显示全部"))
    }

    @Test func bangWithoutAnyFindingSaysSo() {
        var b = makeBrowser(80, 24, findings: Sample.forms.map { _ in [] })
        b.press(.char("!"))
        #expect(!b.state.onlyWithFindings)
        #expect(b.state.message == "检查没有发现问题")
        b.press(.char("p"))
        #expect(b.state.selected == 0)
    }

    @Test func findingsArriveAfterTheBrowserOpened() {
        let inbox = FindingsInbox()
        var b = Browser(forms: Sample.forms, findingsFrom: inbox)
        _ = b.handle(.resize(width: 80, height: 24))
        #expect(b.isWaiting)
        #expect(b.state.findingsStatus == .pending)
        #expect(b.grid().rowText(23).contains("检查中…"))
        // The badge column is kept free meanwhile, so the list does not shift when they come.
        let before = b.grid().rowText(4)
        #expect(before.hasPrefix("   3    公交政策性亏损补贴"))
        b.press(.char("p"))
        #expect(b.state.message == "正在检查，请稍候")
        let early = b.idle()
        #expect(!early)
        // Scrolled into the detail of 公交 when they arrive: the same text stays in view.
        b.press(.char("j"), .char("j"), .enter, .char("j"), .char("j"), .char("j"))
        let top = b.state.detailDocument().lines[b.state.detailTop]
        inbox.deliver(Sample.findings)
        let arrived = b.idle()
        #expect(arrived)
        #expect(!b.isWaiting)
        #expect(b.state.findingsStatus == .ready)
        #expect(b.state.detailDocument().lines[b.state.detailTop].searchable == top.searchable)
        #expect(!b.grid().rowText(23).contains("检查中"))
        b.press(.char("h"))
        #expect(b.grid().rowText(4).hasPrefix("▌  3 !1 公交政策性亏损补贴")) // selected: the bar
        // A key picks them up too, with no idle call.
        let inbox2 = FindingsInbox()
        var c = Browser(forms: Sample.forms, findingsFrom: inbox2)
        inbox2.deliver(Sample.findings)
        _ = c.handle(.char("p"))
        #expect(c.state.selected == 1)
    }

    @Test func busBasisStaysInViewAt120x40() {
        // The end-to-end test looks for these after `/公交⏎`: the 问题 section must stay short.
        var b = makeBrowser(120, 40, checked: true)
        b.press(.char("w"), .char("w")) // the list a third of the screen, as the end-to-end test
        #expect(b.state.listShare == .narrow)
        b.press(.char("/"))
        b.type("公交")
        b.press(.enter)
        let text = b.grid().text
        #expect(text.contains("市公交公司作为成立61年"))
        #expect(text.contains("资金总额（元） 实施期 30,770,800 · 年度 30,770,800"))
        #expect(text.contains("年运营公里数"))
        #expect(text.contains("goal-truncated-copy"))
    }

    @Test func badgesAtEverySize() {
        for (w, h) in [(20, 6), (40, 10), (80, 24), (120, 40), (200, 50)] {
            var b = makeBrowser(w, h, checked: true)
            expectRowWidths(b.grid())
            b.press(.char("!"), .char("p"), .tab)
            expectRowWidths(b.grid())
        }
    }
}
