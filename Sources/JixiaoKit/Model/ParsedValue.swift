/// A 指标值 of the shape `[≥|≤|=|<|>]? number unit`, e.g. `≥407097人/年` or `3413.66万元/年`.
/// Qualitative values (`有效保障`, `是/否`) have no parsed form.
public struct ParsedValue: Sendable, Equatable {
    /// `≥`, `≤`, `=`, `<`, `>` (ASCII `>=`/`<=` are read as `≥`/`≤`), or empty.
    public var comparator: String
    public var number: Double
    public var unit: String

    public init(comparator: String, number: Double, unit: String) {
        self.comparator = comparator
        self.number = number
        self.unit = unit
    }

    /// Parses `text`; nil when it does not start (after an optional comparator) with a number.
    public init?(_ text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var comparator = ""
        for (prefix, canonical) in [(">=", "≥"), ("<=", "≤"), ("≥", "≥"), ("≤", "≤"), ("＞", ">"), ("＜", "<"), ("=", "="), ("<", "<"), (">", ">"), ("＝", "=")] {
            if rest.hasPrefix(prefix) {
                comparator = canonical
                rest = rest.dropFirst(prefix.count)
                break
            }
        }
        rest = rest.drop(while: { $0 == " " })
        var digits = ""
        var seenDot = false
        for ch in rest {
            if ch.isASCII, ch.isNumber { digits.append(ch) }
            else if ch == ".", !seenDot, !digits.isEmpty { seenDot = true; digits.append(ch) }
            else if ch == ",", !digits.isEmpty { continue }
            else { break }
        }
        guard !digits.isEmpty, !digits.hasSuffix("."), let number = Double(digits) else { return nil }
        var consumed = 0
        var dotSeen = false
        for ch in rest {
            if ch.isASCII, ch.isNumber { consumed += 1 }
            else if ch == ".", !dotSeen { dotSeen = true; consumed += 1 }
            else if ch == "," { consumed += 1 }
            else { break }
        }
        self.init(comparator: comparator, number: number, unit: String(rest.dropFirst(consumed)).trimmingCharacters(in: .whitespaces))
    }
}

import Foundation
