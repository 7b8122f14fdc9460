/// Search over forms: matching ignores whitespace, folds full-width/half-width forms, and lets
/// ASCII letters match pinyin initials (`gj` finds 公交). The rules are in `SearchFolding`;
/// the design and measurements in docs/search.md.
///
/// Built once (about 12–25 ms per 1,000 forms in a release build, in parallel chunks), it holds
/// every searchable field of every form folded into contiguous UTF-8 (each field ends in a byte
/// 0xF8–0xFF, which no query contains, so no match crosses fields), a parallel byte per scalar
/// giving its letter class (pinyin initial), and per form a few filters that rule most
/// non-matching forms out without reading their text:
/// - the letters its text answers to (exact),
/// - for each letter, the letters that follow it somewhere (exact letter pairs),
/// - a Bloom signature (8,192 bits) of its scalar pairs and triples, and letter triples (and
///   scalars above U+FFFF).
/// The filters are stored bit-sliced (one row of bits per key, one bit per form), so a query
/// ANDs a few rows for all forms at once. Beside them, exactly which forms hold each character
/// below U+10000 (`Storage.presenceBlocks`: a one-character query reads no text; one above,
/// such as 𠀀, goes through the Bloom signature and is confirmed on the text), and per form, where the
/// characters of each of 256 buckets first occur (`Storage.firsts`): a form is read from there,
/// not from its start, and the forms to read are prefetched 16 ahead. Forms that pass are
/// confirmed on the folded bytes (a SIMD substring search for the longest literal run of the
/// query, then a check of the letters around it), or, for a query of letters only, on the
/// letter classes (SIMD too). The byte ending each field tells its kind, so scoped queries
/// (`名:`, `指:` …) are matched here too. Big scans are split over the cores. The last results are cached with where each form
/// matched (`ResultCache`): the next keystroke reads on from there, mostly from the cache alone.
public struct SearchIndex: Sendable {
    /// Number of forms indexed.
    public let count: Int
    let storage: Storage
    let cache = ResultCache()

    /// Bloom signature size per form, in 64-bit words (`bloomWords * 64` bits).
    static let bloomWordsLog2 = 7
    static let bloomWords = 1 << bloomWordsLog2
    static let bloomBitsLog2 = bloomWordsLog2 + 6

    /// Prepares every searchable field of every form (`SearchField`: name, department,
    /// unit, narratives, goals, tier labels, indicator names and values).
    public init(forms: [Form]) {
        count = forms.count
        storage = Storage(forms: forms)
    }

    // MARK: Matching forms

    /// Indices of the forms that match `query`, ascending; all forms (or all of `within`) for
    /// an empty query. `within` narrows a previous result (the query grew); its indices must be
    /// in range. A query that extends one searched lately is fast without it too: the index
    /// keeps its last results (`ResultCache`).
    public func matches(_ query: String, within: [Int]? = nil) -> [Int] {
        search(SearchQuery(query), kinds: 0xFF, within: within)
    }

    /// The forms matching `q` in fields of `kinds` (`Storage.FieldKind.mask`): its candidates
    /// (`candidates`), each confirmed on its text, split over the cores.
    func search(_ q: SearchQuery, kinds: UInt8, within: [Int]?) -> [Int] {
        if q.isEmpty { return within ?? Array(0..<count) }
        let c = candidates(q, kinds: kinds, within: within)
        if let decided = c.decided { return decided }
        return finish(c, confirm(c, words: 0..<storage.wordsPerRow, candidates: c.total))
    }

    /// A query's candidates: the forms its filters leave, and how to confirm them.
    struct Candidates {
        let q: SearchQuery
        let plan: Plan
        let kinds: UInt8
        /// Whether it searches all forms (not `within` a subset).
        let everyForm: Bool
        /// The candidates, a bit set of `Storage.wordsPerRow` words.
        let set: [UInt64]
        /// How many there are.
        let total: Int
        /// The cached result to read each candidate on from (`ResultCache`).
        let resume: ResultCache.Entry?
        /// The result when the filters alone decide it (nothing to confirm).
        let decided: [Int]?
    }

