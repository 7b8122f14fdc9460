extension Rule {
    public static let periodMismatch = Rule(
        "period-mismatch", .warning, .header,
        "项目属性 names a length (`一次性项目（1年结束）`) that 项目期 contradicts.",
        rationale: "一致性: 项目属性 and 项目期 describe the same thing; when they disagree the funds rules cannot tell which period the totals cover.")
    public static let projectNameRepeated = Rule(
        "project-name-repeated", .info, .header,
        "项目名称 ends with the same text twice (`…补贴2024-2025年度…补贴`).",
        rationale: "A name that repeats itself was pasted twice; harmless for reading, but it is what the project is filed under.")
}

/// The header block: 项目名称, 项目属性, 项目期.
enum HeaderRules {
    static func check(_ c: inout CheckContext) {
        if c.enabled(.periodMismatch), let years = declaredYears(c.form.attribute) {
            let period = CheckText.squeeze(c.form.period)
            if !period.isEmpty, period != "\(years)年", period != "\(years)" {
                c.report(.periodMismatch, "项目属性 \(c.form.attribute) but 项目期 \(period)")
            }
        }
        if c.enabled(.projectNameRepeated), let repeated = repeatedTail(c.form.project) {
            c.report(.projectNameRepeated, "项目名称 repeats \(CheckText.quote(repeated)) at its end")
        }
    }

    /// N of `（N年结束）` in 项目属性.
    static func declaredYears(_ attribute: String) -> Int? {
        let s = Array(CheckText.squeeze(attribute).unicodeScalars)
        let word = Array("年结束".unicodeScalars)
        guard s.count > word.count, let end = (0...(s.count - word.count)).first(where: { s[$0..<($0 + word.count)].elementsEqual(word) }) else { return nil }
        var value = 0, digits = 0, k = end
        while k > 0, s[k - 1].value >= 0x30, s[k - 1].value <= 0x39, digits < 4 {
            k -= 1
            digits += 1
        }
        guard digits > 0 else { return nil }
        for d in s[k..<end] { value = value * 10 + Int(d.value - 0x30) }
        return value
    }

    /// The text T (at least 4 characters) when `name` ends with T twice, or is T twice.
    static func repeatedTail(_ name: String) -> String? {
        let chars = Array(CheckText.squeeze(name).unicodeScalars)
        let n = chars.count
        guard n >= 8 else { return nil }
        var length = n / 2
        while length >= 4 {
            if chars[(n - 2 * length)..<(n - length)] == chars[(n - length)...] {
                return String(String.UnicodeScalarView(chars[(n - length)...]))
            }
            length -= 1
        }
        return nil
    }
}
