extension Rule {
    public static let fundsSum = Rule("funds-sum", .error, .funds, .feasibility)
    public static let fundsTotalMissing = Rule("funds-total-missing", .warning, .funds, .completeness)
    public static let fundsAnnualExceeds = Rule("funds-annual-exceeds", .error, .funds, .feasibility)
    public static let fundsOneYearMismatch = Rule("funds-one-year-mismatch", .error, .funds, .feasibility)
    public static let fundsAllZero = Rule("funds-all-zero", .warning, .funds, .appropriateness)
}

/// 项目资金: totals against their sources and against each other.
enum FundsRules {
    /// Amounts are whole 元 in practice; half a 元 absorbs rounding of decimal input.
    static let tolerance = 0.5

    static func check(_ c: inout CheckContext) {
        let funds = c.form.funds
        let line = c.line(.fundsTotal)
        for side in c.sides {
            let f = funds[side]
            if c.enabled(.fundsTotalMissing), f.total == nil {
                c.report(.fundsTotalMissing, FindingText(.fundsTotalMissing, side.label), line: line, side: side)
            }
            guard c.enabled(.fundsSum) else { continue }
            guard let total = f.total else { c.cannotCheck(.fundsSum, FindingText(.notCheckedNoTotal)); continue }
            let given = FundsSide.allSources.compactMap { s in f[keyPath: s.path].map { (s.label, $0) } }
            guard !given.isEmpty else { c.cannotCheck(.fundsSum, FindingText(.notCheckedNoFunds)); continue }
            let sum = given.reduce(0) { $0 + $1.1 }
            if abs(total - sum) > tolerance {
                let parts = given.map { "\($0.0) \(Amounts.yuan($0.1))" }.joined(separator: " + ")
                c.report(.fundsSum, FindingText(.fundsSum, side.label, Amounts.yuan(total), Amounts.yuan(sum), parts), line: line, side: side)
            }
        }
        let impl = funds.implementation.total, annual = funds.annual.total
        let missingSide = Side.allCases.first { !c.has($0) }
        let bothTotals = missingSide == nil && impl != nil && annual != nil
        let noTotals = missingSide.map { FindingText(.notCheckedNoSide, $0.label) } ?? FindingText(.notCheckedNoTotal)
        if c.enabled(.fundsAnnualExceeds) {
            if !bothTotals { c.cannotCheck(.fundsAnnualExceeds, noTotals) }
            if bothTotals, let impl, let annual, annual > impl + tolerance {
                c.report(.fundsAnnualExceeds, FindingText(.fundsAnnualExceeds, Amounts.yuan(annual), Amounts.yuan(impl)), line: line)
            }
        }
        if c.enabled(.fundsOneYearMismatch) {
            if !isOneYear(c.form) {
                c.cannotCheck(.fundsOneYearMismatch, FindingText(.notCheckedNotOneYear))
            } else if !bothTotals {
                c.cannotCheck(.fundsOneYearMismatch, noTotals)
            } else if bothTotals, let impl, let annual, abs(impl - annual) > tolerance {
                let period = CheckText.squeeze(c.form.period)
                c.report(.fundsOneYearMismatch, FindingText(.fundsOneYearMismatch, c.form.attribute, period.isEmpty ? "1年" : period,
                                                            Amounts.yuan(impl), Amounts.yuan(annual)), line: line)
            }
        }
        if c.enabled(.fundsAllZero) {
            var given = 0, nonzero = 0
            for side in c.sides {
                let f = funds[side]
                for v in [f.total] + FundsSide.allSources.map({ f[keyPath: $0.path] }) {
                    guard let v else { continue }
                    given += 1
                    if v != 0 { nonzero += 1 }
                }
            }
            if given == 0 {
                c.cannotCheck(.fundsAllZero, FindingText(.notCheckedNoFunds))
            } else if c.form.indicators.count == 0 {
                c.cannotCheck(.fundsAllZero, FindingText(.notCheckedNoSubject, "绩效指标"))
            } else if nonzero == 0 {
                c.report(.fundsAllZero, FindingText(.fundsAllZero, c.form.indicators.count), line: line)
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
