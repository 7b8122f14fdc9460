import JixiaoKit

/// The project list: number in the file, project name, department and annual funds (万元,
/// right-aligned). Only the visible rows are drawn, so its cost does not grow with the file.
enum ListPane {
    struct Columns {
        var number: (x: Int, w: Int)
        /// The findings badge (`✗3`); width 0 without checks.
        var badge: (x: Int, w: Int)
        var name: (x: Int, w: Int)
        var department: (x: Int, w: Int)
        var funds: (x: Int, w: Int)
    }

    static func columns(_ s: BrowserState, _ r: Rect) -> Columns {
        let numberWidth = max(3, String(max(1, s.forms.count)).count)
        var fundsWidth = s.fundsColumnWidth
        let badgeWidth = s.badgeWidth
        let badgeSpace = badgeWidth > 0 ? badgeWidth + 1 : 0
        // gutter, number, space, badge, space, name … space, funds, right margin
        var rest = r.width - 1 - numberWidth - 1 - badgeSpace - 1 - fundsWidth - 1
        if rest < 10 {
            fundsWidth = 0
            rest = r.width - 1 - numberWidth - 1 - badgeSpace - 1
        }
        var deptWidth = 0
        if rest >= 30 { deptWidth = rest * 2 / 5 }
        let nameWidth = max(0, rest - (deptWidth > 0 ? deptWidth + 1 : 0))
        let bx = r.x + 1 + numberWidth + 1
        let nx = bx + badgeSpace
        return Columns(
            number: (r.x + 1, numberWidth),
            badge: (bx, badgeWidth),
            name: (nx, nameWidth),
            department: (nx + nameWidth + 1, deptWidth),
            funds: (r.maxX - 1 - fundsWidth, fundsWidth))
    }

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
        let count = "\(s.rows.count) 项"
        var infoParts: [String] = []
        if s.onlyWithFindings { infoParts.append("有问题") }
        if !s.filter.isEmpty { infoParts.append("筛选 " + s.filter) } else if s.sort != .file { infoParts.append(s.sort.label) }
        let info = infoParts.joined(separator: " · ")
        TitleBar.draw(into: &g, rect: r, pane: .list, focused: focused, narrow: narrow, info: info, right: count)
        let body = Layout.listBody(r)
        let cols = columns(s, r)
        if Layout.listShowsHeader(r) {
            let y = r.y + 1
            g.fill(x: r.x, y: y, width: r.width, height: 1, style: Theme.muted)
            g.put("#", x: cols.number.x, y: y, width: cols.number.w, style: Theme.muted, align: .right)
            g.put("项目名称", x: cols.name.x, y: y, width: cols.name.w, style: Theme.muted, ellipsis: true)
            if cols.department.w > 0 {
                g.put("主管部门", x: cols.department.x, y: y, width: cols.department.w, style: Theme.muted, ellipsis: true)
            }
            if cols.funds.w > 0 {
                g.put("年度万元", x: cols.funds.x, y: y, width: cols.funds.w, style: Theme.muted, align: .right)
            }
        }
        guard body.height > 0 else { return }
        if s.rows.isEmpty {
            let query = s.prompt?.text ?? s.filter
            let text = s.forms.isEmpty ? "（没有项目）"
                : query.isEmpty ? "没有有问题的项目"
                : s.onlyWithFindings ? "有问题的项目中没有匹配“\(query)”的" : "没有匹配“\(query)”的项目"
            g.put(text, x: r.x + 1, y: body.y, width: r.width - 2, style: Theme.muted, ellipsis: true)
            if !s.forms.isEmpty, body.height > 1 {
                var hint = s.prompt == nil ? (query.isEmpty ? "" : "Esc 清除筛选") : "Backspace 修改 · Esc 取消"
                if s.onlyWithFindings { hint += (hint.isEmpty ? "" : " · ") + "! 显示全部" }
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
            let f = s.forms[i]
            let y = body.y + line
            let isSelected = pos == s.selected
            let number = isSelected ? Theme.listCursor(focused: focused) : Theme.rowNumber
            if isSelected {
                // The selection: a bar over the gutter and the number (`▌ 12 `), the rest of the
                // row as it is — a move then changes a few cells on two rows, not two whole rows.
                let barWidth = cols.number.x + cols.number.w + 1 - r.x
                g.fill(x: r.x, y: y, width: barWidth, height: 1, style: number)
                g.put(Theme.listCursorGlyph, x: r.x, y: y, width: 1, style: number)
            }
            g.put(String(i + 1), x: cols.number.x, y: y, width: cols.number.w, style: number, align: .right)
            if cols.badge.w > 0, s.summaries.indices.contains(i), let worst = s.summaries[i].worst {
                g.put(s.summaries[i].badge, x: cols.badge.x, y: y, width: cols.badge.w, style: worst.style)
            }
            if f.project.isEmpty {
                g.put("（无项目名称）", x: cols.name.x, y: y, width: cols.name.w, style: Theme.muted, ellipsis: true)
            } else {
                g.put(f.project, x: cols.name.x, y: y, width: cols.name.w, style: Theme.text, ellipsis: true, highlight: query)
            }
            if cols.department.w > 0 {
                g.put(shortDepartment(f), x: cols.department.x, y: y, width: cols.department.w, style: Theme.muted, ellipsis: true, highlight: query)
            }
            if cols.funds.w > 0 {
                g.put(Amounts.wan(f.funds.annual.total), x: cols.funds.x, y: y, width: cols.funds.w, style: Theme.text, ellipsis: true, align: .right)
            }
        }
    }
}
