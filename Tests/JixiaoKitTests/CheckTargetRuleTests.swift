import Foundation
import Testing
@testable import JixiaoKit

/// The rules that read what a target says, the unit-cost check and the rules' outcomes: for
/// each rule a change of the clean form that triggers it and near misses that must not.
extension CheckRuleTests {
    /// Sets the value of row `k` on both sides.
    static func both(_ k: Int, _ value: String) -> (inout Form) -> Void {
        { f in f.indicators.implementation[k].value = value; f.indicators.annual[k].value = value }
    }

    @Test func vagueTarget() {
        for value in ["显著提升", "有效保障", "长期", "及时", "良好", "明显改善", "逐步提高"] {
            #expect(fires("vague-target", Self.both(4, value)), "\(value)")
        }
        // Both sides say the same on one row: one finding, about the row's line.
        let f = finding("vague-target", Self.both(4, "有效保障"))
        #expect(f?.location.line == 24 && f?.side == nil && f?.message == "实施期和年度：「文化服务覆盖面」的目标「有效保障」是定性表述，既无数值也未分级分档")
        #expect(f?.text.rendered(.en).contains("qualitative") == true)
        #expect(f?.heading == .relevance)
        // Graded, yes/no, none, a standard, a schedule, or a number: not vague.
        for value in ["良好及以上", "优秀等次", "A级", "合格", "达标", "无安全事故", "符合国家标准", "按月发放", "≥3项", "二级以上", "全部完成"] {
            #expect(!fires("vague-target", Self.both(4, value)), "\(value)")
        }
        // Rows with their own rules: a rate, a 数量 or 成本 target, a placeholder.
        #expect(!fires("vague-target", Self.both(1, "及时")))
        #expect(!fires("vague-target", Self.both(0, "有效保障")))
        #expect(!fires("vague-target", Self.both(4, "是/否")))
        // A 年度 target without the 实施期's number is annual-unquantified's, not both.
        #expect(!fires("vague-target") { $0.indicators.annual[4].value = "有效保障" })
        #expect(fires("annual-unquantified") { $0.indicators.annual[4].value = "有效保障" })
    }

    @Test func moneyAsOutput() {
        for value in ["500万元", "≥3.5亿元/年", "3413.66万元/年", "120000元"] {
            #expect(fires("money-as-output", Self.both(0, value)), "\(value)")
        }
        #expect(finding("money-as-output", Self.both(0, "500万元"))?.message.contains("资金投入不能作为产出") == true)
        for value in ["≥24个", "500万人次", "2800万公里", "12场"] {
            #expect(!fires("money-as-output", Self.both(0, value)), "\(value)")
        }
        // Money under 成本指标 is what a cost target is.
        #expect(!fires("money-as-output", Self.both(3, "≤500万元")))
    }

    @Test func costFloor() {
        for value in ["≥5万元/场", ">5万元/场", "不低于5万元/场", "5万元/场以上"] {
            #expect(fires("cost-floor", Self.both(3, value)), "\(value)")
        }
        #expect(finding("cost-floor", Self.both(3, "≥5万元/场"))?.heading == .appropriateness)
        for value in ["≤5万元/场", "5万元/场", "65岁以上11.25元/人", "≥95%"] {
            #expect(!fires("cost-floor", Self.both(3, value)), "\(value)")
        }
        // A floor outside 成本指标 is no cost floor.
        #expect(!fires("cost-floor", Self.both(0, "≥24个")))
    }

    @Test func rateNoNumber() {
        #expect(fires("rate-no-number", Self.both(1, "及时")))
        #expect(fires("rate-no-number") { $0.indicators.annual[1].name = "验收完成比例"; $0.indicators.implementation[1].name = "验收完成比例"; Self.both(1, "全部")(&$0) })
        #expect(finding("rate-no-number", Self.both(1, "及时"))?.message.contains("比率指标「验收合格率」的指标值「及时」没有百分比或数字") == true)
        for value in ["100%", "≥95%", "0.98"] {
            #expect(!fires("rate-no-number", Self.both(1, value)), "\(value)")
        }
        // Not a rate by its name.
        #expect(!fires("rate-no-number", Self.both(4, "及时")))
    }

