/// The words of the form (FORMAT.md), compared with all whitespace removed.
public enum Vocabulary {
    /// The text with every whitespace character removed: `产出 指标` → `产出指标`.
    public static func squeeze(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !s.properties.isWhitespace && s != "\u{3000}" {
            out.append(s)
        }
        return String(out)
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
        case central, provincial, local, selfRaised, other

        var path: WritableKeyPath<FundsSide, Double?> {
            switch self {
            case .total: return \.total
            case .central: return \.central
            case .provincial: return \.provincial
            case .local: return \.local
            case .selfRaised: return \.selfRaised
            case .other: return \.other
            }
        }
    }
}
