/// One non-empty cell of a row: its column (0-based, counting empty cells), its text trimmed
/// of surrounding whitespace, and — when it is one of the form's words — its label.
struct TableCellText: Sendable {
    var column: Int
    var text: String
    var label: CellLabel?
    /// The label as printed with whitespace removed; empty for cells that are no label.
    var squeezed: String
}

/// One line of the export: its 1-based line number and its non-empty cells.
struct Row: Sendable {
    var line: Int
    var cells: [TableCellText]
    var isBlank: Bool { cells.isEmpty }
}

/// Splits UTF-8 bytes into rows of TAB-separated cells. Works on bytes: only non-empty cells
/// become Strings, and labels are recognised by a hash lookup on their bytes. LF, CRLF and a
/// lone CR all end a line.
struct RowScanner {
    private var scratch: [UInt8] = []

    /// Calls `body` with each row in order.
    mutating func forEachRow(_ buf: UnsafeBufferPointer<UInt8>, _ body: (Row) -> Void) {
        var line = 1
        var i = 0
        let n = buf.count
        var cells: [TableCellText] = []
        while i < n || (i == n && n == 0) {
            var j = i
            while j < n, buf[j] != 0x0A, buf[j] != 0x0D { j += 1 }
            cells.removeAll(keepingCapacity: true)
            scanCells(buf, i, j, into: &cells)
            body(Row(line: line, cells: cells))
            line += 1
            if j >= n { break }
            if buf[j] == 0x0D, j + 1 < n, buf[j + 1] == 0x0A { j += 1 }
            i = j + 1
        }
    }

    private mutating func scanCells(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into out: inout [TableCellText]) {
        var column = 0
        var s = start
        while s <= end {
            var e = s
            while e < end, buf[e] != 0x09 { e += 1 }
            if let cell = makeCell(buf, s, e, column) { out.append(cell) }
            column += 1
            s = e + 1
        }
    }

    private mutating func makeCell(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ column: Int) -> TableCellText? {
        var s = start, e = end
        // Trim ASCII spaces and U+3000 (E3 80 80) at both ends.
        while s < e {
            if buf[s] == 0x20 || buf[s] == 0x0B || buf[s] == 0x0C { s += 1 }
            else if s + 3 <= e, buf[s] == 0xE3, buf[s + 1] == 0x80, buf[s + 2] == 0x80 { s += 3 }
            else { break }
        }
        while e > s {
            if buf[e - 1] == 0x20 || buf[e - 1] == 0x0B || buf[e - 1] == 0x0C { e -= 1 }
            else if e - 3 >= s, buf[e - 3] == 0xE3, buf[e - 2] == 0x80, buf[e - 1] == 0x80 { e -= 3 }
            else { break }
        }
        if s >= e { return nil }
        let bytes = UnsafeBufferPointer(rebasing: buf[s..<e])
        let text = String(decoding: bytes, as: UTF8.self)
        let label = CellLabel.classify(bytes, scratch: &scratch)
        return TableCellText(column: column, text: text, label: label?.0, squeezed: label?.1 ?? "")
    }
}
