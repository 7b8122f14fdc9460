import Testing
@testable import JixiaoTUI
import JixiaoKit

/// `S`: the year's summary per department, with a 合计 row.
@Suite struct SummaryViewTests {
    @Test func summaryShowsEveryDepartmentAndTheTotal() {
        var b = makeBrowser(120, 40, checked: true)
        b.press(.char("S"))
        #expect(b.state.overlay == .summary(top: 0))
        let g = b.grid()
        expectRowWidths(g)
        let text = g.text
        #expect(g.rowText(0).contains("年度汇总"))
        for f in Sample.forms { #expect(text.contains(f.department.display), "\(f.department.display)") }
        // 合计: the sum of every form's 年度 funds, in 万元 with two decimals.
        let annual = Sample.forms.compactMap(\.funds.annual.total).reduce(0, +)
        let total = (0..<g.height).map(g.rowText).first { $0.contains("合计") }
        #expect(total?.contains(Amounts.wan(annual)) == true, "\(total ?? "no 合计 row")")
        b.press(.escape)
        #expect(b.state.overlay == nil)
        b.press(.char("S"), .char("S"))
        #expect(b.state.overlay == nil)
    }

    @Test func departmentsScrollAndTheTotalStays() {
        // 40 departments on a 24-row screen: rows scroll, 合计 stays on screen.
        let forms = (0..<40).map { k in
            var f = Form(project: "项目\(k)", department: Department(code: String(format: "%03d", k), name: "部门\(k)"))
            f.funds.annual.total = Double(k) * 10_000
            return f
        }
        var b = makeBrowser(80, 24, forms: forms, checked: true)
        b.press(.char("S"))
        #expect(b.grid().text.contains("000-部门0"))
        b.press(.char("G"))
        guard case .summary(let top) = b.state.overlay else {
            Issue.record("summary closed")
            return
        }
        #expect(top > 0)
        let g = b.grid()
        let above = (0..<(g.height - 1)).map(g.rowText).joined(separator: "\n") // not the status bar
        #expect(above.contains("039-部门39"))
        #expect(!above.contains("000-部门0 "))
        #expect(g.text.contains("合计"))
        #expect(g.text.contains(Amounts.wan(Double((0..<40).reduce(0, +)) * 10_000)))
    }
}
