import JixiaoKit

/// The indicator table as the tree pane shows it: 一级 → 二级 → rows, each row pairing the
/// 实施期 and 年度 indicator of one 三级.
///
/// Built by a pure function (`init(_:)`):
/// - tiers are grouped by canonical kind (`经济效益` and `经济效益指标` are one group); labels the
///   vocabulary does not know are grouped by their printed label (whitespace removed);
/// - 一级 groups are ordered 产出, 成本, 效益, 满意度, unknown ones after, in order of appearance;
///   二级 groups likewise in framework order;
/// - rows of the two sides are paired by (二级 kind, name); a name cut short on one side
///   (`优秀人才对我市` / `优秀人才对我市人才政策满意度`) pairs with the full one when nothing matches
///   exactly; a row present on one side only stays a row of its own, placed after the row it
///   followed on its side;
/// - 二级 declared with nothing under them (`IndicatorTable.declarations`) are empty groups.
public struct TreeModel: Sendable, Equatable {
    /// One 三级 indicator with its value on each side.
    public struct Row: Sendable, Equatable {
        /// The name shown: the longer when the two sides print it differently.
        public var name: String
        public var implementation: Indicator?
        public var annual: Indicator?

        public init(name: String, implementation: Indicator? = nil, annual: Indicator? = nil) {
            self.name = name
            self.implementation = implementation
            self.annual = annual
        }

        public subscript(side: Side) -> Indicator? { side == .implementation ? implementation : annual }

        /// The sides disagree: a value differs (whitespace ignored) or one side lacks the row.
        public var differs: Bool {
            guard let a = implementation, let b = annual else { return true }
            return Vocabulary.squeeze(a.value) != Vocabulary.squeeze(b.value)
        }
    }

    /// A 二级 group.
    public struct Group2: Sendable, Equatable {
        public var key: String
        /// The canonical label where the tier is known, else as printed.
        public var label: String
        public var kind: Tier2?
        public var rows: [Row]

        /// Indicators on `side`, or rows when nil (both sides).
        public func count(_ side: Side?) -> Int {
            guard let side else { return rows.count }
            return rows.reduce(0) { $0 + ($1[side] == nil ? 0 : 1) }
        }
        /// Rows whose sides disagree.
        public var differing: Int { rows.reduce(0) { $0 + ($1.differs ? 1 : 0) } }
    }

    /// A 一级 group.
    public struct Group1: Sendable, Equatable {
        public var key: String
        public var label: String
        public var kind: Tier1?
        public var children: [Group2]

        public func count(_ side: Side?) -> Int { children.reduce(0) { $0 + $1.count(side) } }
        public var differing: Int { children.reduce(0) { $0 + $1.differing } }
    }

    public var groups: [Group1]

    public init(groups: [Group1]) {
        self.groups = groups
    }

