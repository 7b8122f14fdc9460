#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Confirming a form on its folded text: the substring and letter-class scans behind
/// `SearchIndex.matches` (the filters are in `SearchStorage.swift`).
extension SearchIndex {
    /// Reads form `f`'s text (it passed the filters) from `start`, a position in its folded
    /// bytes (or, for a query of letters only, its letter classes) at or before its first match:
    /// where its first match in a field of the plan's kinds is,
    /// or nil. A scoped search reads only the short fields (narratives and goals come last),
    /// or only the head fields for `名:` and `部:` (project, department and unit come first).
    @inline(__always)
    func confirm(_ f: Int, from start: Int, _ plan: Plan, _ q: SearchQuery, _ p: Storage.Pointers) -> Range<Int>? {
        let end = 4 &* f &+ plan.spanEnd
        if q.anchor.isEmpty {
            let c = p.classes(f), to = p.classSpans[end]
            var at = start
            let m = q.elements.count
            return plan.classSets.withUnsafeBufferPointer { sets -> Range<Int>? in
                while let k = SearchIndex.findClasses(q, sets.baseAddress!, in: c, from: at, to: to) {
                    if plan.kinds == 0xFF { return k..<k &+ m }
                    at = SearchIndex.fieldEnd(c, from: k &+ m)
                    if plan.kinds & 1 << (c[at] &- 0xF8) != 0 { return k..<k &+ m }
                    at &+= 1
                }
                return nil
            }
        }
        let h = p.bytes(f), to = p.spans[end]
        var at = start
        while let r = SearchIndex.find(q, in: h, from: at, to: to) {
            if plan.kinds == 0xFF { return r }
            at = SearchIndex.fieldEnd(h, from: r.upperBound)
            if plan.kinds & 1 << (h[at] &- 0xF8) != 0 { return r }
            at &+= 1
        }
        return nil
    }

    /// The position of the byte ending the field at `i` (a `Storage.FieldKind`, 0xF8 and up).
    @inline(__always)
    static func fieldEnd(_ h: UnsafePointer<UInt8>, from i: Int) -> Int {
        var e = i
        while h[e] < 0xF8 { e &+= 1 }
        return e
    }

    /// First match of a query of letters only in the letter classes `c[from..<to]` (one byte
    /// per scalar, 0xF8 and up at field ends): the scalar offset where it starts.
    ///
    /// The first and last letters are compared 16 positions at a time (a lane passes when its
    /// class is that letter or a polyphone), and only passing lanes are checked in full.
    static func findClasses(_ q: SearchQuery, _ sets: UnsafePointer<UInt64>, in c: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        let m = q.elements.count
        let last = to - m
        if last < from { return nil }
        @inline(__always) func check(_ k: Int) -> Bool {
            for j in 0..<m {
                let code = Int(c[k + j])
                if sets[4 &* j &+ code &>> 6] & (1 &<< UInt64(code & 63)) == 0 { return false }
            }
            return true
        }
        let c0 = UInt8(q.letterBits[0].trailingZeroBitCount + 1)
        let cl = UInt8(q.letterBits[m - 1].trailingZeroBitCount + 1)
        let v0 = SIMD16<UInt8>(repeating: c0), vl = SIMD16<UInt8>(repeating: cl)
        let poly = SIMD16<UInt8>(repeating: SearchFolding.firstPolyphoneClass - 1)
        var k = from
        @inline(__always) func lanes(_ at: Int) -> SIMDMask<SIMD16<Int8>> {
            let x = UnsafeRawPointer(c + at).loadUnaligned(as: SIMD16<UInt8>.self)
            let y = UnsafeRawPointer(c + at + m - 1).loadUnaligned(as: SIMD16<UInt8>.self)
            return ((x .== v0) .| (x .> poly)) .& ((y .== vl) .| (y .> poly))
        }
        @inline(__always) func first(_ eq: SIMDMask<SIMD16<Int8>>, _ at: Int) -> Int? {
            var lanes = SearchIndex.lanes(eq)
            while lanes.any {
                let j = lanes.next()
                if check(at &+ j) { return at &+ j }
            }
            return nil
        }
        while k &+ 31 <= last {
            let e0 = lanes(k), e1 = lanes(k &+ 16)
            if SearchIndex.lanes(e0 .| e1).any, let r = first(e0, k) ?? first(e1, k &+ 16) { return r }
            k &+= 32
        }
        while k &+ 15 <= last {
            if let r = first(lanes(k), k) { return r }
            k &+= 16
        }
        while k <= last {
            if check(k) { return k }
            k += 1
        }
        return nil
    }

    // MARK: Matching folded bytes

    /// The first match of `q` in the folded bytes `h[from..<to]`: the byte range it covers.
    /// The query must have a literal (letters-only queries search the letter classes).
    static func find(_ q: SearchQuery, in h: UnsafePointer<UInt8>, from: Int, to: Int) -> Range<Int>? {
        precondition(!q.anchor.isEmpty)
        return q.anchorBytes.withUnsafeBufferPointer { needle -> Range<Int>? in
            let n = needle.baseAddress!, m = needle.count
            var start = from
            while let at = findBytes(n, m, in: h, from: start, to: to) {
                if let r = extend(q, anchorAt: at, anchorEnd: at + m, in: h, from: from, to: to) { return r }
                start = at + 1
            }
            return nil
        }
    }

