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
