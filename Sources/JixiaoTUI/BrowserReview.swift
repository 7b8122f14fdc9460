import JixiaoKit

/// The browser's review effects: the actions that change the record (a grade, a note, a
/// verdict) are performed here, synchronously through the `ReviewLedger`, and their outcome is
/// applied to the state as `.reviewSaved` / `.reviewFailed` — so the screen says 已保存 only
/// after the commit, and the state stays a plain value.
extension Browser {
    /// Attaches the review record: loads every form's review, opens at the form this reviewer
    /// was on when they left (unless a `--project` query chose one), and shows the record's
    /// problem (read-only, damaged …) in the status line.
    public mutating func attachReview(_ ledger: any ReviewLedger, externalEditor: Bool) {
        // While forms are still arriving, the record waits for all of them (`collect`).
        if isReading {
            pendingReview = (ledger, externalEditor)
            return
        }
        self.ledger = ledger
        usesExternalEditor = externalEditor
        // Loaded here, on the browser's thread, and shown as a record loaded elsewhere is.
        receiveLoadedReview(LoadedReview(forms: state.forms, ledger: ledger))
    }

    /// Saves `grade` for form `i` (`id`); the status line says 已保存 after the commit.
    mutating func saveGrade(_ grade: Grade, form i: Int, id: FormIdentity) {
        save(i) { try $0.setGrade(grade, of: id) } message: { _ in ReviewBrowserMessages.saved(grade.labelWithMeaning) }
    }

    /// Attaches the record handed over while the forms were arriving (see `attachReview`).
    mutating func attachPendingReview() {
        guard let pending = pendingReview else { return }
        pendingReview = nil
        attachReview(pending.ledger, externalEditor: pending.externalEditor)
    }

    /// Performs `action` when it is a review effect; returns the backend's next step then (nil
    /// for every other action).
    mutating func performReview(_ action: Action) -> ScreenCommand? {
        switch action {
        case .setGrade(let grade) where isLoadingReview:
            queueGrade(grade)
            return ScreenCommand.none
        case .editNote where isLoadingReview, .editIndicatorNote where isLoadingReview, .acceptFinding where isLoadingReview,
             .dismissFinding where isLoadingReview:
            state.apply(.reviewFailed(ReviewBrowserMessages.loading()))
            return ScreenCommand.none
        case .setGrade(let grade):
            guard let (i, id) = current() else { return ScreenCommand.none }
            saveGrade(grade, form: i, id: id)
            return ScreenCommand.none
        case .editNote, .editIndicatorNote:
            guard let target = state.noteTarget(indicator: action == .editIndicatorNote) else {
                state.apply(.reviewFailed(action == .editIndicatorNote ? ReviewBrowserMessages.noIndicator() : ReviewBrowserMessages.noForm()))
                return ScreenCommand.none
            }
            guard writable() else { return ScreenCommand.none }
            let draft = state.noteDraft(target)
            if usesExternalEditor {
                pendingEdit = target
                return .edit(EditRequest(text: draft.text, comments: editorComments(target)))
            }
            state.apply(.openNote(draft))
            return ScreenCommand.none
        case .saveNote:
            guard case .note(let draft) = state.overlay else { return ScreenCommand.none }
            saveNote(draft.target, draft.text)
            return ScreenCommand.none
        case .acceptFinding, .dismissFinding:
            guard let (i, id) = current(), let n = state.targetFinding else {
                state.apply(.reviewFailed(ReviewBrowserMessages.noFindings()))
                return ScreenCommand.none
            }
            let finding = state.findings[i][n]
            let key = FindingKey(finding, in: state.forms[i])
            let kind: VerdictKind = action == .acceptFinding ? .accepted : .dismissed
            let now = state.review?.reviews[i].verdicts[key]?.kind
            if now == kind {
                // Pressed again: the verdict is taken back.
                save(i) { try $0.setVerdict(.withdrawn, reason: "", on: finding, key: key, of: id) } message: { _ in
                    ReviewBrowserMessages.savedWithdrawn(finding.rule.rawValue)
                }
            } else if kind == .dismissed {
                guard writable() else { return ScreenCommand.none }
                state.apply(.openNote(NoteDraft(target: .dismissal(form: i, finding: n), text: "")))
            } else {
                save(i) { try $0.setVerdict(.accepted, reason: "", on: finding, key: key, of: id) } message: { _ in
                    ReviewBrowserMessages.savedAccepted(finding.rule.rawValue)
                }
            }
            return ScreenCommand.none
        default:
            return nil
        }
    }

