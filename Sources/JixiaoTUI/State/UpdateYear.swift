import JixiaoKit

/// Finding one's way in a year of forms: filters, go to form N, next/previous project, the list's
/// width, the summary.
extension BrowserState {
    // MARK: - Filters

    /// Sets the department / severity / rule filter and narrows the list, keeping the selected
    /// project when it passes.
    mutating func setListFilter(_ f: ListFilter) {
        let keep = currentFormIndex
        listFilter = f
        rebuildRows(matches: listMatches, keeping: keep)
        message = f.isEmpty ? BrowserMessages.filtersCleared() : BrowserMessages.filterSet(f.labels.joined(separator: " · "), grouped(rows.count))
    }

    /// `e`: only forms with an error → with a warning or worse → all.
    mutating func cycleSeverity() {
        if let why = findingsUnavailable {
            message = why
            return
        }
        var f = listFilter
        switch f.severity {
        case nil: f.severity = .error
        case .error: f.severity = .warning
        default: f.severity = nil
        }
        setListFilter(f)
    }

    // MARK: - Go to form N

    mutating func applyInGoto(_ text: String, _ action: Action) {
        switch action {
        case .insert(let c) where c.isASCII && c.isNumber:
            overlay = .goto(text + String(c))
        case .deleteBackward:
            overlay = text.isEmpty ? nil : .goto(String(text.dropLast()))
        case .clearPrompt: overlay = .goto("")
        case .cancel, .click: overlay = nil
        case .confirm:
            overlay = nil
            if let n = Int(text) { goToForm(number: n) }
        default: break
        }
    }

    /// Selects form `number` (1-based, in file order across all inputs: the number `list`,
    /// `show '#N'` and `check` use). A form the filters hide is shown by clearing them.
    mutating func goToForm(number: Int) {
        let i = number - 1
        guard forms.indices.contains(i) else {
            message = BrowserMessages.noSuchForm(number, grouped(forms.count))
            return
        }
        var note = ""
        if !rows.contains(i) {
            filter = ""
            filterMatches = nil
            highlight = ""
            listFilter = ListFilter()
            onlyWithFindings = false
            rebuildRows(matches: nil, keeping: nil)
            note = BrowserMessages.filtersClearedToShow()
        }
        if let p = rows.firstIndex(of: i) { selectRow(p) }
        message = BrowserMessages.wentToForm(number, forms[i].project) + note
    }

    // MARK: - Next / previous project

    /// `J` / `K`: the next (previous) project of the list, whatever pane has the focus.
    mutating func stepProject(_ delta: Int) {
        guard !rows.isEmpty else { return }
        let target = selected + delta
        guard rows.indices.contains(target) else {
            message = delta > 0 ? BrowserMessages.lastProject() : BrowserMessages.firstProject()
            return
        }
        selectRow(target)
        if focus == .tree { moveTreeCursor(to: 0) }
    }

    /// A count with thousands separators (`10,000`; negative counts do not occur).
    func grouped(_ n: Int) -> String { Amounts.grouped(max(0, n)) }

    // MARK: - Layout

    /// `w`: the list's share of a wide screen, auto → wide → narrow → auto.
    mutating func cycleListWidth() {
        listShare = listShare.next
        resize(width, height)
        message = BrowserMessages.listWidth(listShare.label)
    }
}
