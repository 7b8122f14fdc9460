import JixiaoKit

extension BrowserState {
    // MARK: - The prompt

    mutating func startSearch() {
        prompt = SearchPrompt(text: "", matches: nil, saved: SavedView(
            filter: filter, filterMatches: filterMatches, highlight: highlight, rows: rows,
            selected: selected, listTop: listTop, focus: focus, detailTop: detailTop,
            treeCursor: treeCursor, treeTop: treeTop, lastStop: lastStop))
        focus = .list
    }

    mutating func typeInPrompt(_ c: Character) {
        guard let p = prompt else { return }
        setPromptText(p.text + String(c))
    }

    mutating func deleteBackward() {
        guard let p = prompt else { return }
        if p.text.isEmpty {
            cancelSearch()
        } else {
            setPromptText(String(p.text.dropLast()))
        }
    }

    /// Sets the prompt's text and narrows the list at once. A text typed before comes from the
    /// prompt's cache (Backspace is a lookup); a new one searches within the matches of its
    /// longest cached prefix (the query grew, so its matches can only be fewer), else all forms.
    ///
    /// In file order, a search with much left to read after a screenful shows that screenful at
    /// once and leaves the rest to `pendingSearch` (PendingSearch.swift).
    mutating func setPromptText(_ text: String) {
        guard var p = prompt else { return }
        let keep = currentFormIndex
        let old = p.text
        pendingSearch = nil
        guard let index else {
            // The index is still being built: keep the text; `.searchIndexReady` narrows.
            p.text = text
            p.matches = nil
            prompt = p
            lastStop = nil
            return
        }
        let query = ScopedQuery(parsing: text)
        if query.text.isEmpty {
            p.matches = nil
        } else if let cached = p.cache[text] {
            p.matches = cached
        } else {
            // Within the matches of the longest cached prefix in the same scope (`名` is not a
            // narrower query than `名:`).
            var base: (key: String, matches: [Int])?
            for (key, m) in p.cache where text.hasPrefix(key) && key.count > (base?.key.count ?? 0)
                && ScopedQuery(parsing: key).scope == query.scope { base = (key, m) }
            p.searches += 1
            let (m, complete) = firstSearch(query, index: index, within: base?.matches, keeping: keep)
            if complete {
                if p.cache.count >= 256 { p.cache.removeAll(keepingCapacity: true) }
                p.cache[text] = m
            } else {
                searchSerial += 1
                pendingSearch = SearchRequest(
                    text: text, query: query, within: base?.matches, index: index, head: m, serial: searchSerial)
            }
            p.matches = m
        }
        p.text = text
        prompt = p
        lastStop = nil
        if text.isEmpty, old.isEmpty { return }
        rebuildRows(matches: p.matches, keeping: keep)
    }

    mutating func acceptSearch() {
        guard let p = prompt else { return }
        prompt = nil
        lastStop = nil
        let query = ScopedQuery(parsing: p.text)
        if Vocabulary.squeeze(query.text).isEmpty {
            let keep = currentFormIndex
            pendingSearch = nil
            filter = ""
            filterMatches = nil
            highlight = ""
            rebuildRows(matches: nil, keeping: keep)
            return
        }
        filter = p.text
        highlight = query.highlight
        if let pending = pendingSearch {
            // Its matches arrive with the rest of the search (`receiveSearch`).
            filterMatches = nil
            message = BrowserMessages.filterSearching(p.text, grouped(pending.head.count))
            pendingSearch?.filterMessage = message
            return
        }
        filterMatches = p.matches
        if index == nil {
            // Filtered when the index arrives (`receiveSearchIndex`).
            message = BrowserMessages.indexPendingFilter(p.text)
            return
        }
        message = rows.isEmpty ? BrowserMessages.noMatchClear(p.text) : BrowserMessages.filterKept(p.text, grouped(rows.count))
    }

    mutating func cancelSearch() {
        guard let p = prompt else { return }
        let v = p.saved
        prompt = nil
        pendingSearch = nil
        filter = v.filter
        filterMatches = v.filterMatches
        highlight = v.highlight
        rows = v.rows
        selected = v.selected
        listTop = v.listTop
        focus = v.focus
        detailTop = v.detailTop
        treeCursor = v.treeCursor
        treeTop = v.treeTop
        lastStop = v.lastStop
        // Back to a filter accepted while the index was being built (and since arrived).
        applyPendingFilter()
    }

    /// Esc outside the prompt: drop the search filter, the highlight and the department /
    /// severity / rule filters, keeping the selected form (`!` stays: `!` turns it off).
    mutating func clearFilter() {
        guard !filter.isEmpty || !highlight.isEmpty || !listFilter.isEmpty else { return }
        let keep = currentFormIndex
        // A filter whose search still runs narrows the list too (to its first rows); the search
        // is for nothing now.
        let hadFilter = filterMatches != nil || pendingSearch != nil || !listFilter.isEmpty
        pendingSearch = nil
        filter = ""
        filterMatches = nil
        highlight = ""
        listFilter = ListFilter()
        lastStop = nil
        if hadFilter { rebuildRows(matches: nil, keeping: keep) }
        message = hadFilter ? BrowserMessages.filterCleared() : BrowserMessages.highlightCleared()
    }

    /// The forms matching a scoped query, ascending: the index's scoped search, or for `规:`
    /// the forms with a finding whose rule id contains the text.
    func searchMatches(_ query: ScopedQuery, index: SearchIndex, within: [Int]? = nil) -> [Int] {
        guard query.scope == .rule else { return index.matches(query, in: forms, within: within) }
        let wanted = FormLookup.fold(query.text)
        return (within ?? Array(forms.indices)).filter { i in
            findings.indices.contains(i) && findings[i].contains { FormLookup.fold($0.rule.rawValue).contains(wanted) }
        }
    }

    // MARK: - The index arrives

    /// The search index, built on another thread, is in: a prompt with text narrows the list
    /// now, and a filter accepted meanwhile is applied (the selected project kept if it
    /// matches). Like the findings, it keeps the message and arrives whatever is on screen.
    mutating func receiveSearchIndex(_ built: SearchIndex) {
        guard index == nil else { return }
        index = built
        if var p = prompt, !p.text.isEmpty {
            p.cache = [:]
            prompt = p
            setPromptText(p.text)
        } else {
            applyPendingFilter()
        }
    }

    /// A filter accepted before the index was in, once it is: its matches and rows.
    mutating func applyPendingFilter() {
        guard prompt == nil, !filter.isEmpty, filterMatches == nil, let index else { return }
        filterMatches = searchMatches(ScopedQuery(parsing: filter), index: index)
        rebuildRows(matches: filterMatches, keeping: currentFormIndex)
    }
}