    @Test func unitMissing() {
        #expect(fires("unit-missing", Self.both(5, "95")))
        #expect(finding("unit-missing", Self.both(5, "≥95"))?.message.contains("（应有%）") == true)
        #expect(fires("unit-missing", Self.both(0, "24")))  // 作品数量
        #expect(fires("unit-missing") { f in
            for s in Side.allCases { f.indicators[s][2].name = "工作完成时限"; f.indicators[s][2].value = "30" }
        })
        for value in ["95%", "≥95％"] { #expect(!fires("unit-missing", Self.both(5, value)), "\(value)") }
        // The name prints the unit, or implies none.
        #expect(!fires("unit-missing") { f in for s in Side.allCases { f.indicators[s][5].name = "群众满意度（%）"; f.indicators[s][5].value = "95" } })
        #expect(!fires("unit-missing") { f in for s in Side.allCases { f.indicators[s][4].name = "文化服务覆盖面"; f.indicators[s][4].value = "10" } })
    }

    @Test func costIndicatorMissing() {
        let noCost: (inout Form) -> Void = { $0.indicators.annual.removeAll { $0.tier2 == "成本指标" } }
        let f = finding("cost-indicator-missing", noCost)
        #expect(f?.side == .annual && f?.severity == .warning && f?.message == "年度没有成本指标")
        var form = Self.clean()
        noCost(&form)
        let strict = Checker.check(form, options: CheckOptions(requireCost: true)).first { $0.rule == "cost-indicator-missing" }
        #expect(strict?.severity == .error)
        // A 社会成本 counts; a side with no indicators at all is side-empty's.
        #expect(!fires("cost-indicator-missing") { $0.indicators.annual[3].tier2 = "社会成本指标"; $0.indicators.annual[3].tier1 = "成本指标" })
        #expect(!fires("cost-indicator-missing") { $0.indicators.annual = [] })
    }

    @Test func placeholdersInGoalsAndTargets() {
        let f = finding("goal-placeholder") { $0.goals.annual = "完成某某项目建设，满足群众需求。" }
        #expect(f?.side == .annual && f?.message == "年度目标含占位符「某某」")
        let both = Checker.check({ var form = Self.clean(); form.goals.implementation = "完成XX场演出"; form.goals.annual = "完成XX场演出"; return form }())
        #expect(both.filter { $0.rule == "goal-placeholder" }.count == 1)
        for goal in ["完成某些项目建设", "开展X射线检测", "采购3×4米展板"] {
            #expect(!fires("goal-placeholder") { $0.goals.annual = goal }, "\(goal)")
        }
        #expect(fires("placeholder-target", Self.both(4, "某某乡镇")))
        #expect(fires("placeholder-target") { $0.indicators.annual[4].name = "某某文化服务覆盖面" })
    }

    // MARK: - 单位成本 × 数量

    /// The clean form with a 场 quantity and a 场 unit cost on both sides.
    static func perShow(_ quantity: String, _ cost: String, annualCost: String? = nil) -> (inout Form) -> Void {
        { f in
            for s in Side.allCases {
                f.indicators[s][0].name = "演出场次"
                f.indicators[s][0].value = quantity
                f.indicators[s][3].value = cost
            }
            if let annualCost { f.indicators.annual[3].value = annualCost }
        }
    }

    @Test func unitCostOverFunds() {
        // 24场 × 5万元/场 = 120万元 > 100万元 on both sides.
        var form = Self.clean()
        Self.perShow("≥24场", "5万元/场")(&form)
        let fs = Checker.check(form).filter { $0.rule == "unit-cost-over-funds" }
        #expect(fs.map(\.side) == [.implementation, .annual])
        #expect(fs.first?.location.line == 23)
        #expect(fs.first?.message == "实施期：单位成本 5万元/场 × 数量 ≥24场 = 120.00万元，超过实施期资金总额 100.00万元")
        #expect(fs.first?.heading == .appropriateness)
        // 元 and 亿元 as well as 万元; a 万 quantity.
        #expect(fires("unit-cost-over-funds", Self.perShow("24场", "50000元/场")))
        #expect(fires("unit-cost-over-funds", Self.perShow("2.4万场", "50元/场")))
        #expect(UnitCostRules.unitCost("0.0005亿元/场", index: 0)?.yuan == 50_000)
        // A side without a number borrows it from the other side's row of the same name.
        let borrowed = finding("unit-cost-over-funds", Self.perShow("24场", "5万元/场", annualCost: "按合同价"))
        #expect(borrowed != nil)
        var b = Self.clean()
        Self.perShow("24场", "5万元/场", annualCost: "按合同价")(&b)
        b.funds.implementation.total = 2_000_000
        b.funds.implementation.local = 1_800_000
        let annual = Checker.check(b).filter { $0.rule == "unit-cost-over-funds" }
        #expect(annual.map(\.side) == [.annual] && annual.first?.message.contains("5万元/场（取自实施期）") == true)
        // Near misses: within the money, a ceiling, a monthly cost, units that differ.
        #expect(!fires("unit-cost-over-funds", Self.perShow("24场", "4万元/场")))
        #expect(!fires("unit-cost-over-funds", Self.perShow("24场", "≤5万元/场")))
        #expect(!fires("unit-cost-over-funds", Self.perShow("24场", "5万元/场/月")))
        #expect(!fires("unit-cost-over-funds", Self.perShow("24个", "5万元/场")))
        #expect(!fires("unit-cost-over-funds", Self.perShow("≤24场", "5万元/场")))
    }

    @Test func unitCostStaysSilentWhenThePairingIsNotClear() {
        var form = Self.clean()
        Self.perShow("24场", "5万元/场")(&form)
        for s in Side.allCases {
            form.indicators[s].append(Indicator(tier1: "产出指标", tier2: "数量指标", name: "下乡演出场次", value: "10场", line: 26))
        }
        let review = Checker.review(form)
        #expect(!review.findings.contains { $0.rule == "unit-cost-over-funds" })
        #expect(review.outcome(.unitCostOverFunds) == .notChecked(FindingText(.notCheckedAmbiguous)))
        #expect(Checker.review(Self.clean()).outcome(.unitCostOverFunds) == .notChecked(FindingText(.notCheckedNoPairing)))
        #expect(UnitCostRules.canonical("方") == UnitCostRules.canonical("立方米"))
    }

    // MARK: - Outcomes

    @Test func everyRuleEndsFailedPassedOrNotChecked() {
        let clean = Checker.review(Self.clean())
        #expect(clean.outcomes.map(\.rule) == Checker.rules.map(\.id))
        #expect(!clean.outcomes.contains { $0.outcome == .failed })
        #expect(clean.outcome(.fundsSum) == .passed && clean.outcome(.vagueTarget) == .passed)
        // A rule that found something failed; an ignored rule was not checked.
        var form = Self.clean()
        form.funds.annual.local = 700_000
        let failed = Checker.review(form, options: CheckOptions(ignored: ["vague-target"]))
        #expect(failed.outcome(.fundsSum) == .failed)
        #expect(failed.outcome(.vagueTarget) == .notChecked(FindingText(.notCheckedIgnored)))
    }

    @Test func aRuleThatCouldNotRunNeverPasses() {
        var form = Self.clean()
        form.indicators.annual = []
        form.fiscalYear = nil
        form.attribute = "经常性项目（长期开展）"
        form.period = "99年"
        let r = Checker.review(form)
        #expect(r.outcome(.sideEmpty) == .failed)
        for rule in [Rule.sideUnmatched, .annualUnquantified, .truncatedCell] {
            #expect(r.outcome(rule) == .notChecked(FindingText(.notCheckedNoBothSides)), "\(rule.id)")
        }
        for rule in [Rule.vagueTarget, .costFloor, .placeholderTarget, .unitMissing] {
            #expect(r.outcome(rule) == .notChecked(FindingText(.notCheckedNoIndicators, "年度")), "\(rule.id)")
        }
        var noYear = Self.clean()
        noYear.fiscalYear = nil
        #expect(Checker.review(noYear).outcome(.timeTargetPast) == .notChecked(FindingText(.notCheckedNoFiscalYear)))
        #expect(r.outcome(.fundsOneYearMismatch) == .notChecked(FindingText(.notCheckedNotOneYear)))
        #expect(r.outcome(.periodMismatch) == .notChecked(FindingText(.notCheckedNoYears)))
        #expect(FindingText(.notCheckedNoIndicators, "年度").rendered(.zh) == "无年度指标")
        #expect(FindingText(.notCheckedNoSide, "年度").rendered(.zh) == "无年度侧")
        // Without any 满意度 percentage the threshold was never tested.
        var noPercent = Self.clean()
        for s in Side.allCases { noPercent.indicators[s][5].value = "满意" }
        #expect(Checker.review(noPercent).outcome(.satisfactionLow) == .notChecked(FindingText(.notCheckedNoNumber)))
    }

    @Test func findingsGroupUnderTheFourHeadings() {
        var form = Self.clean()
        form.funds.annual.local = 700_000          // 可行性 (error)
        form.goals.annual = ""                     // 完整性 (error)
        Self.both(4, "有效保障")(&form)             // 相关性
        Self.both(3, "≥5万元/场")(&form)            // 适当性
        form.narrative.plan = ""                   // 完整性 (warning)
        let groups = Finding.grouped(Checker.check(form))
        #expect(groups.map(\.heading) == [.completeness, .relevance, .appropriateness, .feasibility])
        #expect(groups[0].findings.map(\.rule.rawValue) == ["goal-annual-empty", "narrative-empty"])
        #expect(groups[0].findings.map(\.severity) == [.error, .warning])
        #expect(Finding.grouped([]).isEmpty)
        #expect(Heading.allCases.map { $0.label(.zh) } == ["完整性", "相关性", "适当性", "可行性"])
        #expect(Severity.allCases.map { $0.label(.zh) } == ["提示", "警告", "错误"])
        #expect(Severity.allCases.map { $0.label(.en) } == ["info", "warning", "error"])
    }

    @Test func everyRuleHasTextsInBothLanguages() {
        for r in Checker.rules {
            for language in Language.allCases {
                #expect(!r.summary(language).isEmpty && r.summary(language) != r.id.rawValue, "\(r.id) \(language)")
                #expect(!r.rationale(language).isEmpty, "\(r.id) \(language)")
            }
            #expect(r.summary(.zh).unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(r.id)")
        }
        #expect(Set(RuleSummaries.allCases.map(\.rawValue)) == Set(Checker.rules.map(\.id.rawValue)))
        #expect(Set(RuleRationales.allCases.map(\.rawValue)) == Set(Checker.rules.map(\.id.rawValue)))
    }
}
