extension Rule {
    public static let sideEmpty = Rule(
        "side-empty", .error, .indicators,
        "A side (实施期 or 年度) has no indicators at all.",
        rationale: "完整性: each side's targets are what is assessed at the end of that period; a side without them cannot be evaluated.")
    public static let tierEmpty = Rule(
        "tier-empty", .warning, .indicators,
        "A side has nothing under one of the 一级 产出指标, 效益指标, 满意度指标.",
        rationale: "完整性: the framework asks every project for outputs, outcomes and the satisfaction of those it serves; a missing 一级 leaves that dimension unassessed.")
    public static let indicatorBlank = Rule(
        "indicator-blank", .error, .indicators,
        "An indicator with an empty name (三级指标) or an empty target (指标值).",
        rationale: "完整性: an indicator is a name and a target; without either there is nothing to measure.")
    public static let placeholderTarget = Rule(
        "placeholder-target", .error, .indicators,
        "A template placeholder instead of a target: `是/否`, `XX`, `**`, a lone `-` or `/`.",
        rationale: "量化程度: the template's choice or blank was never filled in, so the indicator has no target; it is as good as empty.")
    public static let quantityNoNumber = Rule(
        "quantity-no-number", .warning, .indicators,
        "A 数量指标 whose target holds no number.",
        rationale: "量化程度: a quantity target is a count; `有效保障` under 数量指标 cannot be checked against what was delivered.")
    public static let costNoNumber = Rule(
        "cost-no-number", .warning, .indicators,
        "A 成本指标 (or 经济成本指标) whose target holds no number.",
        rationale: "量化程度: a cost target is an amount or a unit cost (元/人, 万元); `依据标准进行补助` cannot be set against what was spent.")
    public static let satisfactionLow = Rule(
        "satisfaction-low", .warning, .indicators,
        "A satisfaction target below the threshold (--min-satisfaction, default 90%).",
        rationale: "Satisfaction targets are expected at 90% or above in this framework; a lower target sets the bar where it is easy to pass.")
    public static let indicatorDuplicate = Rule(
        "indicator-duplicate", .warning, .indicators,
        "The same indicator (三级 name) twice on one side.",
        rationale: "A repeated indicator counts one target twice and is usually a copy-paste slip; one of the two was meant to be something else.")
    public static let sideUnmatched = Rule(
        "side-unmatched", .warning, .indicators,
        "An indicator on one side with no counterpart of the same name on the other side.",
        rationale: "一致性: the year's targets are the implementation period's targets for one year; an indicator on one side only is often a renamed or forgotten row.")
    public static let annualUnquantified = Rule(
        "annual-unquantified", .warning, .indicators,
        "A 年度 target with no number where the 实施期 target of the same indicator has one (`按合同价` for `110元/吨/年`).",
        rationale: "量化程度: the year's target is the one assessed first; it should be at least as measurable as the period's. (数量 and 成本 rows are left to quantity-no-number and cost-no-number.)")
}

/// The indicator table: presence, blanks, placeholders, quantification, duplicates, pairing.
enum IndicatorRules {
    static let requiredTier1: [Tier1] = [.output, .benefit, .satisfaction]

