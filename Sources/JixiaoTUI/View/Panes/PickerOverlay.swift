import JixiaoKit

/// The department / rule picker: a box with what was typed, the entries matching it with their
/// counts, and the cursor.
enum PickerOverlay {
    static func draw(_ p: Picker, into g: inout Grid, width: Int, height: Int) {
        let shown = p.shown
        let box = Layout.pickerBox(width: width, height: height, entries: shown.count)
        let title = p.kind == .department ? BrowserMessages.pickerDepartmentTitle() : BrowserMessages.pickerRuleTitle()
        OverlayBox.draw(into: &g, rect: box, screenHeight: height, title: title, footer: BrowserMessages.pickerFooter())
        guard box.width >= 8, box.height >= 4 else { return }
        let x = box.x + 2
        let w = box.width - 4
        // The input line: `> typed`, then the entries.
        var cx = x
        cx += g.put("> ", x: cx, y: box.y + 1, width: 2, style: Theme.accent)
        cx += g.put(p.typed, x: cx, y: box.y + 1, width: w - 3, style: Theme.strong)
        g.put(" ", x: cx, y: box.y + 1, width: 1, style: Style(reverse: true))
        let rows = box.height - 3
        guard rows > 0 else { return }
        let top = scrollTop(p.top, cursor: p.cursor, visible: rows, count: shown.count)
        let countWidth = min(12, max(4, shown.map { DisplayWidth.of(BrowserMessages.pickerCount(Amounts.grouped($0.count))) }.max() ?? 4))
        for row in 0..<rows {
            let n = top + row
            guard n < shown.count else { break }
            let e = shown[n]
            let y = box.y + 2 + row
            let selected = n == p.cursor
            let style = selected ? Theme.selection : Theme.text
            if selected { g.fill(x: box.x + 1, y: y, width: box.width - 2, height: 1, style: style) }
            g.put(e.label, x: x, y: y, width: w - countWidth - 1, style: style, ellipsis: true, highlight: p.typed)
            g.put(BrowserMessages.pickerCount(Amounts.grouped(e.count)), x: x + w - countWidth, y: y, width: countWidth,
                  style: selected ? style : Theme.muted, align: .right)
        }
    }
}
