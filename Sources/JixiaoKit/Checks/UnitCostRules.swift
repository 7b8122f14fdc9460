extension Rule {
    public static let unitCostOverFunds = Rule("unit-cost-over-funds", .warning, .funds, .appropriateness)
}

/// 单位成本 × 数量 against the side's 资金总额: a unit cost (`110元/吨`) and a quantity in the
/// same unit (`200750吨/年`) on one side cost at least their product; when that is above the
/// side's total, the money does not buy the targets. Silent when the pairing is not clear.
enum UnitCostRules {
    /// Unit costs are rounded on forms; 1% above the total is still the same figure.
    static let tolerance = 0.01

    struct UnitCost {
        var index: Int
        /// 元 per unit.
        var yuan: Double
        var unit: String
        /// The side the number was taken from, when this side's cost has none.
        var borrowedFrom: Side?
        var text: String
    }

    struct Quantity {
        var index: Int
        var amount: Double
        var unit: String
    }

    static func check(_ c: inout CheckContext) {
        guard c.enabled(.unitCostOverFunds) else { return }
        for side in c.sides where !c.form.indicators[side].isEmpty {
            guard let total = c.form.funds[side].total else {
                c.cannotCheck(.unitCostOverFunds, FindingText(.notCheckedNoTotal))
                continue
            }
            let facts = c.facts(side)
            var costs: [UnitCost] = [], quantities: [Quantity] = []
            var unnumbered = false
            for (k, f) in facts.enumerated() {
                if f.isMonetaryCost {
                    if let cost = unitCost(f.value, index: k) {
                        costs.append(cost)
                    } else if !f.valueHasNumber {
                        // Borrowed from the other side's indicator of the same name.
                        let other: Side = side == .implementation ? .annual : .implementation
                        if c.has(other), let j = c.pairing.partner(of: k, on: side), c.facts(other)[j].isMonetaryCost,
                           var cost = unitCost(c.facts(other)[j].value, index: k) {
                            cost.borrowedFrom = other
                            costs.append(cost)
                        } else {
                            unnumbered = true
                        }
                    }
                } else if f.tier2 == .quantity, let q = quantity(f.value, index: k) {
                    quantities.append(q)
                }
            }
            var paired = false, ambiguous = false
            for unit in Set(costs.map(\.unit)) {
                let cs = costs.filter { $0.unit == unit }, qs = quantities.filter { $0.unit == unit }
                guard !qs.isEmpty else { continue }
                guard cs.count == 1, qs.count == 1 else { ambiguous = true; continue }
                paired = true
                let cost = cs[0], q = qs[0]
                let product = cost.yuan * q.amount
                guard product > total * (1 + tolerance) else { continue }
                let ind = c.form.indicators[side]
                let costText: any FindingTextArgument = cost.borrowedFrom.map { FindingText(.borrowed, cost.text, $0.label) } ?? cost.text
                c.report(.unitCostOverFunds,
                         FindingText(.sidePrefix, side.label, FindingText(.unitCostOverFunds, costText, ind[q.index].value,
                                                                          Amounts.wan(product) + "万元", side.label, Amounts.wan(total) + "万元")),
                         line: ind[cost.index].line, side: side)
            }
            if !paired {
                let why: CheckMessages = ambiguous ? .notCheckedAmbiguous : unnumbered ? .notCheckedNoNumber : .notCheckedNoPairing
                c.cannotCheck(.unitCostOverFunds, FindingText(why))
            }
        }
    }

    /// `110元/吨`, `110元/吨/年`, `1.49元/立方米`, `0.5万元/套`: an amount of money per one unit
    /// (a trailing `/年` is the period of the whole and changes nothing; `/月` or `/日` does, so
    /// those are not read). A ceiling (`≤`) is not a cost the targets must reach.
    static func unitCost(_ value: String, index: Int) -> UnitCost? {
        guard let p = ParsedValue(value), p.comparator != "≤", p.comparator != "<",
              let scale = TargetWords.moneyScale(p.unit) else { return nil }
        let parts = slashParts(p.unit)
        guard parts.count == 2 || (parts.count == 3 && parts[2] == "年"), !parts[1].isEmpty else { return nil }
        return UnitCost(index: index, yuan: p.number * scale, unit: canonical(parts[1]), text: value)
    }

    /// `200750吨/年`, `563.40万方`: an amount of a unit, 万/亿 read as multipliers; money is not
    /// a quantity to pay for.
    static func quantity(_ value: String, index: Int) -> Quantity? {
        guard let p = ParsedValue(value), p.comparator != "≤", p.comparator != "<", TargetWords.moneyScale(p.unit) == nil else { return nil }
        let parts = slashParts(p.unit)
        guard parts.count == 1 || (parts.count == 2 && parts[1] == "年") else { return nil }
        var unit = Substring(parts[0]), amount = p.number
        for (word, scale) in [("亿", 1e8), ("万", 1e4)] where unit.hasPrefix(word) && unit.count > word.count {
            unit = unit.dropFirst(word.count)
            amount *= scale
        }
        guard !unit.isEmpty else { return nil }
        return Quantity(index: index, amount: amount, unit: canonical(String(unit)))
    }

    private static func slashParts(_ unit: String) -> [String] {
        CheckText.squeeze(unit).split(separator: "/", omittingEmptySubsequences: false).flatMap { $0.split(separator: "／", omittingEmptySubsequences: false) }.map(String.init)
    }

    /// One name for units written several ways.
    static func canonical(_ unit: String) -> String {
        switch unit {
        case "方", "立方", "m³", "m3", "立方米": return "立方米"
        case "公斤", "kg", "千克": return "千克"
        case "平方米", "平米", "㎡", "m²", "m2": return "平方米"
        case "公里", "千米", "km": return "公里"
        default: return unit
        }
    }
}
