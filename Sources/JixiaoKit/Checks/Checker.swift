import Foundation

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
        let location = form.source.at(line: line.flatMap { $0 > 0 ? $0 : nil } ?? form.source.line)
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

    init(implementation impl: [CheckContext.IndicatorFacts], annual: [CheckContext.IndicatorFacts]) {
        defer {
            annualOf = [Int?](repeating: nil, count: impl.count)
            implementationOf = [Int?](repeating: nil, count: annual.count)
            for p in pairs {
                if let i = p.implementation, let a = p.annual {
                    annualOf[i] = a
                    implementationOf[a] = i
                }
            }
        }
        var byName: [ByteKey: [Int]] = [:]
        byName.reserveCapacity(impl.count)
        for (i, f) in impl.enumerated() where !f.name.isEmpty { byName[ByteKey(f.name), default: []].append(i) }
        var implUsed = [Bool](repeating: false, count: impl.count)
        var annualLeft: [Int] = []
        for (a, f) in annual.enumerated() {
            if !f.name.isEmpty, var list = byName[ByteKey(f.name)], !list.isEmpty {
                let i = list.removeFirst()
                byName[ByteKey(f.name)] = list
                implUsed[i] = true
                pairs.append(Pair(implementation: i, annual: a))
            } else {
                annualLeft.append(a)
            }
        }
        var implLeft = implUsed.indices.filter { !implUsed[$0] }
        var unpairedAnnual: [Int] = []
        // Only the few rows left over are compared with each other.
        for a in annualLeft {
            let an = annual[a].name
            guard an.unicodeScalars.count >= 2 else { unpairedAnnual.append(a); continue }
            let candidates = implLeft.filter { i in
                let n = impl[i].name
                return n.unicodeScalars.count >= 2 && (CheckText.isStrictPrefix(an, of: n) || CheckText.isStrictPrefix(n, of: an))
            }
            if let i = candidates.first(where: { impl[$0].tier2 == annual[a].tier2 }) ?? candidates.first {
                implLeft.removeAll { $0 == i }
                let cut: Side = an.utf8.count < impl[i].name.utf8.count ? .annual : .implementation
                pairs.append(Pair(implementation: i, annual: a, cutSide: cut))
            } else {
                unpairedAnnual.append(a)
            }
        }
        for i in implLeft { pairs.append(Pair(implementation: i, annual: nil)) }
        for a in unpairedAnnual { pairs.append(Pair(implementation: nil, annual: a)) }
    }
}

