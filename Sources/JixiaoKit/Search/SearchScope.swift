/// Where a search looks. Plain text searches every field; a prefix limits it:
///
/// | prefix | scope |
/// | --- | --- |
/// | `名:` `n:` | 项目名称 |
/// | `部:` `d:` | 主管部门 (code and name) and 实施单位 |
/// | `指:` `i:` | indicator names (三级指标) and tier labels |
/// | `值:` `v:` | 指标值 |
/// | `规:` `r:` | a finding's rule id (the browser matches it against its findings) |
///
/// A full-width colon (`名：`) works too. Matching within a scope follows the same rules as the
/// whole search (`SearchFolding`: spaces ignored, full-width folded, pinyin initials).
public enum SearchScope: String, Sendable, CaseIterable, Hashable {
    case all, project, department, indicator, value, rule

    /// The prefixes of a scope, Chinese first (none for `.all`).
    public var prefixes: [String] {
        switch self {
        case .all: []
        case .project: ["名", "n"]
        case .department: ["部", "d"]
        case .indicator: ["指", "i"]
        case .value: ["值", "v"]
        case .rule: ["规", "r"]
        }
    }
}

/// A query as typed in the browser's prompt: an optional scope prefix and the text searched.
public struct ScopedQuery: Sendable, Equatable {
    public var scope: SearchScope
    /// The text after the prefix (the whole input without one).
    public var text: String

    public init(scope: SearchScope = .all, text: String) {
        self.scope = scope
        self.text = text
    }

    /// Reads a prefix (`名:公交`, `d：045`) when the input starts with one; else the whole input,
    /// unscoped.
    public init(parsing input: String) {
        let trimmed = input.drop { $0 == " " }
        for scope in SearchScope.allCases {
            for p in scope.prefixes {
                for colon in [":", "："] where trimmed.hasPrefix(p + colon) {
                    self.init(scope: scope, text: String(trimmed.dropFirst(p.count + 1)))
                    return
                }
            }
        }
        self.init(text: input)
    }
}

extension SearchIndex {
    /// Indices of the forms matching `query` in its scope, ascending (`within` as in
    /// `matches(_:within:)`): forms with a match in a field of the scope. `.rule` is the
    /// caller's to match: it returns the forms matching the text anywhere. The index holds the
    /// fields itself; `forms` (the indexed forms) is not read.
    public func matches(_ query: ScopedQuery, in forms: [Form], within: [Int]? = nil) -> [Int] {
        matches(query, within: within)
    }

    /// `matches(_:in:within:)` without the forms, which it does not read.
    public func matches(_ query: ScopedQuery, within: [Int]? = nil) -> [Int] {
        search(SearchQuery(query.text), kinds: Storage.FieldKind.mask(query.scope), within: within)
    }
}
