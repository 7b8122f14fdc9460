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
/// `message` and `project` hold form text as written (unsanitized, like the model): sanitize at
/// the edge (`Sanitizer.clean`) before showing them on a terminal.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    public var severity: Severity
    public var rule: RuleID
    public var message: String
    /// The file and the most specific line: the indicator's row when the finding is about an
    /// indicator, the form's first line otherwise (`form.source`).
    public var location: SourceLocation
    /// The form's 项目名称 as written.
    public var project: String
    /// The form's position in the array given to `Checker.check(_:options:)` (nil for one form).
    public var formIndex: Int?
    /// The side the finding is about, when it is about one side only.
    public var side: Side?

    public init(
        severity: Severity, rule: RuleID, message: String, location: SourceLocation,
        project: String = "", formIndex: Int? = nil, side: Side? = nil
    ) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.location = location
        self.project = project
        self.formIndex = formIndex
        self.side = side
    }

    /// `file:line: severity: [rule] message` (unsanitized; for tests and logs).
    public var description: String { "\(location): \(severity): [\(rule)] \(message)" }
}

/// What to check and how strictly.
public struct CheckOptions: Sendable, Equatable {
    /// Rule ids not to run.
    public var ignored: Set<String>
    /// The lowest acceptable satisfaction target, in percent (`satisfaction-low`).
    public var minSatisfaction: Double

    public init(ignored: Set<String> = [], minSatisfaction: Double = 90) {
        self.ignored = ignored
        self.minSatisfaction = minSatisfaction
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
