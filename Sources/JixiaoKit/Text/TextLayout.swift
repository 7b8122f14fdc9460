/// Width-aware truncation, padding and wrapping (CJK = 2 columns). Widths come from
/// `DisplayWidth`; text is expected to be sanitized already (`Sanitizer`).
public enum TextLayout {
    public enum Alignment: Sendable { case left, right }

    /// The ellipsis that ends a truncated text (1 column).
    public static let ellipsis: Character = "…"

    /// `text` cut to at most `width` columns, ending in `…` when cut. Never wider than `width`;
    /// `width` ≤ 0 gives "". A wide character that does not fit before the `…` is dropped, so a
    /// cut result may be one column narrower than `width`.
    public static func truncate(_ text: String, to width: Int) -> String {
        truncated(text, to: width).text
    }

    /// `text` truncated and padded with spaces to exactly `width` columns (nothing if `width` ≤ 0).
    public static func pad(_ text: String, to width: Int, align: Alignment = .left) -> String {
        let (t, w) = truncated(text, to: width)
        let missing = max(0, width - w)
        if missing == 0 { return t }
        let fill = String(repeating: " ", count: missing)
        return align == .left ? t + fill : fill + t
    }

    /// `text` made exactly `width` columns: truncated with `…` if too wide, padded with spaces
    /// if too narrow. The same as `pad`, named for what a table cell needs.
    public static func fit(_ text: String, to width: Int, align: Alignment = .left) -> String {
        pad(text, to: width, align: align)
    }

    /// The longest prefix of `text` at most `width` columns wide, cut without an ellipsis
    /// (for clipping at a window edge). Zero-width characters right after the cut are kept.
    public static func clip(_ text: String, to width: Int) -> String {
        if width <= 0 { return "" }
        let end = prefixEnd(text, fitting: width).end
        return end == text.endIndex ? text : String(text[..<end])
    }

    /// `text` cut to `width` columns with `…`, and the width of the result.
    static func truncated(_ text: String, to width: Int) -> (text: String, width: Int) {
        if width <= 0 { return ("", 0) }
        let total = DisplayWidth.of(text)
        if total <= width { return (text, total) }
        let (end, w) = prefixEnd(text, fitting: width - 1)
        var out = String(text[..<end])
        out.append(ellipsis)
        return (out, w + 1)
    }

    /// End of the longest prefix of `text` at most `width` columns wide (zero-width characters
    /// after it included), and its width.
    static func prefixEnd(_ text: String, fitting width: Int) -> (end: String.Index, width: Int) {
        var w = 0
        if DisplayWidth.simpleWidth(of: text) != nil {
            // Every scalar is a character of its own: walk scalars, not grapheme clusters.
            let us = text.unicodeScalars
            var i = us.startIndex
            while i < us.endIndex {
                let cw = DisplayWidth.simpleScalarWidth(us[i].value)
                if w + cw > width { return (i, w) }
                w += cw
                i = us.index(after: i)
            }
            return (i, w)
        }
        var i = text.startIndex
        while i < text.endIndex {
            let cw = DisplayWidth.of(text[i])
            if w + cw > width { return (i, w) }
            w += cw
            i = text.index(after: i)
        }
        return (i, w)
    }

    // MARK: - Wrapping

    /// Closing punctuation: never starts a line (kinsoku).
    public static let closingPunctuation: Set<Character> = Set(closingScalars.map { Character(Unicode.Scalar($0)!) })

    /// Opening punctuation: never ends a line.
    public static let openingPunctuation: Set<Character> = Set(openingScalars.map { Character(Unicode.Scalar($0)!) })

    /// `，。；：、？！）》」』】〕…,.;:!?)%` and their kin: `”’〉］｝〗〙％］]}·・｡､〞`.
    static let closingScalars: [UInt32] = [
        0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0x3001, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x300D, 0x300F, 0x3011,
        0x3015, 0x2026, 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x25, 0x201D, 0x2019, 0x3009, 0xFF3D,
        0xFF5D, 0x3017, 0x3019, 0xFF05, 0x5D, 0x7D, 0xB7, 0x30FB, 0xFF61, 0xFF64, 0x301E,
    ]
    /// `（《「『【〔(` and their kin: `“‘〈［｛〖〘[{〝`.
    static let openingScalars: [UInt32] = [
        0xFF08, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x28, 0x201C, 0x2018, 0x3008, 0xFF3B, 0xFF5B,
        0x3016, 0x3018, 0x5B, 0x7B, 0x301D,
    ]

