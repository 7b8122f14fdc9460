/// Formatting of 元 amounts for people.
public enum Amounts {
    /// `58372000` → `58,372,000`; fractions kept to 2 places; nil → `—` (not given).
    public static func yuan(_ v: Double?) -> String {
        guard let v else { return "—" }
        let whole = v.rounded(.towardZero)
        var s = group(Int64(abs(whole)))
        let cents = Int64(((abs(v) - abs(whole)) * 100).rounded())
        if cents > 0 { s += "." + (cents < 10 ? "0" : "") + String(cents) }
        return (v < 0 ? "-" : "") + s
    }

    /// `30770800` → `3,077.08` (万元, two decimals); nil → `—`.
    public static func wan(_ v: Double?) -> String {
        guard let v else { return "—" }
        let hundredths = Int64((abs(v) / 100).rounded())
        let s = group(hundredths / 100) + "." + String(format2(hundredths % 100))
        return (v < 0 ? "-" : "") + s
    }

    private static func format2(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func group(_ n: Int64) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
