/// The header facts of a form laid out once — which facts, in which order, under which labels,
/// with money and dates as docs/text.md states — for `show`'s card and the browser's detail pane.
/// Values are the form's text (unsanitized, like the model): sanitize at the edge.
public struct FormFact: Sendable, Equatable {
    /// What a fact is, so a view can pick or style some (e.g. leave out funds it tabulates).
    public enum Kind: Sendable, Equatable, Hashable {
        case department, implementingUnit, attribute, period, funds(Side), filedAt, source
    }

    public var kind: Kind
    /// The label, with its unit when it is an amount (`年度资金（元）`).
    public var label: String
    /// The value as shown: amounts as `Amounts.yuan`, 填报日期 as `FiledDate.display`.
    public var value: String
    /// The text as written on the form when `value` differs from it (填报日期 shown as a date).
    public var raw: String?

    public init(_ kind: Kind, _ label: String, _ value: String, raw: String? = nil) {
        self.kind = kind
        self.label = label
        self.value = value
        self.raw = raw
    }
}

/// One row of a form's 项目资金 table: both sides in 元 as printed (`—` for an empty cell).
public struct FundsRow: Sendable, Equatable {
    /// The label as printed on the form (`中央财政资金`).
    public var label: String
    /// A short label for narrow tables (`中央`).
    public var shortLabel: String
    /// Whether this is 资金总额 (the total over the sources).
    public var isTotal: Bool
    public var implementation: String
    public var annual: String
}

public enum FormFacts {
    /// The facts in reading order: 主管部门及代码, 实施单位, 项目属性, 项目期, 实施期 and 年度
    /// 资金总额 (元), 填报日期 (as a date), 来源 (file:line, when the form has a file).
    public static func of(_ f: Form) -> [FormFact] {
        var out = [
            FormFact(.department, "主管部门及代码", f.department.display),
            FormFact(.implementingUnit, "实施单位", f.implementingUnit),
            // The 88号 template prints 项目来源 where the sample's layout has 项目属性.
            f.attribute.isEmpty && !f.origin.isEmpty ? FormFact(.attribute, "项目来源", f.origin) : FormFact(.attribute, "项目属性", f.attribute),
            FormFact(.period, "项目期", f.period),
        ]
        for side in Side.allCases {
            out.append(FormFact(.funds(side), "\(side.label)资金（\(Amounts.Unit.yuan.label)）", Amounts.Unit.yuan.format(f.funds[side].total)))
        }
        let date = FiledDate.display(f.signoff.filedAt)
        out.append(FormFact(.filedAt, "填报日期", date, raw: date == f.signoff.filedAt ? nil : f.signoff.filedAt))
        if !f.source.file.isEmpty {
            out.append(FormFact(.source, "来源", f.source.description))
        }
        return out
    }

    /// The 项目资金 table: 资金总额, then each source in print order, both sides in 元.
    public static func fundsTable(_ f: Form) -> [FundsRow] {
        let rows: [(String, String, WritableKeyPath<FundsSide, Double?>)] =
            [("资金总额", "资金总额", \.total)] + FundsSide.allSources.filter { s in
                // 财政拨款 (the 88号 template's line) only where a side gives it.
                s.key != "fiscal" || f.funds.implementation.fiscal != nil || f.funds.annual.fiscal != nil
            }.map { ($0.label, shortLabels[$0.key] ?? $0.label, $0.path) }
        return rows.map { label, short, path in
            FundsRow(label: label, shortLabel: short, isTotal: path == \FundsSide.total,
                     implementation: Amounts.yuan(f.funds.implementation[keyPath: path]),
                     annual: Amounts.yuan(f.funds.annual[keyPath: path]))
        }
    }

    static let shortLabels = ["fiscal": "财政拨款", "central": "中央", "provincial": "省级", "local": "市县（区）", "selfRaised": "单位自筹", "other": "其他"]
}
