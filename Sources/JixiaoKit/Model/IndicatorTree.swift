/// The indicator table as a tree — computed once here so the browser and `show` draw the same
/// thing: 一级 → 二级 → rows, each row pairing the
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
public struct IndicatorTree: Sendable, Equatable {
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
            for d in table.declared(side) { _ = locate(d.tier1, d.tier2) }
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
}
