/// The words of the form (docs/format.md), compared with all whitespace removed.
public enum Vocabulary {
    /// The text with every whitespace character removed: `产出 指标` → `产出指标`.
    public static func squeeze(_ text: some StringProtocol) -> String {
        if let s = text as? String, !mayHoldWhitespace(s) { return s }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !s.properties.isWhitespace && s != "\u{3000}" {
            out.append(s)
        }
        return String(out)
    }

    /// False when `s` holds no whitespace scalar, judged on its bytes: ASCII whitespace (09–0D,
    /// 20), U+0085 and U+00A0 (C2 85, C2 A0), U+1680 (E1 9A 80), U+2000…U+200A, U+2028, U+2029,
    /// U+202F (E2 80 xx), U+205F (E2 81 9F), U+3000 (E3 80 80). Spares building a copy.
    static func mayHoldWhitespace(_ s: String) -> Bool {
        let hit = s.utf8.withContiguousStorageIfAvailable { u -> Bool in
            let n = u.count
            var i = 0
            while i < n {
                let b = u[i]
                switch b {
                case 0x09...0x0D, 0x20: return true
                case 0xC2: if i + 1 < n, u[i + 1] == 0x85 || u[i + 1] == 0xA0 { return true }
                case 0xE1: if i + 2 < n, u[i + 1] == 0x9A, u[i + 2] == 0x80 { return true }
                case 0xE2:
                    if i + 2 < n {
                        let b1 = u[i + 1], b2 = u[i + 2]
                        if b1 == 0x80, b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF { return true }
                        if b1 == 0x81, b2 == 0x9F { return true }
                    }
                case 0xE3: if i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0x80 { return true }
                default: break
                }
                i += 1
            }
            return false
        }
        return hit ?? true
    }

    /// The scalars without leading and trailing spaces (Unicode Zs) and tabs — what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` does, without Foundation's cost.
    static func trimmingWhitespaces(_ s: Substring.UnicodeScalarView) -> String {
        // On the bytes (`Whitespace.trimmedSpaces`): the scalars' general category cost ≈ 30
        // instructions a scalar.
        let sub = Substring(s)
        let trimmed = sub.utf8.withContiguousStorageIfAvailable { u -> String in
            guard let p = u.baseAddress else { return "" }
            let (a, b) = Whitespace.trimmedSpaces(p, 0, u.count)
            return String(ByteText.substring(sub.utf8, a, b))
        }
        if let trimmed { return trimmed }
        func blank(_ u: Unicode.Scalar) -> Bool {
            u == " " || u == "\t" || (u.value >= 0xA0 && u.properties.generalCategory == .spaceSeparator)
        }
        var start = s.startIndex, end = s.endIndex
        while start < end, blank(s[start]) { start = s.index(after: start) }
        while end > start, blank(s[s.index(before: end)]) { end = s.index(before: end) }
        return String(Substring(s[start..<end]))  // a copy of the bytes, not scalar by scalar
    }

    /// What a cell of the indicator table is, judged by its words alone.
    enum TableCell: Equatable {
        /// A label that can only be a 一级 (产出指标, 效益指标, 满意度指标).
        case tier1(Tier1)
        /// A label that can only be a 二级.
        case tier2(Tier2)
        /// `成本指标`: 一级 in the newer framework, 二级 under 产出指标 in the older one.
        case cost
        /// A column heading (一级指标, 二级指标, 三级指标, 指标值, 绩效指标).
        case heading
        /// Anything else: an indicator's name or value.
        case text
    }

    /// Where a funds amount goes.
    enum FundsSlot: Hashable, Sendable {
        case total(Side?)
        case central, provincial, local, selfRaised, other, fiscal

        /// 0…5 for the sources (central … other, fiscal); 6 for a total.
        var sourceIndex: Int {
            switch self {
            case .central: return 0
            case .provincial: return 1
            case .local: return 2
            case .selfRaised: return 3
            case .other: return 4
            case .fiscal: return 5
            case .total: return 6
            }
        }

        /// Sets this slot's amount of a side; a switch, not a key path (a key path write costs
        /// ≈ 160 instructions, once per amount read).
        func set(_ amount: Double?, in f: inout FundsSide) {
            switch self {
            case .total: f.total = amount
            case .fiscal: f.fiscal = amount
            case .central: f.central = amount
            case .provincial: f.provincial = amount
            case .local: f.local = amount
            case .selfRaised: f.selfRaised = amount
            case .other: f.other = amount
            }
        }
    }
}
