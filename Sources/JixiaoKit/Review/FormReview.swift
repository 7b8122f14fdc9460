import Foundation

/// Who recorded something, and when.
public struct Stamp: Sendable, Equatable {
    public var reviewer: String
    public var at: Date
    public init(reviewer: String, at: Date) {
        self.reviewer = reviewer
        self.at = at
    }
}

/// One decision row: the grade given to a form, on the form's content of that moment.
public struct Decision: Sendable, Equatable {
    public var grade: Grade
    /// `FormIdentity.fingerprint` of the form when the grade was given.
    public var fingerprint: String
    public var stamp: Stamp
    public init(grade: Grade, fingerprint: String, stamp: Stamp) {
        self.grade = grade
        self.fingerprint = fingerprint
        self.stamp = stamp
    }
}

/// One note row, on the form or on one indicator. An empty text clears the note.
public struct ReviewNote: Sendable, Equatable {
    public var text: String
    public var stamp: Stamp
    public init(text: String, stamp: Stamp) {
        self.text = text
        self.stamp = stamp
    }
}

/// What the reviewer made of one finding.
public enum VerdictKind: String, Sendable, CaseIterable {
    /// 采纳: the finding goes into the 审核意见.
    case accepted = "采纳"
    /// 误报: not a problem (counts against the rule's precision in `review stats`).
    case dismissed = "误报"
    /// The verdict was taken back.
    case withdrawn = "撤销"

    public var label: String {
        switch self {
        case .accepted: return ReviewTerms.accepted()
        case .dismissed: return ReviewTerms.dismissed()
        case .withdrawn: return rawValue
        }
    }
}

/// One verdict row on a finding.
public struct Verdict: Sendable, Equatable {
    public var finding: FindingKey
    public var rule: RuleID
    public var kind: VerdictKind
    /// Why it was dismissed (optional).
    public var reason: String
    /// The finding's message as it was shown.
    public var message: String
    public var stamp: Stamp
    public init(finding: FindingKey, rule: RuleID, kind: VerdictKind, reason: String, message: String, stamp: Stamp) {
        self.finding = finding
        self.rule = rule
        self.kind = kind
        self.reason = reason
        self.message = message
        self.stamp = stamp
    }
}

/// A form's review as it stands: the latest row of each kind (history is kept in the database).
public struct FormReview: Sendable, Equatable {
    /// The latest decision; nil when none was ever recorded.
    public var decision: Decision?
    /// The latest note on the form (nil, or an empty text, when there is none).
    public var note: ReviewNote?
    /// The latest note per indicator (`IndicatorPath.key`).
    public var indicatorNotes: [String: ReviewNote]
    /// The latest verdict per finding (withdrawn ones removed).
    public var verdicts: [FindingKey: Verdict]

    public init(decision: Decision? = nil, note: ReviewNote? = nil, indicatorNotes: [String: ReviewNote] = [:], verdicts: [FindingKey: Verdict] = [:]) {
        self.decision = decision
        self.note = note
        self.indicatorNotes = indicatorNotes
        self.verdicts = verdicts
    }

    public static let empty = FormReview()

    /// The grade in force (`未审` when none).
    public var grade: Grade { decision?.grade ?? .unreviewed }

    /// The form note's text, empty when none.
    public var noteText: String { note?.text ?? "" }

    /// A grade was given on content that differs from `fingerprint` (「表已修改，需复审」).
    public func needsRecheck(_ fingerprint: String) -> Bool {
        guard let d = decision, d.grade != .unreviewed else { return false }
        return d.fingerprint != fingerprint
    }

    /// Where the form stands for filters and badges.
    public func state(_ fingerprint: String) -> ReviewState {
        if needsRecheck(fingerprint) { return .recheck }
        return grade == .unreviewed ? .unreviewed : .graded(grade)
    }

    /// The accepted verdicts, in rule order.
    public var accepted: [Verdict] {
        verdicts.values.filter { $0.kind == .accepted }.sorted { ($0.rule, $0.finding.rawValue) < ($1.rule, $1.finding.rawValue) }
    }
}

/// Where a form stands in the review, for the browser's filter and the status counts.
public enum ReviewState: Sendable, Equatable {
    case unreviewed
    case graded(Grade)
    /// Graded on an older version of the form.
    case recheck
}

/// An indicator as the review record names it: side, tiers and name — not its line.
public enum IndicatorPath {
    /// `annual|产出指标|数量指标|其他水利项目数`.
    public static func key(_ indicator: Indicator, side: Side) -> String {
        "\(side.rawValue)|\(indicator.tier1)|\(indicator.tier2)|\(indicator.name)"
    }

    /// `年度 · 数量指标 · 其他水利项目数`, for listings.
    public static func display(_ key: String) -> String {
        let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4 else { return key }
        let side = Side(rawValue: parts[0])?.label ?? parts[0]
        return [side, parts[2], parts[3]].filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
