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
        if pendingSearch != nil, waitsForSearch(action) { finishPendingSearch() }
        if case .searchCompleted(let done) = action {
            receiveSearch(done)
            return
        }
        // Not keys: these keep the message, and arrive whatever is on screen.
        if case .findingsArrived(let perForm) = action {
            receiveFindings(perForm)
            return
        }
        if case .searchIndexReady(let built) = action {
            receiveSearchIndex(built.index)
            return
        }
        // The outcome of a save: whatever is on screen (the line editor closes).
        if case .reviewSaved(let form, let r, let text) = action {
            if case .note = overlay { overlay = nil }
            receiveReview(form: form, r, message: text)
            return
        }
        if case .reviewFailed(let text) = action {
            if case .note = overlay { overlay = nil }
            message = text
            return
        }
        if case .resize = action {} else { message = nil }
        if layout.mode == .tooSmall {
            // Nothing is on screen to act on: only the size (and quit/repaint) matter.
            if case .resize(let w, let h) = action { resize(w, h) }
            return
        }
        if let overlay {
            applyInOverlay(overlay, action)
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
        case .searchCompleted: break // handled above
        case .startGoto: overlay = .goto("")
        case .nextProject: stepProject(1)
        case .previousProject: stepProject(-1)
        case .pickDepartment: openPicker(.department)
        case .pickRule: openPicker(.rule)
        case .cycleSeverity: cycleSeverity()
        case .cycleListWidth: cycleListWidth()
        case .showSummary: overlay = .summary(top: 0)
        case .toggleRawDate:
            showRawDate.toggle()
            message = showRawDate ? BrowserMessages.rawDateShown() : BrowserMessages.dateShown()
        case .openSource, .copy, .confirm: break // the `Browser` turns the first two into commands
        case .reviewSaved, .reviewFailed: break  // handled above
        case .openNote(let draft): overlay = .note(draft)
        case .cycleReviewFilter: cycleReviewFilter()
        case .nextFinding: stepFinding(forward: true)
        case .previousFinding: stepFinding(forward: false)
        // Effects: `Browser` performs them through its ledger and applies the outcome.
        case .setGrade, .editNote, .editIndicatorNote, .acceptFinding, .dismissFinding, .saveNote, .cancelNote: break
        case .toggleHelp: overlay = .help(top: 0)
        case .closeCard: overlay = nil
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
        if findingCursor != nil {
            findingCursor = nil
            reviewVersion += 1
        }
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
            message = forward ? BrowserMessages.lastSection() : BrowserMessages.firstSection()
            return
        }
        detailTop = clamp(t, 0, maxTop)
    }

    // MARK: - List

    mutating func cycleSort() {
        let keep = currentFormIndex
        sort = sort.next
        rebuildRows(matches: listMatches, keeping: keep)
        message = BrowserMessages.sortedBy(sort.label)
    }

    /// Rows from the current sort order, narrowed to `matches` (ascending form indices) and,
    /// with `!`, to the projects with findings; keeps `form` selected when it is still there.
    mutating func rebuildRows(matches: [Int]?, keeping form: Int?) {
        let me = self
        let admits = { (i: Int) in
            (!me.onlyWithFindings || me.hasFindings(i)) && (me.listFilter.isEmpty || me.listFilter.admits(i, in: me))
        }
        let unfiltered = !onlyWithFindings && listFilter.isEmpty
        if sort == .file, let m = matches {
            // File order is the order of the matches: no pass over every form (100,000 of them).
            let inRange = m.isEmpty || m[0] >= 0 && m[m.count - 1] < forms.count
            rows = unfiltered && inRange ? m : m.filter { $0 >= 0 && $0 < forms.count && admits($0) }
        } else {
            let all = order(sort)
            var mask: [Bool]?
            if let m = matches {
                var b = [Bool](repeating: false, count: forms.count)
                for i in m where i >= 0 && i < forms.count { b[i] = true }
                mask = b
            }
            rows = mask == nil && unfiltered ? all : all.filter { (mask?[$0] ?? true) && admits($0) }
        }
        if let f = form, let p = sort == .file ? BrowserState.position(of: f, inAscending: rows) : rows.firstIndex(of: f) {
            selected = p
        } else {
            selected = 0
            resetFormView()
        }
        listTop = scrollTop(listTop, cursor: selected, visible: listRows, count: rows.count)
    }

    /// Where `form` is in the ascending `rows` (a binary search), or nil.
    static func position(of form: Int, inAscending rows: [Int]) -> Int? {
        let p = rows.partitionPoint { $0 < form }
        return p < rows.count && rows[p] == form ? p : nil
    }

    // MARK: - Screen

    mutating func resize(_ w: Int, _ h: Int) {
        width = max(0, w)
        height = max(0, h)
        guard layout.mode != .tooSmall else { return }
        listTop = scrollTop(listTop, cursor: selected, visible: listRows, count: rows.count)
        scrollDetail(by: 0)
        moveTreeCursor(to: treeCursor)
        if case .help(let top) = overlay { overlay = .help(top: clamp(top, 0, helpMaxTop)) }
    }

    /// An action while `overlay` is open: it goes to the overlay (a resize to the screen too).
    mutating func applyInOverlay(_ open: Overlay, _ action: Action) {
        if case .resize(let w, let h) = action {
            resize(w, h)
            return
        }
        switch open {
        case .help(let top): applyInHelp(top: top, action)
        case .card: applyInCard(action)
        case .goto(let text): applyInGoto(text, action)
        case .picker(let p): applyInPicker(p, action)
        case .summary(let top): applyInSummary(top: top, action)
        case .note(let draft): applyInNote(draft, action)
        }
    }
}
