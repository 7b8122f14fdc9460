/// Plans the rows of an indicator table with the quirks of docs/format.md, then reads the plan back
/// with `TableModel` and repairs (or abandons) any row whose reading would differ from what the
/// generator means: a printed table always reads, by docs/format.md's rules, as its meaning.
struct TablePlanner {
    struct Failure: Error { var reason: String }

    let groups: [GenGroup]
    let styles: [LabelStyle]
    /// What each side must read as, in order.
    let intended: [[ExpectedIndicator]]

    init(groups: [GenGroup], styles: [LabelStyle]) {
        self.groups = groups
        self.styles = styles
        intended = (0..<2).map { side in
            groups.flatMap { g in g.items[side].map { ExpectedIndicator(tier1: g.tier1.canonical, tier2: g.labels[side].squeezed, name: $0.name, value: $0.value) } }
        }
    }

    /// The lines of one side, group by group: a group's first line prints its 二级; a group
    /// without indicators prints its 二级 alone (a declaration) where the side declares it.
    func lines(_ side: Int) -> [SideLine] {
        var out: [SideLine] = []
        for (gi, g) in groups.enumerated() {
            if g.items[side].isEmpty {
                if side == 0 || g.annualDeclared { out.append(SideLine(group: gi, printsTier2: true, item: nil)) }
            } else {
                for (k, item) in g.items[side].enumerated() { out.append(SideLine(group: gi, printsTier2: k == 0, item: item)) }
            }
        }
        return out
    }

    /// Lines of groups `range`, split per group.
    func linesByGroup(_ side: Int) -> [[SideLine]] {
        var out = Array(repeating: [SideLine](), count: groups.count)
        for l in lines(side) { out[l.group].append(l) }
        return out
    }

    /// Group indices of each 一级 block, in order.
    var blocks: [[Int]] {
        var out: [[Int]] = []
        for (gi, g) in groups.enumerated() {
            if let last = out.last?.last, groups[last].tier1 == g.tier1 { out[out.count - 1].append(gi) } else { out.append([gi]) }
        }
        return out
    }

    // MARK: - Plans

    /// The plain two-sided table: header, then rows pairing both sides group by group, every
    /// 一级 printed at its block's first row. The fallback when a quirkier plan fails.
    func plainPlan() throws -> [TableRow] {
        var b = RowBuilder(planner: self)
        try b.add(TableRow(kind: .header))
        let L = linesByGroup(0), R = linesByGroup(1)
        for block in blocks {
            var first = true
            for g in block {
                for k in 0..<L[g].count {
                    var row = TableRow(kind: .twoSided, sides: [L[g][k], k < R[g].count ? R[g][k] : nil])
                    if first {
                        row.tier1 = groups[g].tier1
                        row.tier1Label = PrintedLabel(printed: groups[g].tier1.canonical, squeezed: groups[g].tier1.canonical)
                        first = false
                    }
                    try b.add(row)
                }
            }
        }
        return try b.finish()
    }

    /// A two-sided table with the row-level quirks: sides out of step (one side switches its
    /// 二级 while the other continues), 一级 left out where it can be inferred, page breaks
    /// with stray cells, 一级 restated after a break.
    func twoSidedPlan(_ rng: inout SeededRandom, quirks: inout Set<Quirk>) throws -> [TableRow] {
        var rows: [TableRow] = [TableRow(kind: .header)]
        let L = linesByGroup(0), R = linesByGroup(1)
        for block in blocks {
            let t1 = groups[block[0]].tier1
            let ls = block.flatMap { L[$0] }, rs = block.flatMap { R[$0] }
            var pairs: [(SideLine, SideLine?)] = []
            let aligned: [(SideLine, SideLine?)] = block.flatMap { g in L[g].indices.map { k in (L[g][k], k < R[g].count ? R[g][k] : nil) } }
            if !rs.isEmpty, rng.chance(0.45) {
                // Sequential pairing, maybe with the year side lagging: its 二级 changes on rows
                // where the other side continues.
                let d = rng.chance(0.7) ? 0 : rng.int(0...(ls.count - rs.count))
                pairs = ls.indices.map { i in (ls[i], i - d >= 0 && i - d < rs.count ? rs[i - d] : nil) }
                if pairs.contains(where: { l, r in l.item == nil && r != nil && !r!.printsTier2 }) { pairs = aligned }
            } else {
                pairs = aligned
            }
            for (i, (l, r)) in pairs.enumerated() {
                var row = TableRow(kind: .twoSided, sides: [l, r])
                if i == 0 {
                    let inferable = groups[l.group].tier2.inferredTier1 == t1
                    if t1 != .cost, inferable, rng.chance(0.15) {
                        quirks.insert(.missingTier1Inferred)
                    } else {
                        row.tier1 = t1
                        row.tier1Label = styles[0].label(t1, &rng)
                    }
                }
                rows.append(row)
            }
        }
        addBreaks(&rows, from: 2, &rng, quirks: &quirks)
        var b = RowBuilder(planner: self)
        for r in rows { try b.add(r) }
        return try b.finish()
    }