    /// The external editor is back.
    public mutating func finishEdit(_ result: EditResult) {
        guard let target = pendingEdit else { return }
        pendingEdit = nil
        switch result {
        case .failed(let why): state.apply(.reviewFailed(ReviewBrowserMessages.editorFailed(why)))
        case .edited(let text):
            if text == state.noteDraft(target).text {
                state.apply(.reviewFailed(ReviewBrowserMessages.noteUnchanged()))
            } else {
                saveNote(target, text)
            }
        }
    }

    /// Remembers where the reviewer is, for the next start — when they reviewed something in
    /// this session (only browsing leaves the record as it was).
    mutating func leaving() {
        saveQueuedGradesNow()
        guard savedThisSession, let ledger, let review = state.review, let i = state.currentFormIndex, ledger.isWritable else { return }
        ledger.recordPosition(review.identities[i].key)
    }

    // MARK: - Helpers

    private func current() -> (Int, FormIdentity)? {
        guard let review = state.review, let i = state.currentFormIndex, review.identities.indices.contains(i) else { return nil }
        return (i, review.identities[i])
    }

    private mutating func writable() -> Bool {
        guard let ledger, ledger.isWritable else {
            state.apply(.reviewFailed(ReviewBrowserMessages.notWritable(ledger?.problem ?? "")))
            return false
        }
        return true
    }

    /// Runs one change through the ledger and applies its outcome.
    mutating func save(_ form: Int, _ change: (any ReviewLedger) throws -> FormReview, message: (FormReview) -> String) {
        guard let ledger, writable() else { return }
        do {
            let r = try change(ledger)
            savedThisSession = true
            state.apply(.reviewSaved(form: form, review: r, message: message(r)))
            if let review = state.review { ledger.recordPosition(review.identities[form].key) }
        } catch {
            state.apply(.reviewFailed("\(error)"))
        }
    }

    private mutating func saveNote(_ target: NoteTarget, _ text: String) {
        guard let review = state.review, review.identities.indices.contains(target.form) else { return }
        let id = review.identities[target.form]
        switch target {
        case .form:
            save(target.form) { try $0.setNote(text, indicator: nil, of: id) } message: { _ in
                text.isEmpty ? ReviewBrowserMessages.savedNoteCleared() : ReviewBrowserMessages.savedNote()
            }
        case .indicator(_, let key, let label):
            save(target.form) { try $0.setNote(text, indicator: key, of: id) } message: { _ in ReviewBrowserMessages.savedIndicatorNote(label) }
        case .dismissal(let i, let n):
            guard state.findings.indices.contains(i), state.findings[i].indices.contains(n) else { return }
            let finding = state.findings[i][n]
            let key = FindingKey(finding, in: state.forms[i])
            save(i) { try $0.setVerdict(.dismissed, reason: text, on: finding, key: key, of: id) } message: { _ in
                ReviewBrowserMessages.savedDismissed(finding.rule.rawValue)
            }
        }
    }

    /// The `#` lines of the editor: what is being written on, how, and the form's findings.
    private func editorComments(_ target: NoteTarget) -> [String] {
        let f = state.forms[target.form]
        var out = [ReviewBrowserMessages.editorTitle(Sanitizer.clean(f.project), Sanitizer.clean(f.department.display))]
        if case .indicator(_, _, let label) = target { out.append(ReviewBrowserMessages.editorIndicator(Sanitizer.clean(label))) }
        out.append(ReviewBrowserMessages.editorHelp())
        let fs = state.findings.indices.contains(target.form) ? state.findings[target.form] : []
        if !fs.isEmpty {
            out.append("")
            out.append(ReviewBrowserMessages.editorFindings())
            for finding in fs {
                out.append("  \(finding.severity.glyph) \(finding.severity.label) [\(finding.rule)] \(Sanitizer.clean(finding.message))")
            }
        }
        return out
    }
}

extension BrowserState {
    /// The review record arrives (at start): badges, progress, and the form to resume at.
    mutating func attachReview(_ model: ReviewModel, resumeAt key: String?) {
        review = model
        reviewVersion += 1
        if let key, let i = model.identities.firstIndex(where: { $0.key == key }), let p = rows.firstIndex(of: i) {
            selectRow(p)
        }
        if let problem = model.problem { message = problem }
    }
}
