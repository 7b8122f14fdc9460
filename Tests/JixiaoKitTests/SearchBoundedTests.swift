import JixiaoGen
import Testing
@testable import JixiaoKit

/// `SearchIndex.firstMatches` (a search that stops after a screenful) against the full
/// `matches`, over a generated year: whatever the query, scope, `within`, limit and `through`,
/// its matches are exactly the full result's below the forms it examined; when it stops early
/// it has passed `through` and holds `limit` matches after it; when complete it is the full result.
@Suite struct SearchBoundedTests {
    /// 3,000 forms from the generator (the sample's vocabulary): 47 words of candidates.
    static let forms: [Form] = {
        let (text, _) = FormGenerator.batch(count: 3000, seed: 5)
        return FormReader.read(bytes: Array(text.utf8), file: "generated-5.txt").forms
    }()

    /// The typing set of bench/search-latency.py, as prefixes typed one character at a time,
    /// plus a query nothing matches and pieces of the forms' own project names.
    static let queries: [String] = {
        let typed = ["满意度", "公交政策", "补助人数", "年底前完成", "城乡居民养老保险", "水利局", "gjzc", "254",
                     "临汾市卫生", "名:公交", "部:卫生", "指:满意度", "值:100%", "公补", "rcgz", "v:1"]
        var out: [String] = []
        for q in typed {
            var s = ""
            for c in q {
                s.append(c)
                if !out.contains(s) { out.append(s) }
            }
        }
        for i in stride(from: 7, to: forms.count, by: 401) {
            let name = Array(forms[i].project)
            if name.count >= 4 { out.append(String(name[1..<4])) }
        }
        return out
    }()

    @Test func theHeadIsThePrefixOfTheFullResult() {
        let forms = Self.forms
        #expect(forms.count == 3000)
        var partial = 0, complete = 0, denseStops = 0
        // The reference on an index of its own: a full result in the searched index's result
        // cache would decide `firstMatches` at once, and its loop would never run.
        let reference = SearchIndex(forms: forms)
        let index = SearchIndex(forms: forms)
        for block in [64, 300, SearchIndex.boundedBlock] {
            for (n, text) in Self.queries.enumerated() {
                let query = ScopedQuery(parsing: text)
                let subsets: [[Int]?] = [nil, Array(stride(from: n % 3, to: forms.count, by: 3))]
                for within in subsets {
                    let full = reference.matches(query, in: forms, within: within)
                    for limit in [0, 1, 20, 150] {
                        for through in [-1, 0, 63, 64, 700, 2999] {
                            // Each search from scratch: a complete one cached would decide the next.
                            index.cache.removeAll()
                            let b = index.firstMatches(query, within: within, limit: limit, through: through, block: block)
                            let what = "\(text) within \(within == nil ? "all" : "a third") limit \(limit) through \(through) block \(block)"
                            #expect(b.matches == full.filter { $0 < b.examined }, "\(what)")
                            if b.isComplete {
                                complete += 1
                                #expect(b.matches == full && b.examined == forms.count, "\(what)")
                            } else {
                                partial += 1
                                #expect(b.examined > through && b.examined < forms.count, "\(what)")
                                #expect(b.matches.filter { $0 > through }.count >= limit, "\(what)")
                            }
                            // A dense query (half the candidates match or more) not decided by
                            // the filters stops within a step of 16 words after it has what it
                            // needs: the bounded loop ran and stopped early.
                            if block == SearchIndex.boundedBlock, !b.isComplete, full.count * 2 >= (within?.count ?? forms.count) {
                                #expect(b.examined <= (through + 1 + 4 * limit) / 64 * 64 + 64 + 1024, "\(what)")
                                denseStops += 1
                            }
                        }
                    }
                }
            }
        }
        // Both outcomes occur (the sweep is not vacuous).
        #expect(partial > 500)
        #expect(complete > 1000)
        // Dense queries stopped early (none would with their full result in the cache).
        #expect(denseStops > 100)
    }

    /// Typing as the browser does: each keystroke's head within the previous full result, then
    /// the full result (which the index caches) — the next head narrows from there.
    @Test func typingWithinThePreviousResult() {
        let forms = Self.forms
        let index = SearchIndex(forms: forms)
        for text in ["满意度指标", "gjzc", "指:满意度", "值:100%"] {
            var previous: [Int]? = nil
            var typed = ""
            for c in text {
                typed.append(c)
                let query = ScopedQuery(parsing: typed)
                let b = index.firstMatches(query, within: previous, limit: 20, through: 100)
                let full = index.matches(query, in: forms, within: previous)
                #expect(b.matches == full.filter { $0 < b.examined }, "\(typed)")
                #expect(b.isComplete == (b.examined == forms.count), "\(typed)")
                previous = query.text.isEmpty ? nil : full
            }
        }
    }

    /// A dense query stops after a screenful: few forms read, many left.
    @Test func aDenseQueryStopsEarly() {
        let index = SearchIndex(forms: Self.forms)
        // Before the full search: a cached full result would decide it at once.
        let b = index.firstMatches(ScopedQuery(parsing: "满意"), limit: 20, through: 10)
        let full = index.matches(ScopedQuery(parsing: "满意"), in: Self.forms)
        #expect(full.count > 2000)
        #expect(b.isComplete == false)
        #expect(b.examined <= 128)
        #expect(b.remaining > 2000)
        #expect(b.matches == Array(full.prefix(b.matches.count)))
    }

    /// Only complete results enter the result cache: a head does not, a search that ran to the
    /// end does.
    @Test func onlyCompleteResultsAreCached() {
        let index = SearchIndex(forms: Self.forms)
        let q = SearchQuery("满意")
        let head = index.firstMatches(ScopedQuery(parsing: "满意"), limit: 20)
        #expect(head.isComplete == false)
        #expect(index.cache.best(extendedBy: q.elements, kinds: 0xFF) == nil)
        let whole = index.firstMatches(ScopedQuery(parsing: "满意"), limit: 20, through: 2999)
        #expect(whole.isComplete)
        #expect(index.cache.best(extendedBy: q.elements, kinds: 0xFF)?.elements == q.elements)
    }
}

/// `partitionPoint`, the binary search of the result cache, `firstMatches` and the list, against
/// a count over every element.
@Suite struct PartitionPointTests {
    @Test func itIsTheCountOfTheElementsBefore() {
        var rng = SystemRandomNumberGenerator()
        var checked = 0
        for n in [0, 1, 2, 3, 7, 64, 100] {
            for _ in 0..<20 {
                let xs = (0..<n).map { _ in Int.random(in: 0..<50, using: &rng) }.sorted()
                for bound in -1...51 {
                    #expect(xs.partitionPoint { $0 < bound } == xs.filter { $0 < bound }.count, "\(xs) \(bound)")
                    #expect(xs.partitionPoint { $0 <= bound } == xs.filter { $0 <= bound }.count, "\(xs) \(bound)")
                    checked += 1
                }
                let slice = xs.dropFirst(n / 2)
                #expect(slice.partitionPoint { $0 < 25 } == slice.startIndex + slice.filter { $0 < 25 }.count)
            }
        }
        #expect(checked == 7 * 20 * 53)
    }
}
