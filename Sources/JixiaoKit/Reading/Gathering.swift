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
    func take() -> [Element] {
        let n = count
        count = 0
        guard n > 0 else { return [] }
        return [Element](unsafeUninitializedCapacity: n) { out, initialized in
            out.baseAddress!.moveInitialize(from: base, count: n)
            initialized = n
        }
    }

    /// Drops every element, keeping the room.
    func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }
}
