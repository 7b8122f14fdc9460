import JixiaoKit

/// The one-line bar on top of each pane: the pane's name (or, when one pane fills the screen,
/// the three panes as tabs), what the pane is showing, and where it is.
enum TitleBar {
    /// Draws the bar on the first row of `rect` and returns the style it used for its background.
    @discardableResult
    static func draw(
        into g: inout Grid, rect r: Rect, pane: Pane, focused: Bool, narrow: Bool,
        info: String = "", right: String = "", marks: [(x: Int, text: String)] = []
    ) -> Style {
        guard r.height > 0, r.width > 0 else { return Theme.text }
        let y = r.y
        var x = r.x
        let bar: Style
        if narrow {
            bar = Theme.text
            g.fill(x: r.x, y: y, width: r.width, height: 1, style: bar)
            for tab in Layout.tabs(x: r.x) {
                let style = tab.pane == pane ? Theme.tabActive : Theme.tabInactive
                x += g.put(" " + tab.pane.title + " ", x: tab.x, y: y, width: r.maxX - tab.x, style: style)
            }
        } else {
            bar = focused ? Theme.titleFocused : Theme.titleBlurred
            g.fill(x: r.x, y: y, width: r.width, height: 1, style: bar)
            x += g.put(" " + pane.title + " ", x: x, y: y, width: r.width, style: bar)
        }
        let infoStyle = narrow ? Theme.muted : bar
        var rightWidth = 0
        if !right.isEmpty {
            let w = DisplayWidth.of(right)
            if w + 2 <= r.maxX - x {
                rightWidth = w + 1
                g.put(right, x: r.maxX - rightWidth, y: y, width: w, style: infoStyle)
            }
        }
        for m in marks where m.x > x && m.x + DisplayWidth.of(m.text) <= r.maxX - max(0, rightWidth) - 1 {
            g.put(m.text, x: m.x, y: y, width: r.maxX - m.x, style: infoStyle)
        }
        if !info.isEmpty {
            let limit = (marks.map(\.x).min() ?? r.maxX - max(0, rightWidth)) - 1
            let ix = narrow ? x + 1 : x
            if limit - ix > 2 {
                g.put("· " + info, x: ix, y: y, width: limit - ix, style: infoStyle, ellipsis: true)
            }
        }
        return bar
    }
}
