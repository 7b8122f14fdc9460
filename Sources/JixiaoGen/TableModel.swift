/// The indicator table as the generator means it, and the rules of docs/format.md that turn printed
/// rows back into indicators. The generator plans rows, reads them back with these rules, and
/// only prints a table whose reading equals what it meant.

/// One indicator on one side: name and value as printed.
struct GenItem: Sendable, Equatable {
    var name: String
    var value: String
}

/// A 二级 group: its tiers, its label on each side, and its indicators on each side.
struct GenGroup: Sendable {
    var tier1: GenTier1
    var tier2: GenTier2
    /// `[implementation, annual]`.
    var labels: [PrintedLabel]
    var items: [[GenItem]]
    /// Whether the year side prints this 二级 when it has no indicators under it (a declaration).
    var annualDeclared: Bool
}

/// One side's share of a table row: maybe a 二级 label, maybe an indicator.
struct SideLine: Sendable {
    var group: Int
    var printsTier2: Bool
    var item: GenItem?
}

/// A planned row of the indicator table.
struct TableRow: Sendable {
    enum Kind: Sendable, Equatable {
        /// The two-sided header `绩效指标 一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值`.
        case header
        /// The four-cell header of a one-sided sub-table.
        case header4
        /// A row holding both sides.
        case twoSided
        /// A row of a one-sided sub-table, for side 0 (implementation) or 1 (year).
        case oneSided(Int)
    }
    var kind: Kind
    /// A printed 一级 (shared by both sides of a two-sided row).
    var tier1: GenTier1?
    var tier1Label: PrintedLabel?
    /// `[implementation, annual]`; a one-sided row uses its side's slot.
    var sides: [SideLine?] = [nil, nil]
    /// A blank line (page break) before this row.
    var breakBefore = false
    /// A stray cell in column 0 after a page break (`绩效指标`, `项目`).
    var stray: String?
}

/// docs/format.md's reading rules, applied to planned rows (the generator knows each token's role;
/// the reader has to work it out from the words).
struct TableModel {
    struct Tier1State: Equatable { var label: String; var kind: GenTier1 }
    struct Tier2State: Equatable { var label: String; var kind: GenTier2 }
    struct State: Equatable {
        var tier1: Tier1State?
        var tier2: Tier2State?
    }
    struct Read: Equatable {
        var tier1: String
        var tier2: String
        var name: String
        var value: String
        /// Read without a 二级: to be taken from the other side's indicator of the same name.
        var borrows: Bool
    }

    var state = [State(), State()]
    var read: [[Read]] = [[], []]
    /// The side of the current one-sided sub-table, nil for two-sided rows.
    var oneSided: Int?

    mutating func apply(_ row: TableRow, groups: [GenGroup]) {
        switch row.kind {
        case .header:
            oneSided = nil
        case .header4:
            // The first four-cell table is the implementation side, every later one the year's.
            let side = read[0].isEmpty ? 0 : 1
            oneSided = side
            state[side] = State()
        case .twoSided:
            oneSided = nil
            if let t1 = row.tier1 { setTier1(t1, row.tier1Label!, sides: [0, 1]) }
            for s in 0..<2 { if let line = row.sides[s] { apply(line, side: s, groups: groups) } }
        case .oneSided(let side):
            if let t1 = row.tier1 { setTier1(t1, row.tier1Label!, sides: [side]) }
            if let line = row.sides[side] { apply(line, side: side, groups: groups) }
        }
    }

    private mutating func setTier1(_ kind: GenTier1, _ label: PrintedLabel, sides: [Int]) {
        for s in sides {
            if state[s].tier1?.kind != kind { state[s].tier2 = nil }
            state[s].tier1 = Tier1State(label: label.squeezed, kind: kind)
        }
    }

    private mutating func apply(_ line: SideLine, side: Int, groups: [GenGroup]) {
        let g = groups[line.group]
        if line.printsTier2 {
            if let t1 = state[side].tier1, g.tier2.fits(under: t1.kind) {
                // the current 一级 continues
            } else if let inferred = g.tier2.inferredTier1 {
                state[side].tier1 = Tier1State(label: inferred.canonical, kind: inferred)
            } else {
                state[side].tier1 = nil  // docs/format.md gives no 一级 to infer: the plan must print one
            }
            state[side].tier2 = Tier2State(label: g.labels[side].squeezed, kind: g.tier2)
        }
        guard let item = line.item else { return }
        let s = state[side]
        read[side].append(Read(tier1: s.tier1?.label ?? "", tier2: s.tier2?.label ?? "", name: item.name, value: item.value,
                               borrows: s.tier2 == nil))
    }

    /// The reading once the table is done: indicators read without a 二级 take the tiers of
    /// the other side's indicator of the same name.
    func finished() -> [[Read]] {
        var out = read
        for side in 0..<2 {
            for i in out[side].indices where out[side][i].borrows {
                if let twin = read[1 - side].first(where: { $0.name == out[side][i].name && !$0.tier2.isEmpty && !$0.borrows }) {
                    out[side][i].tier1 = twin.tier1
                    out[side][i].tier2 = twin.tier2
                    out[side][i].borrows = false
                }
            }
        }
        return out
    }
}
