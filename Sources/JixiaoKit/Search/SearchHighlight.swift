extension SearchIndex {
    /// Where `query` matches in `text` (one displayed string), for highlighting: ranges of the
    /// original string, left to right, not overlapping. Matching follows the same rules as
    /// `matches` (whitespace ignored, so a range may span spaces of `text`; full-width folded;
    /// letters match pinyin initials). Empty for an empty query. A text longer than
    /// `maxFieldBytes` is searched in its first `maxFieldBytes` only, as the index does.
    public static func ranges(of query: String, in text: String) -> [Range<String.Index>] {
        ranges(of: SearchQuery(query), in: text)
    }

    static func ranges(of q: SearchQuery, in text: String) -> [Range<String.Index>] {
        let m = q.elements.count
        guard m > 0 else { return [] }
        let scalars = searchedPart(of: text).unicodeScalars
        var folded: [UInt32] = []
        var at: [String.Index] = []
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if let f = SearchFolding.fold(scalars[i].value) {
                folded.append(f)
                at.append(i)
            }
            i = scalars.index(after: i)
        }
        var out: [Range<String.Index>] = []
        var s = 0
        while s + m <= folded.count {
            var k = 0
            while k < m, q.element(k, matches: folded[s + k]) { k += 1 }
            if k == m {
                out.append(at[s]..<scalars.index(after: at[s + m - 1]))
                s += m
            } else {
                s += 1
            }
        }
        return out
    }

    /// Every match of `query` in `form`, field by field in `SearchField` order, for stepping
    /// through hits with n/N. Each hit's range indexes `hit.field.text(in: form)`.
    /// Empty for an empty query.
    public static func hits(_ query: String, in form: Form) -> [SearchHit] {
        let q = SearchQuery(query)
        guard !q.isEmpty else { return [] }
        var out: [SearchHit] = []
        SearchField.forEach(in: form) { field, text in
            for r in ranges(of: q, in: text) { out.append(SearchHit(field: field, range: r)) }
        }
        return out
    }

    /// Same as `SearchIndex.hits(_:in:)`, for callers holding an index.
    public func hits(_ query: String, in form: Form) -> [SearchHit] {
        SearchIndex.hits(query, in: form)
    }
}
