import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Search over forms: matching ignores whitespace, folds full-width/half-width forms, and lets
/// ASCII letters match pinyin initials (`gj` finds 公交). The rules are in `SearchFolding`;
/// the design and measurements in docs/search.md.
///
/// Built once (about 12–25 ms per 1,000 forms in a release build, in parallel chunks), it holds
/// every searchable field of every form folded into contiguous UTF-8 (each field ends in a 0xFF
/// byte, which no query contains, so no match crosses fields), a parallel byte per scalar
/// giving its letter class (pinyin initial), and per form a few filters that rule most
/// non-matching forms out without reading their text:
/// - the letters its text answers to (exact),
/// - for each letter, the letters that follow it somewhere (exact letter pairs),
/// - a Bloom signature (8,192 bits) of its scalars, scalar pairs and triples, and letter triples.
/// The filters are stored bit-sliced (one row of bits per key, one bit per form), so a query
/// ANDs a few rows for all forms at once. Forms that pass are confirmed on the folded bytes (a
/// SIMD substring search for the longest literal run of the query, then a check of the letters
/// around it), or, for a query of letters only, on the letter classes (SIMD too). Big scans
/// are split over the cores.
public struct SearchIndex: Sendable {
    /// Number of forms indexed.
    public let count: Int
    let storage: Storage

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
    /// an empty query. `within` narrows a previous result (the query grew), which is faster;
    /// its indices must be in range.
    public func matches(_ query: String, within: [Int]? = nil) -> [Int] {
        let q = SearchQuery(query)
        if q.isEmpty { return within ?? Array(0..<count) }
        let plan = Plan(q)
        // The filters, on all candidates at once.
        let w = storage.wordsPerRow
        var set = [UInt64](repeating: 0, count: w)
        if let within {
            for f in within { set[f >> 6] |= 1 << UInt64(f & 63) }
        } else {
            for k in 0..<count >> 6 { set[k] = ~0 }
            if count & 63 != 0 { set[count >> 6] = (1 << UInt64(count & 63)) - 1 }
        }
        storage.filter(&set, rows: plan.rows)
        var candidates: [Int] = []
        for (k, word) in set.enumerated() {
            var bits = word
            while bits != 0 {
                candidates.append(k << 6 | bits.trailingZeroBitCount)
                bits &= bits &- 1
            }
        }
        if plan.exact || candidates.isEmpty { return candidates }
        // The text of the rest. Big scans are split over the cores; a part is at least 512 forms.
        let parts = min(SearchIndex.cores, candidates.count / 512)
        if parts <= 1 {
            return storage.withPointers { p in candidates.filter { confirm($0, plan, q, p) } }
        }
        var results = [[Int]](repeating: [], count: parts)
        storage.withPointers { p in
            results.withUnsafeMutableBufferPointer { results in
                candidates.withUnsafeBufferPointer { all in
                    SearchIndex.parallel(parts, minimum: 2) { part in
                        let lo = all.count * part / parts, hi = all.count * (part + 1) / parts
                        results[part] = all[lo..<hi].filter { confirm($0, plan, q, p) }
                    }
                }
            }
        }
        return Array(results.joined())
    }

    /// Processors to split work over.
    static let cores = max(1, min(8, sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Runs `work(0..<n)`, in parallel when `n >= minimum`.
    static func parallel(_ n: Int, minimum: Int, _ work: (Int) -> Void) {
        if n < minimum || cores == 1 {
            for i in 0..<n { work(i) }
        } else {
            // Every caller gives each iteration its own slots to write.
            withoutActuallyEscaping(work) { work in
                let box = Unchecked(work)
                DispatchQueue.concurrentPerform(iterations: n) { box.value($0) }
            }
        }
    }

    /// Whether form `index` matches `query`.
    public func formMatches(_ index: Int, _ query: String) -> Bool {
        !matches(query, within: [index]).isEmpty
    }

    /// The checks a query needs, worked out once per query.
    struct Plan {
        /// Filter rows (`Storage.rows`) every matching form has.
        var rows: [Int] = []
        /// Whether passing the filters is proof (no need to read the text).
        var exact = false
        /// For a query of letters only: per element, the 256-bit set of letter classes it
        /// matches (4 words each).
        var classSets: [UInt64] = []

        init(_ q: SearchQuery) {
            let n = q.elements.count
            func letter(_ i: Int) -> Int { q.letterBits[i].trailingZeroBitCount }
            func bloom(_ key: UInt64) { rows.append(Storage.bloomRow + Storage.bloomBit(key)) }
            var letters: UInt32 = 0
            for i in 0..<n {
                let isLetter = q.letterBits[i] != 0
                if isLetter {
                    if letters & q.letterBits[i] == 0 { rows.append(letter(i)) }
                    letters |= q.letterBits[i]
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
            exact = q.anchor.isEmpty && n <= 2
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
