extension Rule {
    public static let costIndicatorMissing = Rule("cost-indicator-missing", .warning, .indicators, .completeness)
    public static let goalPlaceholder = Rule("goal-placeholder", .warning, .indicators, .completeness)
    public static let rateNoNumber = Rule("rate-no-number", .warning, .indicators, .relevance)
    public static let unitMissing = Rule("unit-missing", .warning, .indicators, .relevance)
    public static let vagueTarget = Rule("vague-target", .warning, .indicators, .relevance)
    public static let moneyAsOutput = Rule("money-as-output", .warning, .indicators, .relevance)
    public static let costFloor = Rule("cost-floor", .warning, .indicators, .appropriateness)
}

/// What a target says, read from the meaning of its name and value: qualitative wording,
/// money listed as an output, a cost floor, a rate or a number without its unit, placeholders
/// in the goals, and a side without a cost indicator.
enum TargetRules {
    /// The checks of one side as a whole.
    static func side(_ c: inout CheckContext, _ side: Side, _ facts: [CheckContext.IndicatorFacts]) {
        if c.enabled(.costIndicatorMissing), !facts.contains(where: \.isCost) {
            c.report(.costIndicatorMissing, FindingText(.costIndicatorMissing, side.label), line: c.form.indicators[side].first?.line,
                     side: side, severity: c.options.requireCost ? .error : nil)
        }
        if side == c.sides.last, c.enabled(.goalPlaceholder) { goals(&c) }
    }

    /// The checks of one indicator.
    static func row(
        _ c: inout CheckContext, _ side: Side, _ k: Int, _ ind: Indicator, _ f: CheckContext.IndicatorFacts, isPlaceholder: Bool
    ) {
        guard !f.value.isEmpty, !isPlaceholder else { return }
        let name = CheckText.quote(ind.name), value = CheckText.quote(ind.value)
        let parsed = f.valueHasNumber ? ParsedValue(f.value) : nil
        if c.enabled(.moneyAsOutput), f.tier2 == .quantity, let p = parsed, TargetWords.moneyScale(p.unit) != nil {
            c.report(.moneyAsOutput, side, ind, FindingText(.moneyAsOutput, name, value))
        }
        if c.enabled(.costFloor), f.isMonetaryCost, TargetWords.isFloor(f.value, parsed), CheckText.contains(f.value, "元") {
            c.report(.costFloor, side, ind, FindingText(.costFloor, name, value))
        }
        let isRate = TargetWords.isRate(f.name)
        if isRate, !f.valueHasNumber, !f.mustBeNumber, c.enabled(.rateNoNumber) {
            c.report(.rateNoNumber, side, ind, FindingText(.rateNoNumber, name, value))
        }
        if c.enabled(.unitMissing), let p = parsed, CheckText.squeeze(p.unit).isEmpty, let unit = TargetWords.impliedUnit(f.name) {
            c.report(.unitMissing, side, ind, FindingText(.unitMissing, name, value, FindingText(unit)))
        }
        if c.enabled(.vagueTarget), !f.valueHasNumber, !f.mustBeNumber, !isRate, !TargetWords.isDefinite(f.value) {
            // A 年度 target whose 实施期 has a number is annual-unquantified's.
            let other: Side = side == .implementation ? .annual : .implementation
            let partnerHasNumber = c.pairing.partner(of: k, on: side).map { c.facts(other)[$0].valueHasNumber } ?? false
            if !(side == .annual && partnerHasNumber && c.enabled(.annualUnquantified)) {
                c.report(.vagueTarget, side, ind, FindingText(.vagueTarget, name, value))
            }
        }
    }

    /// 某某, XX, ××, ** left in a 总体目标.
    private static func goals(_ c: inout CheckContext) {
        let impl = c.has(.implementation) ? IndicatorRules.placeholderMark(c.implementationGoal) : nil
        let annual = c.has(.annual) ? IndicatorRules.placeholderMark(c.annualGoal) : nil
        let line = c.line(.goals)
        if let impl, let annual, impl == annual {
            c.report(.goalPlaceholder, FindingText(.goalPlaceholder, FindingText(.bothSides), CheckText.quote(impl)), line: line)
            return
        }
        if let impl { c.report(.goalPlaceholder, FindingText(.goalPlaceholder, Side.implementation.label, CheckText.quote(impl)), line: line, side: .implementation) }
        if let annual { c.report(.goalPlaceholder, FindingText(.goalPlaceholder, Side.annual.label, CheckText.quote(annual)), line: line, side: .annual) }
    }
}

