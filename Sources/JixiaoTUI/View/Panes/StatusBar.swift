import JixiaoKit

/// The bottom line: where you are (`3/7 · 公交政策性亏损补贴 · 040-阳泉市工业和信息化局`), the
/// filter, the sort and `? help` — or the `/` prompt while searching, or a one-off message.
enum StatusBar {
    static func draw(_ s: BrowserState, into g: inout Grid, rect r: Rect) {
        guard r.height > 0, r.width > 0 else { return }
        let y = r.y
        g.fill(x: r.x, y: y, width: r.width, height: 1, style: Theme.status)

        if case .goto(let typed) = s.overlay {
            let right = fit([BrowserMessages.gotoRange(s.grouped(s.forms.count)), BrowserMessages.gotoHint()], room: r.width / 2)
            let rw = DisplayWidth.of(right)
            var x = r.x
            x += g.put(":", x: x, y: y, width: 1, style: Theme.statusKey)
            x += g.put(typed, x: x, y: y, width: max(0, r.width - rw - 3), style: Theme.statusStrong)
            g.put(" ", x: x, y: y, width: 1, style: Theme.promptCursor)
            if rw > 0 { g.put(right, x: r.maxX - rw - 1, y: y, width: rw, style: Theme.status) }
            return
        }
        if case .note(let draft) = s.overlay {
            NotePrompt.draw(draft, into: &g, rect: r)
            return
        }

        if let p = s.prompt {
            let count = p.matches.map { s.isSearching ? BrowserMessages.promptSearching(s.grouped($0.count)) : BrowserMessages.promptMatches(s.grouped($0.count)) }
                ?? (s.index == nil && !p.text.isEmpty ? BrowserMessages.promptIndexing() : BrowserMessages.promptType())
            let right = fit([count, BrowserMessages.promptEnterKeep(), BrowserMessages.promptEscCancel()], room: r.width / 2)
            let rw = DisplayWidth.of(right)
            let promptRoom = r.width - rw - 2
            // Keep the end of a long query in view.
            var shown = p.text
            while DisplayWidth.of(shown) + 2 > promptRoom, !shown.isEmpty { shown.removeFirst() }
            var x = r.x
            x += g.put("/", x: x, y: y, width: 1, style: Theme.statusKey)
            x += g.put(shown, x: x, y: y, width: max(0, promptRoom - 1), style: Theme.statusStrong)
            g.put(" ", x: x, y: y, width: 1, style: Theme.promptCursor)
            if rw > 0 { g.put(right, x: r.maxX - rw - 1, y: y, width: rw, style: Theme.status) }
            return
        }

        // The filters and the count: `筛选 公交 · 主管部门=045 · 有错误 · 37/10,000`.
        var filters: [String] = []
        if !s.filter.isEmpty { filters.append(s.filter) }
        filters += s.listFilter.labels
        if s.onlyWithFindings { filters.append(BrowserMessages.filterAnyFinding()) }
        var filterPart: String?
        if !filters.isEmpty {
            filterPart = BrowserMessages.filterStatus(filters.joined(separator: " · "), s.rowCount(s.rows.count), s.grouped(s.forms.count))
        } else if !s.highlight.isEmpty {
            filterPart = BrowserMessages.highlightStatus(s.highlight)
        }
        let findingsPart: String? = s.readingLabel ?? (s.findingsStatus == .pending && !s.onlyWithFindings ? BrowserMessages.checkingShort() : nil)
        // The review: `已审 2/7`, and `只读` when nothing can be saved.
        var reviewPart: String?
        if let review = s.review {
            reviewPart = ReviewBrowserMessages.progress(s.grouped(review.reviewed), s.grouped(s.forms.count))
            if !review.isWritable { reviewPart! += " " + ReviewBrowserMessages.readOnly() }
        }
        let sortPart = BrowserMessages.sortStatus(s.sort.label)
        let helpWord = BrowserMessages.helpWord()
        let help = "? " + helpWord
        // Shown left to right as filter, findings, sort, help; kept by importance: help, the
        // findings filter, the search filter, sort — while the left part keeps at least half
        // the line (or 28 columns).
        let order = [filterPart, findingsPart, reviewPart, sortPart, help].compactMap { $0 }
        let room = max(0, r.width - min(28, r.width / 2))
        var kept: [String] = [help]
        for candidate in [reviewPart, findingsPart, filterPart, sortPart].compactMap({ $0 }) {
            let trial = order.filter { kept.contains($0) || $0 == candidate }
            if DisplayWidth.of(trial.joined(separator: " │ ")) + 2 <= room { kept.append(candidate) }
        }
        let right = order.filter { kept.contains($0) }
        let rw = DisplayWidth.of(right.joined(separator: " │ "))
        if rw + 2 <= r.width {
            var x = r.maxX - rw - 1
            for (n, part) in right.enumerated() {
                if n > 0 { x += g.put(" │ ", x: x, y: y, width: 3, style: Theme.status) }
                if part == help {
                    x += g.put("?", x: x, y: y, width: 1, style: Theme.statusKey)
                    x += g.put(" " + helpWord, x: x, y: y, width: 1 + DisplayWidth.of(helpWord), style: Theme.status)
                } else {
                    x += g.put(part, x: x, y: y, width: r.maxX - x, style: Theme.status)
                }
            }
        }
        let leftRoom = r.width - (rw + 2 <= r.width ? rw + 3 : 0) - 1
        guard leftRoom > 0 else { return }
        if let m = s.message {
            g.put(m, x: r.x + 1, y: y, width: leftRoom, style: Theme.statusMessage, ellipsis: true)
            return
        }
        guard let f = s.currentForm else {
            g.put(s.forms.isEmpty ? BrowserMessages.noProjectsStatus() : "0/0", x: r.x + 1, y: y, width: leftRoom, style: Theme.status, ellipsis: true)
            return
        }
        let position = "\(s.grouped(s.selected + 1))/\(s.rowCount(s.rows.count))"
        var x = r.x + 1
        x += g.put(position, x: x, y: y, width: leftRoom, style: Theme.status)
        let rest = [f.project, f.department.display].filter { !$0.isEmpty }.map { " · " + $0 }.joined()
        g.put(rest, x: x, y: y, width: r.x + 1 + leftRoom - x, style: Theme.status, ellipsis: true)
    }

    /// As many of `parts` (in order) as fit in `room` columns, joined.
    static func fit(_ parts: [String], room: Int) -> String {
        var out: [String] = []
        for p in parts {
            let next = (out + [p]).joined(separator: " · ")
            if DisplayWidth.of(next) > room { break }
            out.append(p)
        }
        return out.joined(separator: " · ")
    }
}
