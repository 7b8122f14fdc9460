import Foundation
import ZIPFoundation

/// Reads the forms of an `.xlsx`/`.xlsm` workbook (docs/format.md, "Workbooks"). A workbook is
/// a front stage like the text export: each visible sheet, in workbook order, becomes rows of
/// cells, and the same `FormBuilder` that reads the text turns them into forms. A row is
/// numbered as the sheet shows it, so a form's source reads `预算.xlsx[公交]:12`.
///
/// How cells become the reader's cells:
/// - a cell's text is the shared or inline string (rich-text runs joined), a formula's cached
///   value, or a number as `CellNumbers` writes it (the value, not the formatted text);
/// - merged cells hold their value in the top-left cell only: the others are gaps, as in the
///   text export;
/// - a cell may hold line breaks and TABs: CRLF and CR become LF, the text is trimmed of
///   whitespace and line breaks at both ends and otherwise kept as written; labels are
///   compared with all whitespace and line breaks removed (a vertical `绩\n效\n指\n标` is
///   `绩效指标`);
/// - one or more missing or empty rows read as one blank line (a page break inside a table);
/// - hidden sheets are skipped with a note.
enum WorkbookReader {
    /// Reads a workbook file.
    static func read(file: String) -> ReadResult {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        } catch {
            return failure(file, ReadingMessages.damagedWorkbook("\(error)"))
        }
        return read(archive, file: file)
    }

    /// Reads a workbook held in memory (a pipe, a test); `file` names it. The bytes go through
    /// a private temporary file: ZIPFoundation's in-memory archive traps on some damaged
    /// archives (an offset past the end), its file-backed one reports them.
    static func read(data: Data, file: String) -> ReadResult {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-\(UUID().uuidString).xlsx")
        do {
            try data.write(to: temporary, options: [.atomic])
        } catch {
            return failure(file, KitMessages.unreadableInput(file, "\(error.localizedDescription)"))
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        let archive: Archive
        do {
            archive = try Archive(url: temporary, accessMode: .read)
        } catch {
            return failure(file, ReadingMessages.damagedWorkbook("\(error)"))
        }
        return read(archive, file: file)
    }

    static func read(_ archive: Archive, file: String) -> ReadResult {
        let package: WorkbookPackage
        do {
            package = try WorkbookPackage(archive: archive)
        } catch {
            return failure(file, ReadingMessages.damagedWorkbook(error.message))
        }
        var forms: [Form] = []
        var diagnostics: [Diagnostic] = []
        for sheet in package.sheets {
            let place = SourceLocation(file: file, line: 0, sheet: sheet.name)
            if sheet.hidden {
                diagnostics.append(Diagnostic(.warning, place, ReadingMessages.hiddenSheetSkipped(sheet.name)))
                continue
            }
            var builder = FormBuilder(file: file, sheet: sheet.name)
            var last = 0
            do {
                try package.rows(of: sheet) { number, cells in
                    let texts = cells.compactMap { TableCellText(column: $0.column, cellText: $0.text) }
                    texts.withUnsafeBufferPointer { lent in
                        let row = Row(line: number, cells: RowCells(lent))
                        // Rows the sheet leaves out (or holds empty) read as one blank line.
                        if number > last + 1, last > 0 || !row.isBlank { builder.read(Row.blank(last + 1)) }
                        if !row.isBlank || number == last + 1 { builder.read(row) }
                    }
                    last = number
                }
            } catch {
                diagnostics.append(Diagnostic(.error, place, ReadingMessages.sheetUnreadable(sheet.name, error.message)))
            }
            builder.finish()
            forms += builder.forms
            diagnostics += builder.diagnostics
        }
        if forms.isEmpty {
            // As for a text file: one clear error rather than a warning for each row, keeping
            // what went wrong with the package or its sheets.
            diagnostics = diagnostics.filter { $0.severity == .error }
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 0), InputMessages.noFormFound()))
        }
        return ReadResult(forms: forms, diagnostics: diagnostics, filesRead: forms.isEmpty ? 0 : 1, filesSeen: 1)
    }

    private static func failure(_ file: String, _ message: String) -> ReadResult {
        ReadResult(diagnostics: [Diagnostic(.error, SourceLocation(file: file, line: 0), message)], filesSeen: 1)
    }
}

extension TableCellText {
    /// A workbook cell as the reader's cell: line ends made LF, trimmed; nil when empty.
    init?(column: Int, cellText raw: String) {
        var text = raw
        let (hasCR, edges) = text.withUTF8 { b -> (Bool, Bool) in
            guard let base = b.baseAddress, !b.isEmpty else { return (false, true) }
            return (memchr(base, 0x0D, b.count) != nil, Self.mayHaveBlankEdge(b))
        }
        if hasCR {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if edges {
            let scalars = text.unicodeScalars
            func blank(_ u: Unicode.Scalar) -> Bool {
                u == " " || u == "\t" || u == "\n" || u == "\u{0B}" || u == "\u{0C}" || u == "\u{3000}" || u == "\u{A0}"
            }
            var start = scalars.startIndex, end = scalars.endIndex
            while start < end, blank(scalars[start]) { start = scalars.index(after: start) }
            while end > start, blank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
            guard start < end else { return nil }
            if start != scalars.startIndex || end != scalars.endIndex { text = String(scalars[start..<end]) }
        }
        let label = text.withUTF8 { CellLabel.classify($0) }
        self.init(column: column, text: text, label: label?.0, labelIndex: label?.1 ?? -1)
    }

    /// Whether the text may start or end with a blank `init(column:cellText:)` trims (a CR
    /// becomes LF first): checked on the first and last bytes, so most cells skip the trim.
    private static func mayHaveBlankEdge(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        func blank(_ x: UInt8) -> Bool { x == 0x20 || (x >= 0x09 && x <= 0x0D) }
        let n = b.count
        if blank(b[0]) || blank(b[n - 1]) { return true }
        // U+3000 (E3 80 80) and U+00A0 (C2 A0) at either end.
        if n >= 3, (b[0] == 0xE3 && b[1] == 0x80 && b[2] == 0x80) || (b[n - 3] == 0xE3 && b[n - 2] == 0x80 && b[n - 1] == 0x80) { return true }
        if n >= 2, (b[0] == 0xC2 && b[1] == 0xA0) || (b[n - 2] == 0xC2 && b[n - 1] == 0xA0) { return true }
        return false
    }
}
