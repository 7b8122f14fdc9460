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
            let period = Vocabulary.squeeze(c.form.period)
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
        let s = Vocabulary.squeeze(attribute)
        guard let end = s.range(of: "年结束") else { return nil }
        let digits = s[..<end.lowerBound].reversed().prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(String(digits.reversed()))
    }

    /// The text T (at least 4 characters) when `name` ends with T twice, or is T twice.
    static func repeatedTail(_ name: String) -> String? {
        let chars = Array(Vocabulary.squeeze(name))
        let n = chars.count
        guard n >= 8 else { return nil }
        var length = n / 2
        while length >= 4 {
            if chars[(n - 2 * length)..<(n - length)] == chars[(n - length)...] {
                return String(chars[(n - length)...])
            }
            length -= 1
        }
        return nil
    }
}
