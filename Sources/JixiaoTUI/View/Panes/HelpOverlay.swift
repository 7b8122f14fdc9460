import JixiaoKit

/// The `?` overlay: a box listing every binding (`HelpContent`).
enum HelpOverlay {
    /// Columns of the key names.
    static let keyColumn = 20

    static func draw(_ s: BrowserState, into g: inout Grid, width: Int, height: Int) {
        let all = HelpContent.lines
        let b = Layout.helpBox(width: width, height: height, lines: all.count)
        guard b.width >= 4, b.height >= 3, case .help(let helpTop) = s.overlay else { return }
        let visible = b.height - 2
        let top = clamp(helpTop, 0, max(0, all.count - visible))
        let footer = all.count > visible
            ? BrowserMessages.helpFooterScroll(min(all.count, top + visible), all.count)
            : BrowserMessages.escClose()
        OverlayBox.draw(into: &g, rect: b, screenHeight: height, title: BrowserMessages.helpTitle(), footer: footer)
        let x = b.x + 2
        let textWidth = b.width - 4
        let keyWidth = min(keyColumn, max(0, textWidth / 3))
        for row in 0..<visible {
            let n = top + row
            guard n < all.count else { break }
            let line = all[n]
            let y = b.y + 1 + row
            if line.isHeading {
                g.put(line.text, x: x, y: y, width: textWidth, style: Theme.sectionTitle, ellipsis: true)
            } else {
                g.put(line.keys, x: x, y: y, width: keyWidth - 1, style: Theme.accent, ellipsis: true)
                g.put(line.text, x: x + keyWidth, y: y, width: textWidth - keyWidth, style: Theme.text, ellipsis: true)
            }
        }
    }
}