    /// The candidates of `q` (not empty) in fields of `kinds`: `within` (or all forms), cut to
    /// the matches of the longest cached query `q` extends (every match of `q` is one of them),
    /// then ANDed with the filter rows of `q`. Each one left is to be confirmed on its text,
    /// from where the cached query's first match starts in it (the first match of `q` cannot
    /// start earlier).
    func candidates(_ q: SearchQuery, kinds: UInt8, within: [Int]?) -> Candidates {
        let plan = Plan(q, kinds: kinds)
        let base = cache.best(extendedBy: q.elements, kinds: kinds)
        let w = storage.wordsPerRow
        var set = [UInt64](repeating: 0, count: w)
        if let within {
            for f in within { set[f >> 6] |= 1 << UInt64(f & 63) }
        }
        if let base, base.complete {
            var cached = [UInt64](repeating: 0, count: w)
            for h in base.hits { cached[Int(h.form) >> 6] |= 1 << UInt64(h.form & 63) }
            if within == nil { set = cached } else { for k in 0..<w { set[k] &= cached[k] } }
        } else if within == nil {
            for k in 0..<count >> 6 { set[k] = ~0 }
            if count & 63 != 0 { set[count >> 6] = (1 << UInt64(count & 63)) - 1 }
        }
        for scalar in plan.present { storage.filter(&set, present: scalar) }
        storage.filter(&set, rows: plan.rows)
        let same = base.map { $0.complete && $0.elements.count == q.elements.count && $0.kinds == kinds } ?? false
        let total = SearchIndex.population(set)
        let decided = plan.exact || same ? SearchIndex.members(set) : total == 0 ? [] : nil
        // Resuming where the cached query matched: positions count in bytes, or in letter
        // classes for a query of letters only.
        let resume = base.flatMap { $0.letters == q.anchor.isEmpty ? $0 : nil }
        return Candidates(
            q: q, plan: plan, kinds: kinds, everyForm: within == nil, set: set, total: total, resume: resume, decided: decided)
    }

    /// Confirms the candidates of `c` in `words` (64 forms a word; `candidates` of them), split
    /// over the cores when they are many: the hits, ascending.
    func confirm(_ c: Candidates, words: Range<Int>, candidates: Int) -> [ResultCache.Hit] {
        let found: [[ResultCache.Hit]] = c.set.withUnsafeBufferPointer { set in
            storage.withPointers { p in
                Parallel.chunks(words.count, minimum: candidates < SearchIndex.parallelMinimum ? .max : 0) { r in
                    confirmAll(set, words: words.lowerBound + r.lowerBound..<words.lowerBound + r.upperBound, c.resume, c.plan, c.q, p)
                }
            }
        }
        if found.count == 1 { return found[0] }
        var hits: [ResultCache.Hit] = []
        hits.reserveCapacity(found.reduce(0) { $0 + $1.count })
        for part in found { hits += part }
        return hits
    }

    /// Every hit of `c`'s candidates, kept in the cache when the search was big enough: the
    /// matching forms.
    func finish(_ c: Candidates, _ hits: [ResultCache.Hit]) -> [Int] {
        if c.total >= ResultCache.minimumCandidates {
            cache.add(ResultCache.Entry(
                elements: c.q.elements, kinds: c.kinds, letters: c.q.anchor.isEmpty, complete: c.everyForm, hits: hits))
        }
        return hits.map { Int($0.form) }
    }

    /// Candidates for confirming in parallel when at least this many (about 512 per core).
    static let parallelMinimum = 1024

