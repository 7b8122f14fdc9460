import JixiaoKit

/// The indicator tree: 一级 → 二级 → 三级 with 指标值. Wide enough, 实施期 and 年度 stand in two
/// aligned columns and rows whose sides differ are marked `≠`; narrower, one side at a time.
enum TreePane {
    /// Where the parts of a line go.
    struct Columns {
        var x0: Int
        var valueWidth: Int
        /// Both sides: 实施期 column, marker, 年度 column. One side: `implementation` only.
        var implementation: Int
        var mark: Int
        var annual: Int
        var both: Bool
    }

    static func columns(_ model: IndicatorTree, side: Side, both: Bool, rect r: Rect) -> Columns {
        let end = r.maxX - 2 // the last column is the scroll bar's
        var widest = 6
        for g in model.groups {
            for c in g.children {
                for row in c.rows {
                    for s in both ? Side.allCases : [side] {
                        if let v = row[s]?.value { widest = max(widest, DisplayWidth.of(v)) }
                    }
                }
            }
        }
        if both {
            let cap = max(8, (r.width - 6) / 4)
            let w = min(widest, cap)
            let annual = end - w
            let mark = annual - 2
            return Columns(x0: r.x + 1, valueWidth: w, implementation: mark - 1 - w, mark: mark, annual: annual, both: true)
        }
        let w = min(widest, max(4, (r.width - 2 - 4) / 2))
        return Columns(x0: r.x + 1, valueWidth: w, implementation: end - w, mark: end - w - 1, annual: end - w, both: false)
    }

    static func draw(_ s: BrowserState, into g: inout Grid, rect r: Rect, focused: Bool, narrow: Bool) {
        let model = s.treeModel()
        let lines = s.treeLines(model)
        let side = s.treeSide
        let cols = columns(model, side: side, both: s.treeShowsBothSides(width: r.width), rect: r)
        let total = model.groups.reduce(0) { $0 + $1.count(cols.both ? nil : side) }
        let marks: [(x: Int, text: String)] = cols.both
            ? [(cols.implementation, Side.implementation.label), (cols.annual, Side.annual.label)]
            : []
        let right = cols.both ? "" : side.label + ((s.currentForm?.sides.count ?? 2) > 1 ? BrowserMessages.treeSwitch() : "")
        let differing = cols.both ? model.groups.reduce(0) { $0 + $1.differing } : 0
        let info = s.currentForm == nil ? "" : BrowserMessages.treeCount(total) + (differing > 0 ? " · ≠\(differing)" : "")
        TitleBar.draw(into: &g, rect: r, pane: .tree, focused: focused, narrow: narrow,
                      info: info, right: right, marks: marks)
        let body = r.belowTitle
        guard body.height > 0 else { return }
        if lines.isEmpty {
            if s.currentForm != nil {
                g.put(BrowserMessages.noIndicators(), x: cols.x0, y: body.y, width: r.width - 2, style: Theme.muted, ellipsis: true)
            }
            return
        }
        let top = scrollTop(s.treeTop, cursor: s.treeCursor, visible: body.height, count: lines.count)
        let query = s.activeQuery
        for row in 0..<body.height {
            let n = top + row
            guard n < lines.count else { break }
            drawLine(lines[n], into: &g, y: body.y + row, rect: r, cols: cols, side: side,
                     selected: focused && n == s.treeCursor, query: query)
        }
        if lines.count > body.height {
            ScrollBar.draw(into: &g, x: r.maxX - 1, y: body.y, height: body.height, top: top, count: lines.count)
        }
    }

    static func drawLine(_ line: TreeLine, into g: inout Grid, y: Int, rect r: Rect, cols: Columns, side: Side, selected: Bool, query: String) {
        func st(_ base: Style) -> Style { selected ? Theme.onSelection(base, focused: true) : base }
        if selected { g.fill(x: r.x, y: y, width: r.width - 1, height: 1, style: st(Theme.text)) }
        let x = cols.x0 + line.depth * 2
        let nameEnd = cols.implementation - 1
        switch line.kind {
        case .tier1, .tier2:
            let glyph = line.isEmpty ? "· " : line.isFolded ? "▸ " : "▾ "
            g.put(glyph, x: x, y: y, width: 2, style: st(Theme.muted))
            let labelStyle = line.isEmpty ? Theme.muted : line.kind == .tier1 ? Theme.sectionTitle : Theme.strong
            let used = g.put(line.label, x: x + 2, y: y, width: max(0, nameEnd - x - 2), style: st(labelStyle), ellipsis: true, highlight: query)
            if line.isEmpty {
                g.put(BrowserMessages.none(), x: max(x + 2 + used + 1, cols.implementation), y: y, width: cols.valueWidth, style: st(Theme.muted))
                return
            }
            if cols.both {
                g.put(String(line.counts.implementation), x: cols.implementation, y: y, width: cols.valueWidth, style: st(Theme.muted))
                g.put(String(line.counts.annual), x: cols.annual, y: y, width: cols.valueWidth, style: st(Theme.muted))
                if line.differing > 0 { g.put("≠", x: cols.mark, y: y, width: 1, style: st(Theme.differsMark)) }
            } else {
                g.put(String(line.count), x: cols.implementation, y: y, width: cols.valueWidth, style: st(Theme.muted))
            }
        case .leaf:
            guard let row = line.row else { return }
            g.put(line.label, x: x, y: y, width: max(0, nameEnd - x), style: st(Theme.text), ellipsis: true, highlight: query)
            let differs = cols.both && row.differs
            func value(_ s: Side, at vx: Int) {
                if let v = row[s]?.value {
                    g.put(v.isEmpty ? BrowserMessages.empty() : v, x: vx, y: y, width: cols.valueWidth,
                          style: st(v.isEmpty ? Theme.muted : differs ? Theme.differs : Theme.text), ellipsis: true, highlight: query)
                } else {
                    g.put("—", x: vx, y: y, width: cols.valueWidth, style: st(Theme.muted))
                }
            }
            if cols.both {
                value(.implementation, at: cols.implementation)
                value(.annual, at: cols.annual)
                if differs { g.put("≠", x: cols.mark, y: y, width: 1, style: st(Theme.differsMark)) }
            } else {
                value(side, at: cols.implementation)
            }
        }
    }
}
