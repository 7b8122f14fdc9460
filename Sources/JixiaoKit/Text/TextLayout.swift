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
        var w = 0
        var end = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            w += DisplayWidth.of(text[i])
            if w > width { break }
            end = next
            i = next
        }
        return end == text.endIndex ? text : String(text[..<end])
    }

    /// `text` cut to `width` columns with `…`, and the width of the result.
    static func truncated(_ text: String, to width: Int) -> (text: String, width: Int) {
        if width <= 0 { return ("", 0) }
        // One pass: remember where the text stood when it still left room for the ellipsis.
        var w = 0
        var cut = text.startIndex
        var cutWidth = 0
        var i = text.startIndex
        while i < text.endIndex {
            let cw = DisplayWidth.of(text[i])
            if w + cw > width {
                return (String(text[..<cut]) + String(ellipsis), cutWidth + 1)
            }
            w += cw
            i = text.index(after: i)
            if w <= width - 1 {
                cut = i
                cutWidth = w
            }
        }
        return (text, w)
    }

    // MARK: - Wrapping

    /// Closing punctuation: never starts a line (kinsoku).
    public static let closingPunctuation: Set<Character> = [
        "，", "。", "；", "：", "、", "？", "！", "）", "》", "」", "』", "】", "〕", "…",
        ",", ".", ";", ":", "!", "?", ")", "%", "”", "’", "〉", "］", "｝", "〗", "〙", "％",
        "·", "・", "ー", "〞", "︰", "］", "]", "}",
    ]

    /// Opening punctuation: never ends a line.
    public static let openingPunctuation: Set<Character> = [
        "（", "《", "「", "『", "【", "〔", "(", "“", "‘", "〈", "［", "｛", "〖", "〘", "[", "{", "〝",
    ]

    /// `text` wrapped into lines of at most `width` columns.
    ///
    /// - Newlines (LF, CRLF, CR) split paragraphs first; every paragraph gives at least one line
    ///   (an empty one gives "").
    /// - Chinese wraps between any two characters; a run of letters and digits (a word, or a
    ///   number like `3413.66` or `58,372,000`) is kept whole unless it is wider than `width`.
    /// - Spaces at a break are dropped.
    /// - Kinsoku: a line never starts with closing punctuation (`，。；：、？！）》」…,.;:!?)%`…)
    ///   nor ends with opening punctuation (`（《「『【〔(`…): the character before is pulled down
    ///   instead. Only when that would leave the line empty is the rule given up.
    /// - Every line is at most `width` columns, except that a character wider than `width`
    ///   (a CJK character when `width` is 1) gets a line of its own. `width` < 1 counts as 1.
    ///
    /// Linear in the length of `text`.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            if ch == "\n" || ch == "\r\n" || ch == "\r" {
                wrapParagraph(text[start..<i], width: width, into: &lines)
                i = text.index(after: i)
                start = i
            } else {
                i = text.index(after: i)
            }
        }
        wrapParagraph(text[start...], width: width, into: &lines)
        return lines
    }

    /// Layout class of a character for line breaking.
    enum BreakClass: UInt8 {
        case other, space, word, closing, opening, zeroWidth
    }

    struct Unit {
        var index: String.Index
        var width: Int
        var cls: BreakClass
    }

    static func breakClass(_ ch: Character, width: Int) -> BreakClass {
        if ch == " " || ch == "\u{3000}" { return .space }
        if width == 0 { return .zeroWidth }
        if let a = ch.asciiValue {
            switch a {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            default: break
            }
        } else if width == 1 && (ch.isLetter || ch.isNumber) {
            return .word  // Latin, Greek, Cyrillic… letters outside ASCII
        }
        if closingPunctuation.contains(ch) { return .closing }
        if openingPunctuation.contains(ch) { return .opening }
        return .other
    }

    static func wrapParagraph(_ para: Substring, width: Int, into lines: inout [String]) {
        // Units with widths and classes; `.`/`,` between two digits join a number.
        var units: [Unit] = []
        var i = para.startIndex
        while i < para.endIndex {
            let ch = para[i]
            let w = DisplayWidth.of(ch)
            units.append(Unit(index: i, width: w, cls: breakClass(ch, width: w)))
            i = para.index(after: i)
        }
        let n = units.count
        if n == 0 { lines.append(""); return }
        if n >= 3 {
            for k in 1..<(n - 1) where units[k].cls == .closing {
                let ch = para[units[k].index]
                if (ch == "." || ch == ",") && isDigit(para[units[k - 1].index]) && isDigit(para[units[k + 1].index]) {
                    units[k].cls = .word
                }
            }
        }
        // Quick exit: the whole paragraph fits.
        var total = 0
        for u in units { total += u.width }
        if total <= width { lines.append(String(para)); return }

        func index(_ k: Int) -> String.Index { k < n ? units[k].index : para.endIndex }
        // nextSolid[k]: first non-space unit at or after k (n if none).
        var nextSolid = [Int](repeating: n, count: n + 1)
        if n > 0 {
            for k in stride(from: n - 1, through: 0, by: -1) {
                nextSolid[k] = units[k].cls == .space ? nextSolid[k + 1] : k
            }
        }
        /// Whether a line may end before unit `b` (with the line starting at `s < b`).
        /// `strict` applies kinsoku too; otherwise only words and zero-width units bind.
        func canBreak(_ s: Int, _ b: Int, strict: Bool) -> Bool {
            let q = nextSolid[b]
            if q == n { return true }
            var p = b - 1
            while p >= s && units[p].cls == .space { p -= 1 }
            if p < s { return false }  // the line would hold only spaces
            let next = units[q].cls
            let prev = units[p].cls
            if next == .zeroWidth { return false }
            if q == p + 1 && prev == .word && next == .word { return false }
            if strict && (next == .closing || prev == .opening) { return false }
            return true
        }
        func emit(_ s: Int, _ b: Int) {
            var e = b
            while e > s && units[e - 1].cls == .space { e -= 1 }
            lines.append(String(para[index(s)..<index(e)]))
        }

        var s = 0
        while s < n {
            // Greedy: as many units as fit (zero-width ones always ride along).
            var w = 0
            var e = s
            while e < n && w + units[e].width <= width {
                w += units[e].width
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
    static func isDigit(_ ch: Character) -> Bool {
        guard let a = ch.asciiValue else { return false }
        return a >= 0x30 && a <= 0x39
    }
}
