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
/// returns a String sharing storage with the earlier one; a miss makes the String once. Texts
/// of up to 15 bytes are made directly: Swift keeps them inline, without an allocation.
/// Raw storage, not arrays in a class: those paid an exclusivity check on every access.
final class CellStrings {
    /// Texts longer than this are made directly: long narratives rarely repeat.
    static let maxCached = 512
    private static let count = 1 << 14

    private struct Slot {
        var hash: UInt64 = 0
        var length = 0
        var bytes: UnsafeMutablePointer<UInt8>?
        var string = ""
    }

    private let slots: UnsafeMutablePointer<Slot>

    init() {
        slots = .allocate(capacity: Self.count)
        slots.initialize(repeating: Slot(), count: Self.count)
    }

    deinit {
        for i in 0..<Self.count { slots[i].bytes?.deallocate() }
        slots.deinitialize(count: Self.count)
        slots.deallocate()
    }

    func string(_ p: UnsafePointer<UInt8>, _ n: Int) -> String {
        guard n > 15, n <= Self.maxCached else { return ByteText.string(p, n) }
        let h = ByteText.hash(p, n)
        let slot = slots + (Int(truncatingIfNeeded: h >> 50) & (Self.count - 1))
        if slot.pointee.hash == h, slot.pointee.length == n, let b = slot.pointee.bytes, ByteText.equal(b, p, n) {
            return slot.pointee.string
        }
        let s = ByteText.string(p, n)
        slot.pointee.bytes?.deallocate()
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: n)
        copy.initialize(from: p, count: n)
        slot.pointee = Slot(hash: h, length: n, bytes: copy, string: s)
        return s
    }
}
