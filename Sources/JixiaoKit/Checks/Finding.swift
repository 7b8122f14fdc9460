/// How bad a finding is. Ordered `info < warning < error`, so `max()` is the worst.
///
/// - `error`: the form contradicts itself or lacks what makes it assessable (sums that do not add
///   up, a side without targets, a target that is a placeholder). `jixiao check` exits 1.
/// - `warning`: very likely wrong, needs a person to look (copy-pasted narratives, a cut-off
///   name, a target dated before the fiscal year).
/// - `info`: worth knowing, fine to leave.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    case info, warning, error

    public var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    public var description: String { rawValue }

    /// 错误, 警告, 提示 (English on request); `rawValue` is the JSON form.
    public func label(_ language: Language = .current) -> String {
        switch self {
        case .error: return CheckMessages.severityError.text(language)
        case .warning: return CheckMessages.severityWarning.text(language)
        case .info: return CheckMessages.severityInfo.text(language)
        }
    }
}

/// A rule's id, kebab-case (`funds-sum`): what `--ignore` takes and what the output prints.
public struct RuleID: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}

/// One thing a rule found wrong with one form.
///
/// The text is kept as a catalog key with its arguments (`text`) and rendered in the language
/// asked for: `message` is the current language, `text.rendered(.en)` English. Form text inside
/// it is unsanitized, like the model: sanitize at the edge (`Sanitizer.clean`).
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    public var severity: Severity
    public var rule: RuleID
    public var text: FindingText
    /// The file and the line of the field the finding is about: the indicator's row, the
    /// 年度目标's row, the 填报日期's row …; the form's first line when the field has none.
    public var location: SourceLocation
    /// The form's 项目名称 as written.
    public var project: String
    /// The form's position in the array given to `Checker.check(_:options:)` (nil for one form).
    public var formIndex: Int?
    /// The side the finding is about, when it is about one side only.
    public var side: Side?

    public init(
        severity: Severity, rule: RuleID, text: FindingText, location: SourceLocation,
        project: String = "", formIndex: Int? = nil, side: Side? = nil
    ) {
        self.severity = severity
        self.rule = rule
        self.text = text
        self.location = location
        self.project = project
        self.formIndex = formIndex
        self.side = side
    }

    /// A finding with a text that is the same in every language.
    public init(
        severity: Severity, rule: RuleID, message: String, location: SourceLocation,
        project: String = "", formIndex: Int? = nil, side: Side? = nil
    ) {
        self.init(severity: severity, rule: rule, text: FindingText(.verbatim, message), location: location,
                  project: project, formIndex: formIndex, side: side)
    }

    /// The message in the current language.
    public var message: String { text.rendered() }

    /// The heading of the finding's rule (完整性, 相关性, 适当性, 可行性).
    public var heading: Heading { Checker.rule(rule.rawValue)?.heading ?? .completeness }

    /// `file:line: severity: [rule] message` (unsanitized; for tests and logs).
    public var description: String { "\(location): \(severity): [\(rule)] \(message)" }

    /// The findings grouped under the four headings, in heading order (empty groups left out);
    /// within a group worst first, then in the order given. For the card's and the browser's
    /// 问题 section and `jixiao check`.
    public static func grouped(_ findings: [Finding]) -> [(heading: Heading, findings: [Finding])] {
        var groups = [[(Int, Finding)]](repeating: [], count: Heading.allCases.count)
        for (k, f) in findings.enumerated() { groups[f.heading.rank].append((k, f)) }
        return Heading.allCases.compactMap { h in
            let g = groups[h.rank]
            guard !g.isEmpty else { return nil }
            let sorted = g.sorted { $0.1.severity != $1.1.severity ? $0.1.severity > $1.1.severity : $0.0 < $1.0 }
            return (h, sorted.map(\.1))
        }
    }
}

/// A text from `CheckMessages` with its arguments, rendered in either language on demand.
/// Arguments are form text (never translated) or other texts (translated with the whole).
public struct FindingText: Sendable, Equatable, CustomStringConvertible {
    public indirect enum Piece: Sendable, Equatable {
        case plain(String)
        case text(FindingText)
    }

