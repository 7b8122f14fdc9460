/// What the rules of one form share: the form, the options, the findings so far, and facts
/// computed once (whitespace-free names and values, the pairing of the two sides).
struct CheckContext {
    let form: Form
    let options: CheckOptions
    private var findings: [Finding] = []
    /// Per-indicator findings waiting to be merged across sides (one finding when both sides
    /// say the same thing on the same row).
    private var pending: [(rule: Rule, side: Side, line: Int, text: FindingText)] = []
    /// Why a rule could not run (the first reason given), by rule.
    private var notChecked: [RuleID: FindingText] = [:]

    init(form: Form, options: CheckOptions) {
        self.form = form
        self.options = options
    }

    /// The sides the form has. Every form has both today; a form of the 88号 template (a 年度
    /// side only) will say so here, and the rules leave the missing side alone.
    var sides: [Side] { Side.allCases }

    func has(_ side: Side) -> Bool { sides.contains(side) }

    func enabled(_ rule: Rule) -> Bool { options.isEnabled(rule) }

    /// The line of a field, or nil (the form's first line) when the reader did not see it.
    func line(_ field: FormField) -> Int? { form.fieldLines[field] }

    /// A finding about the form as a whole, or at a given line.
    mutating func report(_ rule: Rule, _ text: FindingText, line: Int? = nil, side: Side? = nil, severity: Severity? = nil) {
        let location = form.source.at(line: line.flatMap { $0 > 0 ? $0 : nil } ?? form.source.line)
        findings.append(Finding(severity: severity ?? rule.severity, rule: rule.id, text: text, location: location, project: form.project, side: side))
    }

    /// A finding about one indicator on one side. The message gets the side as a prefix; when
    /// the other side reports the same text on the same row, the two become one finding.
    mutating func report(_ rule: Rule, _ side: Side, _ indicator: Indicator, _ text: FindingText) {
        pending.append((rule, side, indicator.line, text))
    }

    /// Records that `rule` could not run (on part of the form) and why; it will not count as
    /// passed unless it found something.
    mutating func cannotCheck(_ rule: Rule, _ reason: FindingText) {
        if notChecked[rule.id] == nil { notChecked[rule.id] = reason }
    }

    /// Why a per-side rule cannot run on `side`: the side is missing, or has no indicators.
    func noIndicatorsReason(_ side: Side) -> FindingText {
        has(side) ? FindingText(.notCheckedNoIndicators, side.label) : FindingText(.notCheckedNoSide, side.label)
    }

    /// The findings in order, and each rule's outcome when `outcomes` (they cost a little per form).
    mutating func finish(outcomes wanted: Bool = true) -> FormCheck {
        flushPending()
        let order = Checker.byID
        findings.sort {
            if $0.location.line != $1.location.line { return $0.location.line < $1.location.line }
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            return (order[$0.rule] ?? 0) < (order[$1.rule] ?? 0)
        }
        guard wanted else { return FormCheck(project: form.project, findings: findings, outcomes: []) }
        let failed = Set(findings.map(\.rule))
        let outcomes = Checker.rules.map { r -> (rule: RuleID, outcome: RuleOutcome) in
            if !enabled(r) { return (r.id, .notChecked(FindingText(.notCheckedIgnored))) }
            if failed.contains(r.id) { return (r.id, .failed) }
            if let why = notChecked[r.id] { return (r.id, .notChecked(why)) }
            return (r.id, .passed)
        }
        return FormCheck(project: form.project, findings: findings, outcomes: outcomes)
    }

    private mutating func flushPending() {
        guard !pending.isEmpty else { return }
        func key(_ p: (rule: Rule, side: Side, line: Int, text: FindingText)) -> ByteKey {
            ByteKey("\(p.line)\u{0}\(p.rule.id)\u{0}\(p.text.rendered(.zh))")
        }
        // The 年度 findings by row, rule and text, to find the 实施期 finding's twin in one lookup.
        var annual: [ByteKey: [Int]] = [:]
        for (i, p) in pending.enumerated() where p.side == .annual {
            annual[key(p), default: []].append(i)
        }
        var merged = [Bool](repeating: false, count: pending.count)
        for (i, p) in pending.enumerated() where !merged[i] {
            var both = false
            if p.side == .implementation, !annual.isEmpty {
                let k = key(p)
                if var twins = annual[k], let j = twins.first {
                    twins.removeFirst()
                    annual[k] = twins
                    merged[j] = true
                    both = true
                }
            }
            let prefix = both ? FindingText(.bothSides) : FindingText(.verbatim, p.side.label)
            report(p.rule, FindingText(.sidePrefix, prefix, p.text), line: p.line, side: both ? nil : p.side)
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
        /// Any cost indicator: under 成本指标 (一级 or 二级), social and environmental costs included.
        var isCost: Bool {
            effectiveTier1 == .cost || tier2 == .cost || tier2 == .economicCost || tier2 == .socialCost || tier2 == .environmentalCost
        }
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
