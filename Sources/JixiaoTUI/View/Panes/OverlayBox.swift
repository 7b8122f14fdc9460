import JixiaoKit

/// A bordered box drawn over the panes (help, indicator card), with what lies behind dimmed.
enum OverlayBox {
    /// Dims the screen above the status line, clears `r` and draws its border, title and footer.
    static func draw(into g: inout Grid, rect r: Rect, screenHeight: Int, title: String, footer: String) {
        g.restyle(x: 0, y: 0, width: g.width, height: screenHeight - 1) { st in
            st = Style(dim: true, color: .muted)
        }
        guard r.width >= 2, r.height >= 2 else { return }
        let border = Theme.muted
        g.fill(x: r.x, y: r.y, width: r.width, height: r.height, style: Theme.text)
        let inner = r.width - 2
        g.put("┌" + String(repeating: "─", count: inner) + "┐", x: r.x, y: r.y, width: r.width, style: border)
        g.put("└" + String(repeating: "─", count: inner) + "┘", x: r.x, y: r.maxY - 1, width: r.width, style: border)
        for y in (r.y + 1)..<(r.maxY - 1) {
            g.put("│", x: r.x, y: y, width: 1, style: border)
            g.put("│", x: r.maxX - 1, y: y, width: 1, style: border)
        }
        if inner > 4 {
            g.put(" " + title + " ", x: r.x + 2, y: r.y, width: inner - 2, style: Theme.sectionTitle, ellipsis: true)
        }
        let fw = DisplayWidth.of(footer)
        if !footer.isEmpty, fw + 4 <= r.width {
            g.put(footer, x: r.maxX - 2 - fw, y: r.maxY - 1, width: fw, style: Theme.muted)
        }
    }
}
