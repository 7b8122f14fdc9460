import Foundation

/// Bytes in, text out: UTF-8 with or without BOM, or GB18030/GBK when the bytes are not valid
/// UTF-8. Line ends are left to the row scanner (LF, CRLF and CR all end a line).
enum TextDecoding {
    enum Failure: Error, Equatable {
        /// A NUL byte: not a text export at all.
        case binary(offset: Int)
        /// Valid in no supported encoding; offsets of the first bad byte for each.
        case undecodable(utf8Offset: Int, gb18030Offset: Int, byte: UInt8)
    }

    /// GB18030 through Foundation (GBK text reads correctly as GB18030).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// UTF-8 bytes of the text (the input itself when it already is UTF-8) and where the text
    /// starts in them (after a BOM).
    struct Decoded {
        var utf8: [UInt8]
        var start: Int
    }

    static func decode(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        let (nul, utf8Bad) = bytes.withUnsafeBufferPointer { b -> (Int?, Int?) in
            guard let p = b.baseAddress, b.count > 0 else { return (nil, nil) }
            if let hit = memchr(p, 0, b.count) { return (UnsafeRawPointer(hit) - UnsafeRawPointer(p), nil) }
            let start = b.count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
            return (nil, firstInvalidUTF8(p + start, b.count - start))
        }
        if let nul { return .failure(.binary(offset: nul)) }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let utf8Bad else {
            return .success(Decoded(utf8: bytes, start: start))
        }
        let gbBad = firstInvalidGB18030(bytes[...])
        if gbBad == nil, let text = String(data: Data(bytes), encoding: gb18030) {
            return .success(Decoded(utf8: Array(text.utf8), start: 0))
        }
        let offset = utf8Bad + start
        return .failure(.undecodable(utf8Offset: offset, gb18030Offset: gbBad ?? 0, byte: bytes[offset]))
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

    /// Offset of the first byte that breaks GB18030's byte structure, or nil when valid.
    static func firstInvalidGB18030(_ b: ArraySlice<UInt8>) -> Int? {
        var i = b.startIndex
        let end = b.endIndex
        while i < end {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            guard c >= 0x81, c <= 0xFE, i + 1 < end else { return i - b.startIndex }
            let c1 = b[i + 1]
            if (0x40...0x7E).contains(c1) || (0x80...0xFE).contains(c1) { i += 2; continue }
            if (0x30...0x39).contains(c1), i + 3 < end,
               (0x81...0xFE).contains(b[i + 2]), (0x30...0x39).contains(b[i + 3]) {
                i += 4
                continue
            }
            return i - b.startIndex
        }
        return nil
    }
}
