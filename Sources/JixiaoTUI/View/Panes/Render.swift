import JixiaoKit

/// Draws a state on a screen of `width` × `height` cells. Pure: the same state and size always
/// give the same grid. Scroll positions are clamped here too, so a size the state has not been
/// told about (no `.resize` yet) still draws sensibly.
public func render(_ s: BrowserState, width: Int, height: Int) -> Grid {
    var g = Grid(width: width, height: height)
    let layout = Layout(width: width, height: height, focus: s.focus, listShare: s.listShare)
    if layout.mode == .tooSmall {
        let full = BrowserMessages.tooSmall(Layout.minWidth, Layout.minHeight)
        let text = DisplayWidth.of(full) <= width ? full : BrowserMessages.tooSmallShort()
        if g.height > 0 { g.put(text, x: 0, y: 0, width: g.width, style: Theme.warning, ellipsis: true) }
        return g
    }
    let narrow = layout.mode == .narrow
    for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        let focused = pane == s.focus || (s.prompt != nil && pane == .list)
        switch pane {
        case .list: ListPane.draw(s, into: &g, rect: rect, focused: focused, narrow: narrow)
        case .detail: DetailPane.draw(s, into: &g, rect: rect, focused: focused, narrow: narrow)
        case .tree: TreePane.draw(s, into: &g, rect: rect, focused: focused, narrow: narrow)
        }
    }
    if let sx = layout.separatorX {
        for y in 0..<(height - 1) { g.put("│", x: sx, y: y, width: 1, style: Theme.rule) }
    }
    StatusBar.draw(s, into: &g, rect: layout.status)
    switch s.overlay {
    case .help: HelpOverlay.draw(s, into: &g, width: width, height: height)
    case .card: IndicatorCard.draw(s, into: &g, width: width, height: height)
    case .picker(let p): PickerOverlay.draw(p, into: &g, width: width, height: height)
    case .summary(let top): SummaryView.draw(s, top: top, into: &g, width: width, height: height)
    case .goto, nil: break // the `:` prompt is the status bar's
    }
    return g
}
