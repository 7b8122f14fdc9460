/// The CSV export: one row per indicator (project, department, side, tier1, tier2, name,
/// value), RFC 4180 quoting, CRLF line ends. Every field passes the sanitizer.
public enum CSVExport {
    public static let header = ["project", "department", "side", "tier1", "tier2", "name", "value"]

    /// The whole CSV text; `bom` prefixes a UTF-8 BOM for spreadsheet programs.
    public static func document(_ forms: [Form], bom: Bool = false) -> String {
        var out = bom ? "\u{FEFF}" : ""
        out += line(header)
        for f in forms {
            for side in Side.allCases {
                for i in f.indicators[side] {
                    out += line([f.project, f.department.display, side.rawValue, i.tier1, i.tier2, i.name, i.value])
                }
            }
        }
        return out
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    /// RFC 4180: quote when the field holds a comma, quote or line break; double the quotes.
    static func quote(_ raw: String) -> String {
        let s = Sanitizer.clean(raw)
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
