/// The first matches of a query, in form order: what a screenful of the list needs.
public struct BoundedMatches: Sendable, Equatable {
    /// The matching forms below `examined`, ascending: exactly the full result's matches there.
    public var matches: [Int]
    /// Every form below this one was decided (matched or not); the index's `count` when the
    /// result is complete.
    public var examined: Int
    /// Candidates (forms the filters left) from `examined` on, not yet read: 0 when complete.
    public var remaining: Int

    /// Whether `matches` is the full result.
    public var isComplete: Bool { remaining == 0 }
}

extension SearchIndex {
    /// The first matches of `query` in its scope (`within` as in `matches(_:in:within:)`): the
    /// candidates are confirmed in ascending form order, and the search stops once it has
    /// decided every form up to `through` and found `limit` matches after it — so a list in file
    /// order can show the rows down to a selected form `through` and a screenful below it.
    ///
    /// The filters run as for `matches`; only the confirmation stops early. When the bound is
    /// not reached within the first `boundedBlock` candidates, the rest is confirmed as by
    /// `matches` (split over the cores) and the result is complete: the worst case costs what a
    /// full search does. Only a complete result enters the result cache.
    public func firstMatches(_ query: ScopedQuery, within: [Int]? = nil, limit: Int, through: Int = -1) -> BoundedMatches {
        firstMatches(query, within: within, limit: limit, through: through, block: SearchIndex.boundedBlock)
    }

    /// `firstMatches` falling back to the full search after `block` candidates.
    func firstMatches(_ query: ScopedQuery, within: [Int]?, limit: Int, through: Int, block: Int) -> BoundedMatches {
        let q = SearchQuery(query.text)
        if q.isEmpty { return BoundedMatches(matches: within ?? Array(0..<count), examined: count, remaining: 0) }
        let c = candidates(q, kinds: Storage.FieldKind.mask(query.scope), within: within)
        if let decided = c.decided { return BoundedMatches(matches: decided, examined: count, remaining: 0) }
        let w = storage.wordsPerRow
        var hits: [ResultCache.Hit] = []
        var k = 0, read = 0, step = 1
        while k < w, read < block {
            let end = min(w, k + step)
            let n = SearchIndex.population(c.set[k..<end])
            if n > 0 { hits += confirm(c, words: k..<end, candidates: 0) }
            read += n
            k = end
            if k << 6 > through, hits.count - hits.partitionPoint(where: { Int($0.form) <= through }) >= limit {
                let remaining = SearchIndex.population(c.set[k...])
                if remaining == 0 { return BoundedMatches(matches: finish(c, hits), examined: count, remaining: 0) }
                return BoundedMatches(matches: hits.map { Int($0.form) }, examined: k << 6, remaining: remaining)
            }
            // Growing steps: a dense query stops within a word or two, a sparse one does not
            // pay a round per word.
            step = min(2 * step, 16)
        }
        if k < w {
            hits += confirm(c, words: k..<w, candidates: SearchIndex.population(c.set[k...]))
        }
        return BoundedMatches(matches: finish(c, hits), examined: count, remaining: 0)
    }

    /// Candidates `firstMatches` reads one after the other before it falls back to the full
    /// search (about 0.7 ms at 170 ns a form).
    static let boundedBlock = 4096
}
