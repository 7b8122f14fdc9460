extension Rule {
    public static let periodMismatch = Rule("period-mismatch", .warning, .header, .completeness)
    public static let projectNameRepeated = Rule("project-name-repeated", .info, .header, .completeness)
}

/// The header block: 项目名称, 项目属性, 项目期.
enum HeaderRules {
    static func check(_ c: inout CheckContext) {
        if c.enabled(.periodMismatch) {
            let period = CheckText.squeeze(c.form.period)
            if let years = declaredYears(c.form.attribute), !period.isEmpty {
                if period != "\(years)年", period != "\(years)" {
                    c.report(.periodMismatch, FindingText(.periodMismatch, CheckText.quote(c.form.attribute), CheckText.quote(period)), line: c.line(.period) ?? c.line(.attribute))
                }
            } else {
                c.cannotCheck(.periodMismatch, FindingText(.notCheckedNoYears))
            }
        }
        if c.enabled(.projectNameRepeated), let repeated = repeatedTail(c.form.project) {
            c.report(.projectNameRepeated, FindingText(.projectNameRepeated, CheckText.quote(repeated)), line: c.line(.project))
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