    /// Confirms the candidates of `set` in `words` (64 forms a word): the matching ones, where
    /// their first match is, and the 16 bytes (or classes) after it.
    ///
    /// A form the cached query matched is read from its first match. When the cached query
    /// searched the same fields, the elements `q` adds are first compared with the cached
    /// bytes after that match: when they fit there and match, that is the first match of `q`
    /// too, found without reading the form's text (typing on at 100,000 forms reads a few MB
    /// of hits instead of a cache miss per form).
    ///
    /// The forms that must be read are listed first and then read in order, each one's text
    /// prefetched `prefetchDistance` forms ahead: the cache and TLB misses of a form's first
    /// bytes (one per form, far apart in memory) overlap instead of stalling one by one.
    func confirmAll(
        _ set: UnsafeBufferPointer<UInt64>, words: Range<Int>, _ resume: ResultCache.Entry?, _ plan: Plan,
        _ q: SearchQuery, _ p: Storage.Pointers
    ) -> [ResultCache.Hit] {
        // Ascending: the hits decided by the cached tails, and a placeholder (`end` -1, `start`
        // where to read from) for each form to read.
        var out: [ResultCache.Hit] = []
        out.reserveCapacity(SearchIndex.population(set[words]))
        var pending: [Int32] = []
        let added = resume.map { $0.elements.count } ?? q.elements.count
        let useTails = resume.map { $0.kinds == plan.kinds } ?? false
        let letters = q.anchor.isEmpty
        let none: [ResultCache.Hit] = []
        (resume?.hits ?? none).withUnsafeBufferPointer { known in
        plan.classSets.withUnsafeBufferPointer { sets in
        plan.firstRows.withUnsafeBufferPointer { firstRows in
            // The cached forms from the first of these words on (both lists ascend).
            let from = Int32(words.lowerBound * 64)
            var b = known.partitionPoint { $0.form < from }
            for k in words {
                var bits = set[k]
                while bits != 0 {
                    let f = k << 6 | bits.trailingZeroBitCount
                    bits &= bits &- 1
                    while b < known.count, known[b].form < f { b &+= 1 }
                    var start = -1
                    if b < known.count, known[b].form == f {
                        let hit = known[b]
                        start = Int(hit.start)
                        if useTails {
                            var at = Int(hit.end &- hit.tailAt)
                            var i = added
                            while i < q.elements.count, at < 16 {
                                if letters {
                                    let code = Int(hit.tail[at])
                                    guard sets[4 &* i &+ code &>> 6] & 1 &<< UInt64(code & 63) != 0 else { break }
                                    at &+= 1
                                } else {
                                    let n = SearchIndex.utf8Length(hit.tail[at])
                                    guard at &+ n <= 16, q.element(i, matches: SearchIndex.decode(hit.tail, at)) else { break }
                                    at &+= n
                                }
                                i &+= 1
                            }
                            if i == q.elements.count {
                                out.append(ResultCache.Hit(
                                    f, start: Int(hit.start), end: Int(hit.tailAt) &+ at, tailAt: Int(hit.tailAt), tail: hit.tail))
                                continue
                            }
                        }
                    }
                    if start < 0 { start = letters ? p.classSpans[4 &* f] : p.spans[4 &* f] }
                    if !firstRows.isEmpty {
                        // The first match cannot start before any of its literals first occurs.
                        let s0 = p.spans[4 &* f]
                        var drop = false
                        for r in firstRows {
                            let v = p.firsts[r.row &* p.firstsStride &+ f]
                            if v == Storage.absent { drop = true; break }
                            start = max(start, s0 &+ Int(v) &<< Storage.firstUnitLog2 &- r.offset)
                        }
                        if drop { continue }
                    }
                    pending.append(Int32(truncatingIfNeeded: out.count))
                    out.append(ResultCache.Hit(f, start: start, end: -1, tailAt: 0, tail: .zero))
                }
            }
        }
        }
        }
        if pending.isEmpty { return out }
        let distance = SearchIndex.prefetchDistance, lines = SearchIndex.prefetchLines
        out.withUnsafeMutableBufferPointer { o in
        pending.withUnsafeBufferPointer { pend in
            @inline(__always) func prefetch(_ j: Int) {
                let h = o[Int(pend[j])]
                let base = letters ? p.classes(Int(h.form)) : p.bytes(Int(h.form))
                SearchIndex.prefetch(base + Int(h.start), lines: lines)
            }
            for j in 0..<min(distance, pend.count) { prefetch(j) }
            for j in 0..<pend.count {
                if j &+ distance < pend.count { prefetch(j &+ distance) }
                let i = Int(pend[j])
                let h = o[i], f = Int(h.form)
                if let r = confirm(f, from: Int(h.start), plan, q, p) {
                    let base = letters ? p.classes(f) : p.bytes(f)
                    o[i] = ResultCache.Hit(
                        f, start: r.lowerBound, end: r.upperBound, tailAt: r.upperBound,
                        tail: UnsafeRawPointer(base + r.upperBound).loadUnaligned(as: SIMD16<UInt8>.self))
                }
            }
        }
        }
        out.removeAll { $0.end < 0 }
        return out
    }

    /// How many forms ahead the text of a form to read is prefetched, and how many cache lines
    /// of it (a match in the short fields is typically within the first few hundred bytes).
    static let prefetchDistance = 16
    static let prefetchLines = 4

