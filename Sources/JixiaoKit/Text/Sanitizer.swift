/// The one sanitizer: text from forms is untrusted, so control characters, escape sequences,
/// bidi controls and zero-width characters become visible placeholders before any of it
/// reaches a terminal (TUI or CLI).
public enum Sanitizer {
    /// `text` made safe for one terminal line: every unsafe scalar becomes a placeholder,
    /// newlines and tabs included.
    public static func clean(_ text: String) -> String {
        // STUB: replaced by the text helper.
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value < 0x20 || s.value == 0x7F || (0x80..<0xA0).contains(s.value) { out.append("\u{FFFD}") } else { out.append(s) }
        }
        return String(out)
    }

    /// Like `clean`, but keeps line breaks (CR/CRLF become LF) for text that is wrapped later.
    public static func cleanKeepingNewlines(_ text: String) -> String {
        // STUB: replaced by the text helper.
        text.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }.joined(separator: "\n")
    }
}
