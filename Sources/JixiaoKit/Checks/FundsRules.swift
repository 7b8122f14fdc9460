extension Rule {
    public static let fundsSum = Rule(
        "funds-sum", .error, .funds,
        "A side's 资金总额 differs from the sum of its sources (中央, 省级, 市县, 自筹, 其他).",
        rationale: "The sources are a breakdown of the total; when they do not add up, at least one figure is wrong and the budget cannot be matched to the targets.")
    public static let fundsTotalMissing = Rule(
        "funds-total-missing", .warning, .funds,
        "A side's 资金总额 is not given (empty cell).",
        rationale: "完整性: every target form states how much money it asks for; an empty total is not zero, it is missing.")
    public static let fundsAnnualExceeds = Rule(
        "funds-annual-exceeds", .error, .funds,
        "年度资金总额 is above 实施期资金总额.",
        rationale: "The year is part of the implementation period, so its money cannot exceed the whole period's.")
    public static let fundsOneYearMismatch = Rule(
        "funds-one-year-mismatch", .error, .funds,
        "A 一次性项目 of 1年 whose 实施期资金总额 differs from its 年度资金总额.",
        rationale: "For a one-off project that ends within the year, the implementation period is the year: the two totals must be the same figure.")
    public static let fundsAllZero = Rule(
        "funds-all-zero", .warning, .funds,
        "Every amount of 项目资金 is zero, yet the form sets indicators.",
        rationale: "A performance target exists to justify money; targets on a project with no money usually mean the funds block was never filled in.")
}

/// 项目资金: totals against their sources and against each other.
enum FundsRules {
    /// Amounts are whole 元 in practice; half a 元 absorbs rounding of decimal input.
    static let tolerance = 0.5

    static func check(_ c: inout CheckContext) {
        let funds = c.form.funds
        for side in Side.allCases {
            let f = funds[side]
            if c.enabled(.fundsTotalMissing), f.total == nil {
                c.report(.fundsTotalMissing, "\(side.label)资金总额 is not given")
            }
            if c.enabled(.fundsSum), let total = f.total {
                let given = FundsSide.sources.compactMap { s in f[keyPath: s.path].map { (s.label, $0) } }
                let sum = given.reduce(0) { $0 + $1.1 }
                if !given.isEmpty, abs(total - sum) > tolerance {
                    let parts = given.map { "\($0.0) \(Amounts.yuan($0.1))" }.joined(separator: " + ")
                    c.report(.fundsSum, "\(side.label)资金总额 \(Amounts.yuan(total)) ≠ sum of sources \(Amounts.yuan(sum)) (\(parts))", side: side)
                }
            }
        }
        let impl = funds.implementation.total, annual = funds.annual.total
        if c.enabled(.fundsAnnualExceeds), let impl, let annual, annual > impl + tolerance {
            c.report(.fundsAnnualExceeds, "年度资金总额 \(Amounts.yuan(annual)) is above 实施期资金总额 \(Amounts.yuan(impl))")
        }
        if c.enabled(.fundsOneYearMismatch), isOneYear(c.form), let impl, let annual, abs(impl - annual) > tolerance {
            c.report(.fundsOneYearMismatch, "\(c.form.attribute) of \(CheckText.squeeze(c.form.period).isEmpty ? "1年" : CheckText.squeeze(c.form.period)): 实施期资金总额 \(Amounts.yuan(impl)) ≠ 年度资金总额 \(Amounts.yuan(annual))")
        }
        if c.enabled(.fundsAllZero), c.form.indicators.count > 0 {
            var given = 0, nonzero = 0
            for side in Side.allCases {
                let f = funds[side]
                for v in [f.total] + FundsSide.sources.map({ f[keyPath: $0.path] }) {
                    guard let v else { continue }
                    given += 1
                    if v != 0 { nonzero += 1 }
                }
            }
            if given > 0, nonzero == 0 {
                c.report(.fundsAllZero, "every amount of 项目资金 is 0, yet the form sets \(c.form.indicators.count) indicators")
            }
        }
    }

    /// A 一次性项目 that lasts one year: 项目期 `1年`, or no 项目期 and `（1年结束）` in 项目属性.
    static func isOneYear(_ form: Form) -> Bool {
        let attribute = CheckText.squeeze(form.attribute)
        guard CheckText.contains(attribute, "一次性") else { return false }
        let period = CheckText.squeeze(form.period)
        if period.isEmpty { return CheckText.contains(attribute, "1年") }
        return period == "1年" || period == "1"
    }
}
