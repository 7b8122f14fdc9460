/// Amounts of 项目资金 as people read them: thousands separated, `—` for "not given" (never 0).
///
/// The money rule (docs/text.md, one for every view): lists and summaries show 万元 with two
/// decimals (`wan`); a form's own funds table shows 元 as printed (`yuan`); the unit always
/// stands in the column header or label (`年度资金(万元)`, `项目资金（元）`). Amounts stay 元 as
/// `Double` in the model and in sums; only display converts.
public enum Amounts {
    /// The two units of the money rule, with their label and formatting.
    public enum Unit: Sendable, CaseIterable {
        /// 万元, two decimals: lists and summaries.
        case wan
        /// 元 as printed: a form's own funds table.
        case yuan

        /// `万元` or `元`, for headers and labels.
        public var label: String { self == .wan ? "万元" : "元" }

        /// An amount given in 元, shown in this unit (`—` when not given).
        public func format(_ yuan: Double?) -> String { self == .wan ? Amounts.wan(yuan) : Amounts.yuan(yuan) }
    }

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
        var out: [UInt8] = []
        appendWan(yuan, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `wan(yuan)` as UTF-8 bytes at the end of `out` (the list writes its lines as bytes).
    static func appendWan(_ yuan: Double?, to out: inout [UInt8]) {
        appendWan(hundredths: wanHundredths(yuan), to: &out)
    }

    /// The amount `wan(yuan)` writes, in hundredths of 万元 (nil: it writes `—`). What it writes
    /// depends on this number alone, and is no narrower for a larger one (or, below zero, for a
    /// larger magnitude).
    static func wanHundredths(_ yuan: Double?) -> Int? {
        guard let v = yuan, v.isFinite, case let hundredths = (v / 100).rounded(), abs(hundredths) < 9e15 else { return nil }
        return Int(hundredths)
    }

    /// `n` hundredths of 万元 as `wan` writes them (nil: `—`).
    static func appendWan(hundredths n: Int?, to out: inout [UInt8]) {
        guard let n else {
            out += "—".utf8
            return
        }
        let whole = abs(n) / 100, frac = abs(n) % 100
        if n < 0 { out.append(UInt8(ascii: "-")) }
        appendGrouped(whole, to: &out)
        out.append(UInt8(ascii: "."))
        out.append(0x30 + UInt8(frac / 10))
        out.append(0x30 + UInt8(frac % 10))
    }

    /// A whole number with thousands separators: `10000` → `10,000`.
    public static func grouped(_ n: Int) -> String {
        var out: [UInt8] = []
        appendGrouped(n, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `grouped(n)` as UTF-8 bytes at the end of `out`: a comma before every third digit from
    /// the right (a negative `n`: its `-`, then its digits grouped).
    static func appendGrouped(_ n: Int, to out: inout [UInt8]) {
        guard n >= 0 else {
            var text = String(n)
            out.append(UInt8(ascii: "-"))
            text.withUTF8 { appendGrouped(digits: UnsafeBufferPointer(rebasing: $0.dropFirst()), to: &out) }
            return
        }
        // The digits from the right into 24 bytes (≥ the 19 digits of Int.max), no String made.
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { b in
            var k = b.count, m = n
            repeat {
                k -= 1
                b[k] = 0x30 + UInt8(m % 10)
                m /= 10
            } while m > 0
            UnsafeRawBufferPointer(rebasing: b[k...]).withMemoryRebound(to: UInt8.self) { appendGrouped(digits: $0, to: &out) }
        }
    }

    private static func appendGrouped(digits d: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        for i in d.indices {
            if i > 0, (d.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(d[i])
        }
    }
}
