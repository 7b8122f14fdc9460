extension Rule {
    public static let sideEmpty = Rule("side-empty", .error, .indicators, .completeness)
    public static let tierEmpty = Rule("tier-empty", .warning, .indicators, .completeness)
    public static let indicatorBlank = Rule("indicator-blank", .error, .indicators, .completeness)
    public static let placeholderTarget = Rule("placeholder-target", .error, .indicators, .completeness)
    public static let quantityNoNumber = Rule("quantity-no-number", .warning, .indicators, .relevance)
    public static let costNoNumber = Rule("cost-no-number", .warning, .indicators, .relevance)
    public static let satisfactionLow = Rule("satisfaction-low", .warning, .indicators, .appropriateness)
    public static let indicatorDuplicate = Rule("indicator-duplicate", .warning, .indicators, .relevance)
    public static let sideUnmatched = Rule("side-unmatched", .warning, .indicators, .relevance)
    public static let annualUnquantified = Rule("annual-unquantified", .warning, .indicators, .relevance)
}

/// The indicator table: presence, blanks, placeholders, quantification, duplicates, pairing.
enum IndicatorRules {
    static let requiredTier1: [Tier1] = [.output, .benefit, .satisfaction]

    /// The rules that look at one side's indicators: they cannot run on a side without any.
    static let perSide: [Rule] = [
        .tierEmpty, .costIndicatorMissing, .indicatorBlank, .placeholderTarget, .quantityNoNumber, .costNoNumber,
        .rateNoNumber, .unitMissing, .vagueTarget, .moneyAsOutput, .costFloor, .satisfactionLow, .indicatorDuplicate,
        .timeTargetPast, .unitCostOverFunds,
    ]

    static func check(_ c: inout CheckContext) {
        let table = c.form.indicators
        var subjects = Subjects()
        for side in Side.allCases {
            let indicators = table[side]
            // A side the form does not print (the 88号 template) is nothing to check.
            guard c.has(side) else { continue }
            if indicators.isEmpty {
                if c.enabled(.sideEmpty) {
                    c.report(.sideEmpty, FindingText(.sideEmpty, side.label), line: table.declared(side).first?.line ?? c.line(.goals), side: side)
                }
                for r in perSide { c.cannotCheck(r, c.noIndicatorsReason(side)) }
                continue
            }
            let facts = c.facts(side)
            if c.enabled(.tierEmpty) { tierEmpty(&c, side, facts) }
            if c.enabled(.indicatorDuplicate) { duplicates(&c, side, facts) }
            TargetRules.side(&c, side, facts)
            for (k, ind) in indicators.enumerated() {
                let f = facts[k]
                if c.enabled(.indicatorBlank) {
                    if f.name.isEmpty {
                        let tier2: any FindingTextArgument = ind.tier2.isEmpty ? FindingText(.noTier2) : ind.tier2
                        c.report(.indicatorBlank, side, ind, FindingText(.indicatorNoName, tier2, CheckText.quote(ind.value)))
                    } else if f.value.isEmpty {
                        c.report(.indicatorBlank, side, ind, FindingText(.indicatorNoValue, CheckText.quote(ind.name)))
                    }
                }
                let placeholder = placeholderValue(f.value)
                if c.enabled(.placeholderTarget) {
                    if let p = placeholder {
                        c.report(.placeholderTarget, side, ind, FindingText(.placeholderValue, CheckText.quote(ind.name), CheckText.quote(p)))
                    } else if let p = placeholderMark(ind.name) {
                        c.report(.placeholderTarget, side, ind, FindingText(.placeholderName, CheckText.quote(ind.name), CheckText.quote(p)))
                    }
                }
                if f.tier2 == .quantity { subjects.quantity = true }
                if f.isMonetaryCost { subjects.cost = true }
                if f.mustBeNumber, !f.value.isEmpty, placeholder == nil, !f.valueHasNumber {
                    let rule: Rule = f.tier2 == .quantity ? .quantityNoNumber : .costNoNumber
                    if c.enabled(rule) {
                        let tier = f.tier2 == .quantity ? "数量指标" : "成本指标"
                        // What the other side printed, when it did give a number.
                        let other: Side = side == .implementation ? .annual : .implementation
                        if let j = c.pairing.partner(of: k, on: side), c.facts(other)[j].valueHasNumber {
                            c.report(rule, side, ind, FindingText(.noNumberOtherSide, tier, CheckText.quote(ind.name), CheckText.quote(ind.value),
                                                                  other.label, CheckText.quote(table[other][j].value)))
                        } else {
                            c.report(rule, side, ind, FindingText(.noNumber, tier, CheckText.quote(ind.name), CheckText.quote(ind.value)))
                        }
                    }
                }
                if isSatisfaction(ind, f) {
                    if let p = percent(f.value) {
                        subjects.satisfaction = true
                        if c.enabled(.satisfactionLow), p < c.options.minSatisfaction {
                            c.report(.satisfactionLow, side, ind, FindingText(.satisfactionLow, CheckText.quote(ind.name), CheckText.quote(ind.value),
                                                                             CheckText.number(c.options.minSatisfaction)))
                        }
                    }
                }
                TargetRules.row(&c, side, k, ind, f, isPlaceholder: placeholder != nil)
            }
        }
        if !subjects.quantity { c.cannotCheck(.quantityNoNumber, FindingText(.notCheckedNoSubject, "数量指标")) }
        if !subjects.cost { c.cannotCheck(.costNoNumber, FindingText(.notCheckedNoSubject, "成本指标")) }
        if !subjects.satisfaction { c.cannotCheck(.satisfactionLow, FindingText(.notCheckedNoNumber)) }
        if c.enabled(.sideUnmatched) || c.enabled(.annualUnquantified) { pairs(&c) }
    }

