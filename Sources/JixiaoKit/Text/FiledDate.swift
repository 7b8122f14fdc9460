/// 填报日期 as a reader expects it: `20251223174026` (yyyyMMddHHmmss) → `2025-12-23 17:40`.
/// Anything that is not a real date and time in that shape (13 digits, letters, month 13 …)
/// stays exactly as written, so nothing is hidden behind a guess.
public struct FiledDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    /// Parses 14 ASCII digits `yyyyMMddHHmmss` (surrounding whitespace ignored) that name a real
    /// date and time (year ≥ 1900); nil for anything else.
    public init?(_ raw: String) {
        let scalars = raw.unicodeScalars.drop { $0.properties.isWhitespace }
        let bytes = Array(String(String.UnicodeScalarView(scalars.reversed().drop { $0.properties.isWhitespace }.reversed())).utf8)
        guard bytes.count == 14, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func n(_ from: Int, _ count: Int) -> Int { bytes[from..<(from + count)].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        year = n(0, 4); month = n(4, 2); day = n(6, 2); hour = n(8, 2); minute = n(10, 2); second = n(12, 2)
        guard year >= 1900, (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
    }

    /// `2025-12-23 17:40`.
    public var text: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        return "\(year)-\(two(month))-\(two(day)) \(two(hour)):\(two(minute))"
    }

    /// The date to show for a raw 填报日期: `text` when it parses, the raw text otherwise.
    public static func display(_ raw: String) -> String {
        FiledDate(raw)?.text ?? raw
    }

    /// Days in `month` of `year` (Gregorian).
    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