    /// Page breaks between data rows: a blank line, maybe a stray `绩效指标`/`项目` cell, maybe
    /// the current 一级 printed again.
    private func addBreaks(_ rows: inout [TableRow], from start: Int, _ rng: inout SeededRandom, quirks: inout Set<Quirk>) {
        guard rows.count > start else { return }
        var breaks = 0
        for i in rows.indices {
            let t1 = rows[i].sides[0].map { groups[$0.group].tier1 }
            guard i >= start, breaks < 2, rows[i].kind == .twoSided, rng.chance(0.04) else { continue }
            rows[i].breakBefore = true
            breaks += 1
            if rng.chance(0.5) { rows[i].stray = rng.pick(["绩效指标", "项目", "绩效 指标"]) }
            if rows[i].tier1 == nil, let t1, rng.chance(0.35), t1 != .cost || rows[i].sides[0]?.printsTier2 == true {
                rows[i].tier1 = t1
                rows[i].tier1Label = styles[0].label(t1, &rng)
                quirks.insert(.tier1RestatedAfterBreak)
            }
        }
    }

    /// The 公交 form's layout: the implementation side in a four-cell table, then the year
    /// side in repeated four-cell tables with its rows shifted right (borrowing 二级 by name
    /// where they print none), then — after a page break — the rest of both sides as usual.
    func subTablePlan(_ rng: inout SeededRandom, quirks: inout Set<Quirk>) throws -> [TableRow] {
        let L = linesByGroup(0), R = linesByGroup(1)
        let allL = lines(0), allR = lines(1)
        guard allL.contains(where: { $0.item != nil }), !allR.isEmpty else { throw Failure(reason: "nothing for sub-tables") }
        var cutL = allL.count, cutR = allR.count
        var continueFrom: (group: Int, oL: Int, oR: Int)?
        let candidates = groups.indices.filter { !R[$0].isEmpty }
        if !candidates.isEmpty, rng.chance(0.7) {
            let g = rng.pick(candidates)
            let oL = rng.below(L[g].count)
            let oR = rng.int(max(0, R[g].count - L[g].count + oL)...(R[g].count - 1))
            let startL = groups.indices.prefix(g).reduce(0) { $0 + L[$1].count }
            let startR = groups.indices.prefix(g).reduce(0) { $0 + R[$1].count }
            cutL = startL + oL
            cutR = startR + oR
            continueFrom = (g, oL, oR)
        }
        let p1 = Array(allL.prefix(cutL)), a1 = Array(allR.prefix(cutR))
        guard p1.contains(where: { $0.item != nil }), !a1.isEmpty else { throw Failure(reason: "empty sub-table") }

        var b = RowBuilder(planner: self)
        try b.add(TableRow(kind: .header4))
        var lastTier1: GenTier1?
        for l in p1 {
            var row = TableRow(kind: .oneSided(0))
            row.sides[0] = l
            let t1 = groups[l.group].tier1
            if t1 != lastTier1 {
                if t1 != .cost, groups[l.group].tier2.inferredTier1 == t1, rng.chance(0.2) {
                    quirks.insert(.missingTier1Inferred)
                } else {
                    row.tier1 = t1
                    row.tier1Label = styles[0].label(t1, &rng)
                }
                lastTier1 = t1
            }
            try b.add(row)
        }
        // The year side, in chunks of one to three rows, each under its own header.
        var k = 0
        while k < a1.count {
            let n = min(a1.count - k, rng.int(1...3))
            let chunk = Array(a1[k..<(k + n)])
            k += n
            let canBorrow = chunk.allSatisfy { l in
                guard let item = l.item else { return false }
                return borrowable(item.name, side: 1)
            }
            let borrow = canBorrow && rng.chance(0.6)
            if borrow { quirks.insert(.yearRowBorrowsTier2) }
            try b.add(TableRow(kind: .header4))
            for var l in chunk {
                l.printsTier2 = !borrow
                var row = TableRow(kind: .oneSided(1))
                row.sides[1] = l
                try b.add(row)
            }
        }
        quirks.insert(.oneSidedSubTables)
        quirks.insert(.yearRowsShiftedRight)
        if let c = continueFrom {
            var first = true
            var blockT1 = groups[c.group].tier1
            for g in c.group..<groups.count {
                let ls = g == c.group ? Array(L[g].dropFirst(c.oL)) : L[g]
                let rs = g == c.group ? Array(R[g].dropFirst(c.oR)) : R[g]
                for i in ls.indices {
                    var row = TableRow(kind: .twoSided, sides: [ls[i], i < rs.count ? rs[i] : nil])
                    if first {
                        row.breakBefore = rng.chance(0.7)
                        if row.breakBefore { quirks.insert(.pageBreak) }
                        if row.breakBefore, rng.chance(0.6) { row.stray = rng.pick(["绩效指标", "项目"]) }
                        first = false
                    }
                    if i == 0, groups[g].tier1 != blockT1 {
                        blockT1 = groups[g].tier1
                        row.tier1 = blockT1
                        row.tier1Label = styles[0].label(blockT1, &rng)
                    }
                    try b.add(row)
                }
            }
        }
        return try b.finish()
    }