    /// Whether any indicator gave a rule something to look at.
    private struct Subjects {
        var quantity = false, cost = false, satisfaction = false
    }

    // MARK: - Tiers

    private static func tierEmpty(_ c: inout CheckContext, _ side: Side, _ facts: [CheckContext.IndicatorFacts]) {
        var present = [Bool](repeating: false, count: Tier1.allCases.count)
        for f in facts {
            if let k = f.effectiveTier1 { present[k.rank] = true }
        }
        guard !requiredTier1.allSatisfy({ present[$0.rank] }) else { return }
        let declarations = c.form.indicators.declared(side)
        for tier in requiredTier1 where !present[tier.rank] {
            let declared = declarations.filter { (Tier1(label: $0.tier1) ?? Tier2(label: $0.tier2)?.inferredTier1) == tier }
            let text = declared.isEmpty
                ? FindingText(.tierEmpty, side.label, tier.rawValue)
                : FindingText(.tierEmptyDeclared, side.label, tier.rawValue, declared.map(\.tier2).joined(separator: ", "))
            c.report(.tierEmpty, text, line: declared.first?.line ?? c.form.indicators[side].first?.line, side: side)
        }
    }

    // MARK: - Duplicates

    private static func duplicates(_ c: inout CheckContext, _ side: Side, _ facts: [CheckContext.IndicatorFacts]) {
        var first: [ByteKey: Int] = [:]
        first.reserveCapacity(facts.count)
        for (k, f) in facts.enumerated() where !f.name.isEmpty {
            if let i = first[ByteKey(f.name)] {
                let ind = c.form.indicators[side][k]
                c.report(.indicatorDuplicate, side, ind, FindingText(.indicatorDuplicate, CheckText.quote(ind.name), c.form.indicators[side][i].line))
            } else {
                first[ByteKey(f.name)] = k
            }
        }
    }

    // MARK: - Pairs

    private static func pairs(_ c: inout CheckContext) {
        let table = c.form.indicators
        if let why = c.cannotCompareSides() {
            c.cannotCheck(.sideUnmatched, why)
            c.cannotCheck(.annualUnquantified, why)
            return
        }
        let implFacts = c.facts(.implementation), annualFacts = c.facts(.annual)
        for pair in c.pairing.pairs {
            switch (pair.implementation, pair.annual) {
            case (let i?, let a?):
                guard c.enabled(.annualUnquantified), annualUnquantified(implFacts[i], annualFacts[a]) else { continue }
                let ind = table.annual[a]
                c.report(.annualUnquantified, FindingText(.sidePrefix, Side.annual.label,
                                                          FindingText(.annualUnquantified, CheckText.quote(ind.name), CheckText.quote(ind.value), CheckText.quote(table.implementation[i].value))),
                         line: ind.line, side: .annual)
            case (let i?, nil):
                let ind = table.implementation[i]
                if c.enabled(.sideUnmatched), !implFacts[i].name.isEmpty {
                    c.report(.sideUnmatched, FindingText(.sidePrefix, Side.implementation.label, FindingText(.sideUnmatched, CheckText.quote(ind.name), Side.annual.label)),
                             line: ind.line, side: .implementation)
                }
            case (nil, let a?):
                let ind = table.annual[a]
                if c.enabled(.sideUnmatched), !annualFacts[a].name.isEmpty {
                    c.report(.sideUnmatched, FindingText(.sidePrefix, Side.annual.label, FindingText(.sideUnmatched, CheckText.quote(ind.name), Side.implementation.label)),
                             line: ind.line, side: .annual)
                }
            case (nil, nil): break
            }
        }
    }

    /// A 年度 target with no number where the paired 实施期 target has one (数量 and 成本 rows
    /// are left to their own rules, which flag them on either side).
    static func annualUnquantified(_ impl: CheckContext.IndicatorFacts, _ annual: CheckContext.IndicatorFacts) -> Bool {
        !annual.value.isEmpty && !annual.mustBeNumber && placeholderValue(annual.value) == nil && impl.valueHasNumber && !annual.valueHasNumber
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

    /// A template mark inside text: `某某`, or a run of two or more X/x/Ｘ/×/*/＊ not part of a word.
    static func placeholderMark(_ text: String) -> String? {
        if CheckText.contains(text, "某某") { return "某某" }
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
