import JixiaoKit

/// What narrows the project list besides the search text and `!`: a department, a severity and
/// a rule. Each is one optional field and one clause of `admits`; a new filter (a review state)
/// is a new field, a clause there and a label in `labels`.
public struct ListFilter: Sendable, Equatable {
    /// Only this 主管部门's forms.
    public var department: Department?
    /// Only forms with a finding this severe or worse (`e` cycles 有错误 → 有警告 → off).
    public var severity: Severity?
    /// Only forms with a finding of this rule.
    public var rule: RuleID?

    public init(department: Department? = nil, severity: Severity? = nil, rule: RuleID? = nil) {
        self.department = department
        self.severity = severity
        self.rule = rule
    }

    public var isEmpty: Bool { department == nil && severity == nil && rule == nil }

    /// Whether form `i` passes.
    func admits(_ i: Int, in s: BrowserState) -> Bool {
        if let department, s.forms[i].department != department { return false }
        if let severity {
            guard let worst = s.summaries.indices.contains(i) ? s.summaries[i].worst : nil, worst >= severity else { return false }
        }
        if let rule, !(s.findings.indices.contains(i) && s.findings[i].contains { $0.rule == rule }) { return false }
        return true
    }

    /// How the status bar names each active filter (`主管部门=045`, `有错误`, `规则=side-empty`).
    var labels: [String] {
        var out: [String] = []
        if let department {
            out.append(BrowserMessages.filterDepartment(department.code.isEmpty ? department.name : department.code))
        }
        if let severity { out.append(severity == .error ? BrowserMessages.filterErrors() : severity == .warning ? BrowserMessages.filterWarnings() : BrowserMessages.filterAnyFinding()) }
        if let rule { out.append(BrowserMessages.filterRule(rule.rawValue)) }
        return out
    }
}
