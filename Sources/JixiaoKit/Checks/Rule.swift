import Foundation

/// A review rule: a name, how bad it is, which of the four review headings it belongs to, and
/// why a reviewer cares. The rules themselves live in one file per family (FundsRules.swift,
/// IndicatorRules.swift, …); their texts in CheckMessages.swift; docs/checks.md explains each
/// with an example from the sample.
public struct Rule: Sendable, Equatable {
    /// The groups of the code and of docs/checks.md.
    public enum Family: String, Sendable, CaseIterable {
        case funds, header, indicators, truncation, narratives, dates, reading
    }

    public var id: RuleID
    public var severity: Severity
    public var family: Family
    /// The heading of 绩效目标审核 (财预〔2015〕88号) the rule serves.
    public var heading: Heading

    public init(_ id: RuleID, _ severity: Severity, _ family: Family, _ heading: Heading) {
        self.id = id
        self.severity = severity
        self.family = family
        self.heading = heading
    }

    /// One line: what the rule finds, in the current language.
    public var summary: String { summary(.current) }
    /// Why a reviewer cares, in a sentence or two, in the current language.
    public var rationale: String { rationale(.current) }

    public func summary(_ language: Language) -> String {
        RuleSummaries(rawValue: id.rawValue)?.text(language) ?? id.rawValue
    }

    public func rationale(_ language: Language) -> String {
        RuleRationales(rawValue: id.rawValue)?.text(language) ?? ""
    }
}

/// The four headings of 绩效目标审核 in 《中央部门预算绩效目标管理办法》（财预〔2015〕88号）:
/// 完整性审核, 相关性审核, 适当性审核, 可行性审核, in that order.
public enum Heading: String, Sendable, CaseIterable, Hashable, Comparable {
    case completeness, relevance, appropriateness, feasibility

    /// 完整性, 相关性, 适当性, 可行性 (English on request).
    public func label(_ language: Language = .current) -> String {
        let key: CheckMessages
        switch self {
        case .completeness: key = .headingCompleteness
        case .relevance: key = .headingRelevance
        case .appropriateness: key = .headingAppropriateness
        case .feasibility: key = .headingFeasibility
        }
        return key.text(language)
    }

    public var rank: Int { Heading.allCases.firstIndex(of: self)! }
    public static func < (a: Heading, b: Heading) -> Bool { a.rank < b.rank }
}
