import Foundation
import Testing
@testable import JixiaoTUI
import JixiaoKit

/// Finding one's way in a year: filters, scoped search, go to N, next/previous project, the
/// list's width, `o` and `y`.
@Suite struct YearNavigationTests {
    @Test func departmentPickerFiltersToOneDepartment() {
        var b = makeBrowser(80, 24, checked: true)
        b.press(.char("d"))
        guard case .picker(let p) = b.state.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(p.kind == .department)
        #expect(p.entries.count == 8) // （全部） and the seven departments
        #expect(p.entries.dropFirst().allSatisfy { $0.count == 1 })
        // Type to narrow: 水利 leaves （全部） and 049-阳泉市水利局; the cursor on the latter.
        b.type("水利")
        guard case .picker(let q) = b.state.overlay else { return }
        #expect(q.shown.map(\.label) == ["（全部）", "049-阳泉市水利局"])
        #expect(q.cursor == 1)
        b.press(.enter)
        #expect(b.state.overlay == nil)
        #expect(b.state.listFilter.department?.code == "049")
        #expect(b.state.rows.map { b.state.forms[$0].department.code } == ["049"])
        #expect(b.grid().rowText(23).contains("筛选 主管部门=049 · 1/7"))
        // The picker again, （全部）: every form back.
        b.press(.char("d"), .home)
        b.press(.char("g")) // typed: not a key here
        b.press(.backspace, .up, .up, .up, .up, .up, .up, .up, .up, .enter)
        #expect(b.state.listFilter.department == nil)
        #expect(b.state.rows.count == 7)
    }

    @Test func pinyinNarrowsThePicker() {
        var b = makeBrowser(80, 24)
        b.press(.char("d"))
        b.type("sl") // 水利
        guard case .picker(let p) = b.state.overlay else { return }
        #expect(p.shown.map(\.label).contains("049-阳泉市水利局"))
        #expect(!p.shown.map(\.label).contains("906-社保科"))
        b.press(.escape)
        #expect(b.state.overlay == nil)
        #expect(b.state.rows.count == 7)
    }

    @Test func severityAndRuleFilters() {
        var b = makeBrowser(80, 24, checked: true)
        let withErrors = Sample.forms.indices.filter { Sample.findings[$0].contains { $0.severity == .error } }
        b.press(.char("e"))
        #expect(b.state.listFilter.severity == .error)
        #expect(Set(b.state.rows) == Set(withErrors))
        #expect(b.grid().rowText(23).contains("筛选 有错误 · \(withErrors.count)/7"))
        b.press(.char("e"))
        #expect(b.state.listFilter.severity == .warning)
        b.press(.char("e"))
        #expect(b.state.listFilter.severity == nil)
        #expect(b.state.rows.count == 7)

        b.press(.char("r"))
        guard case .picker(let p) = b.state.overlay else {
            Issue.record("no rule picker")
            return
        }
        #expect(p.entries.contains { $0.rule == "placeholder-target" })
        b.type("placeholder-target")
        b.press(.enter)
        #expect(b.state.listFilter.rule == "placeholder-target")
        #expect(b.state.rows == Sample.forms.indices.filter { Sample.findings[$0].contains { $0.rule == "placeholder-target" } })
        b.press(.escape) // Esc clears every filter
        #expect(b.state.listFilter.isEmpty)
        #expect(b.state.rows.count == 7)
    }

    @Test func withoutChecksTheFindingsFiltersSaySo() {
        var b = makeBrowser(80, 24)
        b.press(.char("e"))
        #expect(b.state.listFilter.severity == nil)
        #expect(b.state.message == "没有检查结果（jixiao check 做检查）")
        b.press(.char("r"))
        #expect(b.state.overlay == nil)
    }

    @Test func scopedSearch() {
        var b = makeBrowser(80, 24, checked: true)
        func search(_ q: String) -> [Int] {
            b.press(.char("/"))
            b.type(q)
            b.press(.enter)
            let rows = b.state.rows
            b.press(.escape)
            return rows
        }
        let anywhere = search("阳泉")
        // 阳泉 in a project name: only 阳泉市生活垃圾焚烧… and 购买阳泉市戏剧…
        let names = search("名:阳泉")
        #expect(names.map { Sample.forms[$0].project }.allSatisfy { $0.contains("阳泉") })
        #expect(names.count == 2)
        #expect(anywhere.count > names.count && names.allSatisfy(anywhere.contains))
        #expect(search("n：阳泉") == names)
        // Departments: 水利 is the 049 department's name.
        #expect(search("部:水利") == [Sample.water])
        #expect(search("d:049") == [Sample.water])
        // Indicator names and values.
        #expect(search("指:年运营公里数") == [Sample.bus])
        #expect(search("值:2800万公里") == [Sample.bus])
        #expect(search("值:年运营公里数").isEmpty)
        // Rule ids, matched against the findings.
        #expect(search("规:placeholder") == Sample.forms.indices.filter { Sample.findings[$0].contains { $0.rule.rawValue.hasPrefix("placeholder") } })
        // While typing, the prefix narrows nothing until text follows, and is not highlighted.
        b.press(.char("/"))
        b.type("名:")
        #expect(b.state.rows.count == 7)
        b.type("公交")
        #expect(b.state.rows == [Sample.bus])
        #expect(b.state.activeQuery == "公交")
    }

