import JixiaoKit

/// A search whose first screenful is on screen while the rest runs on another thread: the
/// state records it (`BrowserState.pendingSearch`), the `Browser` runs it and hands the result
/// back as `.searchCompleted`. The state never starts a thread.
public struct SearchRequest: Sendable {
    /// The prompt text searched.
    public let text: String
    let query: ScopedQuery
    /// The matches of the prompt's longest cached prefix it narrows (nil: every form).
    let within: [Int]?
    let index: SearchIndex
    /// The matches found so far, ascending: a prefix of the full result.
    let head: [Int]
    /// Numbers the requests, so the `Browser` starts each one once.
    let serial: Int
    /// What Enter said when it made the text the filter (`filterSearching`): the result says how
    /// the search ended while that message is still up.
    var filterMessage: String?

    /// The full search, on any thread.
    public func run() -> CompletedSearch {
        CompletedSearch(text: text, matches: index.matches(query, within: within))
    }
}

/// The full matches of a `SearchRequest`'s text, ascending.
public struct CompletedSearch: Sendable, Equatable {
    public let text: String
    public let matches: [Int]
}

extension BrowserState {
    /// The matches the list is made from: the prompt's, else the accepted filter's, else the
    /// first ones of the accepted filter's search while the rest is on its way.
    var listMatches: [Int]? { prompt?.matches ?? filterMatches ?? pendingSearch?.head }

    /// Whether the list holds only the first matches of a search (its counts say `≥`).
    var isSearching: Bool { pendingSearch != nil }

    /// What a keystroke shows at once for `query` (not empty, not cached): all its matches — or,
    /// over a big year in file order, the first ones down to the selected form `keep` and a
    /// screenful below it, when at least `progressiveMinimum` candidates are left to read after
    /// them (`SearchIndex.firstMatches`); the rest is then left to a `pendingSearch`. With `!` or
    /// a list filter on, the search is whole: the screenful counts matches before those filters.
    func firstSearch(_ query: ScopedQuery, index: SearchIndex, within: [Int]?, keeping keep: Int?) -> (matches: [Int], complete: Bool) {
        guard sort == .file, query.scope != .rule, forms.count >= progressiveMinimum,
              !onlyWithFindings, listFilter.isEmpty else {
            return (searchMatches(query, index: index, within: within), true)
        }
        let first = index.firstMatches(query, within: within, limit: max(1, listRows), through: keep ?? -1)
        if first.isComplete { return (first.matches, true) }
        if first.remaining < progressiveMinimum { return (index.matches(query, within: within), true) }
        return (first.matches, false)
    }

    /// The full result of the pending search: the list shows it when the prompt (or, after
    /// Enter, the accepted filter) still has that text, keeping the selected form on its row
    /// (the first rows were already the full result's first rows). Otherwise it is stale: dropped.
    mutating func receiveSearch(_ done: CompletedSearch) {
        guard let pending = pendingSearch, pending.text == done.text else { return }
        if var p = prompt {
            guard p.text == done.text else { return }
            if p.cache.count >= 256 { p.cache.removeAll(keepingCapacity: true) }
            p.cache[done.text] = done.matches
            p.matches = done.matches
            prompt = p
        } else {
            guard filter == done.text else { return }
            filterMatches = done.matches
        }
        pendingSearch = nil
        rebuildRows(matches: done.matches, keeping: currentFormIndex)
        if prompt == nil, let said = pending.filterMessage, message == said {
            message = rows.isEmpty ? BrowserMessages.noMatchClear(done.text) : BrowserMessages.filterKept(done.text, grouped(rows.count))
        }
    }

    /// Runs the pending search here and now (an action needs all its matches).
    mutating func finishPendingSearch() {
        guard let pending = pendingSearch else { return }
        receiveSearch(pending.run())
    }

    /// Whether `action` needs every match of a pending search before it applies: all actions but
    /// typing in and leaving the prompt, Esc (it drops the search), moving up, down within the
    /// rows already found, switching panes, the findings, the index and a saved review arriving
    /// (none of them rebuilds the rows while a search is pending: that needs the findings sort or
    /// the review filter, and neither goes with one), and the search's own result.
    func waitsForSearch(_ action: Action) -> Bool {
        guard overlay == nil, layout.mode != .tooSmall else { return !action.leavesSearch }
        switch action {
        case .moveDown: return !staysInHead(1)
        case .halfPageDown: return !staysInHead(max(1, pageSize / 2))
        case .pageDown: return !staysInHead(pageSize)
        case .moveUp, .halfPageUp, .pageUp, .top, .focusNext, .focusPrevious, .open, .back: return false
        case .cancel: return prompt != nil
        default: return !action.leavesSearch
        }
    }

    /// Whether moving `delta` down keeps the list's selection within the rows already found (the
    /// detail and the tree scroll whatever the rows).
    private func staysInHead(_ delta: Int) -> Bool {
        (prompt == nil ? focus : .list) != .list || selected + delta < rows.count
    }

    /// A count of rows as the panes show it: `≥ 24` while the search goes on.
    func rowCount(_ n: Int) -> String {
        isSearching ? BrowserMessages.atLeast(grouped(n)) : grouped(n)
    }
}

extension Action {
    /// Whether this action leaves a pending search alone wherever it comes: typing in and leaving
    /// the prompt, quit and repaint, what arrives from other threads (the findings, the index, a
    /// saved review) and the search's own result.
    var leavesSearch: Bool {
        switch self {
        case .searchCompleted, .insert, .deleteBackward, .clearPrompt, .acceptSearch, .cancelSearch, .quit, .repaint,
             .findingsArrived, .searchIndexReady, .reviewSaved, .reviewFailed: true
        default: false
        }
    }
}
