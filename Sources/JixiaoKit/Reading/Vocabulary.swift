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

    static func classify(squeezed s: String) -> TableCell {
        if s == "成本指标" { return .cost }
        switch s {
        case "产出指标": return .tier1(.output)
        case "效益指标": return .tier1(.benefit)
        case "满意度指标": return .tier1(.satisfaction)
        case "一级指标", "二级指标", "三级指标", "指标值", "绩效指标": return .heading
        default: break
        }
        if let t2 = Tier2(label: s), s.hasSuffix("指标") || tier2Short.contains(s) { return .tier2(t2) }
        return .text
    }

    /// 二级 labels that are printed without 指标.
    static let tier2Short: Set<String> = ["经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度"]

    /// Labels of the header block.
    enum HeaderLabel: String, CaseIterable {
        case project = "项目名称"
        case department = "主管部门及代码"
        case implementingUnit = "实施单位"
        case attribute = "项目属性"
        case period = "项目期"
        case funds = "项目资金（元）"
    }

    /// Funds labels, with `其中：` and colons removed.
    static func fundsSlot(_ squeezed: String) -> FundsSlot? {
        var s = Substring(squeezed)
        if s.hasPrefix("其中") { s = s.dropFirst(2) }
        while let f = s.first, f == "：" || f == ":" { s = s.dropFirst() }
        while let l = s.last, l == "：" || l == ":" { s = s.dropLast() }
        switch s {
        case "实施期资金总额": return .total(.implementation)
        case "年度资金总额": return .total(.annual)
        case "资金总额": return .total(nil)
        case "中央财政资金": return .source(\.central)
        case "省级财政资金": return .source(\.provincial)
        case "市县（区）财政资金", "市县(区)财政资金", "市县财政资金": return .source(\.local)
        case "单位自筹", "单位自筹资金": return .source(\.selfRaised)
        case "其他资金": return .source(\.other)
        default: return nil
        }
    }

    enum FundsSlot {
        case total(Side?)
        case source(WritableKeyPath<FundsSide, Double?>)
    }

    /// Narrative labels.
    static func narrativeField(_ squeezed: String) -> WritableKeyPath<Narrative, String>? {
        switch squeezed {
        case "项目概况": return \.overview
        case "立项依据": return \.basis
        case "项目设立必要性", "项目设立的必要性": return \.necessity
        case "保证项目实施的制度、措施", "保证项目实施的制度,措施", "保证项目实施的制度，措施": return \.safeguards
        case "项目实施计划": return \.plan
        default: return nil
        }
    }

    /// Sign-off labels; the value may follow the colon in the same cell.
    nonisolated(unsafe) static let signoffLabels: [(label: String, path: WritableKeyPath<Signoff, String>)] = [
        ("负责人", \.leader), ("经办人", \.handler), ("联系电话", \.phone), ("填报日期", \.filedAt),
    ]
}
