import Foundation

/// Helpers for working on UTF-8 bytes without making Strings: hashing, comparing, and a cache
/// that gives one shared String for cells printed again and again (labels, repeated names and
/// values, the two sides of a table), so a file of thousands of forms allocates each distinct
/// cell text once.
enum ByteText {
    /// A fast 64-bit hash of bytes, 8 at a time (not for untrusted keys: a cache and a table of
    /// known labels, both verified by comparing bytes).
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            if n >= 8 {
                // The last eight bytes, overlapping some already hashed: one load, no loop.
                w = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            } else {
                var shift: UInt64 = 0
                while i < n {
                    w |= UInt64(p[i]) << shift
                    shift += 8
                    i += 1
                }
            }
            h = (h ^ w) &* 0xC4CE_B9FE_1A85_EC53
        }
        h ^= h >> 29
        return h
    }

    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        memcmp(a, b, n) == 0
    }

    /// Whether the UTF-8 of `s` ends with `suffix`, byte for byte — the same as `hasSuffix` for
    /// a suffix of CJK ideographs (nothing combines with them), without walking Characters.
    static func hasSuffix(_ s: String, _ suffix: [UInt8]) -> Bool {
        let m = suffix.count
        let same = s.utf8.withContiguousStorageIfAvailable { u -> Bool in
            u.count >= m && suffix.withUnsafeBufferPointer { memcmp(u.baseAddress! + (u.count - m), $0.baseAddress!, m) == 0 }
        }
        return same ?? s.utf8.reversed().starts(with: suffix.reversed())
    }

    /// Whether the UTF-8 of `s` holds `part` somewhere.
    static func contains(_ s: String, _ part: [UInt8]) -> Bool {
        let found = s.utf8.withContiguousStorageIfAvailable { u -> Bool in
            guard let p = u.baseAddress, u.count >= part.count else { return false }
            return part.withUnsafeBufferPointer { q in
                let n = u.count, m = q.count
                var i = 0
                while i + m <= n, let hit = memchr(p + i, Int32(q[0]), n - m - i + 1) {
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(p)
                    if memcmp(p + at, q.baseAddress!, m) == 0 { return true }
                    i = at + 1
                }
                return false
            }
        }
        return found ?? s.contains(String(decoding: part, as: UTF8.self))
    }

    /// Bytes `from..<to` of a text's UTF-8 (both on scalar boundaries: found on its bytes) as a
    /// Substring of it: no bytes copied or validated again.
    @inline(__always)
    static func substring<V: BidirectionalCollection>(_ utf8: V, _ from: Int, _ to: Int) -> Substring
    where V.SubSequence == Substring.UTF8View {
        Substring(utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
    }

    /// The offset of the first occurrence of `pattern` (not empty) in the `n` bytes at `p`,
    /// at or after `from`; nil when none.
    static func find(_ pattern: [UInt8], in p: UnsafePointer<UInt8>, _ n: Int, from: Int) -> Int? {
        let m = pattern.count
        var i = from
        while i + m <= n, let hit = memchr(p + i, Int32(pattern[0]), n - m - i + 1) {
            let at = UnsafeRawPointer(hit) - UnsafeRawPointer(p)
            if pattern.withUnsafeBufferPointer({ memcmp(p + at, $0.baseAddress!, m) == 0 }) { return at }
            i = at + 1
        }
        return nil
    }

    /// The String of `n` bytes at `p`.
    @inline(__always)
    static func string(_ p: UnsafePointer<UInt8>, _ n: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
}

/// A direct-mapped cache of cell texts by their bytes. A hit costs a hash and a compare and
/// returns a String sharing storage with the earlier one, with the cell's label; a miss makes
/// (and validates) the String and classifies the cell once (`CellLabel.classify` on every
/// cell was 10% of the reading). Texts of up to 16 bytes are keyed by the bytes themselves
/// (two words).
/// Raw storage, not arrays in a class: those paid an exclusivity check on every access.
///
/// Making a String validates its UTF-8; a cell that is not valid UTF-8 gives nil and sets
/// `invalid`, so the reader can fall back to the file's other encodings. A hit needs no
/// validation: its bytes equal those of a cell that passed.
final class CellStrings {
    /// Texts longer than this are made directly: long narratives rarely repeat.
    static let maxCached = 512
    private static let count = 1 << 14
    private static let smallCount = 1 << 13

    /// A cell's text, its label and the label's index in `CellLabel.table` (-1: none).
    typealias Cell = (text: String, label: CellLabel?, labelIndex: Int32)

    private struct Slot {
        var hash: UInt64 = 0
        var string = ""
        var label: CellLabel?
        var labelIndex: Int32 = -1
    }

    private struct SmallSlot {
        var w0: UInt64 = 0
        var w1: UInt64 = 0
        var string = ""
        var label: CellLabel?
        var labelIndex: Int32 = -1
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let small: UnsafeMutablePointer<SmallSlot>
    private(set) var invalid = false

    /// Cells from this many bytes up are made a piece at a time (`makeHuge`).
    static let hugeCell = 1 << 22
    /// Whether the memory under a huge cell's bytes may be given back to the system once they
    /// are copied: the caller's buffer is scratch it refills, never reading those bytes again
    /// (`StreamReader`). Then a cell of 100 MB and the buffer holding its line do not take
    /// 200 MB together.
    let releasesHugeCells: Bool

    init(releasesHugeCells: Bool = false) {
        self.releasesHugeCells = releasesHugeCells
        slots = .allocate(capacity: Self.count)
        slots.initialize(repeating: Slot(), count: Self.count)
        small = .allocate(capacity: Self.smallCount)
        small.initialize(repeating: SmallSlot(), count: Self.smallCount)
    }

    deinit {
        slots.deinitialize(count: Self.count)
        slots.deallocate()
        small.deinitialize(count: Self.smallCount)
        small.deallocate()
    }

    /// Makes (and checks) the String of `n` bytes: `UTF8Check` checks them at about three
    /// instructions a byte of CJK text, and the String is made without the standard library's
    /// own check (`String(validatingCString:)` on a NUL-terminated copy cost about ten, 14.5%
    /// of the reading at 10,000 forms). The reader never gets here with a NUL byte (a file
    /// holding one is read the careful way); `UTF8Check` refuses one all the same.
    @inline(__always)
    private func make(_ p: UnsafePointer<UInt8>, _ n: Int) -> String? {
        if n >= Self.hugeCell { return makeHuge(p, n) }
        if let s = UTF8Check.string(p, n) { return s }
        invalid = true
        return nil
    }

    /// A huge cell (a 项目概况 of 100 MB), validated and appended a megabyte at a time: no
    /// NUL-terminated scratch copy of it, and with `releasesHugeCells` each megabyte's pages
    /// under `p` go back to the system once copied (`MADV_DONTNEED`; whole pages only, all
    /// inside the cell).
    @inline(never)
    private func makeHuge(_ p: UnsafePointer<UInt8>, _ n: Int) -> String? {
        var s = ""
        s.reserveCapacity(n)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var at = 0
        while at < n {
            var end = min(n, at + (1 << 20))
            while end < n, end > at, p[end] & 0xC0 == 0x80 { end -= 1 }  // on a scalar boundary
            if end == at { end = min(n, at + (1 << 20)) }  // no boundary: not UTF-8, found below
            guard let piece = String(validating: UnsafeBufferPointer(start: p + at, count: end - at), as: UTF8.self) else {
                invalid = true
                return nil
            }
            s += piece
            if releasesHugeCells {
                let from = (Int(bitPattern: p + at) + page - 1) / page * page
                let to = Int(bitPattern: p + end) / page * page
                if to > from { madvise(UnsafeMutableRawPointer(bitPattern: from), to - from, MADV_DONTNEED) }
            }
            at = end
        }
        return s
    }

    /// The label of the `n` bytes at `p` and its index in the label table.
    @inline(__always)
    private static func classify(_ p: UnsafePointer<UInt8>, _ n: Int) -> (CellLabel?, Int32) {
        guard let hit = CellLabel.classify(UnsafeBufferPointer(start: p, count: n)) else { return (nil, -1) }
        return (hit.0, hit.1)
    }

    /// The cell of the `n` bytes at `p` (trimmed): its String and label; `limit` is the end of
    /// the buffer they stand in. Nil when the bytes are not UTF-8.
    /// Inlined into the row scanner with only the hits: a miss (a String made, a label
    /// looked up) is a call of its own (`longCell`, `miss`, `smallMiss`), so that a hit does
    /// not pay the set-up of the whole.
    @inline(__always)
    func cell(_ p: UnsafePointer<UInt8>, _ n: Int, limit: UnsafePointer<UInt8>) -> Cell? {
        if n <= 16 { return smallCell(p, n, limit: limit) }
        guard n <= Self.maxCached else { return longCell(p, n) }
        let h = ByteText.hash(p, n)
        let slot = slots + (Int(truncatingIfNeeded: h >> 50) & (Self.count - 1))
        if slot.pointee.hash == h {
            // Compare with the cached String's own bytes (the hash holds the length too).
            let same = slot.pointee.string.utf8.withContiguousStorageIfAvailable { u in u.count == n && ByteText.equal(u.baseAddress!, p, n) }
            if same == true { return (slot.pointee.string, slot.pointee.label, slot.pointee.labelIndex) }
        }
        return miss(p, n, h, slot)
    }

    /// A cell longer than any label (and than the cache keeps): its String alone.
    @inline(never)
    private func longCell(_ p: UnsafePointer<UInt8>, _ n: Int) -> Cell? {
        guard let s = make(p, n) else { return nil }
        return (s, nil, -1)
    }

    /// A cell of 17 to 512 bytes not in `slot`: made, classified and kept there.
    @inline(never)
    private func miss(_ p: UnsafePointer<UInt8>, _ n: Int, _ h: UInt64, _ slot: UnsafeMutablePointer<Slot>) -> Cell? {
        guard let s = make(p, n) else { return nil }
        let (label, index) = Self.classify(p, n)
        slot.pointee = Slot(hash: h, string: s, label: label, labelIndex: index)
        return (s, label, index)
    }

    @inline(__always)
    private func smallCell(_ p: UnsafePointer<UInt8>, _ n: Int, limit: UnsafePointer<UInt8>) -> Cell? {
        var w0: UInt64 = 0, w1: UInt64 = 0
        if limit - p >= 16 {
            // Two loads, the bytes past `n` masked off (little-endian: they are the high ones).
            let raw = UnsafeRawPointer(p)
            w0 = raw.loadUnaligned(as: UInt64.self)
            w1 = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            if n < 8 {
                w0 &= (1 << UInt64(n * 8)) - 1
                w1 = 0
            } else if n < 16 {
                w1 &= (1 << UInt64((n - 8) * 8)) - 1
            }
        } else {
            // Near the end of the buffer: byte by byte (not through the words' addresses,
            // which made every call set up a stack protector).
            var k = 0
            while k < n {
                if k < 8 { w0 |= UInt64(p[k]) << UInt64(k * 8) } else { w1 |= UInt64(p[k]) << UInt64((k - 8) * 8) }
                k += 1
            }
        }
        // The length goes into the key too: "a" and "a\0" must differ.
        let k1 = w1 ^ (UInt64(n) << 59)
        var h = (w0 ^ (k1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 31
        let slot = small + (Int(truncatingIfNeeded: h >> 40) & (Self.smallCount - 1))
        if slot.pointee.w0 == w0, slot.pointee.w1 == k1, n > 0 {
            return (slot.pointee.string, slot.pointee.label, slot.pointee.labelIndex)
        }
        return smallMiss(p, n, w0, k1, slot)
    }

    /// A cell of up to 16 bytes not in `slot` (keyed by `w0`, `k1`): made, classified and kept there.
    @inline(never)
    private func smallMiss(_ p: UnsafePointer<UInt8>, _ n: Int, _ w0: UInt64, _ k1: UInt64, _ slot: UnsafeMutablePointer<SmallSlot>) -> Cell? {
        guard let s = make(p, n) else { return nil }
        let (label, index) = Self.classify(p, n)
        slot.pointee = SmallSlot(w0: w0, w1: k1, string: s, label: label, labelIndex: index)
        return (s, label, index)
    }
}
