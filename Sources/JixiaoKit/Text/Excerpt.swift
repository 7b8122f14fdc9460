/// A short excerpt of a text that may be any size (a cell of 100 MB): what warnings and command
/// line output quote. The cost depends on the excerpt, not on the text, except for counting
/// its characters (one pass over its bytes).
public enum Excerpt {
    /// Columns an excerpt of a cell keeps.
    public static let columns = 40

    /// `text` itself when it fits `columns` display columns; else its first `columns` columns
    /// followed by `…（共 N 字）` (N: characters of the whole text, in the current language).
    public static func of(_ text: String, columns: Int = Excerpt.columns) -> String {
        let utf8 = text.utf8
        // Fits for sure: at most `columns` scalars of at most two columns each… or check exactly.
        if utf8.count <= columns { return text }
        // Look at a bounded prefix only (four bytes a scalar, a few extra for combining marks).
        let window = String(decoding: utf8.prefix(columns * 8 + 16), as: UTF8.self)
        let cut = TextLayout.clip(window, to: columns)
        if cut.utf8.count == utf8.count { return text }
        return cut + TextLayout.ellipsis.description + InputMessages.excerptTotal(characterCount(text))
    }

    /// Scalars in `text`, counted on its UTF-8 bytes (every byte that is not a continuation).
    public static func characterCount(_ text: String) -> Int {
        var t = text
        return t.withUTF8 { b in
            var n = 0
            for byte in b where byte & 0xC0 != 0x80 { n += 1 }
            return n
        }
    }
}
