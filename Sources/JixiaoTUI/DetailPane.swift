import JixiaoKit

/// A run of text on a detail line.
struct DetailSpan: Sendable {
    var text: String
    var style: Style
    /// A fixed field width (else: the rest of the line).
    var width: Int?
    var align: TextLayout.Alignment = .left
    /// A rule: `─` repeated to fill the rest of the line.
    var isRule = false
    /// Search highlights apply (not to labels the program adds).
    var searchable = true
}

/// One line of the detail pane.
struct DetailLine: Sendable {
    var indent = 0
    var spans: [DetailSpan] = []

    static let blank = DetailLine()

    /// The strings of the line a search looks at.
    var searchable: [String] { spans.filter { $0.searchable && !$0.isRule }.map(\.text) }
}

/// The detail pane's content for one form at one width: lines, and where each section starts.
struct DetailDocument: Sendable {
    var lines: [DetailLine]
    var sections: [(title: String, line: Int)]
}

/// The detail pane: the project's title, its findings (问题), the five narratives, 总体目标,
/// 项目资金 as a table and the header facts, wrapped to the pane's width.
enum DetailPane {
    /// Columns the text may use in a pane of `width` (a margin on the left, the scroll bar on
    /// the right).
    static func textWidth(_ width: Int) -> Int { max(1, width - 4) }

