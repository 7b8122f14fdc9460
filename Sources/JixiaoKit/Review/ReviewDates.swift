import Foundation

/// Dates as a Chinese finance reader expects them: `2025-12-23 17:40`, local time.
public enum ReviewDates {
    public static func minute(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone.current
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }

    /// ISO 8601 with the offset, for JSON.
    public static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone.current
        return f.string(from: date)
    }
}
