/// What the rules of one form share: the form, the options, the findings so far, and facts
/// computed once (whitespace-free names and values, the pairing of the two sides).
struct CheckContext {
    let form: Form
    let options: CheckOptions
    private var findings: [Finding] = []
    /// Per-indicator findings waiting to be merged across sides (one finding when both sides
    /// say the same thing on the same row).
    private var pending: [(rule: Rule, side: Side, line: Int, text: String)] = []

    init(form: Form, options: CheckOptions) {
        self.form = form
        self.options = options
    }

    func enabled(_ rule: Rule) -> Bool { options.isEnabled(rule) }

    /// A finding about the form as a whole, or at a given line.
    mutating func report(_ rule: Rule, _ message: String, line: Int? = nil, side: Side? = nil) {
        let location = SourceLocation(file: form.source.file, line: line.flatMap { $0 > 0 ? $0 : nil } ?? form.source.line)
        findings.append(Finding(severity: rule.severity, rule: rule.id, message: message, location: location, project: form.project, side: side))
    }

    /// A finding about one indicator on one side. The message gets the side as a prefix; when
    /// the other side reports the same text on the same row, the two become one finding.
    mutating func report(_ rule: Rule, _ side: Side, _ indicator: Indicator, _ text: String) {
        pending.append((rule, side, indicator.line, text))
    }

    mutating func finish() -> [Finding] {
        flushPending()
        let order = Checker.byID
        findings.sort {
            if $0.location.line != $1.location.line { return $0.location.line < $1.location.line }
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            return (order[$0.rule] ?? 0) < (order[$1.rule] ?? 0)
        }
        return findings
    }

    private mutating func flushPending() {
        guard !pending.isEmpty else { return }
        // The 年度 findings by row, rule and text, to find the 实施期 finding's twin in one lookup.
        var annual: [ByteKey: [Int]] = [:]
        for (i, p) in pending.enumerated() where p.side == .annual {
            annual[ByteKey("\(p.line)\u{0}\(p.rule.id)\u{0}\(p.text)"), default: []].append(i)
        }
        var merged = [Bool](repeating: false, count: pending.count)
        for (i, p) in pending.enumerated() where !merged[i] {
            var both = false
            if p.side == .implementation, !annual.isEmpty {
                let key = ByteKey("\(p.line)\u{0}\(p.rule.id)\u{0}\(p.text)")
                if var twins = annual[key], let j = twins.first {
                    twins.removeFirst()
                    annual[key] = twins
                    merged[j] = true
                    both = true
                }
            }
            let prefix = both ? "实施期 and 年度" : p.side.label
            report(p.rule, "\(prefix): \(p.text)", line: p.line, side: both ? nil : p.side)
        }
        pending = []
    }

    // MARK: - Facts

    /// What the rules ask of each indicator, computed once per form and side.
    struct IndicatorFacts {
        /// The name with whitespace removed.
        var name: String
        /// The value with whitespace removed.
        var value: String
        var tier1: Tier1?
        var tier2: Tier2?
        /// The value holds a number (`CheckText.hasNumber`).
        var valueHasNumber: Bool

        init(_ ind: Indicator) {
            name = CheckText.squeeze(ind.name)
            value = CheckText.squeeze(ind.value)
            tier1 = CheckText.tier1(ind.tier1)
            tier2 = CheckText.tier2(ind.tier2)
            valueHasNumber = CheckText.hasNumber(value)
        }

        /// The 一级 the indicator belongs to: printed, or implied by its 二级.
        var effectiveTier1: Tier1? { tier1 ?? tier2?.inferredTier1 }
        /// A cost stated in money: 成本指标 or 经济成本指标 (social and environmental costs are
        /// often qualitative).
        var isMonetaryCost: Bool { tier2 == .cost || tier2 == .economicCost }
        /// 数量 and monetary 成本 targets have to be numbers.
        var mustBeNumber: Bool { tier2 == .quantity || isMonetaryCost }
    }

    private(set) lazy var implementationFacts: [IndicatorFacts] = form.indicators.implementation.map(IndicatorFacts.init)
    private(set) lazy var annualFacts: [IndicatorFacts] = form.indicators.annual.map(IndicatorFacts.init)

    mutating func facts(_ side: Side) -> [IndicatorFacts] {
        side == .implementation ? implementationFacts : annualFacts
    }

    /// The narrative fields in `Narrative.fields` order, whitespace removed.
    private(set) lazy var narratives: [String] = Narrative.fields.map { CheckText.squeeze(form.narrative[keyPath: $0.path]) }
    /// 总体目标 of each side, whitespace removed.
    private(set) lazy var implementationGoal: String = CheckText.squeeze(form.goals.implementation)
    private(set) lazy var annualGoal: String = CheckText.squeeze(form.goals.annual)

    /// The two sides' indicators paired by name.
    private(set) lazy var pairing: SidePairing = SidePairing(implementation: implementationFacts, annual: annualFacts)
}
