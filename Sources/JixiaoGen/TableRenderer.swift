/// Puts planned table rows into cells: column layouts of 8, 10 or 14 cells, labels that stray
/// into the wrong column, rows shifted left or right, page breaks with stray cells, and the
/// one-sided sub-tables with the year's rows shifted right. Columns never decide a reading
/// here, except that a row holding one side alone keeps left of where right-side cells stand.
struct TableRenderer {
    let groups: [GenGroup]
    let width: Int

    struct Layout {
        /// Columns of 一级指标, 二级指标, 三级指标, 指标值, 二级指标, 三级指标, 指标值 in the header.
        var header: [Int]
        /// Column of the leading `绩效指标` cell, if the header has one.
        var performance: Int?
        /// Row columns of 一级, left 二级, name, value, right 二级, name, value.
        var row: [Int]
        var width: Int
    }

    static func layouts(width: Int) -> [Layout] {
        let a8 = Layout(header: [1, 2, 3, 4, 5, 6, 7], performance: 0, row: [1, 2, 3, 4, 5, 6, 7], width: width == 14 ? 10 : width)
        let a10 = Layout(header: [2, 3, 4, 5, 6, 7, 8], performance: 0, row: [2, 4, 5, 6, 7, 8, 9], width: 10)
        let a14 = Layout(header: [0, 2, 4, 6, 8, 10, 12], performance: nil, row: [0, 2, 4, 6, 8, 10, 12], width: 14)
        switch width {
        case 8: return [a8]
        case 10: return [a8, a10]
        default: return [a14]
        }
    }

    func render(_ rows: [TableRow], into w: inout FormWriter) {
        var layout = w.rng.pick(Self.layouts(width: width))
        let all = [Self.layouts(width: 8)[0], Self.layouts(width: 10)[1], Self.layouts(width: 14)[0]]
        var headerRight: Int?
        var segmentRight: Int?
        for r in rows {
            if r.breakBefore {
                w.lines.append("")
                w.quirks.insert(.pageBreak)
                segmentRight = nil
                if w.rng.chance(0.4) {
                    let other = w.rng.pick(all)
                    if other.row != layout.row { w.quirks.insert(.rowWidthChangesAfterBreak) }
                    layout = other
                }
            }
            switch r.kind {
            case .header:
                var cells: [(Int, String)] = []
                if let p = layout.performance {
                    let first = w.rng.weighted([("绩效指标", 6), ("绩效 指标", 3), ("绩效 比", 1)])
                    if first == "绩效 比" { w.quirks.insert(.headerFirstCellGarbled) }
                    cells.append((p, first))
                } else {
                    w.quirks.insert(.headerShiftedNoPerformanceCell)
                }
                for (k, c) in layout.header.enumerated() { cells.append((c, ["一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"][k])) }
                w.row(cells, width: layout.width)
                headerRight = layout.header[4]
                segmentRight = nil
            case .header4:
                w.row([(0, "一级指标"), (2, "二级指标"), (4, "三级指标"), (6, "指标值")], width: max(width, 10))
                headerRight = nil
                segmentRight = nil
            case .oneSided(let side):
                let base = side == 0 ? [0, 2, 4, 6] : [2, 4, 6, 8]
                var cells: [(Int, String)] = []
                if let l = r.tier1Label { cells.append((base[0], l.printed)) }
                if let line = r.sides[side] {
                    if line.printsTier2 { cells.append((base[1], groups[line.group].labels[side].printed)) }
                    if let item = line.item { cells += [(base[2], item.name), (base[3], item.value)] }
                }
                w.row(cells, width: max(width, 10))
            case .twoSided:
                renderTwoSided(r, layout: layout, headerRight: headerRight, segmentRight: &segmentRight, into: &w)
            }
        }
    }

    private enum Role { case tier1, leftTier2, leftName, leftValue, rightTier2, rightName, rightValue }

