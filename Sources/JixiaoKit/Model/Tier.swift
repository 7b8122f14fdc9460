/// The canonical 一级 tiers.
public enum Tier1: String, Sendable, CaseIterable, Hashable, Comparable {
    case output = "产出指标"
    case cost = "成本指标"
    case benefit = "效益指标"
    case satisfaction = "满意度指标"

    /// The tier of a printed label (whitespace ignored), if it names a 一级.
    public init?(label: String) {
        switch Vocabulary.squeeze(label) {
        case "产出指标", "产出": self = .output
        case "成本指标": self = .cost
        case "效益指标", "效益": self = .benefit
        case "满意度指标", "满意度": self = .satisfaction
        default: return nil
        }
    }

    /// Order of the framework: 产出, 成本, 效益, 满意度.
    public var rank: Int { Tier1.allCases.firstIndex(of: self)! }
    public static func < (a: Tier1, b: Tier1) -> Bool { a.rank < b.rank }
}

/// The canonical 二级 tiers. Labels with and without the trailing 指标 map to one case.
public enum Tier2: String, Sendable, CaseIterable, Hashable, Comparable {
    case quantity = "数量指标"
    case quality = "质量指标"
    case timeliness = "时效指标"
    case cost = "成本指标"
    case economicCost = "经济成本指标"
    case socialCost = "社会成本指标"
    case environmentalCost = "生态环境成本指标"
    case economicBenefit = "经济效益指标"
    case socialBenefit = "社会效益指标"
    case ecologicalBenefit = "生态效益指标"
    case sustainability = "可持续影响指标"
    case serviceSatisfaction = "服务对象满意度指标"

    /// The tier of a printed label (whitespace ignored), if it names a 二级.
    public init?(label: String) {
        var s = Vocabulary.squeeze(label)
        if !s.hasSuffix("指标") { s += "指标" }
        self.init(rawValue: s)
    }

    /// The 一级 this 二级 belongs to when none is printed. 成本指标 defaults to 产出指标
    /// (the older framework); the reader decides from context.
    public var inferredTier1: Tier1 {
        switch self {
        case .quantity, .quality, .timeliness, .cost: return .output
        case .economicCost, .socialCost, .environmentalCost: return .cost
        case .economicBenefit, .socialBenefit, .ecologicalBenefit, .sustainability: return .benefit
        case .serviceSatisfaction: return .satisfaction
        }
    }

    /// Whether this 二级 may stand under `tier1`.
    public func fits(under tier1: Tier1) -> Bool {
        switch self {
        case .cost: return tier1 == .output || tier1 == .cost
        default: return inferredTier1 == tier1
        }
    }

    public var rank: Int { Tier2.allCases.firstIndex(of: self)! }
    public static func < (a: Tier2, b: Tier2) -> Bool { a.rank < b.rank }
}
