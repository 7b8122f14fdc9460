/// A searchable field of a form: where a search hit is.
///
/// The fields, in the order `SearchIndex.hits(_:in:)` reports them (the print order of the
/// form, one side of the indicator table after the other):
/// project, department (`code-name`, as `Department.display`), implementing unit, the five
/// narratives (`Narrative.fields` order), the two goals, then for each side its tier labels
/// (every distinct 一级 and 二级 label the side printed, in order of appearance) and its
/// indicators (name, then value).
public enum SearchField: Sendable, Hashable {
    /// 项目名称.
    case project
    /// 主管部门及代码, searched as printed by `Department.display` (`906-社保科`).
    case department
    /// 实施单位.
    case implementingUnit
    /// One of the five narratives, by its `Narrative.fields` key (`overview`, `basis`, …).
    case narrative(String)
    /// 总体目标 of one side.
    case goal(Side)
    /// A 一级 or 二级 tier label printed on one side, as printed (`产出指标`, `经济效益`).
    case tier(Side, String)
    /// 三级: the name of the indicator at this index of `IndicatorTable[side]`.
    case indicatorName(Side, Int)
    /// 指标值 of the indicator at this index of `IndicatorTable[side]`.
    case indicatorValue(Side, Int)

    /// The text of this field in `form` (the string a hit's range indexes), or nil when the
    /// form has no such field.
    public func text(in form: Form) -> String? {
        switch self {
        case .project: return form.project
        case .department: return form.department.display
        case .implementingUnit: return form.implementingUnit
        case .narrative(let key):
            return Narrative.fields.first { $0.key == key }.map { form.narrative[keyPath: $0.path] }
        case .goal(let side): return form.goals[side]
        case .tier(let side, let label):
            return SearchField.tierLabels(of: form, side: side).contains(label) ? label : nil
        case .indicatorName(let side, let i):
            let list = form.indicators[side]
            return list.indices.contains(i) ? list[i].name : nil
        case .indicatorValue(let side, let i):
            let list = form.indicators[side]
            return list.indices.contains(i) ? list[i].value : nil
        }
    }

    /// Every distinct tier label one side printed, in order of appearance: those of its
    /// indicators and its declarations (二级 labels with nothing under them).
    static func tierLabels(of form: Form, side: Side) -> [String] {
        // A handful of labels, mostly repeating the row above: compare bytes with `memcmp`
        // (`==` and hashing normalize; `elementsEqual` on the UTF-8 views stepped a generic
        // iterator byte by byte, a quarter of the index's build), and the previous label first.
        var out: [String] = []
        func add(_ s: String) {
            if !s.isEmpty, !out.contains(where: { CheckText.same($0, s) }) { out.append(s) }
        }
        var last1 = "", last2 = ""
        for ind in form.indicators[side] {
            if !CheckText.same(ind.tier1, last1) {
                add(ind.tier1)
                last1 = ind.tier1
            }
            if !CheckText.same(ind.tier2, last2) {
                add(ind.tier2)
                last2 = ind.tier2
            }
        }
        for d in form.indicators.declared(side) {
            add(d.tier1)
            add(d.tier2)
        }
        return out
    }

    /// Calls `body` with every non-empty searchable field of `form`, in hit order, or with
    /// `shortFirst` in the index's order: short fields first (names, labels, indicators, then
    /// goals and narratives), so that most matches are found within a form's first bytes.
    static func forEach(in form: Form, shortFirst: Bool = false, _ body: (SearchField, String) -> Void) {
        func visit(_ field: SearchField, _ text: String) { if !text.isEmpty { body(field, text) } }
        func long() {
            for f in Narrative.fields { visit(.narrative(f.key), form.narrative[keyPath: f.path]) }
            visit(.goal(.implementation), form.goals.implementation)
            visit(.goal(.annual), form.goals.annual)
        }
        visit(.project, form.project)
        visit(.department, form.department.display)
        visit(.implementingUnit, form.implementingUnit)
        if !shortFirst { long() }
        for side in Side.allCases {
            for label in tierLabels(of: form, side: side) { visit(.tier(side, label), label) }
            for (i, ind) in form.indicators[side].enumerated() {
                visit(.indicatorName(side, i), ind.name)
                visit(.indicatorValue(side, i), ind.value)
            }
        }
        if shortFirst { long() }
    }
}

/// One match in one field of a form: `range` indexes the field's text (`field.text(in:)`).
public struct SearchHit: Sendable, Hashable {
    public var field: SearchField
    public var range: Range<String.Index>
    public init(field: SearchField, range: Range<String.Index>) {
        self.field = field
        self.range = range
    }
}