    /// Groups and pairs a form's indicator table.
    public init(_ table: IndicatorTable) {
        var groups: [Group1] = []
        var firstSeen1: [String: Int] = [:]
        var firstSeen2: [String: Int] = [:]

        func tier1(_ label: String, _ tier2: Tier2?) -> (key: String, label: String, kind: Tier1?) {
            let squeezed = Vocabulary.squeeze(label)
            if let k = Tier1(label: squeezed) ?? (squeezed.isEmpty ? tier2?.inferredTier1 : nil) {
                return (k.rawValue, k.rawValue, k)
            }
            return (squeezed, squeezed.isEmpty ? "（未分级）" : squeezed, nil)
        }
        func tier2(_ label: String) -> (key: String, label: String, kind: Tier2?) {
            let squeezed = Vocabulary.squeeze(label)
            if let k = Tier2(label: squeezed) { return (k.rawValue, k.rawValue, k) }
            return (squeezed, squeezed.isEmpty ? "（未分级）" : squeezed, nil)
        }
        func existing(_ t1label: String, _ t2label: String) -> (Int, Int)? {
            let t2 = tier2(t2label)
            let t1 = tier1(t1label, t2.kind)
            guard let a = groups.firstIndex(where: { $0.key == t1.key }),
                  let b = groups[a].children.firstIndex(where: { $0.key == t2.key }) else { return nil }
            return (a, b)
        }
        func locate(_ t1label: String, _ t2label: String) -> (Int, Int) {
            let t2 = tier2(t2label)
            let t1 = tier1(t1label, t2.kind)
            let a: Int
            if let i = groups.firstIndex(where: { $0.key == t1.key }) {
                a = i
            } else {
                firstSeen1[t1.key] = firstSeen1[t1.key] ?? firstSeen1.count
                groups.append(Group1(key: t1.key, label: t1.label, kind: t1.kind, children: []))
                a = groups.count - 1
            }
            if let b = groups[a].children.firstIndex(where: { $0.key == t2.key }) { return (a, b) }
            let k2 = t1.key + "|" + t2.key
            firstSeen2[k2] = firstSeen2[k2] ?? firstSeen2.count
            groups[a].children.append(Group2(key: t2.key, label: t2.label, kind: t2.kind, rows: []))
            return (a, groups[a].children.count - 1)
        }

        for ind in table.implementation {
            let (a, b) = locate(ind.tier1, ind.tier2)
            groups[a].children[b].rows.append(Row(name: ind.name, implementation: ind))
        }

        // Pair each annual indicator with an unpaired implementation row of the same 二级 and
        // name: in its own group first, then in any group of the same 二级 (the sides may
        // disagree on the 一级 of 成本指标).
        var last: (a: Int, b: Int, r: Int)?
        for ind in table.annual {
            let key2 = tier2(ind.tier2).key
            let own = existing(ind.tier1, ind.tier2)
            var places: [(Int, Int)] = own.map { [$0] } ?? []
            for a in groups.indices {
                for b in groups[a].children.indices where groups[a].children[b].key == key2 && !(own.map { $0 == (a, b) } ?? false) {
                    places.append((a, b))
                }
            }
            let name = Vocabulary.squeeze(ind.name)
            func find(_ same: (String) -> Bool) -> (Int, Int, Int)? {
                for (a, b) in places {
                    if let r = groups[a].children[b].rows.firstIndex(where: { row in
                        row.annual == nil && row.implementation.map { same(Vocabulary.squeeze($0.name)) } == true
                    }) { return (a, b, r) }
                }
                return nil
            }
            let found = find { $0 == name } ?? find { other in
                let (short, long) = other.count < name.count ? (other, name) : (name, other)
                return short.count >= 2 && long.hasPrefix(short)
            }
            if let (a, b, r) = found {
                groups[a].children[b].rows[r].annual = ind
                if DisplayWidth.of(ind.name) > DisplayWidth.of(groups[a].children[b].rows[r].name) {
                    groups[a].children[b].rows[r].name = ind.name
                }
                last = (a, b, r)
            } else {
                let (ownA, ownB) = locate(ind.tier1, ind.tier2)
                let rows = groups[ownA].children[ownB].rows
                let at = (last.map { $0.a == ownA && $0.b == ownB } ?? false) ? min(last!.r + 1, rows.count) : rows.count
                groups[ownA].children[ownB].rows.insert(Row(name: ind.name, annual: ind), at: at)
                last = (ownA, ownB, at)
            }
        }

        for side in Side.allCases {
            for d in table.declarations[side] ?? [] { _ = locate(d.tier1, d.tier2) }
        }

        func rank1(_ g: Group1) -> Int { g.kind?.rank ?? (100 + (firstSeen1[g.key] ?? 0)) }
        groups.sort { rank1($0) < rank1($1) }
        for a in groups.indices {
            let k1 = groups[a].key
            func rank2(_ g: Group2) -> Int { g.kind?.rank ?? (100 + (firstSeen2[k1 + "|" + g.key] ?? 0)) }
            groups[a].children.sort { rank2($0) < rank2($1) }
        }
        self.groups = groups
    }

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
    public var row: TreeModel.Row?
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
    /// The group key of a 一级 or 二级 line (`TreeModel.tier1Key` / `tier2Key` of its labels).
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
