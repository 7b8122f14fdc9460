import Foundation
import Testing
@testable import JixiaoKit

/// The 财预〔2015〕88号 template filled with a 年度 side only (docs/format.md): hand-written
/// inputs in several layouts must all read as one form with a 年度 side alone.
@Suite struct AnnualTemplateTests {
    /// The template cell by cell, as docs/format.md shows it; `gap` is the run of empty cells
    /// merged cells leave (it differs between exports).
    static func template(gap: String = "\t", pageBreak: Bool = false, vertical: Bool = false) -> String {
        let g = gap
        var lines = [
            "项目支出绩效目标表",
            "（2025年度）",
            "项目责任人：\(g)\(g)\t单位（盖章）：",
            "项目名称\(g)\t某某体育赛事",
            "主管部门及代码\(g)\t[042]某区体育局\t实施单位\t某区体育局",
            "项目来源\(g)\t本级申报项目\t项目期\t3年",
            "项目资金（万元）\t年度资金总额：\(g)\t120.50",
            "\t其中：财政拨款\(g)\t120.50",
            "\t其他资金\(g)\t0.00",
            "年度目标\t举办赛事两场，提升城市知名度。",
        ]
        // A vertical 绩效指标 label flattened one character a line lands in column 0 of the
        // header and the first rows.
        let c0 = vertical ? ["绩", "效", "指", "标"] : ["绩效指标", "", "", ""]
        var table = [
            "\(c0[0])\t一级指标\t二级指标\t三级指标\t指标值",
            "\(c0[1])\t产出指标\t数量指标\t举办赛事场次\t2场",
            "\(c0[2])\t\(g)质量指标\t经费支出合规率\t100%",
            "\(c0[3])\t\t时效指标\t完成时间\t2025年年底前",
            "\t\t成本指标\t项目总成本\t≤120.5万元",
            "\t效益指标\t经济效益指标\t带动体育消费\t效果良好",
            "\t\t生态效益指标\t本项目不适用此指标\t无",
            "\t满意度指标\t满意度指标\t群众满意度\t≥95%",
        ]
        if pageBreak { table.insert(contentsOf: ["", "项目\t效益指标\t经济效益指标\t带动体育消费\t效果良好"], at: 5); table.remove(at: 7) }
        lines += table
        return lines.joined(separator: "\n") + "\n"
    }