/// The words the target rules read (on whitespace-free text).
enum TargetWords {
    /// 元 per unit of the money units a value may be in: `万元` → 10,000; nil for other units.
    static func moneyScale(_ unit: String) -> Double? {
        let u = CheckText.squeeze(unit)
        for (word, scale) in [("亿元", 1e8), ("千万元", 1e7), ("百万元", 1e6), ("万元", 1e4), ("千元", 1e3), ("元", 1.0)] where u.hasPrefix(word) {
            return scale
        }
        return nil
    }

    /// A lower bound: `≥300元`, `>300元`, `不低于300元`, `300元以上` (not a `以上` inside the
    /// text, as in `65岁以上增加2元`).
    static func isFloor(_ value: String, _ parsed: ParsedValue?) -> Bool {
        if let p = parsed, p.comparator == "≥" || p.comparator == ">" { return true }
        return ["不低于", "不少于", "至少", "最低"].contains { value.hasPrefix($0) } || value.hasSuffix("以上")
    }

    /// A rate or share by its name: …率, …比例, …比重, …占比.
    static func isRate(_ name: String) -> Bool {
        var n = name
        // A unit in brackets at the end (`完成率（%）`) does not change what the name is.
        if let open = n.lastIndex(where: { $0 == "（" || $0 == "(" }), n.last == "）" || n.last == ")" { n = String(n[..<open]) }
        return ["率", "比例", "比重", "占比"].contains { n.hasSuffix($0) }
    }

    /// The unit the name of an indicator calls for, when it names one kind of measure and does
    /// not print the unit itself (`满意度（%）`).
    static func impliedUnit(_ name: String) -> CheckMessages? {
        if name.hasSuffix(")") || name.hasSuffix("）") { return nil }
        if isRate(name) || name.hasSuffix("满意度") { return .unitPercent }
        if ["金额", "资金", "成本", "费用", "经费", "补助", "补贴", "价格", "单价"].contains(where: { name.hasSuffix($0) }) { return .unitMoney }
        if ["时间", "时限", "期限", "周期", "工期"].contains(where: { name.hasSuffix($0) }) { return .unitTime }
        if ["人数", "次数", "个数", "数量", "场次", "户数", "件数", "台数", "项数", "人次"].contains(where: { name.hasSuffix($0) }) { return .unitCount }
        return nil
    }

    /// A target without a number that still says what will be checked: a grade on a scale
    /// (良好及以上, A级, 优秀等次), a yes/no outcome (合格, 达标, 完成), none at all (无事故), a
    /// standard to meet (符合国家标准), or a schedule (按月发放). 有效保障, 显著提升, 长期, 及时,
    /// 良好 on its own are not: 101号 asks for a number or 分级分档 wording.
    static func isDefinite(_ value: String) -> Bool {
        let v = value.hasSuffix("。") ? String(value.dropLast()) : value
        if outcomes.contains(v) { return true }
        if ["等级", "等次", "档次", "级别", "星级"].contains(where: { CheckText.contains(v, $0) }) { return true }
        if v.unicodeScalars.contains(where: { $0.value >= 0x41 && $0.value <= 0x5A }), CheckText.contains(v, "级") { return true }
        if ["优", "良", "中", "合格", "达标", "好"].contains(where: { CheckText.contains(v, $0) }),
           ["及以上", "以上", "及以下", "或以上"].contains(where: { CheckText.contains(v, $0) }) { return true }
        if ["无", "零", "未发生", "不发生", "杜绝", "没有"].contains(where: { v.hasPrefix($0) }) { return true }
        if ["标准", "规范", "规定", "要求的"].contains(where: { CheckText.contains(v, $0) }), ["符合", "达到", "按", "执行", "依据"].contains(where: { CheckText.contains(v, $0) }) { return true }
        if v.hasPrefix("按") || v.hasPrefix("每"), ["日", "天", "周", "月", "季", "年", "期", "批"].contains(where: { CheckText.contains(v, $0) }) { return true }
        return false
    }

    /// Whole targets that state a yes/no outcome.
    static let outcomes: Set<String> = [
        "是", "否", "有", "合格", "达标", "通过", "完成", "实现", "达到", "全部完成", "全部达标", "全部合格", "按期完成", "如期完成",
        "已完成", "验收合格", "验收通过", "全覆盖", "全部覆盖", "100%覆盖",
    ]
}
