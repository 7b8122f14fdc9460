/// The CSV export: one row per indicator (project, department, side, tier1, tier2, name,
/// value), RFC 4180 quoting, CRLF line ends. Every field passes the sanitizer, and a field a
/// spreadsheet would run as a formula is neutralised (`SpreadsheetSafety`) unless `raw`.
public enum CSVExport {
    /// The first row, in the current language (`--lang en`: the English keys, for SQL loaders).
    public static var header: [String] {
        [KitMessages.csvProject, .csvDepartment, .csvSide, .csvTier1, .csvTier2, .csvName, .csvValue].map { $0() }
    }

    /// A side as the CSV names it: 实施期/年度, or `implementation`/`annual` in English.
    static func sideName(_ side: Side) -> String { Language.current == .en ? side.rawValue : side.label }

    /// The whole CSV text; `bom` prefixes a UTF-8 BOM for spreadsheet programs; `raw` leaves
    /// fields that look like formulas as they are (`--raw-csv`). The bytes of `write`.
    public static func document(_ forms: [Form], bom: Bool = false, raw: Bool = false) -> String {
        var bytes: [UInt8] = []
        write(forms, bom: bom, raw: raw) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the CSV of `forms` as UTF-8 bytes in chunks of about `chunk` bytes to `emit` (a
    /// buffered stdout: `export -f csv`), never holding the whole text — as
    /// `FormJSON.write(_:format:to:)` does for JSON.
    public static func write(
        _ forms: [Form], bom: Bool = false, raw: Bool = false, chunk: Int = 1 << 16,
        to emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chunk + chunk / 2)
        if bom { bytes += [0xEF, 0xBB, 0xBF] }
        append(header, raw: raw, to: &bytes)
        for f in forms {
            for side in Side.allCases {
                for i in f.indicators[side] {
                    append([f.project, f.department.display, sideName(side), i.tier1, i.tier2, i.name, i.value], raw: raw, to: &bytes)
                }
            }
            if bytes.count >= chunk {
                bytes.withUnsafeBufferPointer(emit)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        if !bytes.isEmpty { bytes.withUnsafeBufferPointer(emit) }
    }

    /// One row's bytes: the fields as `quote` gives them, commas between, CRLF.
    static func append(_ fields: [String], raw: Bool, to bytes: inout [UInt8]) {
        for (n, field) in fields.enumerated() {
            if n > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += quote(field, raw: raw).utf8
        }
        bytes += [0x0D, 0x0A]
    }

    /// One row as a String (`append`'s bytes), for callers that build text.
    static func line(_ fields: [String], raw: Bool = false) -> String {
        var bytes: [UInt8] = []
        append(fields, raw: raw, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// RFC 4180: quote when the field holds a comma, quote or line break; double the quotes.
    static func quote(_ field: String, raw: Bool = false) -> String {
        let clean = Sanitizer.clean(field)
        let s = raw ? clean : SpreadsheetSafety.neutralize(clean)
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