/// A string as a dictionary key by its bytes: copy-paste is byte for byte, and hashing the bytes
/// skips the Unicode normalization `String` hashing does.
struct ByteKey: Hashable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: ByteKey, b: ByteKey) -> Bool { CheckText.same(a.text, b.text) }
    func hash(into hasher: inout Hasher) {
        CheckText.bytes(text) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Small text tests the rules share.
enum CheckText {
    /// `text` in corner quotes, cut to `limit` characters (narratives can be long).
    static func quote(_ text: String, limit: Int = 40) -> String {
        // Count no further than needed: narratives run to thousands of characters.
        guard text.utf8.count > limit, let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex else {
            return "「\(text)」"
        }
        return "「\(text[..<end])…」"
    }

    /// Whether `text` holds a number: a digit (ASCII or full-width) or a Chinese numeral
    /// (not the vague 一定/一批/一些/一系列/进一步/统一).
    static func hasNumber(_ text: String) -> Bool {
        var previous: Unicode.Scalar = " "
        var pendingOne = false  // a 一 whose next character decides
        for s in text.unicodeScalars {
            if pendingOne {
                if !"定批些系般切直律致起步体".unicodeScalars.contains(s) { return true }
                pendingOne = false
            }
            switch s.value {
            case 0x30...0x39, 0xFF10...0xFF19: return true
            case 0x4E00:  // 一
                if !"统唯同逐单进专".unicodeScalars.contains(previous) { pendingOne = true }
            case 0x3007, 0x96F6, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E24:
                return true  // 〇零二三四五六七八九十百千两
            default: break
            }
            previous = s
        }
        return pendingOne
    }

    /// `text` with every whitespace character removed, as `Vocabulary.squeeze` does, without
    /// copying when there is none (most cells): one pass over the UTF-8 bytes looks for the
    /// encodings of the Unicode White_Space characters.
    static func squeeze(_ text: String) -> String {
        hasWhitespace(text) ? Vocabulary.squeeze(text) : text
    }

    static func hasWhitespace(_ text: String) -> Bool {
        bytes(text) { p in
            let n = p.count
            var i = 0
            while i < n {
                let b = p[i]
                i += 1
                if b < 0xC2 {
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return true }
                    continue
                }
                switch b {
                case 0xC2:  // U+0085, U+00A0
                    if i < n, p[i] == 0x85 || p[i] == 0xA0 { return true }
                case 0xE1:  // U+1680
                    if i + 1 < n, p[i] == 0x9A, p[i + 1] == 0x80 { return true }
                case 0xE2:  // U+2000–200A, 2028, 2029, 202F, 205F
                    if i + 1 < n {
                        let c = p[i], d = p[i + 1]
                        if c == 0x80, d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF { return true }
                        if c == 0x81, d == 0x9F { return true }
                    }
                case 0xE3:  // U+3000
                    if i + 1 < n, p[i] == 0x80, p[i + 1] == 0x80 { return true }
                default: break
                }
            }
            return false
        }
    }

    /// The UTF-8 bytes of `text`, without a copy for native strings.
    @inline(__always)
    static func bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = text
        return copy.withUTF8(body)
    }

    /// The same bytes (copy-paste is byte for byte; no Unicode normalization needed).
    static func same(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return bytes(a) { pa in bytes(b) { pb in pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0 } }
    }

    /// `short` is the start of `long`, and shorter.
    static func isStrictPrefix(_ short: String, of long: String) -> Bool {
        let n = short.utf8.count
        guard n < long.utf8.count else { return false }
        return bytes(short) { ps in bytes(long) { pl in n == 0 || memcmp(ps.baseAddress!, pl.baseAddress!, n) == 0 } }
    }

    /// Whether `text` holds `word`, byte for byte. (Foundation's `contains` goes through
    /// CFString and costs twenty times as much on short Chinese text.)
    static func contains(_ text: String, _ word: String) -> Bool {
        let m = word.utf8.count
        guard m > 0 else { return true }
        return bytes(text) { t in
            bytes(word) { w in
                guard t.count >= m else { return false }
                let first = w[0]
                var i = 0
                while i <= t.count - m {
                    if t[i] == first, memcmp(t.baseAddress! + i, w.baseAddress!, m) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// The canonical 一级 of a label, as `Tier1(label:)`, by one hash lookup.
    static func tier1(_ label: String) -> Tier1? {
        label.isEmpty ? nil : tier1Labels[ByteKey(squeeze(label))]
    }

    /// The canonical 二级 of a label, as `Tier2(label:)`, by one hash lookup.
    static func tier2(_ label: String) -> Tier2? {
        label.isEmpty ? nil : tier2Labels[ByteKey(squeeze(label))]
    }

    static let tier1Labels: [ByteKey: Tier1] = {
        var d: [ByteKey: Tier1] = [:]
        for t in Tier1.allCases {
            for label in [t.rawValue, String(t.rawValue.dropLast(2))] where Tier1(label: label) == t { d[ByteKey(label)] = t }
        }
        return d
    }()

    static let tier2Labels: [ByteKey: Tier2] = {
        var d: [ByteKey: Tier2] = [:]
        for t in Tier2.allCases {
            for label in [t.rawValue, String(t.rawValue.dropLast(2))] where Tier2(label: label) == t { d[ByteKey(label)] = t }
        }
        return d
    }()

    /// `90.0` → `90`, `92.5` → `92.5`.
    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }
}
