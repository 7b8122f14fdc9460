/// The one sanitizer: text from forms is untrusted, so control characters, escape sequences,
/// bidi controls and zero-width characters become visible placeholders before any of it
/// reaches a terminal (TUI or CLI).
///
/// What is replaced, scalar by scalar (nothing is ever dropped silently by `clean`):
/// - C0 controls U+0000–001F (TAB, LF, CR and ESC included) → the Control Picture
///   U+2400 + code (`␉`, `␊`, `␍`, `␛`, `␇` …);
/// - DEL U+007F → `␡` (U+2421);
/// - every other scalar of general category Cc or Cf → `�` (U+FFFD): C1 controls U+0080–009F,
///   bidi controls (U+061C, U+200E, U+200F, U+202A–202E, U+2066–2069), zero-width characters
///   (U+200B–200D, U+2060, U+FEFF), the soft hyphen, interlinear annotation controls, tag
///   characters…;
/// - the line and paragraph separators U+2028, U+2029 → `�`.
///
/// So `"\u{1B}]0;evil\u{07}"` shows as `␛]0;evil␇` and cannot retitle the terminal. Variation
/// selectors and combining marks are kept: they are drawn, not obeyed.
public enum Sanitizer {
    /// `text` made safe for one terminal line: every unsafe scalar becomes a placeholder,
    /// newlines and tabs included.
    public static func clean(_ text: String) -> String {
        rewrite(text, keepNewlines: false)
    }

    /// `text` made safe for multi-line display that is wrapped afterwards (`TextLayout.wrap`):
    /// LF is kept, CRLF and a lone CR become LF, TAB becomes one space; everything else is
    /// replaced as by `clean`.
    public static func cleanKeepingNewlines(_ text: String) -> String {
        rewrite(text, keepNewlines: true)
    }

    /// Whether `clean(text) == text`, that is whether `text` holds nothing to replace.
    public static func isClean(_ text: String) -> Bool {
        withUTF8(text) { firstChange(in: $0, from: 0, keepNewlines: false) == nil }
    }

    /// Whether one scalar would be replaced by `clean`.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        placeholder(for: s.value) != nil
    }

    // MARK: - Implementation

    /// The placeholder for a scalar `clean` replaces, nil for a safe one.
    @inline(__always)
    static func placeholder(for v: UInt32) -> UInt32? {
        if v < 0x20 { return 0x2400 + v }
        if v < 0x7F { return nil }
        if v == 0x7F { return 0x2421 }
        if v < 0xA0 || v == 0xAD { return 0xFFFD }
        if v < 0x300 { return nil }
        switch v {
        case 0x2010...0x2027, 0x2030...0x205F, 0x3000...0xEFFF, 0xFF00...0xFFEF:
            return nil  // CJK, kana, Hangul, private use, full-width forms, quotes and dashes
        default:
            guard let s = Unicode.Scalar(v) else { return 0xFFFD }
            switch s.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: return 0xFFFD
            default: return nil
            }
        }
    }

    /// What to do with one scalar.
    enum Change: Equatable {
        case keep, drop
        case replace(UInt32)
    }

    @inline(__always)
    static func change(for v: UInt32, next: UInt8?, keepNewlines: Bool) -> Change {
        if keepNewlines && v < 0x20 {
            switch v {
            case 0x0A: return .keep
            case 0x09: return .replace(0x20)
            case 0x0D: return next == 0x0A ? .drop : .replace(0x0A)
            default: break
            }
        }
        if let p = placeholder(for: v) { return .replace(p) }
        return .keep
    }

    /// Decodes the scalar at byte `i` of valid UTF-8: its value and length.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b = UInt32(p[i])
        if b < 0x80 { return (b, 1) }
        if b < 0xE0 { return ((b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b < 0xF0 {
            return ((b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        return ((b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
            | UInt32(p[i + 3] & 0x3F), 4)
    }

    /// Byte offset of the first scalar at or after `start` that would change, or nil.
    static func firstChange(in p: UnsafeBufferPointer<UInt8>, from start: Int, keepNewlines: Bool) -> Int? {
        var i = start
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if b >= 0x20 && b != 0x7F || (keepNewlines && b == 0x0A) { i += 1; continue }
                return i
            }
            if b >= 0xE3 && b <= 0xEE { i += 3; continue }  // U+3000–EFFF: CJK, all safe
            let (v, len) = decode(p, i)
            if placeholder(for: v) != nil { return i }
            i += len
        }
        return nil
    }

    static func rewrite(_ text: String, keepNewlines: Bool) -> String {
        withUTF8(text) { p -> String in
            guard let first = firstChange(in: p, from: 0, keepNewlines: keepNewlines) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(p.count + 16)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[0..<first]))
            var i = first
            let n = p.count
            while i < n {
                // Copy the clean run up to the next change in one go.
                let stop = firstChange(in: p, from: i, keepNewlines: keepNewlines) ?? n
                if stop > i {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<stop]))
                    i = stop
                    if i == n { break }
                }
                let (v, len) = decode(p, i)
                let next: UInt8? = i + len < n ? p[i + len] : nil
                switch change(for: v, next: next, keepNewlines: keepNewlines) {
                case .keep: out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<i + len]))
                case .drop: break
                case .replace(let r): appendUTF8(r, to: &out)
                }
                i += len
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80:
            out.append(UInt8(v))
        case ..<0x800:
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | (v >> 12) & 0x3F))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// Runs `body` on the UTF-8 bytes of `text`, making them contiguous first if needed.
    @inline(__always)
    static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body)!
    }
}
