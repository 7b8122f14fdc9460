/// The indicator table as a tree, 一级 → 二级 → 三级, with both sides' values side by side —
/// computed once here so the browser and `show` draw the same thing.
public struct IndicatorTree: Sendable, Equatable {
    public var nodes: [Tier1Node]

    /// Builds the tree of a form: tiers grouped by canonical kind (so `经济效益` and
    /// `经济效益指标` are one node) in framework order; indicators of both sides paired by 二级
    /// and name (a name cut short on one side pairs with the full one); declared 二级 with
    /// nothing under them kept as empty nodes.
    public init(_ table: IndicatorTable) {
        var tier1s: [Tier1Node] = []
        func tier1Index(_ label: String, _ kind: Tier1?) -> Int {
            let key = kind?.rawValue ?? label
            if let i = tier1s.firstIndex(where: { $0.key == key }) { return i }
            tier1s.append(Tier1Node(label: kind?.rawValue ?? label, kind: kind, children: []))
            return tier1s.count - 1
        }
        func tier2Index(_ t1: Int, _ label: String, _ kind: Tier2?) -> Int {
            let key = kind?.rawValue ?? label
            if let i = tier1s[t1].children.firstIndex(where: { $0.key == key }) { return i }
            tier1s[t1].children.append(Tier2Node(label: label, kind: kind, rows: []))
            return tier1s[t1].children.count - 1
        }
        for side in Side.allCases {
            for ind in table[side] {
                let a = tier1Index(ind.tier1, ind.tier1Kind)
                let b = tier2Index(a, ind.tier2, ind.tier2Kind)
                tier1s[a].children[b].add(ind, side: side)
            }
        }
        for side in Side.allCases {
            for d in table.declarations[side] ?? [] {
                let a = tier1Index(d.tier1, Tier1(label: d.tier1))
                _ = tier2Index(a, d.tier2, Tier2(label: d.tier2))
            }
        }
        for i in tier1s.indices {
            tier1s[i].children.sort { ($0.kind?.rank ?? 99) < ($1.kind?.rank ?? 99) }
        }
        tier1s.sort { ($0.kind?.rank ?? 99) < ($1.kind?.rank ?? 99) }
        nodes = tier1s
    }
}

/// A 一级 node.
public struct Tier1Node: Sendable, Equatable {
    /// The canonical label where the tier is known, else as printed.
    public var label: String
    public var kind: Tier1?
    public var children: [Tier2Node]
    var key: String { kind?.rawValue ?? label }
    /// Indicators under this node (rows, counting a pair once).
    public var count: Int { children.reduce(0) { $0 + $1.rows.count } }
}

/// A 二级 node; `rows` is empty for a declared tier with nothing under it.
public struct Tier2Node: Sendable, Equatable {
    /// The label as first printed.
    public var label: String
    public var kind: Tier2?
    public var rows: [IndicatorPair]
    var key: String { kind?.rawValue ?? label }
    public var isEmpty: Bool { rows.isEmpty }

    mutating func add(_ ind: Indicator, side: Side) {
        if side == .annual {
            let name = Vocabulary.squeeze(ind.name)
            // Pair with an implementation row of the same name, or one cut short / cut shorter.
            if let i = rows.firstIndex(where: { $0.annual == nil && $0.implementation.map { Vocabulary.squeeze($0.name) == name } == true })
                ?? rows.firstIndex(where: { r in
                    guard r.annual == nil, let n = r.implementation.map({ Vocabulary.squeeze($0.name) }), !n.isEmpty, !name.isEmpty else { return false }
                    return n.hasPrefix(name) || name.hasPrefix(n)
                }) {
                rows[i].annual = ind
                return
            }
            rows.append(IndicatorPair(implementation: nil, annual: ind))
        } else {
            rows.append(IndicatorPair(implementation: ind, annual: nil))
        }
    }
}

/// One 三级 row with each side's indicator (nil where a side does not have it).
public struct IndicatorPair: Sendable, Equatable {
    public var implementation: Indicator?
    public var annual: Indicator?

    public subscript(side: Side) -> Indicator? { side == .implementation ? implementation : annual }

    /// The name to show: the longer of the two (one side may be cut off).
    public var name: String {
        let a = implementation?.name ?? "", b = annual?.name ?? ""
        return b.count > a.count ? b : a
    }

    /// True when the sides differ: a different value or name, or present on one side only.
    public var differs: Bool {
        guard let i = implementation, let a = annual else { return true }
        return i.value != a.value || i.name != a.name
    }
}
