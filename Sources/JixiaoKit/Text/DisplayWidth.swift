/// How many terminal columns text takes. The one place that decides it: every truncation,
/// padding and wrap goes through here. CJK and other wide characters take 2, combining marks 0.
///
/// Rules, per scalar:
/// - printable ASCII and Latin-1 take 1; C0/C1 controls and DEL take 0 (they are replaced by
///   `Sanitizer` before display anyway);
/// - East Asian Wide/Fullwidth take 2: CJK ideographs with all extensions, Hangul syllables,
///   kana, CJK punctuation U+3000–303E, full-width forms U+FF01–FF60 and U+FFE0–FFE6, and every
///   emoji with default emoji presentation (regional indicators included);
/// - nonspacing/enclosing marks, variation selectors, format characters (zero-width space,
///   joiners, bidi controls, BOM), line/paragraph separators and conjoining Hangul vowels/finals
///   take 0;
/// - everything else (including East Asian Ambiguous like `“”…—`) takes 1, as in a UTF-8
///   terminal that is not set to treat ambiguous characters as wide.
///
/// A grapheme cluster takes the width of its first non-zero scalar; a narrow base followed by
/// VS16 (U+FE0F, emoji presentation) takes 2. A string takes the sum over its clusters.
///
/// ASCII and common CJK are answered by range checks; everything else by a binary search in a
/// generated table (`DisplayWidthTable.swift`, see `scripts/gen-width-table.swift`).
public enum DisplayWidth {
    /// Columns taken by one character (grapheme cluster).
    @inlinable
    public static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.index(after: scalars.startIndex) == scalars.endIndex { return of(first) }
        return clusterWidth(scalars)
    }

    /// Columns taken by one scalar when it starts a cluster.
    @inlinable
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0x300 { return v < 0xA0 || v == 0xAD ? 0 : 1 }
        if v >= 0x4E00 && v <= 0x9FFF { return 2 }
        return Int(lookup(v))
    }

    /// Columns taken by a string: the sum of its characters' widths.
    public static func of(_ text: some StringProtocol) -> Int {
        if let w = simpleWidth(of: text) { return w }
        var w = 0
        for ch in text { w += of(ch) }
        return w
    }

    // MARK: - Clusters

    /// Width of a cluster of two or more scalars.
    @usableFromInline
    static func clusterWidth(_ scalars: Character.UnicodeScalarView) -> Int {
        var base = 0
        var vs16 = false
        for s in scalars {
            if base == 0 { base = of(s) }
            if s.value == 0xFE0F { vs16 = true }
        }
        return base == 1 && vs16 ? 2 : base
    }

    // MARK: - The table

    /// Width of a scalar from the generated table: 0, 1 or 2.
    @usableFromInline
    static func lookup(_ v: UInt32) -> UInt8 {
        if v < 0xA0 { return v >= 0x20 && v < 0x7F ? 1 : 0 }
        let lo = tableLo
        var a = 0
        var b = lo.count
        // Last range whose start is <= v.
        while a < b {
            let m = (a + b) >> 1
            if lo[m] <= v { a = m + 1 } else { b = m }
        }
        guard a > 0, v <= tableHi[a - 1] else { return 1 }
        return tableWidth[a - 1]
    }

    // MARK: - Strings made only of simple scalars

    /// Width of one scalar if it is "simple": it can neither join a neighbour into one cluster
    /// nor be joined by one, so its own width is what it adds to a string. -1 otherwise.
    /// Covers ASCII, Latin-1 to U+02FF, U+2000–2FFF (punctuation such as `“”…—`, math such as
    /// `≥≤`, arrows, box drawing, symbols), CJK punctuation, kana, bopomofo, enclosed CJK, CJK
    /// ideographs, Yi, Hangul syllables, and full-width and half-width forms. (The ranges hold no
    /// spacing marks, prepended characters, regional indicators or conjoining jamo; their
    /// zero-width scalars are turned away by the width check. The tests check every scalar.)
    @inline(__always)
    static func simpleScalarWidth(_ v: UInt32) -> Int {
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0xAD ? 0 : 1 }
        if v >= 0x4E00 && v <= 0x9FFF { return 2 }
        switch v {
        case 0x2010...0x2027, 0x2030...0x205E: return 1
        case 0x3000...0x3029, 0x3030...0x303E, 0x3041...0x3096, 0x309B...0x30FF,
             0x3400...0x4DBF, 0xAC00...0xD7A3, 0xFF01...0xFF60, 0xFFE0...0xFFE6:
            return 2
        case 0xFF61...0xFF9D: return 1
        case 0x2000...0x2FFF, 0x3100...0x33FF, 0xA000...0xA4CF:
            let w = lookup(v)
            return w == 0 ? -1 : Int(w)
        default: return -1
        }
    }

    /// Width of text made only of simple scalars (each its own character), or nil if there is
    /// another one.
    static func simpleWidth(of text: some StringProtocol) -> Int? {
        if let r = text.utf8.withContiguousStorageIfAvailable({ simpleWidth(utf8: $0) }) { return r }
        return simpleWidth(scalars: text.unicodeScalars)
    }

    /// Width of UTF-8 text made only of simple scalars, or nil if there is another one.
    static func simpleWidth(utf8 p: UnsafeBufferPointer<UInt8>) -> Int? {
        var w = 0
        var i = 0
        let n = p.count
        while i < n {
            let b = UInt32(p[i])
            if b < 0x80 {
                if b >= 0x20 && b != 0x7F { w += 1 }
                i += 1
                continue
            }
            var v: UInt32
            if b < 0xE0 {
                v = (b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                i += 2
            } else if b < 0xF0 {
                v = (b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                i += 3
            } else {
                return nil  // outside the BMP: never simple
            }
            let sw = simpleScalarWidth(v)
            if sw < 0 { return nil }
            w += sw
        }
        return w
    }

    /// Width of text made only of simple scalars, or nil if there is another one.
    static func simpleWidth(scalars: some Sequence<Unicode.Scalar>) -> Int? {
        var w = 0
        for s in scalars {
            let sw = simpleScalarWidth(s.value)
            if sw < 0 { return nil }
            w += sw
        }
        return w
    }
}
