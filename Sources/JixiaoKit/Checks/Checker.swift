import Foundation

/// Runs the review rules over forms.
///
/// ```swift
/// let perForm = Checker.check(forms, options: CheckOptions(ignored: ["side-unmatched"]))
/// let badge = FindingSummary(perForm[i])      // .count, .worst
/// ```
public enum Checker {
    /// Every rule, in the order of docs/checks.md (and of `jixiao check --list-rules`).
    public static let rules: [Rule] = [
        .fundsSum, .fundsTotalMissing, .fundsAnnualExceeds, .fundsOneYearMismatch, .fundsAllZero, .unitCostOverFunds,
        .periodMismatch, .projectNameRepeated,
        .sideEmpty, .tierEmpty, .costIndicatorMissing, .indicatorBlank, .placeholderTarget, .goalPlaceholder,
        .quantityNoNumber, .costNoNumber, .rateNoNumber, .unitMissing, .vagueTarget, .moneyAsOutput, .costFloor,
        .satisfactionLow, .indicatorDuplicate, .sideUnmatched, .annualUnquantified,
        .truncatedCell, .goalTruncatedCopy,
        .goalImplementationEmpty, .goalAnnualEmpty, .narrativeEmpty, .narrativeDuplicate, .goalCopiesNarrative,
        .filedAtInvalid, .filedAtOutOfCycle, .timeTargetPast,
        .readingWarning,
    ]

    /// The rule with this id.
    public static func rule(_ id: String) -> Rule? { byID[RuleID(id)].map { rules[$0] } }

    static let byID: [RuleID: Int] = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })

    /// The findings for one form, ordered by line, then worst first, then rule order.
    public static func check(_ form: Form, options: CheckOptions = CheckOptions()) -> [Finding] {
        run(form, options: options, outcomes: false).findings
    }

    /// The findings of one form and how each rule ended on it (failed, passed, not checked).
    public static func review(_ form: Form, options: CheckOptions = CheckOptions()) -> FormCheck {
        run(form, options: options, outcomes: true)
    }

    private static func run(_ form: Form, options: CheckOptions, outcomes: Bool) -> FormCheck {
        var context = CheckContext(form: form, options: options)
        FundsRules.check(&context)
        UnitCostRules.check(&context)
        HeaderRules.check(&context)
        IndicatorRules.check(&context)
        TruncationRules.check(&context)
        NarrativeRules.check(&context)
        DateRules.check(&context)
        ReadingRules.check(&context)
        return context.finish(outcomes: outcomes)
    }

    /// The findings of each form, in the forms' order; each finding carries its `formIndex`.
    /// From 256 forms on, the forms are checked in parallel chunks (each form on its own, so
    /// the result is the same as one by one).
    public static func check(_ forms: [Form], options: CheckOptions = CheckOptions()) -> [[Finding]] {
        perForm(forms) { i in
            var fs = check(forms[i], options: options)
            for k in fs.indices { fs[k].formIndex = i }
            return fs
        }
    }

    /// The review of each form (findings with their `formIndex`, and outcomes), as `check`.
    public static func review(_ forms: [Form], options: CheckOptions = CheckOptions()) -> [FormCheck] {
        perForm(forms) { i in
            var r = review(forms[i], options: options)
            for k in r.findings.indices { r.findings[k].formIndex = i }
            return r
        }
    }

    /// `body(i)` for every form index, in parallel chunks from 256 forms on (four per core, so
    /// one slow chunk does not hold the others up); the results in the forms' order.
    private static func perForm<T: Sendable>(_ forms: [Form], _ body: @Sendable (Int) -> T) -> [T] {
        Parallel.chunks(forms.count, minimum: 256) { range in range.map(body) }.flatMap { $0 }
    }
}
