/// What a cell says when it is one of the form's own words: computed once per cell while rows
/// are scanned (a hash lookup on its whitespace-free bytes), so the reader compares enums, not
/// strings.
enum CellLabel: Hashable, Sendable {
    case tier1(Tier1)
    case tier2(Tier2)
    /// `成本指标`: 一级 or 二级 depending on context.
    case cost
    /// A table heading: 一级指标, 二级指标, 三级指标, 指标值, 绩效指标 (or a garbled `绩效…`).
    case heading(Heading)
    /// A stray `项目` left in column 0 by a page break.
    case stray
    case header(HeaderField)
    case funds(Vocabulary.FundsSlot)
    case narrative(NarrativeField)
    case goal(GoalLabel)
    /// A sign-off label, possibly with its value after the colon (kept in `squeezed`).
    case signoff(SignoffField)

    enum Heading: Hashable, Sendable { case tier1, tier2, tier3, value, performance }
    enum HeaderField: Hashable, Sendable { case project, department, implementingUnit, attribute, period, funds }
    enum NarrativeField: Int, Hashable, Sendable { case overview, basis, necessity, safeguards, plan }
    enum GoalLabel: Hashable, Sendable { case implementation, annual, overall }
    enum SignoffField: Int, Hashable, Sendable { case leader, handler, phone, filedAt }

    /// The table's view of the label.
    var tableCell: Vocabulary.TableCell {
        switch self {
        case .tier1(let t): return .tier1(t)
        case .tier2(let t): return .tier2(t)
        case .cost: return .cost
        case .heading: return .heading
        default: return .text
        }
    }

    /// Squeezed label text → label, for every printed variant.
    static let table: [[UInt8]: (CellLabel, String)] = {
        var t: [[UInt8]: (CellLabel, String)] = [:]
        func add(_ s: String, _ l: CellLabel) { t[Array(s.utf8)] = (l, s) }
        add("产出指标", .tier1(.output)); add("产出", .tier1(.output))
        add("效益指标", .tier1(.benefit))
        add("满意度指标", .tier1(.satisfaction))
        add("成本指标", .cost); add("成本", .cost)
        for t2 in Tier2.allCases where t2 != .cost {
            add(t2.rawValue, .tier2(t2))
            add(String(t2.rawValue.dropLast(2)), .tier2(t2))
        }
        add("一级指标", .heading(.tier1)); add("二级指标", .heading(.tier2)); add("三级指标", .heading(.tier3))
        add("指标值", .heading(.value)); add("绩效指标", .heading(.performance))
        add("项目", .stray)
        add("项目名称", .header(.project)); add("主管部门及代码", .header(.department)); add("主管部门", .header(.department))
        add("实施单位", .header(.implementingUnit)); add("项目属性", .header(.attribute)); add("项目期", .header(.period))
        for f in ["项目资金（元）", "项目资金(元)", "项目资金"] { add(f, .header(.funds)) }
        let funds: [(String, Vocabulary.FundsSlot)] = [
            ("实施期资金总额", .total(.implementation)), ("年度资金总额", .total(.annual)), ("资金总额", .total(nil)),
            ("中央财政资金", .central), ("省级财政资金", .provincial), ("市县（区）财政资金", .local),
            ("市县(区)财政资金", .local), ("市县财政资金", .local), ("单位自筹", .selfRaised), ("单位自筹资金", .selfRaised),
            ("其他资金", .other),
        ]
        for (name, slot) in funds {
            for prefix in ["", "其中：", "其中:", "其中"] {
                for suffix in ["", "：", ":"] { add(prefix + name + suffix, .funds(slot)) }
            }
        }
        let narratives: [(String, NarrativeField)] = [
            ("项目概况", .overview), ("立项依据", .basis), ("项目设立必要性", .necessity), ("项目设立的必要性", .necessity),
            ("保证项目实施的制度、措施", .safeguards), ("保证项目实施的制度,措施", .safeguards),
            ("保证项目实施的制度，措施", .safeguards), ("项目实施计划", .plan),
        ]
        for (name, f) in narratives { add(name, .narrative(f)) }
        add("实施期目标", .goal(.implementation)); add("年度目标", .goal(.annual)); add("总体目标", .goal(.overall))
        return t
    }()

    /// Sign-off labels by their UTF-8 prefix (the value may follow in the same cell).
    static let signoffPrefixes: [([UInt8], SignoffField)] = [
        (Array("负责人".utf8), .leader), (Array("经办人".utf8), .handler),
        (Array("联系电话".utf8), .phone), (Array("填报日期".utf8), .filedAt),
    ]
    static let performancePrefix = Array("绩效".utf8)

    /// The label of a cell's bytes (already trimmed), with the squeezed label text.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> (CellLabel, String)? {
        guard bytes.count <= 64, let first = bytes.first, first >= 0xE0 else { return nil }
        scratch.removeAll(keepingCapacity: true)
        var k = 0
        let n = bytes.count
        while k < n {
            let b = bytes[k]
            if b == 0x20 || b == 0x09 { k += 1; continue }
            if b == 0xE3, k + 2 < n, bytes[k + 1] == 0x80, bytes[k + 2] == 0x80 { k += 3; continue }
            if b == 0xC2, k + 1 < n, bytes[k + 1] == 0xA0 { k += 2; continue }
            scratch.append(b)
            k += 1
        }
        if let hit = table[scratch] { return hit }
        for (prefix, field) in signoffPrefixes where scratch.starts(with: prefix) {
            let rest = scratch.count - prefix.count
            if rest == 0 { return (.signoff(field), String(decoding: scratch, as: UTF8.self)) }
            // The label must be followed by a colon: `填报日期：2025…` or `填报日期:2025…`.
            let c = scratch[prefix.count]
            if c == 0x3A || (c == 0xEF && rest >= 3 && scratch[prefix.count + 1] == 0xBC && scratch[prefix.count + 2] == 0x9A) {
                return (.signoff(field), String(decoding: scratch, as: UTF8.self))
            }
        }
        if scratch.count <= 12, scratch.starts(with: performancePrefix) { return (.heading(.performance), "绩效指标") }
        return nil
    }
}
