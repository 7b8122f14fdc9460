/// Search over forms: matching ignores whitespace, folds full-width/half-width forms, and lets
/// ASCII letters match pinyin initials (`gj` finds 公交).
public struct SearchIndex: Sendable {
    // STUB: replaced by the search helper; the API stays.
    private let texts: [String]

    /// Prepares every searchable field of every form (name, department, narratives, goals,
    /// indicator names and values).
    public init(forms: [Form]) {
        texts = forms.map { f in
            ([f.project, f.department.display, f.implementingUnit, f.goals.implementation, f.goals.annual]
                + Narrative.fields.map { f.narrative[keyPath: $0.path] }
                + (f.indicators.implementation + f.indicators.annual).flatMap { [$0.name, $0.value] }).joined(separator: "\n")
        }
    }

    /// Indices of the forms that match `query`, ascending; all forms for an empty query.
    /// `within` narrows a previous result (the query grew), which is faster.
    public func matches(_ query: String, within: [Int]? = nil) -> [Int] {
        let candidates = within ?? Array(texts.indices)
        let q = query.filter { !$0.isWhitespace }
        if q.isEmpty { return candidates }
        return candidates.filter { texts[$0].contains(q) }
    }

    /// Where `query` matches in `text` (one displayed string), for highlighting.
    public static func ranges(of query: String, in text: String) -> [Range<String.Index>] {
        let q = query.filter { !$0.isWhitespace }
        guard !q.isEmpty else { return [] }
        var out: [Range<String.Index>] = []
        var start = text.startIndex
        while let r = text.range(of: q, range: start..<text.endIndex) {
            out.append(r)
            start = r.upperBound
        }
        return out
    }
}