    static func check(_ c: inout CheckContext) {
        let table = c.form.indicators
        for side in Side.allCases {
            let indicators = table[side]
            if indicators.isEmpty {
                if c.enabled(.sideEmpty) {
                    c.report(.sideEmpty, "the \(side.label) side has no indicators", side: side)
                }
                continue
            }
            let facts = c.facts(side)
            if c.enabled(.tierEmpty) { tierEmpty(&c, side, facts) }
            if c.enabled(.indicatorDuplicate) { duplicates(&c, side, facts) }
            for (k, ind) in indicators.enumerated() {
                let f = facts[k]
                if c.enabled(.indicatorBlank) {
                    if f.name.isEmpty {
                        c.report(.indicatorBlank, side, ind, "an indicator under \(ind.tier2.isEmpty ? "(no 二级)" : ind.tier2) has no name (指标值 \(CheckText.quote(ind.value)))")
                    } else if f.value.isEmpty {
                        c.report(.indicatorBlank, side, ind, "\(CheckText.quote(ind.name)) has no 指标值")
                    }
                }
                let placeholder = placeholderValue(f.value)
                if c.enabled(.placeholderTarget) {
                    if let p = placeholder {
                        c.report(.placeholderTarget, side, ind, "\(CheckText.quote(p)) is a placeholder, not a target (\(CheckText.quote(ind.name)))")
                    } else if let p = placeholderMark(ind.name) {
                        c.report(.placeholderTarget, side, ind, "the name \(CheckText.quote(ind.name)) holds the placeholder \(CheckText.quote(p))")
                    }
                }
                if f.mustBeNumber, !f.value.isEmpty, placeholder == nil, !f.valueHasNumber {
                    let rule: Rule = f.tier2 == .quantity ? .quantityNoNumber : .costNoNumber
                    if c.enabled(rule) {
                        var text = "\(f.tier2 == .quantity ? "数量指标" : "成本指标") \(CheckText.quote(ind.name)) has no number in its target \(CheckText.quote(ind.value))"
                        // What the other side printed, when it did give a number.
                        let other: Side = side == .implementation ? .annual : .implementation
                        if let j = c.pairing.partner(of: k, on: side), c.facts(other)[j].valueHasNumber {
                            text += "; \(other.label) has \(CheckText.quote(table[other][j].value))"
                        }
                        c.report(rule, side, ind, text)
                    }
                }
                if c.enabled(.satisfactionLow), isSatisfaction(ind, f), let p = percent(f.value), p < c.options.minSatisfaction {
                    c.report(.satisfactionLow, side, ind, "satisfaction target \(CheckText.quote(ind.value)) of \(CheckText.quote(ind.name)) is below \(CheckText.number(c.options.minSatisfaction))%")
                }
            }
        }
        if c.enabled(.sideUnmatched) || c.enabled(.annualUnquantified) { pairs(&c) }
    }

    // MARK: - Tiers

    private static func tierEmpty(_ c: inout CheckContext, _ side: Side, _ facts: [CheckContext.IndicatorFacts]) {
        var present = [Bool](repeating: false, count: Tier1.allCases.count)
        for f in facts {
            if let k = f.effectiveTier1 { present[k.rank] = true }
        }
        guard !requiredTier1.allSatisfy({ present[$0.rank] }) else { return }
        let declarations = c.form.indicators.declarations[side] ?? []
        for tier in requiredTier1 where !present[tier.rank] {
            let declared = declarations.filter { (Tier1(label: $0.tier1) ?? Tier2(label: $0.tier2)?.inferredTier1) == tier }
            var message = "nothing under \(tier.rawValue) on the \(side.label) side"
            if !declared.isEmpty {
                message += " (\(declared.map(\.tier2).joined(separator: ", ")) printed with no indicator)"
            }
            c.report(.tierEmpty, message, line: declared.first?.line, side: side)
        }
    }

    // MARK: - Duplicates

    private static func duplicates(_ c: inout CheckContext, _ side: Side, _ facts: [CheckContext.IndicatorFacts]) {
        var first: [ByteKey: Int] = [:]
        first.reserveCapacity(facts.count)
        for (k, f) in facts.enumerated() where !f.name.isEmpty {
            if let i = first[ByteKey(f.name)] {
                let ind = c.form.indicators[side][k]
                c.report(.indicatorDuplicate, side, ind, "\(CheckText.quote(ind.name)) appears twice (also line \(c.form.indicators[side][i].line))")
            } else {
                first[ByteKey(f.name)] = k
            }
        }
    }

    // MARK: - Pairs

