import JixiaoKit

/// Enter on an indicator: its full text in a box — names and values the tree had to cut, both
/// sides, and the lines of the file they come from.
enum IndicatorCard {
    struct Line {
        var label: String
        var text: String
        var style: Style
    }

    static let labelWidth = 10

    /// The card's lines for one tree row, wrapped to `width` columns.
    static func lines(_ row: IndicatorTree.Row, width: Int) -> [Line] {
        var out: [Line] = []
        let textWidth = max(4, width - labelWidth)
        func add(_ label: String, _ text: String, _ style: Style = Theme.text) {
            for (n, part) in TextLayout.wrap(text.isEmpty ? "—" : text, width: textWidth).enumerated() {
                out.append(Line(label: n == 0 ? label : "", text: part, style: text.isEmpty ? Theme.muted : style))
            }
        }
        let any = row.implementation ?? row.annual
        add(BrowserMessages.tier3(), row.name, Theme.strong)
        for side in Side.allCases {
            if let i = row[side], i.name != row.name { add("", BrowserMessages.writtenAs(side.label, i.name), Theme.muted) }
        }
        add(BrowserMessages.tier1(), any?.tier1 ?? "")
        add(BrowserMessages.tier2(), any?.tier2 ?? "")
        let differs = row.differs
        for side in Side.allCases {
            add(side.label, row[side]?.value ?? "", differs ? Theme.differs : Theme.text)
        }
        if differs {
            add("", row.implementation == nil || row.annual == nil ? BrowserMessages.oneSideHasIt() : BrowserMessages.sidesDiffer(), Theme.differsMark)
        }
        let where_ = Side.allCases.compactMap { s in row[s].flatMap { $0.line > 0 ? BrowserMessages.lineOf(s.label, $0.line) : nil } }
        if !where_.isEmpty { add(BrowserMessages.sourceLabel(), where_.joined(separator: " · "), Theme.muted) }
        return out
    }

    static func draw(_ s: BrowserState, into g: inout Grid, width: Int, height: Int) {
        let tree = s.treeLines()
        guard tree.indices.contains(s.treeCursor), let row = tree[s.treeCursor].row else { return }
        let w = min(width - 2, 72)
        let content = lines(row, width: w - 4)
        let h = min(height - 2, content.count + 2)
        let box = Rect(x: (width - w) / 2, y: max(0, (height - 1 - h) / 2), width: w, height: h)
        OverlayBox.draw(into: &g, rect: box, screenHeight: height, title: BrowserMessages.cardTitle(), footer: BrowserMessages.escClose())
        for (n, line) in content.prefix(max(0, h - 2)).enumerated() {
            let y = box.y + 1 + n
            g.put(line.label, x: box.x + 2, y: y, width: labelWidth - 1, style: Theme.muted, ellipsis: true)
            g.put(line.text, x: box.x + 2 + labelWidth, y: y, width: w - 4 - labelWidth, style: line.style,
                  ellipsis: true, highlight: s.activeQuery)
        }
    }
}
