import JixiaoKit

extension IndicatorTree {
    /// The lines of the tree with `folded` nodes closed. `side` nil shows every row (both sides in
    /// columns); a side shows only that side's indicators (a 二级 with none of them is empty).
    public func lines(folded: Set<String> = [], side: Side? = nil) -> [TreeLine] {
        var out: [TreeLine] = []
        for g in groups {
            let id1 = TreeLine.id(g.key)
            let isFolded1 = folded.contains(id1)
            out.append(TreeLine(
                kind: .tier1, id: id1, ancestors: [], label: g.label, row: nil,
                counts: (g.count(.implementation), g.count(.annual)), count: g.count(side),
                differing: side == nil ? g.differing : 0, isFolded: isFolded1, isEmpty: g.count(side) == 0 && g.children.isEmpty))
            if isFolded1 { continue }
            for c in g.children {
                let id2 = TreeLine.id(g.key, c.key)
                let shown = side.map { s in c.rows.filter { $0[s] != nil } } ?? c.rows
                let isFolded2 = folded.contains(id2)
                out.append(TreeLine(
                    kind: .tier2, id: id2, ancestors: [id1], label: c.label, row: nil,
                    counts: (c.count(.implementation), c.count(.annual)), count: shown.count,
                    differing: side == nil ? c.differing : 0, isFolded: isFolded2 && !shown.isEmpty, isEmpty: shown.isEmpty))
                if isFolded2 { continue }
                for (i, r) in shown.enumerated() {
                    out.append(TreeLine(
                        kind: .leaf, id: TreeLine.id(g.key, c.key, String(i)), ancestors: [id1, id2], label: r.name, row: r,
                        counts: (r.implementation == nil ? 0 : 1, r.annual == nil ? 0 : 1), count: 1,
                        differing: side == nil && r.differs ? 1 : 0, isFolded: false, isEmpty: false))
                }
            }
        }
        return out
    }

    /// The key of the 一级 group a printed label goes to (as `init(_:)` groups it).
    static func tier1Key(_ label: String) -> String {
        let squeezed = Vocabulary.squeeze(label)
        return Tier1(label: squeezed)?.rawValue ?? squeezed
    }

    /// The key of the 二级 group a printed label goes to.
    static func tier2Key(_ label: String) -> String {
        let squeezed = Vocabulary.squeeze(label)
        return Tier2(label: squeezed)?.rawValue ?? squeezed
    }

    /// Ids of every group node (for folding all).
    public var groupIDs: Set<String> {
        var out: Set<String> = []
        for g in groups {
            out.insert(TreeLine.id(g.key))
            for c in g.children { out.insert(TreeLine.id(g.key, c.key)) }
        }
        return out
    }
}

/// One line of the tree pane.
public struct TreeLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case tier1, tier2, leaf }

    public var kind: Kind
    /// A stable id (`一级|二级|n`), used for folding and to keep the cursor on its node.
    public var id: String
    /// Ids of the enclosing groups, outermost first.
    public var ancestors: [String]
    /// The tier label, or the indicator's name.
    public var label: String
    /// The indicator row (leaves only).
    public var row: IndicatorTree.Row?
    /// Indicators on each side under this node.
    public var counts: (implementation: Int, annual: Int)
    /// Indicators shown under this node.
    public var count: Int
    /// Rows under this node whose sides disagree (two-column view only).
    public var differing: Int
    public var isFolded: Bool
    /// A group with nothing to show: `（无）`.
    public var isEmpty: Bool

    public var depth: Int { ancestors.count }
    /// The group key of a 一级 or 二级 line (`IndicatorTree.tier1Key` / `tier2Key` of its labels).
    var groupKey: String {
        switch kind {
        case .tier1: id
        case .tier2: String(id.dropFirst((ancestors.first?.count ?? 0) + 1))
        case .leaf: ""
        }
    }
    public var isGroup: Bool { kind != .leaf }

    static func id(_ parts: String...) -> String { parts.joined(separator: "|") }

    /// The strings the line displays, for search.
    var searchableTexts: [String] {
        var out = [label]
        if let r = row {
            if let v = r.implementation?.value { out.append(v) }
            if let v = r.annual?.value { out.append(v) }
        }
        return out
    }

    public static func == (a: TreeLine, b: TreeLine) -> Bool {
        a.kind == b.kind && a.id == b.id && a.ancestors == b.ancestors && a.label == b.label && a.row == b.row
            && a.counts == b.counts && a.count == b.count && a.differing == b.differing
            && a.isFolded == b.isFolded && a.isEmpty == b.isEmpty
    }
}
