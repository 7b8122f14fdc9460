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
            var shift: UInt64 = 0
            while i < n {
                w |= UInt64(p[i]) << shift
                shift += 8
                i += 1
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

    /// The String of `n` bytes at `p`.
    @inline(__always)
    static func string(_ p: UnsafePointer<UInt8>, _ n: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
}

/// A direct-mapped cache of cell texts by their bytes. A hit costs a hash and a compare and
/// returns a String sharing storage with the earlier one; a miss makes (and validates) the
/// String once. Texts of up to 16 bytes are keyed by the bytes themselves (two words).
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

    private struct Slot {
        var hash: UInt64 = 0
        var string = ""
    }

    private struct SmallSlot {
        var w0: UInt64 = 0
        var w1: UInt64 = 0
        var string = ""
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let small: UnsafeMutablePointer<SmallSlot>
    private(set) var invalid = false

    init() {
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

    @inline(__always)
    private func make(_ p: UnsafePointer<UInt8>, _ n: Int) -> String? {
        if let s = String(validating: UnsafeBufferPointer(start: p, count: n), as: UTF8.self) { return s }
        invalid = true
        return nil
    }

    /// The String of the `n` bytes at `p`; `limit` is the end of the buffer they stand in.
    func string(_ p: UnsafePointer<UInt8>, _ n: Int, limit: UnsafePointer<UInt8>) -> String? {
        if n <= 16 { return smallString(p, n, limit: limit) }
        guard n <= Self.maxCached else { return make(p, n) }
        let h = ByteText.hash(p, n)
        let slot = slots + (Int(truncatingIfNeeded: h >> 50) & (Self.count - 1))
        if slot.pointee.hash == h {
            // Compare with the cached String's own bytes (the hash holds the length too).
            let same = slot.pointee.string.utf8.withContiguousStorageIfAvailable { u in u.count == n && ByteText.equal(u.baseAddress!, p, n) }
            if same == true { return slot.pointee.string }
        }
        guard let s = make(p, n) else { return nil }
        slot.pointee = Slot(hash: h, string: s)
        return s
    }

    @inline(__always)
    private func smallString(_ p: UnsafePointer<UInt8>, _ n: Int, limit: UnsafePointer<UInt8>) -> String? {
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
            withUnsafeMutableBytes(of: &w0) { _ = memcpy($0.baseAddress!, p, min(n, 8)) }
            if n > 8 { withUnsafeMutableBytes(of: &w1) { _ = memcpy($0.baseAddress!, p + 8, n - 8) } }
        }
        // The length goes into the key too: "a" and "a\0" must differ.
        let k1 = w1 ^ (UInt64(n) << 59)
        var h = (w0 ^ (k1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 31
        let slot = small + (Int(truncatingIfNeeded: h >> 40) & (Self.smallCount - 1))
        if slot.pointee.w0 == w0, slot.pointee.w1 == k1, n > 0 { return slot.pointee.string }
        guard let s = make(p, n) else { return nil }
        slot.pointee = SmallSlot(w0: w0, w1: k1, string: s)
        return s
    }
}
