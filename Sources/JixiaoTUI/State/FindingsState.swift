import JixiaoKit

/// Whether the browser has the review checks' findings (`Checker.check`).
public enum FindingsStatus: Sendable, Equatable {
    /// No checks were run: no badges, no 问题 section, and `p`/`P`/`!` say so.
    case none
    /// The checks are running (on another thread); the findings arrive as `.findingsArrived`.
    case pending
    /// The findings are in.
    case ready
}

extension BrowserState {
    // MARK: - Findings

    /// Whether form `i` has findings.
    func hasFindings(_ i: Int) -> Bool { summaries.indices.contains(i) && summaries[i].count > 0 }

    /// The findings arrived (checked on another thread): badges, 问题 sections and the keys
    /// `p`/`P`/`!` come alive. The detail pane keeps showing the same text when it was scrolled.
    mutating func receiveFindings(_ perForm: [[Finding]]) {
        let linesBefore = detailDocument().lines.count
        setFindings(perForm)
        findingsStatus = .ready
        // An order by findings made before they came is of no findings: made again.
        orders[.findingsDescending] = nil
        if sort == .findingsDescending { rebuildRows(matches: listMatches, keeping: currentFormIndex) }
        if detailTop > 0 { detailTop += detailDocument().lines.count - linesBefore }
        scrollDetail(by: 0)
    }

    /// Stores findings per form (padded or cut to the number of forms) and their summaries.
    /// Each form's findings are put worst first (then by line, as the checker gave them): the
    /// 问题 section opens with what must be fixed.
    mutating func setFindings(_ perForm: [[Finding]]) {
        // Under the four review headings (完整性, 相关性, 适当性, 可行性), worst first within each:
        // the order of the 问题 section, of the finding cursor and of the verdicts alike.
        var f = perForm.prefix(forms.count).map { list in
            Finding.grouped(list).flatMap(\.findings)
        }
        if f.count < forms.count { f += Array(repeating: [], count: forms.count - f.count) }
        findings = f
        findingsVersion = DerivedCache.nextFindingsVersion()
        summaries = f.map { FindingSummary($0) }
        formsWithFindings = summaries.reduce(0) { $0 + ($1.count > 0 ? 1 : 0) }
        badgeWidth = BrowserState.badgeWidth(summaries)
    }

    /// Columns of the list's badge column: room for `✗12` style badges, at least 2.
    static func badgeWidth(_ summaries: [FindingSummary]) -> Int {
        var widest = 2
        for s in summaries where s.count > 9 { widest = max(widest, DisplayWidth.of(s.badge)) }
        return widest
    }

    /// Why `p`/`P`/`!` cannot work now, or nil when they can.
    var findingsUnavailable: String? {
        switch findingsStatus {
        case .none: return BrowserMessages.noChecks()
        case .pending: return BrowserMessages.checking()
        case .ready: return formsWithFindings == 0 ? BrowserMessages.noFindings() : nil
        }
    }

    /// `p` / `P`: the next (previous) project in the list that has findings, wrapping around.
    mutating func jumpToFindings(forward: Bool) {
        if let why = findingsUnavailable {
            message = why
            return
        }
        let n = rows.count
        guard n > 0 else {
            message = BrowserMessages.listEmpty()
            return
        }
        for step in 1...n {
            let pos = ((selected + (forward ? step : -step)) % n + n) % n
            guard hasFindings(rows[pos]) else { continue }
            let wrapped = forward ? pos <= selected : pos >= selected
            selectRow(pos)
            let flagged = rows.filter(hasFindings)
            let k = (flagged.firstIndex(of: rows[pos]) ?? 0) + 1
            var m = BrowserMessages.findingsRank(k, flagged.count, forms[rows[pos]].project.isEmpty ? BrowserMessages.noProjectName() : forms[rows[pos]].project)
            if pos == selected, step == n { m += BrowserMessages.onlyThisOne() } else if wrapped { m += forward ? BrowserMessages.wrappedToStart() : BrowserMessages.wrappedToEnd() }
            message = m
            return
        }
        message = BrowserMessages.noFindingsInList()
    }

    /// `!`: show only the projects with findings, or all again. The selection stays on its
    /// project, or moves to the next one with findings.
    mutating func toggleOnlyWithFindings() {
        if !onlyWithFindings, let why = findingsUnavailable {
            message = why
            return
        }
        var keep = currentFormIndex
        if !onlyWithFindings, let k = keep, !hasFindings(k) {
            // The next flagged project after the selection, in list order (wrapping).
            let n = rows.count
            keep = nil
            for step in 1...n where hasFindings(rows[(selected + step) % n]) {
                keep = rows[(selected + step) % n]
                break
            }
        }
        onlyWithFindings.toggle()
        rebuildRows(matches: listMatches, keeping: keep)
        message = onlyWithFindings ? BrowserMessages.onlyFindingsOn() : BrowserMessages.allProjects()
    }
}