    /// Whether a year-side indicator may print no 二级 and borrow it: its name stands exactly
    /// once on the other side, with the same tiers.
    func borrowable(_ name: String, side: Int) -> Bool {
        let mine = intended[side].filter { $0.name == name }
        let twins = intended[1 - side].filter { $0.name == name }
        guard mine.count == 1, twins.count == 1 else { return false }
        return mine[0].tier1 == twins[0].tier1 && mine[0].tier2 == twins[0].tier2
    }
}

/// Adds planned rows one at a time, reading each with `TableModel`; a row that would read
/// wrong gets its 二级 printed, then its 一级; if it still reads wrong the plan fails.
struct RowBuilder {
    let planner: TablePlanner
    var model = TableModel()
    var rows: [TableRow] = []

    init(planner: TablePlanner) { self.planner = planner }

    mutating func add(_ planned: TableRow) throws {
        var row = planned
        normalize(&row)
        for attempt in 0..<3 {
            var m = model
            m.apply(row, groups: planner.groups)
            let wrong = wrongSides(m)
            if wrong.isEmpty {
                model = m
                rows.append(row)
                return
            }
            if attempt == 0 {
                for s in wrong { row.sides[s]?.printsTier2 = true }
            } else if attempt == 1 {
                let t1s = wrong.map { planner.groups[row.sides[$0]!.group].tier1 }
                guard let t1 = t1s.first, t1s.allSatisfy({ $0 == t1 }) else { break }
                // A 一级 is shared by both sides of a two-sided row: the other side must stand under it too.
                if case .twoSided = row.kind {
                    for s in 0..<2 where !wrong.contains(s) {
                        if let l = row.sides[s], planner.groups[l.group].tier1 != t1 { throw TablePlanner.Failure(reason: "一级 differs between sides") }
                    }
                }
                row.tier1 = t1
                row.tier1Label = PrintedLabel(printed: t1.canonical, squeezed: t1.canonical)
                normalize(&row)
            }
        }
        throw TablePlanner.Failure(reason: "row cannot be printed to read as meant")
    }

    /// Rows docs/format.md could not read unambiguously are made explicit: a year side that follows
    /// a bare 二级 on the left prints its own 二级; a 一级 成本指标 is followed by a 二级
    /// (a lone one would be read as 二级).
    private func normalize(_ row: inout TableRow) {
        if case .twoSided = row.kind, let l = row.sides[0], l.item == nil, let r = row.sides[1], !r.printsTier2 {
            row.sides[1]!.printsTier2 = true
        }
        if row.tier1 == .cost {
            let s: Int
            switch row.kind {
            case .oneSided(let side): s = side
            default: s = 0
            }
            row.sides[s]?.printsTier2 = true
        }
    }

    /// Sides whose new indicators would read differently from what is meant.
    private func wrongSides(_ m: TableModel) -> [Int] {
        (0..<2).filter { s in
            if m.read[s].count > planner.intended[s].count { return true }
            for k in model.read[s].count..<m.read[s].count {
                let got = m.read[s][k], want = planner.intended[s][k]
                if got.name != want.name || got.value != want.value { return true }
                if got.borrows {
                    if !planner.borrowable(got.name, side: s) { return true }
                } else if got.tier1 != want.tier1 || got.tier2 != want.tier2 {
                    return true
                }
            }
            return false
        }
    }

    /// The rows, once the whole table reads as meant.
    func finish() throws -> [TableRow] {
        let read = model.finished()
        for s in 0..<2 {
            let got = read[s].map { ExpectedIndicator(tier1: $0.tier1, tier2: $0.tier2, name: $0.name, value: $0.value) }
            if got != planner.intended[s] { throw TablePlanner.Failure(reason: "side \(s) reads differently") }
        }
        return rows
    }
}
