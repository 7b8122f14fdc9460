import Foundation
import Testing
@testable import JixiaoKit

/// The year summary: per department sums equal the sums over the forms, an empty cell is not
/// zero, findings are counted by severity, and the text table is aligned and fits the width.
@Suite struct YearSummaryTests {
    let forms = FormReader.read(file: TestData.sampleURL.path).forms

    /// The reference reading (hand-checked JSON), summed here without the library.
    func referenceTotals() throws -> [String: (forms: Int, annual: Double, implementation: Double, indicators: Int)] {
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: TestData.fixtureURL)) as? [String: Any])
        let refs = try #require(doc["forms"] as? [[String: Any]])
        var out: [String: (forms: Int, annual: Double, implementation: Double, indicators: Int)] = [:]
        for f in refs {
            let code = try #require((f["department"] as? [String: Any])?["code"] as? String)
            let funds = try #require(f["funds"] as? [String: [String: Any]])
            let inds = try #require(f["indicators"] as? [String: [Any]])
            var t = out[code] ?? (0, 0, 0, 0)
            t.forms += 1
            t.annual += (funds["annual"]?["total"] as? NSNumber)?.doubleValue ?? 0
            t.implementation += (funds["implementation"]?["total"] as? NSNumber)?.doubleValue ?? 0
            t.indicators += inds.values.map(\.count).reduce(0, +)
            out[code] = t
        }
        return out
    }

    @Test func sampleTotalsAreTheSumsOverTheForms() throws {
        let s = YearSummary(forms)
        let ref = try referenceTotals()
        #expect(s.rows.map(\.department.code) == ref.keys.sorted())
        for row in s.rows {
            let r = try #require(ref[row.department.code])
            #expect(row.forms == r.forms)
            #expect(row.annual.value == r.annual)
            #expect(row.implementation.value == r.implementation)
            #expect(row.indicators == r.indicators)
        }
        #expect(s.total.forms == 7)
        #expect(s.total.annual.value == ref.values.map(\.annual).reduce(0, +))
        #expect(s.total.implementation.value == ref.values.map(\.implementation).reduce(0, +))
        #expect(s.total.indicators == ref.values.map(\.indicators).reduce(0, +))
        #expect(s.total.findings == nil)  // checks not given
    }

    @Test func anEmptyCellIsNotZero() {
        var a = Form(project: "甲", department: Department(code: "002", name: "乙局"))
        a.funds.annual.total = 100
        let b = Form(project: "乙", department: Department(code: "002", name: "乙局"))
        let c = Form(project: "丙", department: Department(code: "001", name: "甲局"))
        let s = YearSummary([a, b, c])
        #expect(s.rows.map(\.department.code) == ["001", "002"])
        #expect(s.rows[0].annual.value == nil)
        #expect(s.rows[0].annual.given == 0)
        #expect(s.rows[1].annual.value == 100)
        #expect(s.rows[1].annual.given == 1)
        #expect(s.total.annual.given == 1)
        #expect(s.total.implementation.value == nil)
        let text = SummaryTable.lines(s, width: 80).joined(separator: "\n")
        #expect(text.contains("0.01*"))  // 100 元 = 0.01 万元, one of three forms gave it
        #expect(text.contains("—"))
        #expect(text.contains(SummaryMessages.partialFunds.text(.zh)))
    }

    @Test func departmentsWithoutCodeComeLast() {
        let s = YearSummary([Form(department: Department(name: "无码局")), Form(department: Department(code: "900", name: "某局"))])
        #expect(s.rows.map(\.department.name) == ["某局", "无码局"])
    }

    @Test func findingsAreCountedBySeverity() {
        let perForm = Checker.check(forms)
        let s = YearSummary(forms, findings: perForm)
        #expect(s.total.findings == FindingSummary(perForm))
        for row in s.rows {
            let mine = forms.indices.filter { forms[$0].department == row.department }.map { perForm[$0] }
            #expect(row.findings == FindingSummary(mine))
        }
        #expect((s.total.findings?.count ?? 0) > 0)  // the sample has findings
    }

    @Test func textTableIsAlignedAndEndsWithTheTotal() {
        let s = YearSummary(forms, findings: Checker.check(forms))
        for width in [66, 80, 120] {
            let lines = Language.with(.zh) { SummaryTable.lines(s, width: width) }
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width)")
            #expect(lines.count == 1 + 7 + 2)  // header, departments, rule, 合计
            #expect(lines.last?.hasPrefix("合计") == true)
            // Every line ends at the same column (the last column is right-aligned).
            let ends = Set(lines.filter { !$0.hasPrefix("─") }.map { DisplayWidth.of($0) })
            #expect(ends.count == 1, "\(lines)")
        }
        let total = Language.with(.zh) { SummaryTable.lines(s, width: 120) }.last!
        #expect(total.contains(Amounts.wan(s.total.annual.sum)))
        #expect(total.contains(Amounts.wan(s.total.implementation.sum)))
    }

    @Test func jsonAndCSVKeepYuan() throws {
        let s = YearSummary(forms, findings: Checker.check(forms))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(SummaryExport.json(s).utf8)) as? [String: Any])
        let total = try #require(doc["total"] as? [String: Any])
        #expect((total["annual"] as? [String: Any])?["yuan"] as? Double == s.total.annual.sum)
        #expect((doc["departments"] as? [Any])?.count == 7)
        let csv = SummaryExport.csv(s).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(csv.first == SummaryExport.csvHeader.joined(separator: ","))
        #expect(csv.count == 1 + 7 + 1)
        #expect(csv.last?.hasPrefix(",合计,7,") == true)
    }

    @Test func listFooterHasTheSameTotals() {
        let lines = Language.with(.zh) { FormList.lines(forms, width: 80) }
        let footer = lines.last!
        #expect(footer.contains("合计 7 表 · 7 个部门"))
        #expect(footer.contains(Amounts.wan(YearSummary(forms).total.annual.sum)))
        #expect(footer.hasSuffix(" " + String(YearSummary(forms).total.indicators)))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}

/// The money rule, 填报日期 as a date, and the header facts laid out once.
@Suite struct FormFactsTests {
    let forms = FormReader.read(file: TestData.sampleURL.path).forms

    @Test func moneyRule() {
        #expect(Amounts.Unit.wan.format(30_770_800) == "3,077.08")
        #expect(Amounts.Unit.yuan.format(30_770_800) == "30,770,800")
        #expect(Amounts.Unit.wan.label == "万元" && Amounts.Unit.yuan.label == "元")
        #expect(Amounts.Unit.wan.format(nil) == "—")
    }

    @Test func filedDate() {
        #expect(FiledDate.display("20251223174026") == "2025-12-23 17:40")
        #expect(FiledDate.display(" 20240229000000 ") == "2024-02-29 00:00")
        for bad in ["2025122620250", "20250229120000", "20251323174026", "20251223246000", "2025-12-23", "", "abcdefghijklmn", "２０２５１２２３１７４０２６"] {
            #expect(FiledDate.display(bad) == bad, "\(bad)")
        }
    }

    @Test func factsInOrderWithDateAndFunds() throws {
        let bus = forms[2]
        let facts = FormFacts.of(bus)
        #expect(facts.map(\.label) == ["主管部门及代码", "实施单位", "项目属性", "项目期", "实施期资金（元）", "年度资金（元）", "填报日期", "来源"])
        let date = try #require(facts.first { $0.kind == .filedAt })
        #expect(date.value == "2025-12-23 17:40")
        #expect(date.raw == "20251223174026")
        #expect(facts.first { $0.kind == .funds(.annual) }?.value == "30,770,800")
        let water = try #require(FormFacts.of(forms[6]).first { $0.kind == .filedAt })
        #expect(water.value == "2025122620250" && water.raw == nil)  // malformed: as written
    }

    @Test func fundsTableRows() {
        let rows = FormFacts.fundsTable(forms[1])
        #expect(rows.map(\.label) == ["资金总额"] + FundsSide.sources.map(\.label))
        #expect(rows.first?.isTotal == true && rows.dropFirst().allSatisfy { !$0.isTotal })
        #expect(rows.first?.implementation == "58,372,000")
        #expect(rows.first?.annual == "43,000,000")
    }

    @Test func cardShowsTheDateAndTheFundsOnce() {
        let card = FormCard.lines(forms[2], width: 80)
        #expect(card.contains { $0.hasPrefix("填报日期") && $0.hasSuffix("2025-12-23 17:40") })
        #expect(!card.contains { $0.hasPrefix("年度资金") })  // the funds table shows them
        #expect(card.contains { $0.hasPrefix("资金总额") && $0.hasSuffix("30,770,800") })
    }
}
