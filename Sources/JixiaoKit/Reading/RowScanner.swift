/// One non-empty cell of a row: its column (0-based, counting empty cells) and its text,
/// trimmed of surrounding whitespace.
struct TableCellText: Sendable {
    var column: Int
    var text: String
    /// The text with all whitespace removed, for comparing with the vocabulary.
    var squeezed: String
}

/// One line of the export: its 1-based line number and its non-empty cells.
struct Row: Sendable {
    var line: Int
    var cells: [TableCellText]
    var isBlank: Bool { cells.isEmpty }
}

/// Splits text into rows of TAB-separated cells, working on UTF-8 bytes; only non-empty cells
/// become Strings. LF, CRLF and a lone CR all end a line.
enum RowScanner {
    /// Cells longer than this are never vocabulary labels, so they are not squeezed.
    static let labelByteLimit = 90

    static func rows(of text: String) -> [Row] {
        var text = text
        return text.withUTF8 { buf in rows(of: buf) }
    }

    static func rows(of buf: UnsafeBufferPointer<UInt8>) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(buf.count / 80)
        var line = 1
        var i = 0
        let n = buf.count
        while i <= n {
            // Find the end of this line.
            var j = i
            while j < n, buf[j] != 0x0A, buf[j] != 0x0D { j += 1 }
            rows.append(Row(line: line, cells: cells(buf, i, j)))
            line += 1
            if j >= n { break }
            if buf[j] == 0x0D, j + 1 < n, buf[j + 1] == 0x0A { j += 1 }
            i = j + 1
            if i == n { break }
        }
        return rows
    }

    private static func cells(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [TableCellText] {
        var out: [TableCellText] = []
        var column = 0
        var s = start
        while s <= end {
            var e = s
            while e < end, buf[e] != 0x09 { e += 1 }
            if let cell = makeCell(buf, s, e, column) { out.append(cell) }
            column += 1
            s = e + 1
        }
        return out
    }

    private static func makeCell(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ column: Int) -> TableCellText? {
        var s = start, e = end
        // Trim ASCII whitespace and U+3000 (E3 80 80) at both ends.
        while true {
            if s < e, buf[s] == 0x20 || buf[s] == 0x0B || buf[s] == 0x0C { s += 1; continue }
            if s + 2 < e + 0, buf[s] == 0xE3, buf[s + 1] == 0x80, buf[s + 2] == 0x80 { s += 3; continue }
            break
        }
        while true {
            if e > s, buf[e - 1] == 0x20 || buf[e - 1] == 0x0B || buf[e - 1] == 0x0C { e -= 1; continue }
            if e - 3 >= s, buf[e - 3] == 0xE3, buf[e - 2] == 0x80, buf[e - 1] == 0x80 { e -= 3; continue }
            break
        }
        if s >= e { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buf[s..<e]), as: UTF8.self)
        var hasSpace = false
        if e - s <= labelByteLimit {
            for k in s..<e where buf[k] == 0x20 || buf[k] == 0x09 || (buf[k] == 0xE3 && k + 2 < e && buf[k + 1] == 0x80 && buf[k + 2] == 0x80) || buf[k] == 0xC2 {
                hasSpace = true
                break
            }
        }
        let squeezed = e - s > labelByteLimit ? "" : (hasSpace ? Vocabulary.squeeze(text) : text)
        return TableCellText(column: column, text: text, squeezed: squeezed)
    }
}