    /// `text` wrapped into lines of at most `width` columns.
    ///
    /// - Newlines (LF, CRLF, CR) split paragraphs first; every paragraph gives at least one line
    ///   (an empty one gives "").
    /// - Chinese wraps between any two characters; a run of letters and digits (a word, or a
    ///   number like `3413.66` or `58,372,000`) is kept whole unless it is wider than `width`.
    /// - Spaces (and U+3000) at a break are dropped; leading spaces of a paragraph are kept.
    /// - No break right before `-` or `/` (`2元/人次`), nor inside the dash `——`.
    /// - Kinsoku: a line never starts with closing punctuation (`，。；：、？！）》」…,.;:!?)%`…)
    ///   nor ends with opening punctuation (`（《「『【〔(`…): the character before is pulled down
    ///   instead. Only when that would leave the line empty is the rule given up (closing
    ///   punctuation that does not fit at the end of the line then starts the next one).
    /// - Every line is at most `width` columns, except that a character wider than `width`
    ///   (a CJK character when `width` is 1) gets a line of its own. `width` < 1 counts as 1.
    ///
    /// - At most `maxLines` lines: a longer text (a cell of 10 or 100 MB) keeps its first
    ///   `maxLines - 1` lines and ends with `cutMarker`. Only the part of `text` that can fill
    ///   those lines is looked at, so the cost depends on `maxLines × width`, never on the
    ///   length of `text` — every key of the browser stays fast whatever a form holds.
    ///
    /// Linear in the length of the part of `text` that is laid out.
    public static func wrap(_ text: String, width: Int, maxLines: Int = TextLayout.maxLines) -> [String] {
        wrapped(text, width: width, maxLines: maxLines).lines
    }

    /// `wrap`'s lines, and whether the text was cut (its last line is then `cutMarker`).
    public static func wrapped(_ text: String, width: Int, maxLines: Int = TextLayout.maxLines) -> (lines: [String], cut: Bool) {
        let width = max(1, width)
        let maxLines = max(1, maxLines)
        var lines: [String] = []
        let u = text.utf8
        var i = u.startIndex
        var cut = false
        while true {
            // The paragraph's end, looking at no more bytes than the lines left can show (a
            // column takes at most four bytes: a CJK character is three bytes for two columns).
            let (bytes, over) = (maxLines - lines.count).multipliedReportingOverflow(by: width * 4)
            let budget = over ? Int.max : bytes + 64
            var j = i
            var scanned = 0
            while j != u.endIndex, u[j] != 0x0A, u[j] != 0x0D, scanned < budget {
                j = u.index(after: j)
                scanned += 1
            }
            if j != u.endIndex, u[j] != 0x0A, u[j] != 0x0D {
                // Over budget inside a paragraph: lay out what fits, at a scalar boundary.
                while j > i, u[j] & 0xC0 == 0x80 { j = u.index(before: j) }
                wrapParagraph(text[i..<j], width: width, into: &lines)
                cut = true
                break
            }
            wrapParagraph(text[i..<j], width: width, into: &lines)
            if j == u.endIndex { break }
            let b = u[j]
            i = u.index(after: j)
            if b == 0x0D && i != u.endIndex && u[i] == 0x0A { i = u.index(after: i) }
            if lines.count >= maxLines { cut = true; break }
        }
        // Also cut: a last paragraph that fitted the byte budget but wrapped to too many lines.
        cut = cut || lines.count > maxLines
        if cut {
            lines.removeLast(max(0, lines.count - (maxLines - 1)))
            lines.append(cutMarker)
        }
        return (lines, cut)
    }

    /// Lines `wrap` gives at most by default: far more than a form's longest text needs (a
    /// 项目概况 of 3,000 characters is about 150 lines in a pane 40 columns wide).
    public static let maxLines = 1_000

    /// The last line of a text `wrap` had to cut.
    public static var cutMarker: String { InputMessages.layoutCut() }

    /// Layout class of a character for line breaking.
    enum BreakClass: UInt8 {
        case other, space, word, closing, opening, zeroWidth
        /// `-` and `/`: no break right before (`2元/人次`, `2024-2025`), a break after is fine.
        case hyphen
        /// `—`: a Chinese dash `——` is never split.
        case dash
    }

    struct Unit {
        var index: String.Index
        var width: Int32
        var cls: BreakClass
    }

    /// The class of a character from its first scalar and its width.
    @inline(__always)
    static func breakClass(_ v: UInt32, width: Int) -> BreakClass {
        if v < 0x80 {
            switch v {
            case 0x20: return .space
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x25, 0x5D, 0x7D: return .closing
            case 0x28, 0x5B, 0x7B: return .opening
            case 0x2D, 0x2F: return .hyphen
            default: return width == 0 ? .zeroWidth : .other
            }
        }
        switch v {
        case 0x3000: return .space
        case 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0x3001, 0xFF1F, 0xFF01, 0xFF09, 0x300B, 0x300D, 0x300F, 0x3011,
             0x3015, 0x2026, 0x201D, 0x2019, 0x3009, 0xFF3D, 0xFF5D, 0x3017, 0x3019, 0xFF05, 0xB7, 0x30FB,
             0xFF61, 0xFF64, 0x301E,
             0x037E, 0x0387, 0x232A:  // canonical equivalents of ; · 〉 (equal as Characters)
            return .closing
        case 0xFF08, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x201C, 0x2018, 0x3008, 0xFF3B, 0xFF5B,
             0x3016, 0x3018, 0x301D,
             0x2329:  // canonical equivalent of 〈
            return .opening
        case 0x2014, 0x2015: return .dash
        default:
            if width == 0 { return .zeroWidth }
            // Letters and digits of other alphabets (Latin, Greek, Cyrillic…) make words too.
            if width == 1 && v < 0x2000, let s = Unicode.Scalar(v),
               s.properties.isAlphabetic || s.properties.numericType != nil {
                return .word
            }
            return .other
        }
    }

