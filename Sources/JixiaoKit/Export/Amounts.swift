/// Amounts of 项目资金 as people read them: thousands separated, `—` for "not given" (never 0).
public enum Amounts {
    /// 元 as written on the form: `30770800` → `30,770,800`; cents only when there are any.
    public static func yuan(_ yuan: Double?) -> String {
        guard let v = yuan, v.isFinite, abs(v) < 9e15 else { return "—" }
        let cents = Int((v * 100).rounded())
        let whole = abs(cents) / 100, frac = abs(cents) % 100
        let sign = cents < 0 ? "-" : ""
        if frac == 0 { return sign + grouped(whole) }
        return sign + grouped(whole) + "." + (frac < 10 ? "0" : "") + String(frac)
    }

    /// 元 → 万元 with two decimals: `30770800` → `3,077.08`.
    public static func wan(_ yuan: Double?) -> String {
        guard let v = yuan, v.isFinite else { return "—" }
        let hundredths = (v / 100).rounded()
        guard abs(hundredths) < 9e15 else { return "—" }
        let n = Int(hundredths)
        let whole = abs(n) / 100, frac = abs(n) % 100
        return (n < 0 ? "-" : "") + grouped(whole) + "." + (frac < 10 ? "0" : "") + String(frac)
    }

    /// Thousands separated: `7000` → `7,000`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
