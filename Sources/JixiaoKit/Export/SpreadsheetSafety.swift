/// Text bound for a spreadsheet (CSV opened in Excel or WPS) must never be read as a formula:
/// a cell starting with `=`, `+`, `-`, `@`, TAB or CR — also after leading blanks a program
/// may trim, such as the ideographic space of `　=1+1` — gets a leading `'` (OWASP's advice on
/// CSV injection). A plain number (`-5`, `+3.5`, `-1,200.00`, `-20%`) is left as it is: it
/// cannot run anything, and quoting it would turn the number into text. `--raw-csv` turns
/// this off.
public enum SpreadsheetSafety {
    /// The characters that make a spreadsheet cell a formula (or a DDE call).
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// Blanks a spreadsheet program or a reader may trim before the first character.
    static let blanks: Set<Character> = [" ", "\u{3000}", "\u{00A0}"]

    /// `text` with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralize(_ text: String) -> String {
        guard let first = text.first(where: { !blanks.contains($0) }), triggers.contains(first) else { return text }
        if isPlainNumber(text) { return text }
        return "'" + text
    }

    /// A sign, digits with optional thousands commas and a decimal part, an optional `%`.
    static func isPlainNumber(_ text: String) -> Bool {
        var s = Substring(text)
        if s.hasSuffix("%") { s = s.dropLast() }
        guard let sign = s.first, sign == "-" || sign == "+" else { return false }
        s = s.dropFirst()
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty else { return false }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        func digits(_ t: Substring) -> Bool { !t.isEmpty && t.allSatisfy { $0.isASCII && $0.isNumber } }
        guard groups.allSatisfy(digits) else { return false }
        if groups.count > 1, groups.dropFirst().contains(where: { $0.count != 3 }) || groups[0].count > 3 { return false }
        return parts.count == 1 || digits(parts[1])
    }
}
