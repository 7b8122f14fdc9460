import JixiaoKit

/// `S`: the year at a glance over the panes — per 主管部门 the forms, 年度 and 实施期 funds in
/// 万元, indicators and findings by severity, as `jixiao summary` prints them (`SummaryTable`),
/// the department rows scrolled, the 合计 row always in view.
enum SummaryView {
    static func draw(_ s: BrowserState, top: Int, into g: inout Grid, width: Int, height: Int) {
        let (lines, departments) = s.summaryLines(width: width)
        let footer = Array(lines.dropFirst(1 + departments))
        let body = Layout.summaryBody(width: width, height: height, footer: footer.count)
        g.fill(x: 0, y: 0, width: width, height: height - 1, style: Theme.text)
        let info = BrowserMessages.summaryInfo(s.grouped(departments), s.grouped(s.forms.count))
        g.fill(x: 0, y: 0, width: width, height: 1, style: Theme.titleFocused)
        let used = g.put(" " + BrowserMessages.summaryTitle() + " ", x: 0, y: 0, width: width, style: Theme.titleFocused)
        g.put("· " + info, x: used, y: 0, width: width - used - 1, style: Theme.titleFocused, ellipsis: true)
        if s.findingsStatus == .pending {
            let note = BrowserMessages.summaryChecking()
            let w = DisplayWidth.of(note)
            if used + DisplayWidth.of(info) + w + 4 < width { g.put(note, x: width - w - 1, y: 0, width: w, style: Theme.titleFocused) }
        }
        guard height > 4, let header = lines.first else { return }
        g.put(header, x: 1, y: 1, width: width - 2, style: Theme.muted, ellipsis: true)
        let start = clamp(top, 0, max(0, departments - body.height))
        for row in 0..<max(0, body.height) {
            let n = 1 + start + row
            guard n <= departments else { break }
            g.put(lines[n], x: 1, y: body.y + row, width: width - 2, style: Theme.text, ellipsis: true)
        }
        for (k, line) in footer.enumerated() {
            let y = body.maxY + k
            guard y < height - 1 else { break }
            let style = k == 0 ? Theme.rule : k == 1 ? Theme.strong : Theme.muted
            g.put(line, x: 1, y: y, width: width - 2, style: style, ellipsis: true)
        }
    }
}