    private static func pairs(_ c: inout CheckContext) {
        let table = c.form.indicators
        guard !table.implementation.isEmpty, !table.annual.isEmpty else { return }
        let implFacts = c.facts(.implementation), annualFacts = c.facts(.annual)
        for pair in c.pairing.pairs {
            switch (pair.implementation, pair.annual) {
            case (let i?, let a?):
                guard c.enabled(.annualUnquantified) else { continue }
                let af = annualFacts[a]
                // 数量 and 成本 rows must be numbers on either side: their own rules say so.
                if !af.value.isEmpty, !af.mustBeNumber, placeholderValue(af.value) == nil, implFacts[i].valueHasNumber, !af.valueHasNumber {
                    let ind = table.annual[a]
                    c.report(.annualUnquantified, "年度: the target \(CheckText.quote(ind.value)) of \(CheckText.quote(ind.name)) has no number; 实施期 has \(CheckText.quote(table.implementation[i].value))", line: ind.line, side: .annual)
                }
            case (let i?, nil):
                let ind = table.implementation[i]
                if c.enabled(.sideUnmatched), !implFacts[i].name.isEmpty {
                    c.report(.sideUnmatched, "实施期: \(CheckText.quote(ind.name)) has no 年度 counterpart", line: ind.line, side: .implementation)
                }
            case (nil, let a?):
                let ind = table.annual[a]
                if c.enabled(.sideUnmatched), !annualFacts[a].name.isEmpty {
                    c.report(.sideUnmatched, "年度: \(CheckText.quote(ind.name)) has no 实施期 counterpart", line: ind.line, side: .annual)
                }
            case (nil, nil): break
            }
        }
    }

    // MARK: - Text tests

    /// The template's choices left unchosen.
    static let unchosen = ["是/否", "否/是", "是或否", "是否", "是／否", "有/无", "无/有", "有／无", "√/×", "达到/未达到"]

    /// The value when the whole of it is a placeholder: an unchosen choice (`是/否`), a template
    /// mark (`XX`, `**`, `≥XX%`), or a lone dash or slash.
    static func placeholderValue(_ squeezed: String) -> String? {
        if squeezed.isEmpty { return nil }
        if squeezed.utf8.count <= 16, unchosen.contains(where: { CheckText.same($0, squeezed) }) { return squeezed }
        if squeezed.unicodeScalars.allSatisfy({ "-—－/／\\*＊?？…。.、".unicodeScalars.contains($0) }) { return squeezed }
        return placeholderMark(squeezed) != nil ? squeezed : nil
    }

    /// A template mark inside text: a run of two or more X/x/Ｘ/×/*/＊ not part of a word.
    static func placeholderMark(_ text: String) -> String? {
        // Fast path: no X, x, * and no lead byte of ×, Ｘ, ｘ, ＊.
        guard CheckText.bytes(text, { p in p.contains { $0 == 0x58 || $0 == 0x78 || $0 == 0x2A || $0 == 0xC3 || $0 == 0xEF } }) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var k = 0
        while k < scalars.count {
            guard isMark(scalars[k]) else { k += 1; continue }
            var end = k
            while end < scalars.count, isMark(scalars[end]) { end += 1 }
            let before = k > 0 ? scalars[k - 1] : " ", after = end < scalars.count ? scalars[end] : " "
            let isStars = scalars[k] == "*" || scalars[k] == "＊"
            if end - k >= 2, isStars || (!isLatinLetter(before) && !isLatinLetter(after)) {
                return String(String.UnicodeScalarView(scalars[k..<end]))
            }
            k = end
        }
        return nil
    }

    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        s == "X" || s == "x" || s == "Ｘ" || s == "ｘ" || s == "×" || s == "*" || s == "＊"
    }

    private static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }

    /// An indicator of satisfaction: under 满意度指标 / 服务对象满意度, or named …满意度.
    static func isSatisfaction(_ ind: Indicator, _ f: CheckContext.IndicatorFacts) -> Bool {
        f.tier1 == .satisfaction || f.tier2 == .serviceSatisfaction || CheckText.contains(f.name, "满意度") || CheckText.contains(f.name, "满意率")
    }

    /// The first number of a percentage target (`≥95%`, `不低于85％`), nil when there is none.
    static func percent(_ squeezed: String) -> Double? {
        guard CheckText.contains(squeezed, "%") || CheckText.contains(squeezed, "％") else { return nil }
        var digits = ""
        var started = false
        for ch in squeezed {
            if ch.isASCII, ch.isNumber { digits.append(ch); started = true }
            else if ch == ".", started { digits.append(ch) }
            else if started { break }
        }
        return Double(digits)
    }
}
