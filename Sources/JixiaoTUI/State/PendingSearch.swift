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
    /// them (`SearchIndex.firstMatches`); the rest is then left to a `pendingSearch`.
    func firstSearch(_ query: ScopedQuery, index: SearchIndex, within: [Int]?, keeping keep: Int?) -> (matches: [Int], complete: Bool) {
        guard sort == .file, query.scope != .rule, forms.count >= progressiveMinimum else {
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
        if prompt == nil, message == BrowserMessages.filterSearching(done.text, grouped(pending.head.count)) {
            message = rows.isEmpty ? BrowserMessages.noMatchClear(done.text) : BrowserMessages.filterKept(done.text, grouped(rows.count))
        }
    }

    /// Runs the pending search here and now (an action needs all its matches).
    mutating func finishPendingSearch() {
        guard let pending = pendingSearch else { return }
        receiveSearch(pending.run())
    }

    /// Whether `action` needs every match of a pending search before it applies: all actions but
    /// typing and leaving the prompt, moving up or down within the rows already found, and the
    /// search's own result.
    func waitsForSearch(_ action: Action) -> Bool {
        switch action {
        case .searchCompleted, .insert, .deleteBackward, .clearPrompt, .acceptSearch, .cancelSearch, .quit, .repaint, .moveUp: false
        case .moveDown: selected + 1 >= rows.count
        default: true
        }
    }

    /// A count of rows as the panes show it: `≥ 24` while the search goes on.
    func rowCount(_ n: Int) -> String {
        isSearching ? BrowserMessages.atLeast(grouped(n)) : grouped(n)
    }
}
