import Foundation
import Testing
@testable import JixiaoKit

/// Each rule on a small hand-made form: one change that triggers it, one near miss that must not.
@Suite struct CheckRuleTests {
    /// A form no rule has anything to say about.
    static func clean() -> Form {
        let side = FundsSide(total: 1_000_000, central: 0, provincial: 200_000, local: 800_000, selfRaised: 0)
        let rows = [
            Indicator(tier1: "产出指标", tier2: "数量指标", name: "作品数量", value: "≥24个", line: 20),
            Indicator(tier1: "产出指标", tier2: "质量指标", name: "验收合格率", value: "100%", line: 21),
            Indicator(tier1: "产出指标", tier2: "时效指标", name: "工作完成时限", value: "2026年底前完成", line: 22),
            Indicator(tier1: "产出指标", tier2: "成本指标", name: "单场演出成本", value: "≤5万元/场", line: 23),
            Indicator(tier1: "效益指标", tier2: "社会效益", name: "文化服务覆盖面", value: "≥10个乡镇", line: 24),
            Indicator(tier1: "满意度指标", tier2: "服务对象满意度", name: "群众满意度", value: "≥95%", line: 25),
        ]
        return Form(
            title: "阳泉市市级预算部门（单位）项目支出绩效目标表", fiscalYear: 2026, project: "测试项目",
            department: Department(code: "057", name: "文旅局"), implementingUnit: "文旅局",
            attribute: "一次性项目（1年结束）", period: "1年",
            funds: Funds(implementation: side, annual: side),
            narrative: Narrative(overview: "项目概况文字", basis: "立项依据文字", necessity: "必要性文字", safeguards: "制度措施文字", plan: "实施计划文字"),
            goals: Goals(implementation: "完成全年演出任务，满足群众文化需求。", annual: "完成全年演出任务，满足群众文化需求。"),
            indicators: IndicatorTable(implementation: rows, annual: rows),
            signoff: Signoff(filedAt: "20251230094312"),
            source: SourceLocation(file: "t.txt", line: 3))
    }

    func rules(_ form: Form, _ options: CheckOptions = CheckOptions()) -> [String] {
        Checker.check(form, options: options).map(\.rule.rawValue)
    }

    func fires(_ rule: String, _ change: (inout Form) -> Void, options: CheckOptions = CheckOptions()) -> Bool {
        var f = Self.clean()
        change(&f)
        return rules(f, options).contains(rule)
    }

    func finding(_ rule: String, _ change: (inout Form) -> Void) -> Finding? {
        var f = Self.clean()
        change(&f)
        return Checker.check(f).first { $0.rule.rawValue == rule }
    }

    @Test func cleanFormHasNoFinding() {
        #expect(Checker.check(Self.clean()).isEmpty, "\(Checker.check(Self.clean()))")
    }