    @Test func prefixesParse() {
        #expect(ScopedQuery(parsing: "名:公交") == ScopedQuery(scope: .project, text: "公交"))
        #expect(ScopedQuery(parsing: "v：100%") == ScopedQuery(scope: .value, text: "100%"))
        #expect(ScopedQuery(parsing: "规:side") == ScopedQuery(scope: .rule, text: "side"))
        #expect(ScopedQuery(parsing: "公交:1") == ScopedQuery(text: "公交:1"))
        #expect(ScopedQuery(parsing: "名") == ScopedQuery(text: "名"))
        #expect(ScopedQuery(parsing: "x:1") == ScopedQuery(text: "x:1"))
    }

    @Test func goToFormN() {
        var b = makeBrowser(80, 24, checked: true)
        b.press(.char(":"), .char("3"))
        #expect(b.state.overlay == .goto("3"))
        #expect(b.grid().rowText(23).hasPrefix(":3 "))
        b.press(.enter)
        #expect(b.state.currentFormIndex == 2)
        #expect(b.state.message == "第 3 项 · 公交政策性亏损补贴")
        // Letters are not numbers; out of range says so.
        b.press(.char(":"), .char("x"), .char("9"), .enter)
        #expect(b.state.message == "没有第 9 项（共 7 项）")
        #expect(b.state.currentFormIndex == 2)
        // A form the filter hides: the filters are cleared to show it.
        b.press(.char("d"))
        b.type("水利")
        b.press(.enter, .char(":"), .char("1"), .enter)
        #expect(b.state.currentFormIndex == 0)
        #expect(b.state.listFilter.isEmpty)
        #expect(b.state.rows.count == 7)
        // Esc cancels.
        b.press(.char(":"), .char("5"), .escape)
        #expect(b.state.overlay == nil)
        #expect(b.state.currentFormIndex == 0)
    }

    @Test func nextAndPreviousProjectFromAnyPane() {
        var b = makeBrowser(120, 40)
        b.press(.tab, .tab)
        #expect(b.state.focus == .tree)
        b.press(.char("j"), .char("j"), .char("J"))
        #expect(b.state.currentFormIndex == 1)
        #expect(b.state.focus == .tree)
        #expect(b.state.treeCursor == 0)
        b.press(.char("J"), .char("K"), .char("K"))
        #expect(b.state.currentFormIndex == 0)
        b.press(.char("K"))
        #expect(b.state.message == "已是第一个项目")
    }

    @Test func sortByFindings() {
        var b = makeBrowser(80, 24, checked: true)
        for _ in 0..<4 { b.press(.char("s")) }
        #expect(b.state.sort == .findingsDescending)
        let counts = b.state.rows.map { Sample.findings[$0].count }
        #expect(counts == counts.sorted(by: >))
        #expect(counts.first! > counts.last!)
    }

    @Test func listWidthAndDepartmentWithCode() {
        var b = makeBrowser(160, 48, checked: true)
        #expect(b.state.listShare == .auto)
        #expect(b.state.layout.rect(.list)?.width == 80)
        let g = b.grid()
        #expect(g.rowText(1).contains("主管部门"))
        #expect(g.rowText(4).contains("040 工业和信息化局"))
        b.press(.char("w"))
        #expect(b.state.listShare == .wide)
        #expect(b.state.layout.rect(.list)?.width == 96)
        b.press(.char("w"))
        #expect(b.state.layout.rect(.list)?.width == 53)
        #expect(b.state.message == "列表宽度：窄")
        b.press(.char("w"))
        #expect(b.state.listShare == .auto)
        // Below 120 columns: a third, names without codes.
        let narrow = makeBrowser(100, 30)
        #expect(narrow.state.layout.rect(.list)?.width == 33)
    }

    @Test func openAndCopyCommands() {
        var b = makeBrowser(120, 40)
        b.press(.char("j"), .char("j"))
        #expect(b.handle(.char("o")) == .open(path: "yangquan-2026.txt", line: Sample.forms[Sample.bus].source.line))
        // In the tree, the indicator's own line.
        b.press(.tab, .tab, .char("j"), .char("j"))
        let row = b.state.currentTreeRow()!
        #expect(b.handle(.char("o")) == .open(path: "yangquan-2026.txt", line: row.implementation!.line))
        guard case .copy(let text) = b.handle(.char("y")) else {
            Issue.record("y did not copy")
            return
        }
        #expect(text.contains(row.name))
        #expect(text.contains("实施期：\(row.implementation!.value)"))
        #expect(b.state.message?.hasPrefix("已复制指标") == true)
        // The detail pane: the section at the top.
        b.press(.backTab)
        guard case .copy(let section) = b.handle(.char("y")) else { return }
        #expect(section.hasPrefix("公交政策性亏损补贴"))
    }

    @Test func copiedTextIsSanitizedAndOpenNeedsAFile() {
        let name = "恶意\u{1B}[31m指标\u{202E}名"
        let f = Form(project: "测试", indicators: IndicatorTable(implementation: [
            Indicator(tier1: "产出指标", tier2: "数量指标", name: name, value: "1\u{07}个", line: 3),
        ]))
        var b = makeBrowser(120, 40, forms: [f])
        #expect(b.handle(.char("o")) == .none)
        #expect(b.state.message == "这个项目没有来源文件")
        b.press(.tab, .tab, .char("j"), .char("j"))
        guard case .copy(let text) = b.handle(.char("y")) else {
            Issue.record("y did not copy")
            return
        }
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("指标"))
    }
}
