import JixiaoKit

/// The review in the browser: saved reviews arriving, the finding cursor (what `a`/`x` act on),
/// the review filter, and the line editor for notes.
extension BrowserState {
    /// A change the ledger has committed: the form's review as it now stands.
    mutating func receiveReview(form i: Int, _ r: FormReview, message text: String) {
        guard review != nil else { return }
        review!.set(r, at: i)
        reviewVersion += 1
        message = text
        if reviewFilter != .all { rebuildRows(matches: listMatches, keeping: currentFormIndex) }
    }

    /// `v`: all → 未审 → 退回 → 需复审 → all.
    mutating func cycleReviewFilter() {
        guard review != nil else { return }
        let next = reviewFilter.next
        listFilter.review = next == .all ? nil : next
        rebuildRows(matches: listMatches, keeping: currentFormIndex)
        message = reviewFilter == .all ? ReviewBrowserMessages.filterOff() : ReviewBrowserMessages.filterOn(reviewFilter.label, rows.count)
    }

    /// The current form's findings (empty until the checks are in).
    var currentFindings: [Finding] {
        guard let i = currentFormIndex, findings.indices.contains(i) else { return [] }
        return findings[i]
    }

    /// The finding `a`/`x` act on: the cursor, else the first.
    var targetFinding: Int? {
        let count = currentFindings.count
        guard count > 0 else { return nil }
        return min(findingCursor ?? 0, count - 1)
    }

    /// `f`/`F`: the next / previous finding of the form, shown in the detail pane.
    mutating func stepFinding(forward: Bool) {
        let count = currentFindings.count
        guard count > 0 else {
            message = ReviewBrowserMessages.noFindings()
            return
        }
        let now = findingCursor ?? (forward ? -1 : count)
        findingCursor = (now + (forward ? 1 : -1) + count) % count
        reviewVersion += 1
        let doc = detailDocument()
        if let line = doc.findingLines.indices.contains(findingCursor!) ? doc.findingLines[findingCursor!] : nil {
            if line < detailTop || line >= detailTop + detailRows - 1 {
                detailTop = clamp(line - 1, 0, detailMaxTop)
            }
        }
        if layout.mode == .narrow, focus != .detail { focus = .detail }
    }

    /// The note editor's draft for `target` (starting from the note there is).
    func noteDraft(_ target: NoteTarget) -> NoteDraft {
        guard let review, review.reviews.indices.contains(target.form) else { return NoteDraft(target: target, text: "") }
        let r = review.reviews[target.form]
        switch target {
        case .form: return NoteDraft(target: target, text: r.noteText)
        case .indicator(_, let key, _): return NoteDraft(target: target, text: r.indicatorNotes[key]?.text ?? "")
        case .dismissal: return NoteDraft(target: target, text: "")
        }
    }

    /// What `e` writes to here: the indicator under the tree cursor in the tree, else the form.
    func noteTarget(indicator: Bool) -> NoteTarget? {
        guard let i = currentFormIndex else { return nil }
        if indicator {
            let lines = treeLines()
            if lines.indices.contains(treeCursor), let (key, label) = lines[treeCursor].indicatorKey(side: treeShowsBothSides ? nil : side) {
                return .indicator(form: i, key: key, label: label)
            }
            return nil
        }
        return .form(i)
    }

    mutating func applyInNote(_ draft: NoteDraft, _ action: Action) {
        var d = draft
        switch action {
        case .insert(let c): d.text.append(c)
        case .deleteBackward: if !d.text.isEmpty { d.text.removeLast() }
        case .clearPrompt: d.text = ""
        case .cancelNote:
            overlay = nil
            message = ReviewBrowserMessages.noteCancelled()
            return
        default: return
        }
        overlay = .note(d)
    }
}

extension TreeLine {
    /// The indicator of a leaf as the review record names it (`IndicatorPath.key`) and shows it:
    /// the side shown (`side`), or with both sides shown the 年度 one where there is one.
    func indicatorKey(side: Side?) -> (key: String, label: String)? {
        guard let row else { return nil }
        let chosen: (Indicator, Side)?
        if let side {
            chosen = row[side].map { ($0, side) }
        } else {
            chosen = row.annual.map { ($0, Side.annual) } ?? row.implementation.map { ($0, Side.implementation) }
        }
        guard let (indicator, s) = chosen else { return nil }
        let key = IndicatorPath.key(indicator, side: s)
        return (key, IndicatorPath.display(key))
    }
}
