import JixiaoKit

/// Where `n`/`N` can land in one form.
enum StopTarget: Equatable {
    /// A line of the detail document.
    case detail(line: Int)
    /// A line of the tree (unfolded to show it).
    case tree(id: String, ancestors: [String])
}

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

    /// Sets the prompt's text and narrows the list at once: within the previous matches when the
    /// query grew, from scratch otherwise.
    mutating func setPromptText(_ text: String) {
        guard var p = prompt else { return }
        let keep = currentFormIndex
        let old = p.text
        if text.isEmpty {
            p.matches = nil
        } else if let previous = p.matches, !old.isEmpty, text.hasPrefix(old) {
            p.matches = index.matches(text, within: previous)
        } else {
            p.matches = index.matches(text)
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
        if Vocabulary.squeeze(p.text).isEmpty {
            let keep = currentFormIndex
            filter = ""
            filterMatches = nil
            highlight = ""
            rebuildRows(matches: nil, keeping: keep)
            return
        }
        filter = p.text
        filterMatches = p.matches
        highlight = p.text
        message = rows.isEmpty ? "没有匹配“\(p.text)”的项目 · Esc 清除" : "筛选“\(p.text)”：\(rows.count) 个项目 · n/N 逐个查看"
    }

    mutating func cancelSearch() {
        guard let p = prompt else { return }
        let v = p.saved
        prompt = nil
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
    }

    /// Esc outside the prompt: drop the filter and the highlight, keeping the selected form.
    mutating func clearFilter() {
        guard !filter.isEmpty || !highlight.isEmpty else { return }
        let keep = currentFormIndex
        let hadFilter = filterMatches != nil
        filter = ""
        filterMatches = nil
        highlight = ""
        lastStop = nil
        if hadFilter { rebuildRows(matches: nil, keeping: keep) }
        message = hadFilter ? "已清除筛选" : "已清除高亮"
    }

    // MARK: - n / N

    /// Whether form `i` matches the highlighted term.
    func formMatches(_ i: Int) -> Bool {
        if filterMatches != nil, filter == highlight { return true }
        return !index.matches(highlight, within: [i]).isEmpty
    }

    /// The places `n` stops at in form `i`: matching detail lines, then matching tree lines.
    func stops(inForm i: Int) -> [StopTarget] {
        let q = highlight
        guard !q.isEmpty else { return [] }
        func hit(_ t: String) -> Bool { !SearchIndex.ranges(of: q, in: t).isEmpty }
        var out: [StopTarget] = []
        let doc = DetailPane.document(forms[i], findings: findings[i], width: detailWidth)
        for (n, line) in doc.lines.enumerated() where line.searchable.contains(where: hit) {
            out.append(.detail(line: n))
        }
        let tree = TreeModel(forms[i].indicators).lines(side: treeShowsBothSides ? nil : side)
        for line in tree where line.searchableTexts.contains(where: hit) {
            out.append(.tree(id: line.id, ancestors: line.ancestors))
        }
        return out
    }

    mutating func go(to target: StopTarget, index k: Int, of count: Int, form: Int) {
        lastStop = MatchStop(form: form, index: k)
        switch target {
        case .detail(let line):
            focus = .detail
            detailTop = clamp(line - 2, 0, detailMaxTop)
        case .tree(let id, let ancestors):
            focus = .tree
            folded.subtract(ancestors)
            let lines = treeLines()
            moveTreeCursor(to: lines.firstIndex { $0.id == id } ?? 0, lines: lines)
        }
        message = "匹配 \(k + 1)/\(count)"
    }

    mutating func stepMatch(forward: Bool) {
        guard !highlight.isEmpty else {
            message = "没有搜索词：按 / 搜索"
            return
        }
        if let f = currentFormIndex {
            let here = stops(inForm: f)
            let at = lastStop?.form == f ? lastStop!.index : nil
            let next = forward ? (at.map { $0 + 1 } ?? 0) : (at.map { $0 - 1 } ?? -1)
            if next >= 0, next < here.count {
                go(to: here[next], index: next, of: here.count, form: f)
                return
            }
        }
        guard !rows.isEmpty else {
            message = "没有匹配“\(highlight)”"
            return
        }
        let n = rows.count
        for step in 1...n {
            let pos = ((selected + (forward ? step : -step)) % n + n) % n
            let f = rows[pos]
            guard formMatches(f) else { continue }
            let wrapped = forward ? pos <= selected : pos >= selected
            selectRow(pos)
            lastStop = nil
            let there = stops(inForm: f)
            if there.isEmpty {
                focus = .list
                lastStop = MatchStop(form: f, index: -1)
                message = "匹配：\(forms[f].project)"
            } else {
                let k = forward ? 0 : there.count - 1
                go(to: there[k], index: k, of: there.count, form: f)
            }
            if wrapped { message = (message ?? "") + (forward ? " · 已从头开始" : " · 已从末尾开始") }
            return
        }
        message = "没有匹配“\(highlight)”"
    }
}
