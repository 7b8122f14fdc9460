/// The tier vocabulary of docs/format.md, as the generator prints it. Kept apart from JixiaoKit on
/// purpose: the generator states the rules independently of the reader it checks.
enum GenTier1: Int, CaseIterable, Sendable {
    case output, cost, benefit, satisfaction

    /// The label with whitespace removed; also what an inferred 一级 reads as.
    var canonical: String { ["产出指标", "成本指标", "效益指标", "满意度指标"][rawValue] }
    /// The words a printed label is made of (spaces may go between them: `产出 指标`).
    var words: [String] { [["产出", "指标"], ["成本", "指标"], ["效益", "指标"], ["满意度", "指标"]][rawValue] }
}

enum GenTier2: Int, CaseIterable, Sendable {
    case quantity, quality, timeliness, cost
    case economicCost, socialCost, environmentalCost
    case economicBenefit, socialBenefit, ecologicalBenefit, sustainability
    case serviceSatisfaction

    /// The words of the label without an optional trailing 指标.
    var words: [String] {
        switch self {
        case .quantity: return ["数量", "指标"]
        case .quality: return ["质量", "指标"]
        case .timeliness: return ["时效", "指标"]
        case .cost: return ["成本", "指标"]
        case .economicCost: return ["经济", "成本", "指标"]
        case .socialCost: return ["社会", "成本", "指标"]
        case .environmentalCost: return ["生态环境", "成本", "指标"]
        case .economicBenefit: return ["经济", "效益"]
        case .socialBenefit: return ["社会", "效益"]
        case .ecologicalBenefit: return ["生态", "效益"]
        case .sustainability: return ["可持续", "影响"]
        case .serviceSatisfaction: return ["服务", "对象", "满意度"]
        }
    }

    /// Whether the label may be printed with or without a trailing 指标 (docs/format.md: `经济效益(指标)`).
    var suffixOptional: Bool { rawValue >= GenTier2.economicBenefit.rawValue }

    /// The 一级 family this 二级 belongs to.
    var family: GenTier1 {
        switch self {
        case .quantity, .quality, .timeliness: return .output
        case .cost: return .output  // or .cost: see `fits`
        case .economicCost, .socialCost, .environmentalCost: return .cost
        case .economicBenefit, .socialBenefit, .ecologicalBenefit, .sustainability: return .benefit
        case .serviceSatisfaction: return .satisfaction
        }
    }

    /// The 一级 docs/format.md infers when none is printed (数量/质量/时效 → 产出指标; the 效益 family →
    /// 效益指标; 服务对象满意度 → 满意度指标); nil where docs/format.md does not say.
    var inferredTier1: GenTier1? {
        switch self {
        case .quantity, .quality, .timeliness: return .output
        case .economicBenefit, .socialBenefit, .ecologicalBenefit, .sustainability: return .benefit
        case .serviceSatisfaction: return .satisfaction
        default: return nil
        }
    }

    /// Whether this 二级 continues `tier1` (a single 成本指标 continues 产出指标, or the
    /// newer framework's 成本指标).
    func fits(under tier1: GenTier1) -> Bool {
        self == .cost ? (tier1 == .output || tier1 == .cost) : family == tier1
    }
}

/// A tier label as printed on one side: the text with its spaces and the reading (spaces removed).
struct PrintedLabel: Sendable, Equatable {
    var printed: String
    var squeezed: String
}

/// How a form prints its labels: spaces between words, and the optional 指标.
struct LabelStyle: Sendable {
    /// Chance of a space between two words of a label.
    var spaceChance: Double
    /// Whether the optional 指标 is printed (`经济效益指标`), per side.
    var longSuffix: Bool

    func print(_ words: [String], _ rng: inout SeededRandom) -> PrintedLabel {
        var out = words[0]
        for w in words.dropFirst() {
            if rng.chance(spaceChance) { out += rng.chance(0.01) ? "\u{3000}" : " " }
            out += w
        }
        return PrintedLabel(printed: out, squeezed: words.joined())
    }

    func label(_ t: GenTier1, _ rng: inout SeededRandom) -> PrintedLabel { print(t.words, &rng) }

    func label(_ t: GenTier2, _ rng: inout SeededRandom) -> PrintedLabel {
        print(t.suffixOptional && longSuffix ? t.words + ["指标"] : t.words, &rng)
    }
}

/// Every word of the form that a reader treats as a label, with whitespace removed. Text the
/// generator invents (names, values, narratives) must never be one of these.
enum Reserved {
    static let labels: Set<String> = {
        var s: Set<String> = ["一级指标", "二级指标", "三级指标", "指标值", "绩效指标", "项目", "项目名称", "主管部门及代码",
                              "主管部门", "实施单位", "项目属性", "项目期", "项目资金", "项目资金（元）", "项目资金(元)",
                              "项目概况", "立项依据", "项目设立必要性", "项目设立的必要性", "保证项目实施的制度、措施",
                              "项目实施计划", "实施期目标", "年度目标", "总体目标", "负责人", "经办人", "联系电话", "填报日期",
                              "产出", "效益", "满意度", "成本"]
        for t in GenTier1.allCases { s.insert(t.canonical) }
        for t in GenTier2.allCases {
            s.insert(t.words.joined())
            s.insert(t.words.joined() + "指标")
            if t.words.last == "指标" { s.insert(t.words.dropLast().joined()) }
        }
        for f in ["实施期资金总额", "年度资金总额", "资金总额", "中央财政资金", "省级财政资金", "市县（区）财政资金", "单位自筹", "其他资金"] {
            s.insert(f); s.insert("其中：" + f)
        }
        return s
    }()

    /// Whether `text` could be taken for a label, a heading or a form's title.
    static func clashes(_ text: String) -> Bool {
        // Generated text holds no whitespace but ASCII spaces and U+3000; squeeze only then.
        let squeezed = text.utf8.contains(0x20) || text.unicodeScalars.contains("\u{3000}")
            ? String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) : text
        if labels.contains(squeezed) || squeezed.isEmpty { return true }
        if squeezed.hasPrefix("绩效") && squeezed.count <= 4 { return true }
        for p in ["负责人", "经办人", "联系电话", "填报日期"] where squeezed.hasPrefix(p) { return true }
        if squeezed.hasSuffix("项目支出绩效目标表") { return true }
        return false
    }
}
