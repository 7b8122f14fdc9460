import JixiaoKit

/// The project list: number in the file, project name, department and annual funds (万元,
/// right-aligned). Only the visible rows are drawn, so its cost does not grow with the file.
enum ListPane {
    /// The department as the list shows it: the name without the code, and without the city
    /// when the form's title starts with it (`阳泉市工业和信息化局` → `工业和信息化局`).
    static func shortDepartment(_ f: Form) -> String {
        let name = f.department.name.isEmpty ? f.department.display : f.department.name
        if let city = f.title.firstIndex(of: "市").map({ f.title[...$0] }), city.count >= 2,
           name.hasPrefix(city), name.count > city.count + 1 {
            return String(name.dropFirst(city.count))
        }
        return name
    }

    static func draw(_ s: BrowserState, into g: inout Grid, rect r: Rect, focused: Bool, narrow: Bool) {
        // How many projects the list holds; where the selection is (`3/7`) is the status line's
        // to say, so a move does not rewrite the title bar too.
        let count = BrowserMessages.listCount(s.rowCount(s.rows.count))
        var infoParts: [String] = []
        if s.onlyWithFindings { infoParts.append(BrowserMessages.filterAnyFinding()) }
        infoParts += s.listFilter.labels
        if !s.filter.isEmpty { infoParts.append(BrowserMessages.filterText(s.filter)) } else if s.sort != .file { infoParts.append(s.sort.label) }
        let info = infoParts.joined(separator: " · ")
        TitleBar.draw(into: &g, rect: r, pane: .list, focused: focused, narrow: narrow, info: info, right: count)
        let body = Layout.listBody(r)
        let cols = ListColumns(s, r, screenWidth: g.width)
        if Layout.listShowsHeader(r) {
            let y = r.y + 1
            g.fill(x: r.x, y: y, width: r.width, height: 1, style: Theme.muted)
            for c in cols.shown {
                let title = header(c.kind)
                g.put(title, x: c.x, y: y, width: c.width, style: Theme.muted, ellipsis: !title.isEmpty,
                      align: c.kind == .number || c.kind == .funds ? .right : .left)
            }
        }
        guard body.height > 0 else { return }
        if s.rows.isEmpty, s.isSearching {
            // Nothing found yet is not "nothing matches": the rest of the search is on its way.
            g.put(BrowserMessages.listSearching(), x: r.x + 1, y: body.y, width: r.width - 2, style: Theme.muted, ellipsis: true)
            return
        }
        if s.rows.isEmpty {
            let query = s.prompt?.text ?? s.filter
            let text = s.forms.isEmpty ? BrowserMessages.noProjects()
                : query.isEmpty ? (s.listFilter.review.map { ReviewBrowserMessages.filterEmpty($0.label) } ?? BrowserMessages.noProjectWithFindings())
                : s.onlyWithFindings ? BrowserMessages.noMatchAmongFindings(query) : BrowserMessages.noMatchProjects(query)
            g.put(text, x: r.x + 1, y: body.y, width: r.width - 2, style: Theme.muted, ellipsis: true)
            if !s.forms.isEmpty, body.height > 1 {
                var hint = s.prompt == nil ? (query.isEmpty ? "" : BrowserMessages.hintClearFilter()) : BrowserMessages.hintEditPrompt()
                if s.onlyWithFindings { hint += (hint.isEmpty ? "" : " · ") + BrowserMessages.hintShowAll() }
                g.put(hint, x: r.x + 1, y: body.y + 1, width: r.width - 2, style: Theme.muted, ellipsis: true)
            }
            return
        }
        let top = scrollTop(s.listTop, cursor: s.selected, visible: body.height, count: s.rows.count)
        let query = s.activeQuery
        for line in 0..<body.height {
            let pos = top + line
            guard pos < s.rows.count else { break }
            let i = s.rows[pos]
            let y = body.y + line
            let isSelected = pos == s.selected
            let number = isSelected ? Theme.listCursor(focused: focused) : Theme.rowNumber
            if isSelected {
                // The selection: a bar over the gutter and the number (`▌ 12 `), the rest of the
                // row as it is — a move then changes a few cells on two rows, not two whole rows.
                let barWidth = (cols[.number].map { $0.x + $0.width + 1 } ?? r.x + 1) - r.x
                g.fill(x: r.x, y: y, width: barWidth, height: 1, style: number)
                g.put(Theme.listCursorGlyph, x: r.x, y: y, width: 1, style: number)
            }
            for c in cols.shown {
                if c.kind == .number {
                    g.put(String(i + 1), x: c.x, y: y, width: c.width, style: number, align: .right)
                } else if let (text, style, hit) = cell(c.kind, form: i, in: s, withCode: cols.departmentWithCode) {
                    g.put(text, x: c.x, y: y, width: c.width, style: style, ellipsis: c.kind != .findings,
                          align: c.kind == .funds ? .right : .left, highlight: hit ? query : nil)
                }
            }
        }
    }

    /// A column's header.
    static func header(_ kind: ListColumns.Kind) -> String {
        switch kind {
        case .number: "#"
        case .findings, .review: ""
        case .name: BrowserMessages.columnName()
        case .department: BrowserMessages.columnDepartment()
        case .funds: BrowserMessages.columnFunds()
        }
    }

    /// A column's text in the row of form `i`, its style, and whether search hits are lit in it;
    /// nil for an empty cell.
    static func cell(_ kind: ListColumns.Kind, form i: Int, in s: BrowserState, withCode: Bool) -> (String, Style, Bool)? {
        let f = s.forms[i]
        switch kind {
        case .number: return (String(i + 1), Theme.rowNumber, false)
        case .review:
            return s.reviewBadge(i).map { ($0.text, $0.style, false) }
        case .findings:
            guard s.summaries.indices.contains(i), let worst = s.summaries[i].worst else { return nil }
            return (s.summaries[i].badge, worst.style, false)
        case .name:
            return f.project.isEmpty ? (BrowserMessages.noProjectName(), Theme.muted, false) : (f.project, Theme.text, true)
        case .department:
            let short = shortDepartment(f)
            let text = withCode && !f.department.code.isEmpty ? f.department.code + " " + short : short
            return (text, Theme.muted, true)
        case .funds:
            return (Amounts.wan(f.funds.annual.total), Theme.text, false)
        }
    }
}
