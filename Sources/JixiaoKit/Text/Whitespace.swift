/// Blanks found on UTF-8 bytes, and the one loop that trims them off both ends of a span.
///
/// Two sets: a cell's blanks (`cellBlank`: space, VT, FF and U+3000, ideographic space
/// `E3 80 80` — what a cell is trimmed of and what makes a line blank; TAB separates cells, and
/// callers that treat it as blank say so), and spaces (`space`: tab and the Unicode Zs, what
/// `Vocabulary.trimmingWhitespaces` trims). The one scanner of these bytes, for the row scanner
/// and the reader.
enum Whitespace {
    /// The byte length of the blank that starts at `p[i]` (`i < end`), 0 when there is none.
    @inline(__always)
    static func cellBlank(_ p: UnsafePointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = p[i]
        if b == 0x20 || b == 0x0B || b == 0x0C { return 1 }
        if b == 0xE3, i + 3 <= end, p[i + 1] == 0x80, p[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// The byte length of the blank that ends just before `p[end]` (`end > start`), 0 when none.
    @inline(__always)
    static func cellBlank(_ p: UnsafePointer<UInt8>, before end: Int, start: Int) -> Int {
        let b = p[end - 1]
        if b == 0x20 || b == 0x0B || b == 0x0C { return 1 }
        if b == 0x80, end - 3 >= start, p[end - 3] == 0xE3, p[end - 2] == 0x80 { return 3 }
        return 0
    }

    /// The byte length of the space (tab or Zs: U+0020, U+00A0, U+1680, U+2000…U+200A, U+202F,
    /// U+205F, U+3000) that starts at `p[i]` (`i < end`), 0 when none.
    @inline(__always)
    static func space(_ p: UnsafePointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = p[i]
        if b == 0x20 || b == 0x09 { return 1 }
        if b < 0xC2 { return 0 }
        if b == 0xC2 { return i + 1 < end && p[i + 1] == 0xA0 ? 2 : 0 }
        guard i + 2 < end else { return 0 }
        return isSpace3(b, p[i + 1], p[i + 2]) ? 3 : 0
    }

    /// The byte length of the space (tab or Zs) that ends just before `p[end]`, 0 when none.
    @inline(__always)
    static func space(_ p: UnsafePointer<UInt8>, before end: Int, start: Int) -> Int {
        let b = p[end - 1]
        if b == 0x20 || b == 0x09 { return 1 }
        if b == 0xA0 { return end - 2 >= start && p[end - 2] == 0xC2 ? 2 : 0 }
        guard end - 3 >= start else { return 0 }
        return isSpace3(p[end - 3], p[end - 2], b) ? 3 : 0
    }

    /// Whether three bytes encode a Zs of three bytes: U+1680 (E1 9A 80), U+2000…U+200A
    /// (E2 80 80…8A), U+202F (E2 80 AF), U+205F (E2 81 9F), U+3000 (E3 80 80).
    @inline(__always)
    private static func isSpace3(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        switch a {
        case 0xE1: return b == 0x9A && c == 0x80
        case 0xE2: return (b == 0x80 && (c >= 0x80 && c <= 0x8A || c == 0xAF)) || (b == 0x81 && c == 0x9F)
        case 0xE3: return b == 0x80 && c == 0x80
        default: return false
        }
    }

    /// The bounds of bytes `start..<end` at `p` without a cell's blanks at either end.
    @inline(__always)
    static func trimmedCell(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        trimmed(p, start, end, at: cellBlank(_:at:end:), before: cellBlank(_:before:start:))
    }

    /// The bounds of bytes `start..<end` at `p` without spaces (tab, Zs) at either end.
    @inline(__always)
    static func trimmedSpaces(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        trimmed(p, start, end, at: space(_:at:end:), before: space(_:before:start:))
    }

    @inline(__always)
    private static func trimmed(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
        at blankAt: (UnsafePointer<UInt8>, Int, Int) -> Int, before blankBefore: (UnsafePointer<UInt8>, Int, Int) -> Int
    ) -> (Int, Int) {
        var s = start, e = end
        while s < e {
            let w = blankAt(p, s, e)
            if w == 0 { break }
            s += w
        }
        while e > s {
            let w = blankBefore(p, e, s)
            if w == 0 { break }
            e -= w
        }
        return (s, e)
    }
}
