import JixiaoKit

extension BrowserState {
    // MARK: - Mouse

    mutating func wheel(x: Int, y: Int, delta: Int) {
        guard prompt == nil, let pane = layout.pane(atX: x, y: y) else { return }
        let step = 3 * delta
        switch pane {
        case .list:
            let h = listRows
            listTop = clamp(listTop + step, 0, max(0, rows.count - h))
            let keepTop = listTop
            selectRow(clamp(selected, listTop, listTop + h - 1))
            listTop = keepTop
        case .detail:
            scrollDetail(by: step)
        case .tree:
            let lines = treeLines()
            let h = treeRows
            treeTop = clamp(treeTop + step, 0, max(0, lines.count - h))
            treeCursor = lines.isEmpty ? 0 : clamp(treeCursor, treeTop, min(lines.count - 1, treeTop + h - 1))
        }
    }

    mutating func click(x: Int, y: Int) {
        guard prompt == nil else { return }
        let l = layout
        if l.mode == .narrow, y == 0 {
            for tab in Layout.tabs(x: 0) where x >= tab.x && x < tab.x + tab.width {
                setFocus(tab.pane)
                return
            }
        }
        guard let pane = l.pane(atX: x, y: y), let r = l.rect(pane) else { return }
        switch pane {
        case .list:
            let body = Layout.listBody(r)
            if body.contains(x: x, y: y) {
                let p = listTop + (y - body.y)
                if p < rows.count { selectRow(p) }
            }
            setFocus(.list)
        case .detail:
            setFocus(.detail)
        case .tree:
            let body = r.belowTitle
            let lines = treeLines()
            if body.contains(x: x, y: y) {
                let i = treeTop + (y - body.y)
                if i < lines.count {
                    if focus == .tree, i == treeCursor {
                        focus = .tree
                        toggleFold()
                        return
                    }
                    treeCursor = i
                }
            }
            setFocus(.tree)
        }
    }
}