    static func wrapParagraph(_ para: Substring, width: Int, into lines: inout [String]) {
        // Units with widths and classes. Text of simple scalars (the usual case) goes scalar by
        // scalar, which is a character each; anything else goes character by character.
        var units: [Unit] = []
        if let simple = DisplayWidth.simpleWidth(of: para) {
            if simple <= width { lines.append(String(para)); return }
            let us = para.unicodeScalars
            units.reserveCapacity(para.utf8.count / 2)
            var i = us.startIndex
            while i < us.endIndex {
                let v = us[i].value
                let w = DisplayWidth.simpleScalarWidth(v)
                units.append(Unit(index: i, width: Int32(w), cls: breakClass(v, width: w)))
                i = us.index(after: i)
            }
        } else {
            var total = 0
            var i = para.startIndex
            while i < para.endIndex {
                let ch = para[i]
                let w = DisplayWidth.of(ch)
                units.append(Unit(index: i, width: Int32(w), cls: breakClass(ch.unicodeScalars.first!.value, width: w)))
                total += w
                i = para.index(after: i)
            }
            if total <= width { lines.append(String(para)); return }
        }
        let n = units.count
        // `.` and `,` between two digits belong to the number (3413.66, 58,372,000).
        if n >= 3 {
            for k in 1..<(n - 1) where units[k].cls == .closing {
                let v = para.unicodeScalars[units[k].index].value
                if (v == 0x2E || v == 0x2C) && isDigit(units[k - 1], in: para) && isDigit(units[k + 1], in: para) {
                    units[k].cls = .word
                }
            }
        }
        func index(_ k: Int) -> String.Index { k < n ? units[k].index : para.endIndex }
        // nextSolid[k]: first non-space unit at or after k (n if none);
        // lastSolid[k]: last non-space unit before k (-1 if none).
        var nextSolid = [Int](repeating: n, count: n + 1)
        var lastSolid = [Int](repeating: -1, count: n + 1)
        for k in stride(from: n - 1, through: 0, by: -1) {
            nextSolid[k] = units[k].cls == .space ? nextSolid[k + 1] : k
        }
        for k in 0..<n {
            lastSolid[k + 1] = units[k].cls == .space ? lastSolid[k] : k
        }
        /// Whether a line may end before unit `b` (with the line starting at `s < b`).
        /// `strict` applies kinsoku too; otherwise only words and zero-width units bind.
        func canBreak(_ s: Int, _ b: Int, strict: Bool) -> Bool {
            let q = nextSolid[b]
            if q == n { return true }
            let p = lastSolid[b]
            if p < s { return false }  // the line would hold only spaces
            let next = units[q].cls
            let prev = units[p].cls
            if next == .zeroWidth { return false }
            if q == p + 1 && prev == .word && next == .word { return false }
            if strict {
                if next == .closing || prev == .opening { return false }
                if q == p + 1 && (next == .hyphen || (prev == .dash && next == .dash)) { return false }
            }
            return true
        }
        func emit(_ s: Int, _ b: Int) {
            let e = max(s, lastSolid[b] + 1)
            lines.append(String(para[index(s)..<index(e)]))
        }

        var s = 0
        while s < n {
            // Greedy: as many units as fit (zero-width ones always ride along).
            var w = 0
            var e = s
            while e < n && w + Int(units[e].width) <= width {
                w += Int(units[e].width)
                e += 1
            }
            if e == n {
                lines.append(String(para[index(s)...]))
                return
            }
            var b = -1
            var k = e
            while k > s {
                if canBreak(s, k, strict: true) { b = k; break }
                k -= 1
            }
            if b < 0 {
                k = e
                while k > s {
                    if canBreak(s, k, strict: false) { b = k; break }
                    k -= 1
                }
            }
            if b < 0 {
                // A word wider than the line, or a unit wider than the line: cut where it stops
                // fitting, at least one unit, keeping zero-width units with their base.
                b = max(e, s + 1)
                while b < n && units[b].width == 0 && units[b].cls != .space { b += 1 }
            }
            emit(s, b)
            s = nextSolid[b]
        }
    }

    @inline(__always)
    static func isDigit(_ u: Unit, in para: Substring) -> Bool {
        guard u.cls == .word else { return false }
        let v = para.unicodeScalars[u.index].value
        return v >= 0x30 && v <= 0x39
    }
}