    /// What every variant must read to.
    static func expectAnnualOnlyReading(_ result: ReadResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)", sourceLocation: sourceLocation)
        guard result.forms.count == 1, let f = result.forms.first else {
            Issue.record("expected one form, read \(result.forms.count)", sourceLocation: sourceLocation)
            return
        }
        #expect(f.title == "项目支出绩效目标表", sourceLocation: sourceLocation)
        #expect(f.fiscalYear == 2025, sourceLocation: sourceLocation)
        #expect(f.project == "某某体育赛事", sourceLocation: sourceLocation)
        #expect(f.department == Department(code: "042", name: "某区体育局"), sourceLocation: sourceLocation)
        #expect(f.implementingUnit == "某区体育局", sourceLocation: sourceLocation)
        #expect(f.origin == "本级申报项目", sourceLocation: sourceLocation)
        #expect(f.attribute == "", sourceLocation: sourceLocation)
        #expect(f.period == "3年", sourceLocation: sourceLocation)
        #expect(f.sides == [.annual], sourceLocation: sourceLocation)
        #expect(!f.hasSide(.implementation) && f.hasSide(.annual), sourceLocation: sourceLocation)
        #expect(f.funds.unit == .tenThousandYuan, sourceLocation: sourceLocation)
        #expect(f.funds.annual == FundsSide(total: 1_205_000, other: 0).with(\.fiscal, 1_205_000), sourceLocation: sourceLocation)
        #expect(f.funds.implementation == FundsSide(), sourceLocation: sourceLocation)
        #expect(f.goals == Goals(implementation: "", annual: "举办赛事两场，提升城市知名度。"), sourceLocation: sourceLocation)
        #expect(f.indicators.implementation.isEmpty, sourceLocation: sourceLocation)
        #expect(TestData.rows(f, .annual) == [
            "产出指标/数量指标/举办赛事场次/2场",
            "产出指标/质量指标/经费支出合规率/100%",
            "产出指标/时效指标/完成时间/2025年年底前",
            "产出指标/成本指标/项目总成本/≤120.5万元",
            "效益指标/经济效益指标/带动体育消费/效果良好",
            "满意度指标/满意度指标/群众满意度/≥95%",
        ], sourceLocation: sourceLocation)
        let na = f.indicators.notApplicable(.annual)
        #expect(na.map { "\($0.tier1)/\($0.tier2)/\($0.notApplicable ?? "")" } == ["效益指标/生态效益指标/本项目不适用此指标 | 无"], sourceLocation: sourceLocation)
        #expect(f.indicators.annual.last?.tier1Kind == .satisfaction, sourceLocation: sourceLocation)
    }

    @Test func templateAsDocumented() {
        Self.expectAnnualOnlyReading(TestData.read(Self.template()))
    }

    /// The checks and the card follow the template: its sources include 财政拨款 (no false
    /// funds-sum), it prints no narrative block (nothing to call empty), and the card names
    /// 项目来源 and 财政拨款 as the form prints them.
    @Test func checksAndCardFollowTheTemplate() {
        let form = TestData.read(Self.template()).forms[0]
        let rules = Set(Checker.check(form).map(\.rule.rawValue))
        #expect(!rules.contains("funds-sum") && !rules.contains("narrative-empty"), "\(rules)")
        let facts = FormFacts.of(form)
        #expect(facts.contains { $0.label == "项目来源" && $0.value == "本级申报项目" })
        #expect(FormFacts.fundsTable(form).contains { $0.label == "财政拨款" && $0.annual == "1,205,000" })
        // A sample form keeps its 项目属性 and has no 财政拨款 row.
        let sample = TestData.read(TestData.sampleText).forms[0]
        #expect(FormFacts.of(sample).contains { $0.label == "项目属性" })
        #expect(!FormFacts.fundsTable(sample).contains { $0.label == "财政拨款" })
    }

    /// `show`'s card lists what the template prints: no narratives for the 88号 年度-only
    /// template (not five （空）), while a two-sided form's empty narrative is still （空）.
    @Test func theCardListsOnlyTheNarrativesTheTemplatePrints() {
        let form = TestData.read(Self.template()).forms[0]
        #expect(!form.printsNarratives)
        let card = FormCard.lines(form, width: 100)
        for field in Narrative.fields { #expect(!card.contains { $0.hasPrefix(field.label) }, "\(field.label): \(card)") }
        #expect(card.contains { $0.hasPrefix("总体目标") })
        #expect(card.contains("    举办赛事两场，提升城市知名度。"), "\(card)")

        var twoSided = TestData.read(TestData.sampleText).forms[0]
        twoSided.narrative.basis = ""
        #expect(twoSided.printsNarratives)
        let lines = FormCard.lines(twoSided, width: 100)
        let basis = lines.firstIndex { $0.hasPrefix("立项依据") }
        #expect(basis.map { lines[$0 + 1] } == "  （空）", "\(lines)")
        #expect(lines.contains { $0.hasPrefix("项目概况") })
    }

    @Test func longerCellRunsReadTheSame() {
        Self.expectAnnualOnlyReading(TestData.read(Self.template(gap: "\t\t\t")))
    }

    @Test func gb18030WithCRLFReadsTheSame() throws {
        let text = Self.template(gap: "\t\t").replacingOccurrences(of: "\n", with: "\r\n")
        let data = try #require(text.data(using: TextDecoding.gb18030))
        Self.expectAnnualOnlyReading(FormReader.read(bytes: [UInt8](data), file: "88.txt"))
    }

    @Test func pageBreakInsideTheTable() {
        let text = Self.template(pageBreak: true)
        #expect(text.contains("\n\n项目\t效益指标"))
        Self.expectAnnualOnlyReading(TestData.read(text))
    }

    @Test func verticalLabelSplitOneCharacterALine() {
        Self.expectAnnualOnlyReading(TestData.read(Self.template(vertical: true)))
    }

    @Test func verticalLabelWithLineBreaksInOneCell() {
        // A workbook keeps the vertical label in one cell with line breaks; its text export
        // (with the breaks turned to spaces) must read the same.
        let text = Self.template().replacingOccurrences(of: "绩效指标\t一级指标", with: "绩 效 指 标\t一级指标")
        Self.expectAnnualOnlyReading(TestData.read(text))
    }

    @Test func twoFormsOfTheTemplateInOneFile() {
        let result = TestData.read(Self.template() + "\n" + Self.template(gap: "\t\t"))
        #expect(result.forms.count == 2)
        #expect(result.forms.allSatisfy { $0.sides == [.annual] && $0.indicators.annual.count == 6 })
    }

    @Test func sampleFormsKeepBothSides() {
        let forms = FormReader.read(file: TestData.sampleURL.path).forms
        #expect(forms.count == 7)
        #expect(forms.allSatisfy { $0.sides == [.implementation, .annual] && $0.funds.unit == .yuan })
        #expect(forms.allSatisfy { $0.indicators.notApplicable(.annual).isEmpty && $0.origin.isEmpty })
    }

    @Test func departmentCodeInBrackets() {
        #expect(FormBuilder.department("[042]某区体育局") == Department(code: "042", name: "某区体育局"))
        #expect(FormBuilder.department("【A01】 某局") == Department(code: "A01", name: "某局"))
        #expect(FormBuilder.department("[某]局") == Department(code: "", name: "[某]局"))
        #expect(FormBuilder.department("906-社保科") == Department(code: "906", name: "社保科"))
    }

    @Test func amountsInTenThousandYuanAreConvertedToTheFen() {
        #expect(FundsUnit.tenThousandYuan.toYuan(120.50) == 1_205_000)
        #expect(FundsUnit.tenThousandYuan.toYuan(0.01) == 100)
        #expect(FundsUnit.tenThousandYuan.toYuan(1000.00) == 10_000_000)
        #expect(FundsUnit.tenThousandYuan.toYuan(3413.6612) == 34_136_612)
        #expect(FundsUnit.yuan.toYuan(58_372_000) == 58_372_000)
    }

    @Test func ownerValueAfterTheColon() throws {
        let text = Self.template().replacingOccurrences(of: "项目责任人：", with: "项目责任人：张三")
        let f = try #require(TestData.read(text).forms.first)
        #expect(f.owner == "张三")
        #expect(f.sealUnit == "")
    }

    @Test func jsonCarriesSidesUnitAndNotApplicable() throws {
        let f = try #require(TestData.read(Self.template()).forms.first)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(FormJSON.line(f).utf8)) as? [String: Any])
        #expect(obj["sides"] as? [String] == ["annual"])
        #expect(obj["origin"] as? String == "本级申报项目")
        #expect(obj["fundsUnit"] as? String == "万元")
        // `funds` stays a map of sides, as readers of the first schema take it.
        let funds = try #require(obj["funds"] as? [String: [String: Any]])
        #expect((funds["annual"] as? [String: Any])?["fiscal"] as? Double == 1_205_000)
        #expect((funds["annual"] as? [String: Any])?["total"] as? Double == 1_205_000)
        #expect((obj["indicators"] as? [String: [[String: Any]]])?.keys.sorted() == ["annual", "implementation"])
        let na = try #require(obj["notApplicable"] as? [[String: Any]])
        #expect(na.count == 1)
        #expect(na.first?["side"] as? String == "annual")
        #expect(na.first?["tier2"] as? String == "生态效益指标")
    }
}

extension FundsSide {
    /// A copy with one amount set (tests).
    func with(_ path: WritableKeyPath<FundsSide, Double?>, _ value: Double?) -> FundsSide {
        var copy = self
        copy[keyPath: path] = value
        return copy
    }
}
