import JixiaoKit

/// The state after `action`: the browser's one transition function, plain Swift.
public func update(_ state: BrowserState, _ action: Action) -> BrowserState {
    var s = state
    s.apply(action)
    return s
}

/// The first visible line of a scrolled view: `top` moved as little as possible to show
/// `cursor`, and never past the end.
func scrollTop(_ top: Int, cursor: Int, visible: Int, count: Int) -> Int {
    let visible = max(1, visible)
    var t = top
    if cursor < t { t = cursor }
    if cursor >= t + visible { t = cursor - visible + 1 }
    t = min(t, count - visible)
    return max(0, t)
}

func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { max(lo, min(hi, v)) }

extension BrowserState {
    /// Applies one action in place (`update(_:_:)` is the pure form).
    public mutating func apply(_ action: Action) {
        // Not keys: these keep the message, and arrive whatever is on screen.
        if case .findingsArrived(let perForm) = action {
            receiveFindings(perForm)
            return
        }
        if case .searchIndexReady(let built) = action {
            receiveSearchIndex(built.index)
            return
        }
        if case .resize = action {} else { message = nil }
        if layout.mode == .tooSmall {
            // Nothing is on screen to act on: only the size (and quit/repaint) matter.
            if case .resize(let w, let h) = action { resize(w, h) }
            return
        }
        if showHelp {
            applyInHelp(action)
            return
        }
        if showCard {
            switch action {
            case .resize(let w, let h): resize(w, h)
            case .closeCard, .click: showCard = false
            default: break
            }
            return
        }
        switch action {
        case .moveDown: move(1)
        case .moveUp: move(-1)
        case .halfPageDown: move(max(1, pageSize / 2))
        case .halfPageUp: move(-max(1, pageSize / 2))
        case .pageDown: move(pageSize)
        case .pageUp: move(-pageSize)
        case .top: move(Int.min / 2)
        case .bottom: move(Int.max / 2)
        case .focusNext: setFocus(focus.next)
        case .focusPrevious: setFocus(focus.previous)
        case .open: setFocus(.detail)
        case .back: setFocus(.list)
        case .nextSection: jumpSection(forward: true)
        case .previousSection: jumpSection(forward: false)
        case .toggleFold: toggleFold()
        case .fold: foldOrParent()
        case .unfold: unfoldOrChild()
        case .foldAll: foldAll()
        case .unfoldAll: setFolded([])
        case .toggleSide: toggleSide()
        case .cycleSort: cycleSort()
        case .startSearch: startSearch()
        case .insert(let c): typeInPrompt(c)
        case .deleteBackward: deleteBackward()
        case .clearPrompt: setPromptText("")
        case .acceptSearch: acceptSearch()
        case .cancelSearch: cancelSearch()
        case .nextMatch: stepMatch(forward: true)
        case .previousMatch: stepMatch(forward: false)
        case .cancel: clearFilter()
        case .nextWithFindings: jumpToFindings(forward: true)
        case .previousWithFindings: jumpToFindings(forward: false)
        case .toggleOnlyWithFindings: toggleOnlyWithFindings()
        case .findingsArrived(let perForm): receiveFindings(perForm)
        case .searchIndexReady(let built): receiveSearchIndex(built.index)
        case .toggleHelp:
            showHelp = true
            helpTop = 0
        case .closeCard: showCard = false
        case .quit, .repaint: break
        case .resize(let w, let h): resize(w, h)
        case .wheel(let x, let y, let d): wheel(x: x, y: y, delta: d)
        case .click(let x, let y): click(x: x, y: y)
        }
    }

    // MARK: - Moving

    /// Lines a page moves in the focused pane (one line of overlap for text).
    var pageSize: Int {
        switch prompt == nil ? focus : .list {
        case .list: max(1, listRows)
        case .detail: max(1, detailRows - 1)
        case .tree: max(1, treeRows)
        }
    }

    mutating func move(_ delta: Int) {
        switch prompt == nil ? focus : .list {
        case .list: selectRow(selected.addingReportingOverflow(delta).partialValue)
        case .detail: scrollDetail(by: delta)
        case .tree: moveTreeCursor(to: treeCursor.addingReportingOverflow(delta).partialValue)
        }
    }

    /// Selects a position of the list; a different form starts with its panes at the top.
    mutating func selectRow(_ position: Int) {
        guard !rows.isEmpty else {
            selected = 0
            listTop = 0
            return
        }
        let before = currentFormIndex
        selected = clamp(position, 0, rows.count - 1)
        if currentFormIndex != before { resetFormView() }
        listTop = scrollTop(listTop, cursor: selected, visible: listRows, count: rows.count)
    }

    mutating func resetFormView() {
        detailTop = 0
        treeCursor = 0
        treeTop = 0
        lastStop = nil
    }

    var detailMaxTop: Int { max(0, detailDocument().lines.count - detailRows) }

    mutating func scrollDetail(by delta: Int) {
        let maxTop = detailMaxTop
        detailTop = clamp(detailTop.addingReportingOverflow(delta).partialValue, 0, maxTop)
    }

    mutating func moveTreeCursor(to position: Int, lines: [TreeLine]? = nil) {
        let lines = lines ?? treeLines()
        treeCursor = lines.isEmpty ? 0 : clamp(position, 0, lines.count - 1)
        treeTop = scrollTop(treeTop, cursor: treeCursor, visible: treeRows, count: lines.count)
    }

    mutating func setFocus(_ pane: Pane) {
        focus = pane
        if pane == .tree { moveTreeCursor(to: treeCursor) }
        if pane == .detail { scrollDetail(by: 0) }
        if pane == .list { selectRow(selected) }
    }

