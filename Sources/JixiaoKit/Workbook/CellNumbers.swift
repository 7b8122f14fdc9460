import Foundation

/// How a numeric cell becomes the text the reader sees (docs/format.md, "Workbooks"): the
/// value, not the formatted text — except where the format changes what the number means.
/// - plain and amount formats (`General`, `0`, `0.00`, `#,##0` …): the value, whole numbers
///   without a decimal point or an exponent (58372000 → `58372000`, 20251230094312 as is);
/// - percent formats (`0%`, `0.00%`): the value × 100 with the format's decimals and `%`
///   (1 → `100%`), as the form shows it;
/// - date and time formats: the Excel date serial as `yyyyMMddHHmmss`, the export's way of
///   writing 填报日期.
enum CellNumbers {
    /// What a cell style's number format makes of a number.
    enum Kind: Equatable {
        case plain
        case percent(decimals: Int)
        case date
    }

    /// The kind of a number format, from its built-in id or its format code.
    static func kind(id: Int, code: String?) -> Kind {
        switch id {
        case 9: return .percent(decimals: 0)
        case 10: return .percent(decimals: 2)
        case 14...22, 27...36, 45...47, 50...58: return .date
        default: break
        }
        guard let code else { return .plain }
        return kind(code: code)
    }

    /// Reads a format code: the first section decides; quoted text, escaped characters and
    /// bracketed parts (`[Red]`, `[$-804]`) are skipped.
    static func kind(code: String) -> Kind {
        var inQuote = false, inBracket = false, escaped = false
        var decimals = 0, afterDot = false
        var sawDate = false, sawPercent = false
        for ch in code {
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket {
                if ch == "]" { inBracket = false }
                continue
            }
            switch ch {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true
            case "[": inBracket = true
            case ";": return sawPercent ? .percent(decimals: decimals) : sawDate ? .date : .plain
            case "%": sawPercent = true
            case ".": afterDot = true
            case "0", "#", "?": if afterDot { decimals += 1 }
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S":
                sawDate = true
            default:
                // `General` holds letters of the date codes: a plain format.
                break
            }
        }
        if code.lowercased().contains("general") { return .plain }
        return sawPercent ? .percent(decimals: decimals) : sawDate ? .date : .plain
    }

    /// The text of a number under a format kind.
    static func text(_ value: Double, _ kind: Kind, date1904: Bool) -> String {
        switch kind {
        case .plain: return plain(value)
        case .percent(let decimals):
            let scaled = value * 100
            if decimals == 0 { return plain(scaled.rounded()) + "%" }
            return String(format: "%.\(decimals)f", scaled) + "%"
        case .date: return dateText(serial: value, date1904: date1904) ?? plain(value)
        }
    }

    /// A number as plain digits: whole numbers without `.0` or an exponent; others in the
    /// shortest form that reads back the same (`120.5`).
    static func plain(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        // Up to 15 significant digits, as a spreadsheet keeps them: drops binary noise.
        var s = String(format: "%.15g", value)
        if s.contains("e") { s = String(value) }
        return s
    }

    /// An Excel date serial as `yyyyMMddHHmmss`; nil when out of range. In the 1900 system,
    /// day 60 is the phantom 1900-02-29, so serials from 61 count from 1899-12-30 and those
    /// below from 1899-12-31; in the 1904 system serial 0 is 1904-01-01.
    static func dateText(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = serial.rounded(.down)
        var days = Int64(whole)
        var seconds = Int64(((serial - whole) * 86_400).rounded())
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        // Days from 1970-01-01 (serial 25569 in the 1900 system, 24107 in the 1904 one).
        days -= date1904 ? 24_107 : (days < 61 ? 25_568 : 25_569)
        let (y, m, d) = civil(days)
        let h = seconds / 3600, mi = (seconds % 3600) / 60, s = seconds % 60
        return String(format: "%04lld%02lld%02lld%02lld%02lld%02lld", y, m, d, h, mi, s)
    }

    /// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian calendar.
    static func civil(_ z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// An ISO 8601 date of a `t="d"` cell (`2025-12-23T17:40:26`) as `yyyyMMddHHmmss`.
    static func isoDateText(_ iso: String) -> String {
        let digits = iso.unicodeScalars.filter { ("0"..."9").contains($0) }
        let s = String(String.UnicodeScalarView(digits.prefix(14)))
        return s.count >= 8 ? s.padding(toLength: 14, withPad: "0", startingAt: 0) : iso
    }
}
