/// Width-aware truncation, padding and wrapping (CJK = 2 columns).
public enum TextLayout {
    public enum Alignment: Sendable { case left, right }

    /// `text` cut to at most `width` columns, ending in `…` when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        // STUB: replaced by the text helper.
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var w = 0
        for ch in text {
            let cw = DisplayWidth.of(ch)
            if w + cw > width - 1 { break }
            out.append(ch)
            w += cw
        }
        return width > 0 ? out + "…" : ""
    }

    /// `text` truncated and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, align: Alignment = .left) -> String {
        let t = truncate(text, to: width)
        let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(t)))
        return align == .left ? t + fill : fill + t
    }

    /// `text` wrapped into lines of at most `width` columns. Newlines in `text` start new lines;
    /// Chinese wraps at any character, but closing punctuation never starts a line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        // STUB: replaced by the text helper.
        var lines: [String] = []
        for para in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var w = 0
            for ch in para {
                let cw = DisplayWidth.of(ch)
                if w + cw > width, !line.isEmpty { lines.append(line); line = ""; w = 0 }
                line.append(ch)
                w += cw
            }
            lines.append(line)
        }
        return lines
    }
}