    // MARK: - Detail

    mutating func jumpSection(forward: Bool) {
        let doc = detailDocument()
        let maxTop = max(0, doc.lines.count - detailRows)
        let starts = doc.sections.map(\.line)
        let target = forward ? starts.first { $0 > detailTop } : starts.last { $0 < detailTop }
        if layout.mode == .narrow, focus != .detail { focus = .detail }
        guard let t = target, !(forward && detailTop >= maxTop) else {
            message = forward ? "已是最后一节" : "已是第一节"
            return
        }
        detailTop = clamp(t, 0, maxTop)
    }

    // MARK: - Tree

    /// Replaces the folded set, keeping the cursor on its node (or the nearest visible ancestor).
    mutating func setFolded(_ newValue: Set<String>, cursorOn id: String? = nil) {
        let lines = treeLines()
        let current = lines.indices.contains(treeCursor) ? lines[treeCursor] : nil
        folded = newValue
        let after = treeLines()
        var target = 0
        if let c = current {
            let wanted = [id ?? c.id] + c.ancestors.reversed()
            for w in wanted {
                if let i = after.firstIndex(where: { $0.id == w }) {
                    target = i
                    break
                }
            }
        }
        moveTreeCursor(to: target, lines: after)
    }

    mutating func toggleFold() {
        let lines = treeLines()
        guard lines.indices.contains(treeCursor) else { return }
        let line = lines[treeCursor]
        if line.kind == .leaf {
            showCard = true
            return
        }
        guard !line.isEmpty else { return }
        var f = folded
        if f.contains(line.id) { f.remove(line.id) } else { f.insert(line.id) }
        setFolded(f, cursorOn: line.id)
    }

    mutating func foldOrParent() {
        let lines = treeLines()
        guard lines.indices.contains(treeCursor) else { return }
        let line = lines[treeCursor]
        if line.isGroup, !line.isEmpty, !line.isFolded {
            setFolded(folded.union([line.id]), cursorOn: line.id)
        } else if let parent = line.ancestors.last, let i = lines.firstIndex(where: { $0.id == parent }) {
            moveTreeCursor(to: i, lines: lines)
        }
    }

    mutating func unfoldOrChild() {
        let lines = treeLines()
        guard lines.indices.contains(treeCursor) else { return }
        let line = lines[treeCursor]
        guard line.isGroup, !line.isEmpty else { return }
        if line.isFolded {
            setFolded(folded.subtracting([line.id]), cursorOn: line.id)
        } else {
            moveTreeCursor(to: treeCursor + 1, lines: lines)
        }
    }

    mutating func foldAll() {
        let lines = treeLines()
        let top = lines.indices.contains(treeCursor) ? (lines[treeCursor].ancestors.first ?? lines[treeCursor].id) : nil
        setFolded(folded.union(treeModel().groupIDs), cursorOn: top)
    }

    mutating func toggleSide() {
        side = side == .implementation ? .annual : .implementation
        if treeShowsBothSides {
            message = "实施期与年度已并排显示（窄时 t 切换一侧）"
        } else {
            message = "指标：" + side.label
            moveTreeCursor(to: treeCursor)
        }
    }

    // MARK: - List

    mutating func cycleSort() {
        let keep = currentFormIndex
        sort = sort.next
        rebuildRows(matches: prompt?.matches ?? filterMatches, keeping: keep)
        message = "排序：" + sort.label
    }

    /// Rows from the current sort order, narrowed to `matches` (ascending form indices) and,
    /// with `!`, to the projects with findings; keeps `form` selected when it is still there.
    mutating func rebuildRows(matches: [Int]?, keeping form: Int?) {
        let all = order(sort)
        if let m = matches {
            var mask = [Bool](repeating: false, count: forms.count)
            for i in m where i >= 0 && i < forms.count { mask[i] = true }
            rows = onlyWithFindings ? all.filter { mask[$0] && hasFindings($0) } : all.filter { mask[$0] }
        } else {
            rows = onlyWithFindings ? all.filter(hasFindings) : all
        }
        if let f = form, let p = rows.firstIndex(of: f) {
            selected = p
        } else {
            selected = 0
            resetFormView()
        }
        listTop = scrollTop(listTop, cursor: selected, visible: listRows, count: rows.count)
    }

    // MARK: - Screen

    mutating func resize(_ w: Int, _ h: Int) {
        width = max(0, w)
        height = max(0, h)
        guard layout.mode != .tooSmall else { return }
        listTop = scrollTop(listTop, cursor: selected, visible: listRows, count: rows.count)
        scrollDetail(by: 0)
        moveTreeCursor(to: treeCursor)
        helpTop = clamp(helpTop, 0, HelpOverlay.maxTop(width: width, height: height))
    }

    mutating func applyInHelp(_ action: Action) {
        let page = max(1, HelpOverlay.visibleLines(width: width, height: height) - 1)
        let maxTop = HelpOverlay.maxTop(width: width, height: height)
        switch action {
        case .moveDown: helpTop += 1
        case .moveUp: helpTop -= 1
        case .pageDown, .halfPageDown: helpTop += page
        case .pageUp, .halfPageUp: helpTop -= page
        case .top: helpTop = 0
        case .bottom: helpTop = maxTop
        case .wheel(_, _, let d): helpTop += 3 * d
        case .toggleHelp, .cancel, .click: showHelp = false
        case .resize(let w, let h): resize(w, h)
        default: break
        }
        helpTop = clamp(helpTop, 0, maxTop)
    }

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
            let body = ListPane.bodyRect(in: r)
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
