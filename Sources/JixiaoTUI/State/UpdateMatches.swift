import JixiaoKit

/// Where `n`/`N` can land in one form.
enum StopTarget: Equatable {
    /// A line of the detail document.
    case detail(line: Int)
    /// A line of the tree (unfolded to show it). `side`: the tree shows one side, and the line
    /// is on this one (switched to when it is not the side shown).
    case tree(id: String, ancestors: [String], side: Side?)
}

extension BrowserState {
    // MARK: - n / N

    /// Whether form `i` matches the highlighted term.
    func formMatches(_ i: Int) -> Bool {
        if filterMatches != nil, filter == highlight { return true }
        guard let index else { return !SearchIndex.hits(highlight, in: forms[i]).isEmpty }
        return !index.matches(highlight, within: [i]).isEmpty
    }

    /// The places `n` stops at in form `i`, from the search index's hits (`SearchIndex.hits`):
    /// the detail lines showing a hit, top to bottom, then the tree lines — in the order they
    /// are shown; when the tree shows one side, that side's lines, then the other side's.
    func stops(inForm i: Int) -> [StopTarget] {
        let q = highlight
        guard !q.isEmpty, forms.indices.contains(i) else { return [] }
        let form = forms[i]
        let hits = SearchIndex.hits(q, in: form)
        guard !hits.isEmpty else { return [] }

        // Sort the hits: ranges per detail field; hit indicators and tier keys per side.
        var fieldRanges: [(field: SearchField, ranges: [Range<String.Index>])] = []
        var indicators: [Side: [Indicator]] = [:]
        var tier1Keys: [Side: Set<String>] = [:], tier2Keys: [Side: Set<String>] = [:]
        for h in hits {
            switch h.field {
            case .tier(let side, let label):
                tier1Keys[side, default: []].insert(IndicatorTree.tier1Key(label))
                tier2Keys[side, default: []].insert(IndicatorTree.tier2Key(label))
            case .indicatorName(let side, let k), .indicatorValue(let side, let k):
                indicators[side, default: []].append(form.indicators[side][k])
            default:
                if fieldRanges.last?.field == h.field {
                    fieldRanges[fieldRanges.count - 1].ranges.append(h.range)
                } else {
                    fieldRanges.append((h.field, [h.range]))
                }
            }
        }

        var out: [StopTarget] = []
        let doc = detailDocument(form: i)
        var detailLines = Set<Int>()
        for (field, ranges) in fieldRanges {
            guard let places = doc.places[field], let text = field.text(in: form) else { continue }
            for m in SearchMarks.offsets(ranges, in: text) {
                for p in places {
                    if let l = doc.line(text: p.text, offset: p.start + m.lowerBound) { detailLines.insert(l) }
                }
            }
        }
        out += detailLines.sorted().map { .detail(line: $0) }

        let model = IndicatorTree(form.indicators)
        // One side at a time: 实施期 then 年度, whichever is shown (the order must not depend on
        // the side shown, which a stop may switch).
        let views: [Side?] = treeShowsBothSides ? [nil] : Side.allCases
        var seenGroups = Set<String>()
        var seenRows: [IndicatorTree.Row] = []
        for view in views {
            let sides = view.map { [$0] } ?? Side.allCases
            for line in model.lines(side: view) {
                let hit: Bool
                switch line.kind {
                case .leaf:
                    guard let row = line.row, !seenRows.contains(row) else { continue }
                    hit = sides.contains { s in row[s].map { (indicators[s] ?? []).contains($0) } ?? false }
                    if hit { seenRows.append(row) }
                case .tier1, .tier2:
                    let keys = line.kind == .tier1 ? tier1Keys : tier2Keys
                    hit = sides.contains { keys[$0]?.contains(line.groupKey) ?? false } && seenGroups.insert(line.id).inserted
                }
                if hit { out.append(.tree(id: line.id, ancestors: line.ancestors, side: view)) }
            }
        }
        return out
    }

    mutating func go(to target: StopTarget, index k: Int, of count: Int, form: Int) {
        lastStop = MatchStop(form: form, index: k)
        var note = ""
        switch target {
        case .detail(let line):
            focus = .detail
            detailTop = clamp(line - 2, 0, detailMaxTop)
        case .tree(let id, let ancestors, let view):
            focus = .tree
            if let view, view != side, !treeShowsBothSides {
                side = view
                note = " · " + view.label
            }
            folded.subtract(ancestors)
            let lines = treeLines()
            moveTreeCursor(to: lines.firstIndex { $0.id == id } ?? 0, lines: lines)
        }
        message = BrowserMessages.matchAt(k + 1, count) + note
    }

    mutating func stepMatch(forward: Bool) {
        guard !highlight.isEmpty else {
            message = BrowserMessages.noSearchTerm()
            return
        }
        guard index != nil else {
            message = BrowserMessages.indexPending()
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
            message = BrowserMessages.noMatchOf(highlight)
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
                message = BrowserMessages.matchIn(forms[f].project)
            } else {
                let k = forward ? 0 : there.count - 1
                go(to: there[k], index: k, of: there.count, form: f)
            }
            if wrapped { message = (message ?? "") + (forward ? BrowserMessages.wrappedToStart() : BrowserMessages.wrappedToEnd()) }
            return
        }
        message = BrowserMessages.noMatchOf(highlight)
    }
}