    @Test func registryIsComplete() {
        let ids = Checker.rules.map(\.id.rawValue)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id) is not kebab-case")
            #expect(Checker.rule(id)?.id.rawValue == id)
        }
        for required in ["funds-sum", "funds-annual-exceeds", "funds-all-zero", "funds-one-year-mismatch", "side-empty",
                         "tier-empty", "indicator-blank", "quantity-no-number", "satisfaction-low", "indicator-duplicate",
                         "placeholder-target", "side-unmatched", "truncated-cell", "goal-truncated-copy", "narrative-duplicate",
                         "narrative-empty", "goal-annual-empty", "filed-at-invalid", "time-target-past", "reading-warning"] {
            #expect(ids.contains(required), "\(required)")
        }
        #expect(Checker.rule("no-such-rule") == nil)
    }

    @Test func docsDescribeEveryRule() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/checks.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for r in Checker.rules {
            #expect(text.contains("### `\(r.id)`"), "docs/checks.md lacks \(r.id)")
            #expect(text.contains("`\(r.id)` | \(r.severity)"), "docs/checks.md table: \(r.id) should be \(r.severity)")
        }
    }

    // MARK: - Funds

    @Test func fundsSum() {
        #expect(fires("funds-sum") { $0.funds.annual.local = 700_000 })
        let sum = finding("funds-sum") { $0.funds.annual.local = 700_000 }
        #expect(sum?.message.contains("年度资金总额 1,000,000 不等于各来源之和 900,000") == true)
        #expect(sum?.text.rendered(.en).contains("1,000,000 ≠ sum of sources 900,000") == true)
        // Sources not given at all: nothing to add up. Not given is not zero.
        #expect(!fires("funds-sum") { $0.funds.annual = FundsSide(total: 1_000_000) })
        #expect(!fires("funds-sum") { $0.funds.annual.other = nil })
    }

    @Test func fundsTotalMissing() {
        #expect(fires("funds-total-missing") { $0.funds.annual.total = nil })
        #expect(!fires("funds-total-missing") { $0.funds.annual.total = 0; $0.funds.annual.local = 0; $0.funds.annual.provincial = 0 })
    }

    @Test func fundsAnnualExceeds() {
        let change: (inout Form) -> Void = {
            $0.attribute = "经常性项目（长期开展）"; $0.period = "99年"
            $0.funds.implementation = FundsSide(total: 500_000, local: 500_000)
        }
        #expect(fires("funds-annual-exceeds", change))
        #expect(!fires("funds-annual-exceeds") { $0.funds.annual = FundsSide(total: 500_000, local: 500_000) })
    }

    @Test func fundsOneYearMismatch() {
        #expect(fires("funds-one-year-mismatch") { $0.funds.annual = FundsSide(total: 800_000, local: 800_000) })
        // A long-running project may spend part of its total in the year.
        #expect(!fires("funds-one-year-mismatch") {
            $0.attribute = "经常性项目（长期开展）"; $0.period = "99年"
            $0.funds.annual = FundsSide(total: 800_000, local: 800_000)
        })
        // A one-off project of three years too.
        #expect(!fires("funds-one-year-mismatch") {
            $0.attribute = "一次性项目（3年结束）"; $0.period = "3年"
            $0.funds.annual = FundsSide(total: 800_000, local: 800_000)
        })
    }

    @Test func fundsAllZero() {
        let zero = FundsSide(total: 0, central: 0, provincial: 0, local: 0, selfRaised: 0)
        #expect(fires("funds-all-zero") { $0.funds = Funds(implementation: zero, annual: zero) })
        #expect(!fires("funds-all-zero") { $0.funds = Funds(implementation: zero, annual: zero); $0.indicators = IndicatorTable() })
        #expect(!fires("funds-all-zero") { $0.funds.implementation = zero })
    }

    // MARK: - Header

    @Test func periodMismatch() {
        #expect(fires("period-mismatch") { $0.period = "3年" })
        #expect(!fires("period-mismatch") { $0.attribute = "经常性项目（长期开展）"; $0.period = "99年" })
    }

    @Test func projectNameRepeated() {
        #expect(fires("project-name-repeated") { $0.project = "燃气公司供暖季掺混天然气补贴供暖季掺混天然气补贴" })
        #expect(!fires("project-name-repeated") { $0.project = "阳阳泉泉市市本级补贴" })
    }

    // MARK: - Indicators

    @Test func sideEmpty() {
        #expect(fires("side-empty") { $0.indicators.annual = [] })
        #expect(finding("side-empty") { $0.indicators.annual = [] }?.side == .annual)
        #expect(!fires("side-empty") { $0.indicators.annual = [$0.indicators.annual[0]] })
    }

    @Test func tierEmpty() {
        let noBenefit: (inout Form) -> Void = {
            $0.indicators.annual.removeAll { $0.tier1 == "效益指标" }
            $0.indicators.declarations[.annual] = [TierDeclaration(tier1: "效益指标", tier2: "经济效益", line: 30)]
        }
        #expect(fires("tier-empty", noBenefit))
        let f = finding("tier-empty", noBenefit)
        #expect(f?.location.line == 30 && f?.message.contains("效益指标") == true && f?.side == .annual)
        // A 二级 printed without its 一级 still counts for the 一级 it belongs to.
        #expect(!fires("tier-empty") { $0.indicators.annual[4].tier1 = "" })
        // 成本指标 is not required as a 一级 (older framework).
        #expect(!fires("tier-empty") { $0.indicators.annual.removeAll { $0.tier2 == "成本指标" } })
    }

    @Test func indicatorBlank() {
        #expect(fires("indicator-blank") { $0.indicators.annual[1].value = " " })
        #expect(fires("indicator-blank") { $0.indicators.annual[1].name = "" })
        #expect(!fires("indicator-blank") { $0.indicators.annual[1].value = "0" })
    }

    @Test func placeholderTarget() {
        for value in ["是/否", "XX", "≥XX%", "**人", "-", "／"] {
            #expect(fires("placeholder-target") { $0.indicators.annual[1].value = value }, "\(value)")
        }
        #expect(fires("placeholder-target") { $0.indicators.annual[1].name = "XX项目验收合格率" })
        for value in ["是", "达到", "X射线检测合格", "XXL型号", "3×4米"] {
            #expect(!fires("placeholder-target") { $0.indicators.annual[1].value = value }, "\(value)")
        }
    }

    @Test func quantityNoNumber() {
        #expect(fires("quantity-no-number") { $0.indicators.annual[0].value = "有效保障" })
        #expect(fires("quantity-no-number") { $0.indicators.annual[0].value = "一定数量" })
        #expect(!fires("quantity-no-number") { $0.indicators.annual[0].value = "三个" })
        #expect(!fires("quantity-no-number") { $0.indicators.annual[1].value = "良好" })  // 质量指标
    }

    @Test func costNoNumber() {
        let f = finding("cost-no-number") { $0.indicators.annual[3].value = "按合同价" }
        #expect(f?.message.contains("实施期为「≤5万元/场」") == true)
        #expect(f?.text.rendered(.en).contains("实施期 has 「≤5万元/场」") == true)
        #expect(!fires("cost-no-number") { $0.indicators.annual[3].value = "不超过5万元" })
        #expect(!fires("cost-no-number") { $0.indicators.annual[3].tier2 = "社会成本指标"; $0.indicators.annual[3].value = "无负面影响" })
    }

    @Test func satisfactionLow() {
        #expect(fires("satisfaction-low") { $0.indicators.annual[5].value = "≥85%" })
        #expect(fires("satisfaction-low") { $0.indicators.annual[5].value = "不低于80％" })
        #expect(!fires("satisfaction-low") { $0.indicators.annual[5].value = "≥90%" })
        #expect(!fires("satisfaction-low") { $0.indicators.annual[1].value = "80%" })  // not a satisfaction row
        #expect(fires("satisfaction-low", { _ in }, options: CheckOptions(minSatisfaction: 96)))
        #expect(!fires("satisfaction-low", { $0.indicators.annual[5].value = "≥85%" }, options: CheckOptions(minSatisfaction: 80)))
    }

    @Test func indicatorDuplicate() {
        let twice: (inout Form) -> Void = { $0.indicators.annual.append(Indicator(tier1: "产出指标", tier2: "质量指标", name: "验收 合格率", value: "100%", line: 26)) }
        #expect(fires("indicator-duplicate", twice))
        #expect(finding("indicator-duplicate", twice)?.location.line == 26)
        #expect(!fires("indicator-duplicate") { $0.indicators.annual.append(Indicator(tier1: "产出指标", tier2: "质量指标", name: "验收及时率", value: "100%", line: 26)) })
    }

    @Test func sideUnmatched() {
        #expect(fires("side-unmatched") { $0.indicators.annual[1].name = "完工率" })
        let fs = { () -> [Finding] in var f = Self.clean(); f.indicators.annual[1].name = "完工率"; return Checker.check(f) }()
        #expect(fs.filter { $0.rule == "side-unmatched" }.map(\.side) == [.implementation, .annual])
        // A cut-off name pairs with the full one; rows may come in another order.
        #expect(!fires("side-unmatched") { $0.indicators.annual[1].name = "验收合格" })
        #expect(!fires("side-unmatched") { $0.indicators.annual.reverse() })
    }

    @Test func annualUnquantified() {
        #expect(fires("annual-unquantified") { $0.indicators.annual[1].value = "合格" })
        #expect(!fires("annual-unquantified") { $0.indicators.implementation[1].value = "合格"; $0.indicators.annual[1].value = "合格" })
        #expect(!fires("annual-unquantified") { $0.indicators.annual[1].value = "是/否" })  // placeholder-target says it
    }

    // MARK: - Truncation

    @Test func truncatedCell() {
        let f = finding("truncated-cell") { $0.indicators.annual[2].name = "工作完成时" }
        #expect(f?.side == .annual && f?.location.line == 22 && f?.message.contains("「工作完成时限」") == true)
        #expect(fires("truncated-cell") { $0.indicators.implementation[1].value = "10" })
        #expect(!fires("truncated-cell") { $0.indicators.annual[0].value = "≥24个/年" })  // a unit refined
        #expect(!fires("truncated-cell") { $0.indicators.annual[2].name = "完成时限" })
    }

    @Test func goalTruncatedCopy() {
        #expect(fires("goal-truncated-copy") { $0.goals.annual = "完成全年演出任务，满足群众" })
        #expect(!fires("goal-truncated-copy") { $0.goals.annual = "完成全年" })  // too short to call a copy
        #expect(!fires("goal-truncated-copy") { $0.goals.annual = "完成年度演出任务。" })
    }

    // MARK: - Narratives

    @Test func goalsEmpty() {
        #expect(fires("goal-annual-empty") { $0.goals.annual = "  " })
        #expect(fires("goal-implementation-empty") { $0.goals.implementation = "" })
        #expect(!fires("goal-annual-empty") { $0.goals.implementation = "" })
    }

    @Test func narrativeEmpty() {
        let empty = finding("narrative-empty") { $0.narrative.basis = "" }
        #expect(empty?.message == "立项依据为空" && empty?.text.rendered(.en) == "立项依据 is empty")
        #expect(!fires("narrative-empty") { $0.narrative.basis = "见附件" })
    }

    @Test func narrativeDuplicate() {
        #expect(fires("narrative-duplicate") { $0.narrative.plan = $0.narrative.overview })
        // Whitespace does not make a copy different.
        #expect(fires("narrative-duplicate") { $0.narrative.plan = " 项目概况 文字" })
        #expect(!fires("narrative-duplicate") { $0.narrative.plan = "" ; $0.narrative.basis = "" })
        let all = finding("narrative-duplicate") { f in for p in Narrative.fields { f.narrative[keyPath: p.path] = "同一段话" } }
        #expect(all?.message.hasPrefix("全部5个栏目内容相同") == true)
        #expect(all?.text.rendered(.en).hasPrefix("all 5 narrative fields") == true)
    }

    @Test func goalCopiesNarrative() {
        #expect(fires("goal-copies-narrative") { $0.goals.annual = $0.narrative.necessity })
        #expect(finding("goal-copies-narrative") { $0.goals.annual = $0.narrative.necessity }?.severity == .info)
        #expect(!fires("goal-copies-narrative") { $0.goals.annual = $0.narrative.necessity + "，提升服务水平" })
    }

    // MARK: - Dates

    @Test func filedAtInvalid() {
        for bad in ["2025122620250", "20251341120000", "20250229120000", "2025-12-26", ""] {
            #expect(fires("filed-at-invalid") { $0.signoff.filedAt = bad }, "\(bad)")
        }
        #expect(!fires("filed-at-invalid") { $0.signoff.filedAt = "20240229235959" })
    }

    @Test func filedAtOutOfCycle() {
        #expect(fires("filed-at-out-of-cycle") { $0.signoff.filedAt = "20240713150811" })
        #expect(fires("filed-at-out-of-cycle") { $0.signoff.filedAt = "20270105090000" })
        #expect(!fires("filed-at-out-of-cycle") { $0.signoff.filedAt = "20250105090000" })
        #expect(!fires("filed-at-out-of-cycle") { $0.signoff.filedAt = "20240713150811"; $0.fiscalYear = nil })
    }

    @Test func timeTargetPast() {
        #expect(fires("time-target-past") { $0.indicators.annual[2].value = "2025年底前完成" })
        #expect(fires("time-target-past") { $0.indicators.annual[1].name = "截至2025年12月底，投资完成比例" })
        #expect(!fires("time-target-past") { $0.indicators.annual[0].name = "2024年月票卡亏损额" })
        #expect(!fires("time-target-past") { $0.indicators.annual[2].value = "2026年6月30日前" })
    }

    @Test(arguments: [
        ("截至2025年12月底，投资完成比例", false, false, 2025),
        ("截止 2024年12月累计发放", false, false, 2024),
        ("2025年底前完成", false, true, 2025),
        ("2025年6月30日前", false, true, 2025),
        ("2025年年底前", true, true, 2025),
        ("到2025年底", false, true, 2025),
        ("2025年底建成", false, true, 2025),
        ("2025年12月", true, true, 2025),
        ("2025年12月", false, true, 0),
        ("2024年月票卡亏损额", false, false, 0),
        ("以2024年为例", false, false, 0),
        ("2024-2025年度供暖季补贴", false, false, 0),
        ("2026年底前完成", true, true, 0),
        ("20251230", true, true, 0),
    ])
    func timeTargets(text: String, timeliness: Bool, isValue: Bool, year: Int) {
        #expect(TimeTarget.pastYear(in: text, before: 2026, timeliness: timeliness, isValue: isValue) == (year == 0 ? nil : year))
    }

    // MARK: - Reading

    @Test func readingWarnings() {
        // A form without an indicator table: the reader notes it.
        let form = TestData.read(TestData.form([])).forms[0]
        let fs = Checker.check(form)
        let notes = form.readingNotes
        #expect(!notes.isEmpty)
        #expect(fs.filter { $0.rule == "reading-warning" }.map(\.location.line) == notes.map(\.location.line))
        #expect(!fires("reading-warning") { _ in })
    }

    @Test func smallTextReadsThroughTheReader() {
        // The reader and the checks together, from text.
        let text = TestData.form([
            TestData.header8,
            ["", "产出指标", "数量指标", "补助人数", "有效保障", "数量指标", "补助人数", "有效保障"],
            ["", "满意度指标", "服务对象满意度", "群众满意度", "≥80%", "服务对象满意度", "群众满意度", "≥80%"],
        ], signoff: ["负责人：", "", "填报日期：", "2025122620250"])
        let form = TestData.read(text).forms[0]
        let ids = Set(Checker.check(form).map(\.rule.rawValue))
        #expect(ids.isSuperset(of: ["quantity-no-number", "satisfaction-low", "filed-at-invalid", "tier-empty", "goal-annual-empty"]))
    }

    // MARK: - Helpers

    @Test(arguments: [("100%", true), ("三个", true), ("一个", true), ("一定数量", false), ("进一步提升", false), ("统一标准", false), ("有效保障", false), ("１２次", true)])
    func numbers(text: String, expected: Bool) {
        #expect(CheckText.hasNumber(text) == expected)
    }

    @Test func fastTextHelpersAgreeWithTheVocabulary() {
        let labels = ["产出指标", "产出 指标", "产出", "成本指标", "成本", "成本 指标", "效益", "满意度", "满意度指标", "经济效益", "经济 效益",
                      "经济效益指标", "服务 对象 满意度", "可持续影响", "时效\u{3000}指标", "生态环境成本指标", "社会成本", "项目", "", "指标", "效益指标 "]
        for label in labels {
            #expect(CheckText.tier1(label) == Tier1(label: label), "\(label)")
            #expect(CheckText.tier2(label) == Tier2(label: label), "\(label)")
        }
        let texts = ["a b", "中\u{3000}文", "中文", "x\u{00A0}y", "x\u{2009}y", "x\u{202F}y", "x\u{205F}y", "x\u{1680}y", "x\u{0085}y",
                     "tab\there", "line\nbreak", "、。「」“”", "\u{2028}", "—…", "\u{200B}zero-width is not whitespace"]
        for t in texts {
            #expect(CheckText.squeeze(t) == Vocabulary.squeeze(t), "\(t.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(CheckText.contains("优秀人才满意度", "满意度") && !CheckText.contains("满意", "满意度") && CheckText.contains("x", ""))
        #expect(CheckText.isStrictPrefix("完成资金支付时", of: "完成资金支付时间") && !CheckText.isStrictPrefix("完成", of: "完成"))
        #expect(CheckText.quote(String(repeating: "长", count: 50), limit: 10) == "「长长长长长长长长长长…」")
    }

    @Test func valueCuts() {
        #expect(TruncationRules.cutSide("3413.66万元/年", "3413.66万元") == nil)
        #expect(TruncationRules.cutSide("≥95%", "≥95") == .annual)
        #expect(TruncationRules.cutSide("2026年年底", "2026年年底前") == .implementation)
        #expect(TruncationRules.cutSide("良好", "良好") == nil)
    }
}
