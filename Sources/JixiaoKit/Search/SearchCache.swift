import Foundation

extension SearchIndex {
    /// The index's last few results, kept so that the next keystroke does less: a query that
    /// extends a cached one (its folded elements start with the cached ones) can only match
    /// forms the cached one matched, and in each of them its first match cannot start before
    /// the cached query's first match. So the search reads each candidate from there — for a
    /// form that still matches, usually a check at one position.
    ///
    /// Each hit also keeps the 16 bytes after its match, so that a keystroke adding a
    /// character or two is mostly checked there, without reading the forms' text.
    ///
    /// Only searches of at least `minimumCandidates` forms are kept (a one-form check or a
    /// narrow search is cheap anyway), the last `capacity` of them. Safe to share between
    /// threads (a lock around the list); the index itself stays immutable.
    final class ResultCache: @unchecked Sendable {
        struct Entry {
            /// The query's folded elements (`SearchQuery.elements`).
            let elements: [UInt32]
            /// The kinds of field it searched (`Storage.FieldKind.mask`).
            let kinds: UInt8
            /// Whether `starts` count letter classes (a query of letters only) or bytes.
            let letters: Bool
            /// Whether it searched all forms (not `within` a subset): `forms` is then every match.
            let complete: Bool
            /// The matching forms, ascending, and where their first matches are.
            let hits: [Hit]
        }

        /// A matching form and its first match: where it starts and ends (positions in the
        /// form's chunk buffer), and the 16 bytes (or letter classes) that followed a match, read
        /// at `tailAt` (the end of this match or of a shorter one). 32 bytes.
        struct Hit {
            var form: Int32
            var start: Int32
            var end: Int32
            var tailAt: Int32
            var tail: SIMD16<UInt8>

            @inline(__always)
            init(_ form: Int, start: Int, end: Int, tailAt: Int, tail: SIMD16<UInt8>) {
                self.form = Int32(truncatingIfNeeded: form)
                self.start = Int32(truncatingIfNeeded: start)
                self.end = Int32(truncatingIfNeeded: end)
                self.tailAt = Int32(truncatingIfNeeded: tailAt)
                self.tail = tail
            }
        }

        /// At most 32 bytes a hit: 8 results of 100,000 forms are 26 MB.
        static let capacity = 8
        static let minimumCandidates = 256
        private var entries: [Entry] = []
        private let lock = NSLock()

        /// Forgets every result (a test comparing searches that must not decide each other).
        func removeAll() {
            lock.lock()
            defer { lock.unlock() }
            entries.removeAll()
        }

        /// The cached query with the most elements that `elements` extends (or equals), among
        /// those that searched every kind of field in `kinds`.
        func best(extendedBy elements: [UInt32], kinds: UInt8) -> Entry? {
            lock.lock()
            defer { lock.unlock() }
            var best: Entry? = nil
            for e in entries where e.kinds & kinds == kinds && e.elements.count <= elements.count
                && elements.starts(with: e.elements) {
                guard let b = best else { best = e; continue }
                // Longer first; then the complete one; then the narrower scope.
                if (e.elements.count, e.complete ? 1 : 0, -e.kinds.nonzeroBitCount)
                    > (b.elements.count, b.complete ? 1 : 0, -b.kinds.nonzeroBitCount) { best = e }
            }
            return best
        }

        /// Keeps `entry`, replacing one of the same query, dropping the oldest beyond `capacity`.
        func add(_ entry: Entry) {
            lock.lock()
            defer { lock.unlock() }
            entries.removeAll { $0.elements == entry.elements && $0.kinds == entry.kinds }
            entries.append(entry)
            if entries.count > ResultCache.capacity { entries.removeFirst() }
        }
    }
}