    static func document(_ f: Form, findings: [Finding], width paneWidth: Int) -> DetailDocument {
        let w = textWidth(paneWidth)
        var lines: [DetailLine] = []
        var sections: [(String, Int)] = []

        func wrapped(_ text: String, indent: Int, style: Style = Theme.text) {
            for l in TextLayout.wrap(text, width: max(1, w - indent)) {
                lines.append(DetailLine(indent: indent, spans: [DetailSpan(text: l, style: style)]))
            }
        }
        func note(_ text: String, indent: Int) {
            lines.append(DetailLine(indent: indent, spans: [DetailSpan(text: text, style: Theme.muted, searchable: false)]))
        }
        // The title block (name, departments) runs straight into the first section: its rule
        // is separation enough, and the pane is short (the 问题 section needs the room).
        var titleBlockEnd = 0
        func section(_ title: String) {
            if lines.count > titleBlockEnd, !(lines.last!.spans.isEmpty) { lines.append(.blank) }
            sections.append((title, lines.count))
            lines.append(DetailLine(spans: [
                DetailSpan(text: title, style: Theme.sectionTitle, width: DisplayWidth.of(title), searchable: false),
                DetailSpan(text: " ", style: Theme.rule, width: 1, searchable: false),
                DetailSpan(text: "", style: Theme.rule, isRule: true),
            ]))
        }
        /// A label in a fixed column and a value wrapped beside it (hanging indent).
        func fact(_ label: String, _ value: String, labelWidth: Int, labelStyle: Style = Theme.muted, valueStyle: Style = Theme.text, labelSearchable: Bool = false) {
            let valueWidth = w - 2 - labelWidth
            if valueWidth < 8 {
                lines.append(DetailLine(indent: 2, spans: [DetailSpan(text: label, style: labelStyle, searchable: labelSearchable)]))
                wrapped(value.isEmpty ? "—" : value, indent: 4, style: valueStyle)
                return
            }
            let parts = value.isEmpty ? ["—"] : TextLayout.wrap(value, width: valueWidth)
            for (n, part) in parts.enumerated() {
                var spans: [DetailSpan] = []
                spans.append(DetailSpan(text: n == 0 ? label : "", style: labelStyle, width: labelWidth, searchable: labelSearchable))
                spans.append(DetailSpan(text: part, style: value.isEmpty ? Theme.muted : valueStyle))
                lines.append(DetailLine(indent: 2, spans: spans))
            }
        }

        /// 问题: one entry a finding — `✗ 错误  第3行  side-empty  message` in columns on its
        /// first line, the rest of the message wrapped under the severity (findings are read
        /// one by one, and the detail pane is short: a hanging indent saves lines); the rule id
        /// (what `--ignore` takes) and the line dimmed.
        func problems(_ findings: [Finding]) {
            section("问题（\(findings.count)）")
            let severityWidth = 1 + 1 + 4 + 2 // glyph, space, 错误, gap
            let lineWidth = findings.map { DisplayWidth.of(lineLabel($0)) }.max()! + 2
            let firstWidth = w - 2 - severityWidth - lineWidth
            let restWidth = max(1, w - 4)
            for finding in findings {
                let sev = finding.severity
                let rule = finding.rule.rawValue
                let text = rule + "  " + finding.message
                var spans = [
                    DetailSpan(text: sev.glyph + " " + sev.label, style: sev.style, width: severityWidth, searchable: false),
                    DetailSpan(text: lineLabel(finding), style: Theme.muted, width: lineWidth, searchable: false),
                ]
                var rest = Substring(text)
                if firstWidth >= 12 {
                    let first = TextLayout.wrap(text, width: firstWidth).first ?? ""
                    if first.hasPrefix(rule) {
                        spans.append(DetailSpan(text: rule, style: Theme.muted, width: DisplayWidth.of(rule), searchable: false))
                        spans.append(DetailSpan(text: String(first.dropFirst(rule.count)), style: Theme.text, searchable: false))
                    } else {
                        spans.append(DetailSpan(text: first, style: Theme.text, searchable: false))
                    }
                    rest = text.dropFirst(first.count).drop { $0 == " " }
                }
                // Too narrow for the message beside the head: the head alone, then the text.
                lines.append(DetailLine(indent: 2, spans: spans))
                guard !rest.isEmpty else { continue }
                for part in TextLayout.wrap(String(rest), width: restWidth) {
                    lines.append(DetailLine(indent: 4, spans: [DetailSpan(text: part, style: Theme.text, searchable: false)]))
                }
            }
        }
        func lineLabel(_ finding: Finding) -> String {
            finding.location.line > 0 ? "第\(finding.location.line)行" : ""
        }

        // Title: the project and who runs it.
        for l in TextLayout.wrap(f.project.isEmpty ? "（无项目名称）" : f.project, width: w) {
            lines.append(DetailLine(spans: [DetailSpan(text: l, style: Theme.accent)]))
        }
        let who = [f.department.display, f.implementingUnit].filter { !$0.isEmpty }
        var seen: [String] = []
        for p in who where !seen.contains(p) { seen.append(p) }
        if !seen.isEmpty {
            for l in TextLayout.wrap(seen.joined(separator: " · "), width: w) {
                lines.append(DetailLine(spans: [DetailSpan(text: l, style: Theme.muted)]))
            }
        }

        titleBlockEnd = lines.count
        if !findings.isEmpty {
            problems(findings)
        }

        var shown: [(label: String, text: String)] = []
        for field in Narrative.fields {
            let text = f.narrative[keyPath: field.path]
            section(field.label)
            if text.isEmpty {
                note("（空）", indent: 2)
            } else if let same = shown.first(where: { $0.text == text }) {
                note("（与「\(same.label)」相同）", indent: 2)
            } else {
                wrapped(text, indent: 2)
            }
            shown.append((field.label, text))
        }

        section("总体目标")
        for side in Side.allCases {
            lines.append(DetailLine(indent: 2, spans: [DetailSpan(text: side.label, style: Theme.strong, searchable: false)]))
            let text = f.goals[side]
            if text.isEmpty {
                note("（空）", indent: 4)
            } else if side == .annual, text == f.goals.implementation {
                note("（与实施期相同）", indent: 4)
            } else {
                wrapped(text, indent: 4)
            }
        }

        section("项目资金（元）")
        let labels = ["资金总额", "中央", "省级", "市县（区）", "单位自筹", "其他"]
        let paths: [KeyPath<FundsSide, Double?>] = [\.total, \.central, \.provincial, \.local, \.selfRaised, \.other]
        let impl = paths.map { FundsText.yuan(f.funds.implementation[keyPath: $0]) }
        let annual = paths.map { FundsText.yuan(f.funds.annual[keyPath: $0]) }
        let valueWidth = max(8, (impl + annual).map { DisplayWidth.of($0) }.max() ?? 0)
        let labelWidth = 12
        lines.append(DetailLine(indent: 2, spans: [
            DetailSpan(text: "", style: Theme.muted, width: labelWidth, searchable: false),
            DetailSpan(text: "实施期", style: Theme.muted, width: valueWidth, align: .right, searchable: false),
            DetailSpan(text: "", style: Theme.muted, width: 2, searchable: false),
            DetailSpan(text: "年度", style: Theme.muted, width: valueWidth, align: .right, searchable: false),
        ]))
        for (n, label) in labels.enumerated() {
            func cell(_ t: String) -> DetailSpan {
                DetailSpan(text: t, style: t == "—" ? Theme.muted : n == 0 ? Theme.strong : Theme.text, width: valueWidth, align: .right)
            }
            lines.append(DetailLine(indent: 2, spans: [
                DetailSpan(text: label, style: Theme.muted, width: labelWidth, searchable: false),
                cell(impl[n]),
                DetailSpan(text: "", style: Theme.text, width: 2, searchable: false),
                cell(annual[n]),
            ]))
        }

        section("基本信息")
        let factWidth = 16
        fact("主管部门及代码", f.department.display, labelWidth: factWidth)
        fact("实施单位", f.implementingUnit, labelWidth: factWidth)
        fact("项目属性", f.attribute, labelWidth: factWidth)
        fact("项目期", f.period, labelWidth: factWidth)
        fact("填报日期", f.signoff.filedAt, labelWidth: factWidth)
        if !f.source.file.isEmpty {
            fact("来源", f.source.description, labelWidth: factWidth)
        }
        return DetailDocument(lines: lines, sections: sections)
    }