    private func tokens(_ r: TableRow, _ layout: Layout) -> [(role: Role, col: Int, text: String)] {
        var t: [(role: Role, col: Int, text: String)] = []
        if let l = r.tier1Label { t.append((.tier1, layout.row[0], l.printed)) }
        for s in 0..<2 {
            guard let line = r.sides[s] else { continue }
            let o = s == 0 ? 1 : 4
            if line.printsTier2 { t.append((s == 0 ? .leftTier2 : .rightTier2, layout.row[o], groups[line.group].labels[s].printed)) }
            if let item = line.item {
                t.append((s == 0 ? .leftName : .rightName, layout.row[o + 1], item.name))
                t.append((s == 0 ? .leftValue : .rightValue, layout.row[o + 2], item.value))
            }
        }
        return t
    }

    private func renderTwoSided(_ r: TableRow, layout: Layout, headerRight: Int?, segmentRight: inout Int?, into w: inout FormWriter) {
        let base = tokens(r, layout)
        var t = base
        let isRight: (Role) -> Bool = { $0 == .rightTier2 || $0 == .rightName || $0 == .rightValue }
        let hasRight = t.contains { isRight($0.role) }
        let hasLeft = t.contains { $0.role == .leftTier2 || $0.role == .leftName }
        let leftAlone = !hasRight && r.tier1 == nil
        var quirk: Quirk?
        if w.rng.chance(0.12), !t.isEmpty {
            switch w.rng.below(3) {
            case 0 where t[0].col > 0:
                // The whole row one cell left (`满意度 指标` in column 0).
                for k in t.indices { t[k].col -= 1 }
                quirk = .rowShiftedLeft
            case 1 where t[0].col > 0 && t[0].role != .tier1:
                // A 二级 in the 一级 column, or in column 0.
                t[0].col = w.rng.chance(0.5) ? t[0].col - 1 : 0
                quirk = .rowShiftedLeft
            default:
                // From one cell on, everything a cell to the right (`效益指标` in the 二级 column,
                // `时效 指标` in the 三级 column).
                let from = w.rng.below(min(t.count, 4))
                for k in from..<t.count { t[k].col += 1 }
                quirk = .cellsShiftedRight
            }
        }
        if r.stray != nil, t.first?.col == 0 { for k in t.indices { t[k].col += 1 } }
        // A row holding the left side alone must stay left of where right-side cells stand.
        func fits(_ t: [(role: Role, col: Int, text: String)]) -> Bool {
            guard leftAlone, let first = t.first?.col else { return true }
            if let h = headerRight, first >= h { return false }
            if let s = segmentRight, first >= s { return false }
            return true
        }
        if !fits(t) {
            quirk = nil
            t = base
            if r.stray != nil, t.first?.col == 0 { for k in t.indices { t[k].col += 1 } }
            if !fits(t) {
                t = tokens(r, Self.layouts(width: 8)[0])
            }
        }
        if let q = quirk { w.quirks.insert(q) }
        if hasRight, hasLeft || r.tier1 != nil, let first = t.first(where: { isRight($0.role) })?.col {
            segmentRight = min(segmentRight ?? first, first)
        }
        var cells = t.map { ($0.col, $0.text) }
        if let s = r.stray {
            cells.insert((0, s), at: 0)
            w.quirks.insert(s == "项目" ? .strayProjectCell : .strayPerformanceCell)
        }
        // Quirks visible in the row's labels.
        if let t1 = r.tier1, t1 == .cost, let l = r.sides[0], l.printsTier2 {
            w.quirks.insert(groups[l.group].tier2 == .cost ? .costTier1Tier2Twice : .costTier1WithCostFamilyTier2)
        }
        for s in 0..<2 {
            if let l = r.sides[s], l.printsTier2, r.tier1 == nil, groups[l.group].tier2 == .cost, groups[l.group].tier1 == .output {
                w.quirks.insert(.costSingleContinuesOutput)
            }
        }
        if let l = r.sides[0], let rr = r.sides[1], l.printsTier2 != rr.printsTier2, l.item != nil, rr.item != nil || rr.printsTier2 {
            w.quirks.insert(.oneSideSwitchesTier2)
        }
        w.row(cells, width: layout.width)
    }
}
