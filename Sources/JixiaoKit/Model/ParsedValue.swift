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
        let u = Array(text.unicodeScalars)
        var i = 0
        func skipSpaces() { while i < u.count, u[i].properties.isWhitespace { i += 1 } }
        skipSpaces()
        var comparator = ""
        if i < u.count {
            let next: Unicode.Scalar? = i + 1 < u.count ? u[i + 1] : nil
            switch u[i] {
            case ">", "＞": comparator = next == "=" ? "≥" : ">"
            case "<", "＜": comparator = next == "=" ? "≤" : "<"
            case "≥", "≧": comparator = "≥"
            case "≤", "≦": comparator = "≤"
            case "=", "＝": comparator = "="
            default: break
            }
            if !comparator.isEmpty { i += (comparator == "≥" || comparator == "≤") && next == "=" ? 2 : 1 }
        }
        skipSpaces()
        var digits = String.UnicodeScalarView()
        var seenDot = false
        while i < u.count {
            let c = u[i]
            if ("0"..."9").contains(c) {
                digits.append(c)
            } else if c == ".", !seenDot, !digits.isEmpty, i + 1 < u.count, ("0"..."9").contains(u[i + 1]) {
                seenDot = true
                digits.append(c)
            } else if c == ",", !digits.isEmpty, !seenDot, i + 1 < u.count, ("0"..."9").contains(u[i + 1]) {
                // a thousands separator
            } else {
                break
            }
            i += 1
        }
        guard !digits.isEmpty, let number = Double(String(digits)) else { return nil }
        var unit = String.UnicodeScalarView(u[i...])
        while let last = unit.last, last.properties.isWhitespace { unit.removeLast() }
        while let first = unit.first, first.properties.isWhitespace { unit.removeFirst() }
        self.init(comparator: comparator, number: number, unit: String(unit))
    }
}

