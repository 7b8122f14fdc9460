/// A growable buffer, kept from form to form, whose elements are moved out into an array of
/// exactly their number (`take`). Appending to a fresh array per form reallocated it four or
/// five times as it doubled and left it up to half empty: at 100,000 forms that slack was
/// tens of megabytes of indicators. Moving out costs no reference counting.
final class Gathering<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Appends `element`, moved in (a borrowed one would be copied: a retain per String).
    func append(_ element: consuming Element) {
        if count == capacity {
            let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity *= 2
        }
        (base + count).initialize(to: element)
        count += 1
    }

    subscript(i: Int) -> Element {
        get {
            precondition(i >= 0 && i < count)
            return base[i]
        }
        _modify {
            precondition(i >= 0 && i < count)
            yield &base[i]
        }
    }

    /// The elements in order, moved into an array of their number; the buffer is left empty.
    /// Through `reserveCapacity` and `append(contentsOf:)` of a moving sequence, both
    /// specialized here: `Array(unsafeUninitializedCapacity:)` called the standard library's
    /// unspecialized allocation, which looked up the array's type metadata on every call
    /// (≈ 760 instructions, three times a form).
    func take() -> [Element] {
        let n = count
        count = 0
        guard n > 0 else { return [] }
        var out: [Element] = []
        out.reserveCapacity(n)
        out.append(contentsOf: Moving(base: base, count: n))
        return out
    }

    /// The first `count` elements at `base`, each moved out as it is iterated (the buffer is
    /// left uninitialized; it must be iterated to its end exactly once).
    private struct Moving: Sequence, IteratorProtocol {
        let base: UnsafeMutablePointer<Element>
        let count: Int
        var i = 0

        init(base: UnsafeMutablePointer<Element>, count: Int) {
            self.base = base
            self.count = count
        }

        var underestimatedCount: Int { count - i }

        mutating func next() -> Element? {
            guard i < count else { return nil }
            defer { i += 1 }
            return (base + i).move()
        }
    }

    /// Drops every element, keeping the room.
    func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }
}