    /// How many bits of `words` are set: the members of that part of a bit set.
    static func population(_ words: some Collection<UInt64>) -> Int {
        words.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    /// The members of a bit set, ascending.
    static func members(_ set: [UInt64]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(population(set))
        for (k, word) in set.enumerated() {
            var bits = word
            while bits != 0 {
                out.append(k << 6 | bits.trailingZeroBitCount)
                bits &= bits &- 1
            }
        }
        return out
    }

    /// Whether form `index` matches `query`.
    public func formMatches(_ index: Int, _ query: String) -> Bool {
        !matches(query, within: [index]).isEmpty
    }

    /// The checks a query needs, worked out once per query.
    struct Plan {
        /// Filter rows (`Storage.rows`) every matching form has.
        var rows: [Int] = []
        /// Literal scalars the query holds (distinct, below `Storage.presenceLimit`): every
        /// matching form has each of them (`Storage.filter(_:present:)`).
        var present: [UInt32] = []
        /// Whether passing the filters is proof (no need to read the text): a query of one or
        /// two letters, or of one literal below U+10000 (exact presence), in every field.
        var exact = false
        /// For a query of letters only: per element, the 256-bit set of letter classes it
        /// matches (4 words each).
        var classSets: [UInt64] = []

        /// The kinds of field a match may be in (`Storage.FieldKind.mask`; 0xFF: any).
        var kinds: UInt8 = 0xFF
        /// Which of a form's `Storage.spans` ends its search: 3 its end, 2 its short fields,
        /// 1 its head fields (a project or department scope).
        var spanEnd = 3
        /// For a query starting with a literal: per literal of its first run (at most four),
        /// the row of `Storage.firsts` for its bucket, and its byte offset in the query.
        var firstRows: [(row: Int, offset: Int)] = []

        init(_ q: SearchQuery, kinds: UInt8) {
            self.kinds = kinds
            spanEnd = kinds == 0xFF ? 3 : kinds & ~0b11 == 0 ? 1 : 2
            let n = q.elements.count
            func letter(_ i: Int) -> Int { q.letterBits[i].trailingZeroBitCount }
            func bloom(_ key: UInt64) { rows.append(Storage.bloomRow + Storage.bloomBit(key)) }
            var letters: UInt32 = 0
            for i in 0..<n {
                let isLetter = q.letterBits[i] != 0
                if isLetter {
                    if letters & q.letterBits[i] == 0 { rows.append(letter(i)) }
                    letters |= q.letterBits[i]
                } else if q.elements[i] < Storage.presenceLimit {
                    if !present.contains(q.elements[i]) { present.append(q.elements[i]) }
                } else {
                    bloom(Storage.unigramKey(q.elements[i]))
                }
                guard i > 0 else { continue }
                let prevIsLetter = q.letterBits[i - 1] != 0
                if prevIsLetter && isLetter {
                    rows.append(Storage.pairRow + 26 * letter(i - 1) + letter(i))
                    if i > 1 && q.letterBits[i - 2] != 0 {
                        bloom(Storage.trigramKey(UInt32(letter(i - 2)), UInt32(letter(i - 1)), UInt32(letter(i))))
                    }
                } else if !prevIsLetter && !isLetter {
                    bloom(Storage.pairKey(q.elements[i - 1], q.elements[i]))
                    if i > 1 && q.letterBits[i - 2] == 0 {
                        bloom(Storage.tripleKey(q.elements[i - 2], q.elements[i - 1], q.elements[i]))
                    }
                }
            }
            exact = kinds == 0xFF && (q.anchor.isEmpty && n <= 2 || n == 1 && present.count == 1)
            if !q.anchor.isEmpty && q.anchor.lowerBound == 0 {
                var offset = 0
                for e in q.elements[q.anchor].prefix(4) {
                    firstRows.append((Storage.firstBucket(e), offset))
                    offset += SearchIndex.utf8Length(q.anchorBytes[offset])
                }
            }
            guard q.anchor.isEmpty else { return }
            let classMasks = SearchFolding.pinyin.classMasks
            classSets = [UInt64](repeating: 0, count: 4 * n)
            for i in 0..<n {
                for c in 0..<256 where classMasks[c] & q.letterBits[i] != 0 {
                    classSets[4 * i + c >> 6] |= 1 << UInt64(c & 63)
                }
            }
        }
    }
}
