/// A review rule: a name, how bad it is, and why a reviewer cares. The rules themselves live
/// in one file per family (FundsRules.swift, IndicatorRules.swift, …); docs/checks.md explains
/// each with an example from the sample.
public struct Rule: Sendable, Equatable {
    /// The groups of docs/checks.md.
    public enum Family: String, Sendable, CaseIterable {
        case funds, header, indicators, truncation, narratives, dates, reading
    }

    public var id: RuleID
    public var severity: Severity
    public var family: Family
    /// One line: what the rule finds.
    public var summary: String
    /// Why a reviewer cares (完整性, 一致性, 量化程度), in a sentence or two.
    public var rationale: String

    public init(_ id: RuleID, _ severity: Severity, _ family: Family, _ summary: String, rationale: String) {
        self.id = id
        self.severity = severity
        self.family = family
        self.summary = summary
        self.rationale = rationale
    }
}

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
    public static func check(_ forms: [Form], options: CheckOptions = CheckOptions()) -> [[Finding]] {
        var out: [[Finding]] = []
        out.reserveCapacity(forms.count)
        for (i, form) in forms.enumerated() {
            var fs = check(form, options: options)
            for k in fs.indices { fs[k].formIndex = i }
            out.append(fs)
        }
        return out
    }
}

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
        var merged = [Bool](repeating: false, count: pending.count)
        for i in pending.indices where !merged[i] {
            let p = pending[i]
            var both = false
            if p.side == .implementation {
                for j in (i + 1)..<pending.count where !merged[j] {
                    let q = pending[j]
                    if q.side == .annual, q.line == p.line, q.rule.id == p.rule.id, q.text == p.text {
                        merged[j] = true
                        both = true
                        break
                    }
                }
            }
            let prefix = both ? "实施期 and 年度" : p.side.label
            report(p.rule, "\(prefix): \(p.text)", line: p.line, side: both ? nil : p.side)
        }
        pending = []
    }

    // MARK: - Facts

    /// Names with whitespace removed, per side.
    private(set) lazy var names: [Side: [String]] = [
        .implementation: form.indicators.implementation.map { Vocabulary.squeeze($0.name) },
        .annual: form.indicators.annual.map { Vocabulary.squeeze($0.name) },
    ]

    /// Values with whitespace removed, per side.
    private(set) lazy var values: [Side: [String]] = [
        .implementation: form.indicators.implementation.map { Vocabulary.squeeze($0.value) },
        .annual: form.indicators.annual.map { Vocabulary.squeeze($0.value) },
    ]

    /// The two sides' indicators paired by name.
    private(set) lazy var pairing: SidePairing = SidePairing(form.indicators, names: names)
}

/// The indicators of the two sides paired row by row: first by equal name (whitespace
/// ignored), then what is left by a name that is a strict prefix of the other (a cut-off cell).
/// Linear in the number of indicators except for the few left over after exact matching.
struct SidePairing {
    struct Pair {
        var implementation: Int?
        var annual: Int?
        /// The side whose name is a cut-off copy of the other's, when paired by prefix.
        var cutSide: Side?
        subscript(side: Side) -> Int? { side == .implementation ? implementation : annual }
    }

    var pairs: [Pair] = []

    /// The index of the other side's indicator paired with `index` on `side`.
    func partner(of index: Int, on side: Side) -> Int? {
        let other = side == .implementation ? annualOf : implementationOf
        return index < other.count ? other[index] : nil
    }

    private var annualOf: [Int?] = []
    private var implementationOf: [Int?] = []

    init(_ table: IndicatorTable, names: [Side: [String]]) {
        defer {
            annualOf = [Int?](repeating: nil, count: table.implementation.count)
            implementationOf = [Int?](repeating: nil, count: table.annual.count)
            for p in pairs {
                if let i = p.implementation, let a = p.annual {
                    annualOf[i] = a
                    implementationOf[a] = i
                }
            }
        }
        let implNames = names[.implementation] ?? [], annualNames = names[.annual] ?? []
        var byName: [String: [Int]] = [:]
        for (i, n) in implNames.enumerated() where !n.isEmpty { byName[n, default: []].append(i) }
        var implUsed = [Bool](repeating: false, count: implNames.count)
        var annualLeft: [Int] = []
        for (a, n) in annualNames.enumerated() {
            if !n.isEmpty, var list = byName[n], !list.isEmpty {
                let i = list.removeFirst()
                byName[n] = list
                implUsed[i] = true
                pairs.append(Pair(implementation: i, annual: a))
            } else {
                annualLeft.append(a)
            }
        }
        var implLeft = implUsed.indices.filter { !implUsed[$0] }
        var unpairedAnnual: [Int] = []
        for a in annualLeft {
            let an = annualNames[a]
            guard an.count >= 2 else { unpairedAnnual.append(a); continue }
            let candidates = implLeft.filter { i in
                let n = implNames[i]
                return n.count >= 2 && n != an && (n.hasPrefix(an) || an.hasPrefix(n))
            }
            let tier2 = table.annual[a].tier2Kind
            if let i = candidates.first(where: { table.implementation[$0].tier2Kind == tier2 }) ?? candidates.first {
                implLeft.removeAll { $0 == i }
                let cut: Side = annualNames[a].count < implNames[i].count ? .annual : .implementation
                pairs.append(Pair(implementation: i, annual: a, cutSide: cut))
            } else {
                unpairedAnnual.append(a)
            }
        }
        for i in implLeft { pairs.append(Pair(implementation: i, annual: nil)) }
        for a in unpairedAnnual { pairs.append(Pair(implementation: nil, annual: a)) }
    }
}

/// Small text tests the rules share.
enum CheckText {
    /// `text` in corner quotes, cut to `limit` characters (narratives can be long).
    static func quote(_ text: String, limit: Int = 40) -> String {
        if text.count <= limit { return "「\(text)」" }
        return "「\(text.prefix(limit))…」"
    }

    /// Whether `text` holds a number: a digit (ASCII or full-width) or a Chinese numeral
    /// (not the vague 一定/一批/一些/一系列/进一步/统一).
    static func hasNumber(_ text: String) -> Bool {
        var previous: Unicode.Scalar = " "
        let scalars = Array(text.unicodeScalars)
        for (k, s) in scalars.enumerated() {
            switch s.value {
            case 0x30...0x39, 0xFF10...0xFF19: return true
            default: break
            }
            if "〇零二三四五六七八九十百千两".unicodeScalars.contains(s) { return true }
            if s == "一" {
                let next = k + 1 < scalars.count ? scalars[k + 1] : " "
                if !"定批些系般切直律致起步体".unicodeScalars.contains(next), !"统唯同逐单进专".unicodeScalars.contains(previous) { return true }
            }
            previous = s
        }
        return false
    }

    /// `90.0` → `90`, `92.5` → `92.5`.
    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }
}