    public var key: CheckMessages
    public var arguments: [Piece]

    public init(_ key: CheckMessages, _ arguments: any FindingTextArgument...) {
        self.key = key
        self.arguments = arguments.map(\.piece)
    }

    /// The text in `language`, arguments filled in.
    public func rendered(_ language: Language = .current) -> String {
        let args = arguments.map { piece -> String in
            switch piece {
            case .plain(let s): return s
            case .text(let t): return t.rendered(language)
            }
        }
        return CheckMessages.fill(key.message.text(language), args)
    }

    public var description: String { rendered() }
}

/// What a `FindingText` takes as an argument: form text and numbers as they are, or a text.
public protocol FindingTextArgument {
    var piece: FindingText.Piece { get }
}

extension String: FindingTextArgument { public var piece: FindingText.Piece { .plain(self) } }
extension Int: FindingTextArgument { public var piece: FindingText.Piece { .plain(String(self)) } }
extension FindingText: FindingTextArgument { public var piece: FindingText.Piece { .text(self) } }

/// How one rule ended on one form: it found something, it found nothing, or it could not run
/// (and why). A rule that could not run never counts as passed.
public enum RuleOutcome: Sendable, Equatable {
    case failed
    case passed
    case notChecked(FindingText)

    /// `failed`, `passed`, `notChecked` (the JSON form).
    public var name: String {
        switch self {
        case .failed: return "failed"
        case .passed: return "passed"
        case .notChecked: return "notChecked"
        }
    }
}

/// The checks of one form: its findings, and each rule's outcome in registry order.
public struct FormCheck: Sendable, Equatable {
    /// The form's 项目名称 as written.
    public var project: String
    public var findings: [Finding]
    public var outcomes: [(rule: RuleID, outcome: RuleOutcome)]

    public init(project: String, findings: [Finding], outcomes: [(rule: RuleID, outcome: RuleOutcome)]) {
        self.project = project
        self.findings = findings
        self.outcomes = outcomes
    }

    /// The outcome of one rule (nil when outcomes were not asked for).
    public func outcome(_ rule: Rule) -> RuleOutcome? { outcomes.first { $0.rule == rule.id }?.outcome }

    public static func == (a: FormCheck, b: FormCheck) -> Bool {
        a.project == b.project && a.findings == b.findings && a.outcomes.elementsEqual(b.outcomes) { $0.rule == $1.rule && $0.outcome == $1.outcome }
    }
}

/// What to check and how strictly.
public struct CheckOptions: Sendable, Equatable {
    /// Rule ids not to run.
    public var ignored: Set<String>
    /// The lowest acceptable satisfaction target, in percent (`satisfaction-low`).
    public var minSatisfaction: Double

    /// `cost-indicator-missing` as an error rather than a warning (`--require-cost`).
    public var requireCost: Bool

    public init(ignored: Set<String> = [], minSatisfaction: Double = 90, requireCost: Bool = false) {
        self.ignored = ignored
        self.minSatisfaction = minSatisfaction
        self.requireCost = requireCost
    }

    public func isEnabled(_ rule: Rule) -> Bool { !ignored.contains(rule.id.rawValue) }
}

/// A summary of findings, for lists and status lines: how many of each severity, and the worst.
public struct FindingSummary: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public init() {}

    public init(_ findings: some Sequence<Finding>) {
        for f in findings { add(f.severity) }
    }

    public init(_ perForm: [[Finding]]) {
        for fs in perForm { for f in fs { add(f.severity) } }
    }

    public mutating func add(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
    }

    public var count: Int { errors + warnings + infos }
    /// The worst severity present; nil when there is no finding.
    public var worst: Severity? {
        errors > 0 ? .error : warnings > 0 ? .warning : infos > 0 ? .info : nil
    }
    public subscript(severity: Severity) -> Int {
        switch severity {
        case .error: return errors
        case .warning: return warnings
        case .info: return infos
        }
    }
}