    static func draw(_ s: BrowserState, into g: inout Grid, rect r: Rect, focused: Bool, narrow: Bool) {
        guard let i = s.currentFormIndex else {
            TitleBar.draw(into: &g, rect: r, pane: .detail, focused: focused, narrow: narrow)
            return
        }
        let doc = DetailPane.document(s.forms[i], findings: s.findings[i], width: r.width)
        let body = r.belowTitle
        let top = clamp(s.detailTop, 0, max(0, doc.lines.count - body.height))
        let section = doc.sections.last { $0.line <= top + 1 }?.title ?? ""
        let position = doc.lines.count <= body.height ? "" : "\(min(doc.lines.count, top + body.height))/\(doc.lines.count)"
        TitleBar.draw(into: &g, rect: r, pane: .detail, focused: focused, narrow: narrow,
                      info: section, right: position)
        let x0 = r.x + 1
        let w = textWidth(r.width)
        let query = s.activeQuery
        for row in 0..<body.height {
            let n = top + row
            guard n < doc.lines.count else { break }
            let line = doc.lines[n]
            let y = body.y + row
            var x = x0 + line.indent
            let end = x0 + w
            for span in line.spans {
                guard x < end else { break }
                let fieldWidth = min(span.width ?? (end - x), end - x)
                if span.isRule {
                    g.put(String(repeating: "─", count: max(0, fieldWidth)), x: x, y: y, width: fieldWidth, style: span.style)
                } else {
                    g.put(span.text, x: x, y: y, width: fieldWidth, style: span.style, ellipsis: true,
                          align: span.align, highlight: span.searchable ? query : nil)
                }
                x += fieldWidth
            }
        }
        ScrollBar.draw(into: &g, x: r.maxX - 1, y: body.y, height: body.height, top: top, count: doc.lines.count)
    }
}

/// A one-column scroll bar: a thumb in proportion to what is shown.
enum ScrollBar {
    static func draw(into g: inout Grid, x: Int, y: Int, height: Int, top: Int, count: Int) {
        guard height > 1, count > height else { return }
        let thumb = max(1, height * height / count)
        let maxTop = count - height
        let start = maxTop == 0 ? 0 : (height - thumb) * top / maxTop
        for i in 0..<height {
            let on = i >= start && i < start + thumb
            g.put(on ? "┃" : "│", x: x, y: y + i, width: 1, style: on ? Style(bold: true, color: .muted) : Theme.rule)
        }
    }
}
