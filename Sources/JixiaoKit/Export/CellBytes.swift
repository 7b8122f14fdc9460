/// Table cells written straight into a line's UTF-8 bytes, for outputs of one line per form
/// (`FormList`): exactly `TextLayout.pad(Sanitizer.clean(text), to:align:)` and
/// `DisplayWidth.of(Sanitizer.clean(text))`, without a `String` per cell. Text that is clean and
/// made of simple scalars (ASCII, Chinese, CJK punctuation: the usual case) is measured, cut and
/// padded here by bytes; any other text takes those very functions.
enum CellBytes {
    /// Columns `text` takes once sanitized.
    static func width(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        if let m = measure(text, fitting: .max) { return m.width }
        return DisplayWidth.of(Sanitizer.clean(String(decoding: text, as: UTF8.self)))
    }

    /// Columns of the texts `a`, then `separator` (a printable ASCII byte, when both are not
    /// empty), then `b`, written one after the other and sanitized: `width` of the joined bytes,
    /// without joining them when both are clean and simple (their widths then add up: each
    /// scalar is a character of its own).
    static func width(_ a: UnsafeBufferPointer<UInt8>, _ separator: UInt8, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        precondition(separator >= 0x20 && separator < 0x7F, "a printable ASCII separator")
        if let x = measure(a, fitting: .max), let y = measure(b, fitting: .max) {
            return x.width + y.width + (a.isEmpty || b.isEmpty ? 0 : 1)
        }
        var joined = Array(a)
        if !a.isEmpty && !b.isEmpty { joined.append(separator) }
        joined += b
        return joined.withUnsafeBufferPointer(width)
    }

    /// `text` sanitized, cut with `…` to `width` columns and padded with spaces, appended to `out`.
    static func append(_ text: UnsafeBufferPointer<UInt8>, width: Int, align: TextLayout.Alignment, to out: inout [UInt8]) {
        guard width > 0 else { return }
        guard let m = measure(text, fitting: width - 1) else {
            out += TextLayout.pad(Sanitizer.clean(String(decoding: text, as: UTF8.self)), to: width, align: align).utf8
            return
        }
        // As `TextLayout.truncated`: too wide, the scalars that fit in width - 1 columns, then `…`.
        let cut = m.width > width
        let shown = cut ? m.cutWidth + 1 : m.width
        let missing = width - shown
        if align == .right { spaces(missing, to: &out) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[..<(cut ? m.cut : text.count)]))
        if cut { out += ellipsis }
        if align == .left { spaces(missing, to: &out) }
    }

    /// The UTF-8 of `TextLayout.ellipsis`.
    private static let ellipsis: [UInt8] = Array(String(TextLayout.ellipsis).utf8)

    /// `n` spaces (none when `n` ≤ 0) appended to `out`, copied from a row of them.
    static func spaces(_ n: Int, to out: inout [UInt8]) {
        var n = n
        while n > 0 {
            let k = min(n, blanks.count)
            blanks.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<k])) }
            n -= k
        }
    }

    private static let blanks = [UInt8](repeating: 0x20, count: 64)

    /// For text that `Sanitizer.clean` leaves as it is and whose scalars are each a character of
    /// their own (`DisplayWidth.simpleWidth`), in one pass: its width, and the end of the longest
    /// prefix at most `fit` columns wide with that prefix's width. Nil for any other text.
    private static func measure(_ p: UnsafeBufferPointer<UInt8>, fitting fit: Int) -> (width: Int, cut: Int, cutWidth: Int)? {
        var w = 0, i = 0, cut = -1, cutWidth = 0
        let n = p.count
        while i < n {
            let b = p[i]
            let cw: Int, length: Int
            if b >= 0x20 && b < 0x7F {
                (cw, length) = (1, 1)
            } else if b >= 0xE5 && b <= 0xE9 {
                (cw, length) = (2, 3)  // U+5000–9FFF: CJK ideographs, clean and two columns
            } else {
                let (v, l) = Sanitizer.decode(p, i)
                guard Sanitizer.placeholder(for: v) == nil else { return nil }
                let sw = DisplayWidth.simpleScalarWidth(v)
                guard sw >= 0 else { return nil }
                (cw, length) = (sw, l)
            }
            if cut < 0 && w + cw > fit { (cut, cutWidth) = (i, w) }
            w += cw
            i += length
        }
        return cut < 0 ? (w, n, w) : (w, cut, cutWidth)
    }
}
