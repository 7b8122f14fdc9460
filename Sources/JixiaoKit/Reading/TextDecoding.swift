import Foundation

/// Bytes in, text out: UTF-8 with or without BOM, UTF-16 with a BOM (LE or BE), or GB18030/GBK
/// when the bytes are not UTF-8. Bytes valid in none of them do not lose the file: each bad spot
/// becomes U+FFFD (the placeholder the sanitizer shows for what cannot be shown) and is
/// reported with its place, so every form that can be read is. Line ends are left to the row
/// scanner (LF, CRLF and CR all end a line).
enum TextDecoding {
    enum Failure: Error, Equatable {
        /// A NUL byte (a NUL code unit in UTF-16): not a text export at all.
        case binary(offset: Int)
    }

    /// GB18030 through Foundation (GBK text reads correctly as GB18030).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The encodings a text export may come in, named as a person knows them.
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8", gb18030 = "GB18030", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
    }

    /// One run of bytes that were valid in the chosen encoding nowhere: where its U+FFFD stands
    /// in the decoded text, and the first few bad bytes (for the message).
    struct BadSpot: Equatable {
        var offset: Int
        var bytes: [UInt8]
        /// `0xFF` or `0xE5 0x85` (at most four bytes, then `…`).
        var hex: String {
            let shown = bytes.prefix(4).map { String(format: "0x%02X", $0) }.joined(separator: " ")
            return bytes.count > 4 ? shown + " …" : shown
        }
    }

    /// UTF-8 bytes of the text (the input itself when it already is UTF-8), where the text
    /// starts in them (after a BOM), the encoding read, and the spots replaced by U+FFFD
    /// (offsets into `utf8`, in order).
    struct Decoded {
        var utf8: [UInt8]
        var start: Int
        var encoding: Encoding = .utf8
        var badSpots: [BadSpot] = []
    }

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func decode(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
        }
        if let nul = bytes.withUnsafeBufferPointer({ b -> Int? in
            guard let p = b.baseAddress, let hit = memchr(p, 0, b.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(p)
        }) {
            return .failure(.binary(offset: nul))
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let utf8 = scanUTF8(bytes, from: start)
        if utf8.spots.isEmpty { return .success(Decoded(utf8: bytes, start: start)) }
        // The encoding choice never turns UTF-8 with a few bad bytes into GB18030 text: UTF-8
        // keeps the file while its bad bytes are a small share of its non-ASCII bytes (Chinese
        // text in GB18030 read as UTF-8 is bad nearly everywhere); past that, the encoding with
        // fewer bad spots wins, UTF-8 on a tie.
        if utf8.badBytes * 32 > utf8.nonASCII {
            let gbSpots = gb18030Spots(bytes[...])
            if gbSpots.count < utf8.spots.count { return .success(decodeGB18030(bytes, spots: gbSpots)) }
        }
        return .success(repairUTF8(bytes, from: start, spots: utf8.spots))
    }

    /// The runs of bytes of `bytes[from...]` that break UTF-8 (ranges of `bytes`; a run of
    /// adjacent bad bytes is one spot), how many bytes they hold, and how many bytes are not ASCII.
    static func scanUTF8(_ bytes: [UInt8], from: Int) -> (spots: [Range<Int>], badBytes: Int, nonASCII: Int) {
        bytes.withUnsafeBufferPointer { b in
            guard let p = b.baseAddress else { return ([], 0, 0) }
            let n = b.count
            var spots: [Range<Int>] = []
            var bad = 0
            var i = from
            while i < n, let at = firstInvalidUTF8(p + i, n - i) {
                let s = i + at
                var e = s + 1
                // A byte starts a valid sequence when the first four bytes from it are not bad at 0.
                while e < n, firstInvalidUTF8(p + e, min(4, n - e)) == 0 { e += 1 }
                spots.append(s..<e)
                bad += e - s
                i = e
            }
            var nonASCII = 0
            if !spots.isEmpty { for k in from..<n where p[k] >= 0x80 { nonASCII += 1 } }
            return (spots, bad, nonASCII)
        }
    }

    /// `bytes` with each spot replaced by one U+FFFD.
    static func repairUTF8(_ bytes: [UInt8], from start: Int, spots: [Range<Int>]) -> Decoded {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 2 * spots.count)
        var bad: [BadSpot] = []
        var last = 0
        for r in spots {
            out += bytes[last..<r.lowerBound]
            bad.append(BadSpot(offset: out.count, bytes: Array(bytes[r.prefix(5)])))
            out += replacement
            last = r.upperBound
        }
        out += bytes[last...]
        return Decoded(utf8: out, start: start, encoding: .utf8, badSpots: bad)
    }

    /// GB18030 text as UTF-8, each spot (and any piece Foundation refuses) as one U+FFFD.
    static func decodeGB18030(_ bytes: [UInt8], spots: [Range<Int>]) -> Decoded {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 2)
        var bad: [BadSpot] = []
        func replace(_ r: Range<Int>) {
            bad.append(BadSpot(offset: out.count, bytes: Array(bytes[r.prefix(5)])))
            out += replacement
        }
        func convert(_ r: Range<Int>) {
            guard !r.isEmpty else { return }
            if let text = String(data: Data(bytes[r]), encoding: gb18030) { out += text.utf8 } else { replace(r) }
        }
        var last = 0
        for r in spots {
            convert(last..<r.lowerBound)
            replace(r)
            last = r.upperBound
        }
        convert(last..<bytes.count)
        return Decoded(utf8: out, start: 0, encoding: .gb18030, badSpots: bad)
    }

    /// UTF-16 after its BOM as UTF-8; an unpaired surrogate or an odd last byte becomes U+FFFD
    /// (adjacent ones one spot). A NUL code unit means a binary file.
    static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Result<Decoded, Failure> {
        let n = bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(n * 3 / 2)
        var bad: [BadSpot] = []
        var badEnd = -1  // where the last bad spot ended in `bytes`, to merge adjacent ones
        func unit(_ k: Int) -> UInt32 {
            littleEndian ? UInt32(bytes[k]) | UInt32(bytes[k + 1]) << 8 : UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1])
        }
        func markBad(_ r: Range<Int>) {
            if badEnd == r.lowerBound, !bad.isEmpty {
                bad[bad.count - 1].bytes += bytes[r].prefix(max(0, 5 - bad[bad.count - 1].bytes.count))
            } else {
                bad.append(BadSpot(offset: out.count, bytes: Array(bytes[r])))
                out += replacement
            }
            badEnd = r.upperBound
        }
        var i = 2
        while i + 1 < n {
            let u = unit(i)
            if u == 0 { return .failure(.binary(offset: i)) }
            if u < 0xD800 || u > 0xDFFF {
                appendUTF8(u, to: &out)
                i += 2
            } else if u <= 0xDBFF, i + 3 < n, case let low = unit(i + 2), low >= 0xDC00, low <= 0xDFFF {
                appendUTF8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), to: &out)
                i += 4
            } else {
                markBad(i..<i + 2)
                i += 2
            }
        }
        if i < n { markBad(i..<n) }
        return .success(Decoded(utf8: out, start: 0, encoding: littleEndian ? .utf16LE : .utf16BE, badSpots: bad))
    }

    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80: out.append(UInt8(v))
        case ..<0x800: out += [UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F)]
        case ..<0x10000: out += [UInt8(0xE0 | v >> 12), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F)]
        default: out += [UInt8(0xF0 | v >> 18), UInt8(0x80 | v >> 12 & 0x3F), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F)]
        }
    }

    /// Line and column (both from 1; the column counts characters) of each offset of `utf8`
    /// (in order, at or after `start`), as the row scanner numbers lines: LF, CRLF and CR end one.
    static func lineColumns(of offsets: [Int], in utf8: [UInt8], from start: Int) -> [(line: Int, column: Int)] {
        var places: [(line: Int, column: Int)] = []
        var line = 1
        var lineStart = start
        var i = start
        for off in offsets {
            while i < off {
                let b = utf8[i]
                if b == 0x0A || (b == 0x0D && (i + 1 >= utf8.count || utf8[i + 1] != 0x0A)) {
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
            var column = 1
            for k in lineStart..<off where utf8[k] & 0xC0 != 0x80 { column += 1 }
            places.append((line, column))
        }
        return places
    }

    /// Offset (within the slice) of the first byte that breaks UTF-8, or nil when valid.
    static func firstInvalidUTF8(_ b: ArraySlice<UInt8>) -> Int? {
        b.withUnsafeBufferPointer { u in u.baseAddress.flatMap { firstInvalidUTF8($0, u.count) } }
    }

    /// Offset of the first byte of `p[0..<n]` that breaks UTF-8, or nil when valid. ASCII runs
    /// go eight bytes at a time; the common three-byte (CJK) sequences take one branch.
    static func firstInvalidUTF8(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i < n {
            let c = p[i]
            if c < 0x80 {
                i += 1
                while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                continue
            }
            if c >= 0xE1, c <= 0xEC || c == 0xEE || c == 0xEF {
                // Three bytes, continuation bytes 80...BF.
                guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return i }
                i += 3
                continue
            }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            if i + need >= n { return i }
            let c1 = p[i + 1]
            if c1 < lo || c1 > hi { return i }
            var k = 2
            while k <= need {
                let ck = p[i + k]
                if ck < 0x80 || ck > 0xBF { return i }
                k += 1
            }
            i += need + 1
        }
        return nil
    }

    /// Offset (within the slice) of the first byte that breaks GB18030's byte structure, or nil.
    static func firstInvalidGB18030(_ b: ArraySlice<UInt8>) -> Int? {
        var i = b.startIndex
        while i < b.endIndex {
            let len = gb18030Length(b, at: i)
            if len == 0 { return i - b.startIndex }
            i += len
        }
        return nil
    }

    /// The runs of bytes that break GB18030's byte structure (adjacent bad bytes are one spot).
    static func gb18030Spots(_ b: ArraySlice<UInt8>) -> [Range<Int>] {
        var spots: [Range<Int>] = []
        var i = b.startIndex
        while i < b.endIndex {
            let len = gb18030Length(b, at: i)
            if len > 0 { i += len; continue }
            if let last = spots.last, last.upperBound == i { spots[spots.count - 1] = last.lowerBound..<(i + 1) } else { spots.append(i..<(i + 1)) }
            i += 1
        }
        return spots
    }

    /// The length (1, 2 or 4) of the GB18030 sequence starting at `i`, 0 when none does.
    @inline(__always)
    static func gb18030Length(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return 1 }
        guard c >= 0x81, c <= 0xFE, i + 1 < b.endIndex else { return 0 }
        let c1 = b[i + 1]
        if (0x40...0x7E).contains(c1) || (0x80...0xFE).contains(c1) { return 2 }
        if (0x30...0x39).contains(c1), i + 3 < b.endIndex, (0x81...0xFE).contains(b[i + 2]), (0x30...0x39).contains(b[i + 3]) { return 4 }
        return 0
    }
}