    /// Checks the letters before and after an occurrence of the anchor.
    @inline(__always)
    static func extend(_ q: SearchQuery, anchorAt: Int, anchorEnd: Int, in h: UnsafePointer<UInt8>, from: Int, to: Int) -> Range<Int>? {
        var lo = anchorAt
        var i = q.anchor.lowerBound - 1
        while i >= 0 {
            if lo <= from { return nil }
            var k = lo - 1
            while k > from, h[k] & 0xC0 == 0x80 { k -= 1 }
            var next = k
            guard q.element(i, matches: decode(h, &next)) else { return nil }
            lo = k
            i -= 1
        }
        var hi = anchorEnd
        i = q.anchor.upperBound
        while i < q.elements.count {
            if hi >= to { return nil }
            guard q.element(i, matches: decode(h, &hi)) else { return nil }
            i += 1
        }
        return lo..<hi
    }

    /// Decodes the scalar at `i` and moves past it. A field's end (0xF8–0xFF) decodes as
    /// `UInt32.max`, which nothing matches.
    @inline(__always)
    static func decode(_ h: UnsafePointer<UInt8>, _ i: inout Int) -> UInt32 {
        let b0 = UInt32(h[i])
        if b0 < 0x80 { i &+= 1; return b0 }
        if b0 < 0xE0 {
            defer { i &+= 2 }
            return (b0 & 0x1F) << 6 | UInt32(h[i &+ 1] & 0x3F)
        }
        if b0 < 0xF0 {
            defer { i &+= 3 }
            return (b0 & 0x0F) << 12 | UInt32(h[i &+ 1] & 0x3F) << 6 | UInt32(h[i &+ 2] & 0x3F)
        }
        if b0 >= 0xF8 { i &+= 1; return .max }
        defer { i &+= 4 }
        return (b0 & 0x07) << 18 | UInt32(h[i &+ 1] & 0x3F) << 12 | UInt32(h[i &+ 2] & 0x3F) << 6
            | UInt32(h[i &+ 3] & 0x3F)
    }

    /// Decodes the scalar at `i` of 16 bytes (it must fit in them).
    @inline(__always)
    static func decode(_ tail: SIMD16<UInt8>, _ i: Int) -> UInt32 {
        var t = tail
        return withUnsafeBytes(of: &t) { raw in
            var k = i
            return decode(raw.baseAddress!.assumingMemoryBound(to: UInt8.self), &k)
        }
    }

    /// First occurrence of the `m` bytes at `n` in `h[from..<to]`. A valid UTF-8 needle only
    /// matches at scalar boundaries, and never across the end of a field (0xF8–0xFF).
    ///
    /// Two bytes of the needle are compared 16 positions at a time (SIMD, 64 a round), and
    /// only positions where both agree are compared in full: the last byte of the first scalar
    /// and the last byte of the needle, which for Chinese are continuation bytes that tell
    /// characters apart (the lead bytes E4–E9 do not).
    static func findBytes(_ n: UnsafePointer<UInt8>, _ m: Int, in h: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        let last = to - m  // last possible start
        if last < from { return nil }
        if m == 1 {
            guard let r = memchr(h + from, Int32(n[0]), to - from) else { return nil }
            return UnsafePointer<UInt8>(r.assumingMemoryBound(to: UInt8.self)) - h
        }
        let a2 = m - 1
        var a1 = utf8Length(n[0]) - 1
        if a1 >= a2 { a1 = a2 - 1 }
        let b1 = n[a1], b2 = n[a2]
        var k = from
        let v1 = SIMD16<UInt8>(repeating: b1), v2 = SIMD16<UInt8>(repeating: b2)
        @inline(__always) func lanes(_ at: Int) -> SIMDMask<SIMD16<Int8>> {
            let x = UnsafeRawPointer(h + at + a1).loadUnaligned(as: SIMD16<UInt8>.self)
            let y = UnsafeRawPointer(h + at + a2).loadUnaligned(as: SIMD16<UInt8>.self)
            return (x .== v1) .& (y .== v2)
        }
        @inline(__always) func first(_ eq: SIMDMask<SIMD16<Int8>>, _ at: Int) -> Int? {
            var lanes = SearchIndex.lanes(eq)
            while lanes.any {
                let j = lanes.next()
                if memcmp(h + (at &+ j), n, m) == 0 { return at &+ j }
            }
            return nil
        }
        // 64 positions a round, one test when none passes (the usual case).
        while k &+ 63 <= last {
            let e0 = lanes(k), e1 = lanes(k &+ 16), e2 = lanes(k &+ 32), e3 = lanes(k &+ 48)
            if SearchIndex.lanes(e0 .| e1 .| e2 .| e3).any {
                if let r = first(e0, k) ?? first(e1, k &+ 16) ?? first(e2, k &+ 32) ?? first(e3, k &+ 48) { return r }
            }
            k &+= 64
        }
        while k &+ 15 <= last {
            if let r = first(lanes(k), k) { return r }
            k &+= 16
        }
        while k <= last {
            if h[k + a1] == b1, h[k + a2] == b2, memcmp(h + k, n, m) == 0 { return k }
            k += 1
        }
        return nil
    }

    /// The lanes of a 16-lane comparison that hold, lowest first. (`any(_:)` and subscripting
    /// a mask compiled to a call per test here; two 64-bit words of 0x00/0xFF bytes do not.)
    struct Lanes {
        var low: UInt64, high: UInt64
        var any: Bool { low | high != 0 }
        /// The lowest lane left, taken out.
        @inline(__always)
        mutating func next() -> Int {
            if low != 0 {
                let j = low.trailingZeroBitCount >> 3
                low &= ~(0xFF << UInt64(j << 3))
                return j
            }
            let j = high.trailingZeroBitCount >> 3
            high &= ~(0xFF << UInt64(j << 3))
            return 8 &+ j
        }
    }

    @inline(__always)
    static func lanes(_ mask: SIMDMask<SIMD16<Int8>>) -> Lanes {
        let w = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return Lanes(low: w[0], high: w[1])
    }

    @inline(__always)
    static func utf8Length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}

