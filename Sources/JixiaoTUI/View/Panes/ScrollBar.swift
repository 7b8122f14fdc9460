/// A one-column scroll bar: a thumb in proportion to what is shown.
enum ScrollBar {
    static func draw(into g: inout Grid, x: Int, y: Int, height: Int, top: Int, count: Int) {
        guard height > 1, count > height else { return }
        let thumb = max(1, height * height / count)
        let maxTop = count - height
        let start = maxTop == 0 ? 0 : (height - thumb) * top / maxTop
        for i in 0..<height {
            let on = i >= start && i < start + thumb
            g.put(on ? "┃" : "│", x: x, y: y + i, width: 1, style: on ? Style(bold: true, color: .muted) : Theme.rule)
        }
    }
}
