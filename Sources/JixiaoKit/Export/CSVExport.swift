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
    /// fields that look like formulas as they are (`--raw-csv`).
    public static func document(_ forms: [Form], bom: Bool = false, raw: Bool = false) -> String {
        var out = bom ? "\u{FEFF}" : ""
        out += line(header, raw: raw)
        for f in forms {
            for side in Side.allCases {
                for i in f.indicators[side] {
                    out += line([f.project, f.department.display, sideName(side), i.tier1, i.tier2, i.name, i.value], raw: raw)
                }
            }
        }
        return out
    }

    static func line(_ fields: [String], raw: Bool = false) -> String {
        fields.map { quote($0, raw: raw) }.joined(separator: ",") + "\r\n"
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
