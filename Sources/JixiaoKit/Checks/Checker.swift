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
        .fundsSum, .fundsTotalMissing, .fundsAnnualExceeds, .fundsOneYearMismatch, .fundsAllZero,
        .periodMismatch, .projectNameRepeated,
        .sideEmpty, .tierEmpty, .indicatorBlank, .placeholderTarget, .quantityNoNumber, .costNoNumber,
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
        var context = CheckContext(form: form, options: options)
        FundsRules.check(&context)
        HeaderRules.check(&context)
        IndicatorRules.check(&context)
        TruncationRules.check(&context)
        NarrativeRules.check(&context)
        DateRules.check(&context)
        ReadingRules.check(&context)
        return context.finish()
    }

    /// The findings of each form, in the forms' order; each finding carries its `formIndex`.
    /// From 256 forms on, the forms are checked in parallel chunks (each form on its own, so
    /// the result is the same as one by one).
    public static func check(_ forms: [Form], options: CheckOptions = CheckOptions()) -> [[Finding]] {
        var out = [[Finding]](repeating: [], count: forms.count)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        out.withUnsafeMutableBufferPointer { slots in
            guard forms.count >= 256, cores > 1 else {
                check(forms, 0..<forms.count, options: options, into: slots)
                return
            }
            // A few chunks per core, so one slow chunk does not hold the others up.
            let chunks = min(forms.count, cores * 4)
            let box = SlotsBox(slots)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = forms.count * c / chunks, hi = forms.count * (c + 1) / chunks
                check(forms, lo..<hi, options: options, into: box.slots)  // each chunk its own slots
            }
        }
        return out
    }

    /// Checks `forms[range]` into the same positions of `slots`.
    private static func check(
        _ forms: [Form], _ range: Range<Int>, options: CheckOptions, into slots: UnsafeMutableBufferPointer<[Finding]>
    ) {
        for i in range {
            var fs = check(forms[i], options: options)
            for k in fs.indices { fs[k].formIndex = i }
            slots[i] = fs
        }
    }

    private struct SlotsBox: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<[Finding]>
        init(_ slots: UnsafeMutableBufferPointer<[Finding]>) { self.slots = slots }
    }
}
