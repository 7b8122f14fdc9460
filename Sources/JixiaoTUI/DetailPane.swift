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
    /// The text this run was wrapped from (`DetailDocument.texts`), so highlights are found in
    /// the whole text — a match across a line break is lit on both lines; nil for a run that
    /// is whole (highlights are then found in the run itself).
    var source: DetailSource?
}

/// Where a run of a detail line comes from: a text of the document and the scalar offset of
/// the run in it.
struct DetailSource: Sendable, Equatable {
    var text: Int
    var start: Int
}

/// One line of the detail pane.
struct DetailLine: Sendable {
    var indent = 0
    var spans: [DetailSpan] = []

    static let blank = DetailLine()

    /// The strings of the line a search looks at.
    var searchable: [String] { spans.filter { $0.searchable && !$0.isRule }.map(\.text) }
}

/// The detail pane's content for one form at one width: lines, where each section starts, and
/// where each searchable field of the form is shown (for highlights and for `n`/`N`).
struct DetailDocument: Sendable {
    var lines: [DetailLine]
    var sections: [(title: String, line: Int)]
    /// The texts wrapped into lines: a field, or a line joining fields (`部门 · 单位`).
    var texts: [String] = []
    /// Per text, its lines in order: the line and the scalar offset where its run starts.
    var textLines: [[(line: Int, start: Int)]] = []
    /// Where each search field shows: a text, and the scalar offset of the field in it. A field
    /// can show twice (the department under the title and in 基本信息); a narrative that repeats
    /// an earlier one shows where that one does.
    var places: [SearchField: [DetailSource]] = [:]

    /// The line showing scalar `offset` of text `t`.
    func line(text t: Int, offset: Int) -> Int? {
        guard textLines.indices.contains(t) else { return nil }
        return textLines[t].last { $0.start <= offset }?.line ?? textLines[t].first?.line
    }
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
        var texts: [String] = []
        var textLines: [[(line: Int, start: Int)]] = []
        var places: [SearchField: [DetailSource]] = [:]

        /// Registers a text shown wrapped, with the fields it shows at their offsets; returns
        /// the text's index for `DetailSource`.
        func register(_ text: String, fields: [(SearchField, Int)]) -> Int {
            texts.append(text)
            textLines.append([])
            let t = texts.count - 1
            for (field, offset) in fields { places[field, default: []].append(DetailSource(text: t, start: offset)) }
            return t
        }
        /// A wrapped part's run, recorded as the next line of text `t`.
        func run(_ part: String, of t: Int, at start: Int, style: Style) -> DetailSpan {
            textLines[t].append((lines.count, start))
            return DetailSpan(text: part, style: style, source: DetailSource(text: t, start: start))
        }
        func wrapped(_ text: String, indent: Int, style: Style = Theme.text, field: SearchField? = nil) {
            let parts = TextLayout.wrap(text, width: max(1, w - indent))
            let t = register(text, fields: field.map { [($0, 0)] } ?? [])
            for (part, start) in zip(parts, scalarStarts(of: parts, in: text)) {
                lines.append(DetailLine(indent: indent, spans: [run(part, of: t, at: start, style: style)]))
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
        func fact(_ label: String, _ value: String, labelWidth: Int, field: SearchField? = nil) {
            let labelStyle = Theme.muted
            let valueWidth = w - 2 - labelWidth
            if valueWidth < 8 {
                lines.append(DetailLine(indent: 2, spans: [DetailSpan(text: label, style: labelStyle, searchable: false)]))
                if value.isEmpty { note("—", indent: 4) } else { wrapped(value, indent: 4, field: field) }
                return
            }
            guard !value.isEmpty else {
                lines.append(DetailLine(indent: 2, spans: [
                    DetailSpan(text: label, style: labelStyle, width: labelWidth, searchable: false),
                    DetailSpan(text: "—", style: Theme.muted, searchable: false),
                ]))
                return
            }
            let parts = TextLayout.wrap(value, width: valueWidth)
            let t = register(value, fields: field.map { [($0, 0)] } ?? [])
            for (n, (part, start)) in zip(parts, scalarStarts(of: parts, in: value)).enumerated() {
                lines.append(DetailLine(indent: 2, spans: [
                    DetailSpan(text: n == 0 ? label : "", style: labelStyle, width: labelWidth, searchable: false),
                    run(part, of: t, at: start, style: Theme.text),
                ]))
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

        // Title: the project and who runs it (the department and the unit on one line, once
        // when they are the same).
        if f.project.isEmpty {
            note("（无项目名称）", indent: 0)
        } else {
            wrapped(f.project, indent: 0, style: Theme.accent, field: .project)
        }
        let department = f.department.display, unit = f.implementingUnit
        var who = "", whoFields: [(SearchField, Int)] = []
        if !department.isEmpty {
            who = department
            whoFields.append((.department, 0))
        }
        if !unit.isEmpty {
            if unit == department {
                whoFields.append((.implementingUnit, 0))
            } else {
                if !who.isEmpty { who += " · " }
                whoFields.append((.implementingUnit, who.unicodeScalars.count))
                who += unit
            }
        }
        if !who.isEmpty {
            let parts = TextLayout.wrap(who, width: w)
            let t = register(who, fields: whoFields)
            for (part, start) in zip(parts, scalarStarts(of: parts, in: who)) {
                lines.append(DetailLine(spans: [run(part, of: t, at: start, style: Theme.muted)]))
            }
        }

        titleBlockEnd = lines.count
        if !findings.isEmpty {
            problems(findings)
        }

        var shown: [(label: String, key: String, text: String)] = []
        for field in Narrative.fields {
            let text = f.narrative[keyPath: field.path]
            section(field.label)
            if text.isEmpty {
                note("（空）", indent: 2)
            } else if let same = shown.first(where: { $0.text == text }) {
                note("（与「\(same.label)」相同）", indent: 2)
                // Its matches are those of the text shown above.
                places[.narrative(field.key)] = places[.narrative(same.key)]
            } else {
                wrapped(text, indent: 2, field: .narrative(field.key))
            }
            shown.append((field.label, field.key, text))
        }

        section("总体目标")
        for side in Side.allCases {
            lines.append(DetailLine(indent: 2, spans: [DetailSpan(text: side.label, style: Theme.strong, searchable: false)]))
            let text = f.goals[side]
            if text.isEmpty {
                note("（空）", indent: 4)
            } else if side == .annual, text == f.goals.implementation {
                note("（与实施期相同）", indent: 4)
                places[.goal(.annual)] = places[.goal(.implementation)]
            } else {
                wrapped(text, indent: 4, field: .goal(side))
            }
        }

        section("项目资金（元）")
        let labels = ["资金总额", "中央", "省级", "市县（区）", "单位自筹", "其他"]
        let paths: [KeyPath<FundsSide, Double?>] = [\.total, \.central, \.provincial, \.local, \.selfRaised, \.other]
        let impl = paths.map { Amounts.yuan(f.funds.implementation[keyPath: $0]) }
        let annual = paths.map { Amounts.yuan(f.funds.annual[keyPath: $0]) }
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
        fact("主管部门及代码", f.department.display, labelWidth: factWidth, field: .department)
        fact("实施单位", f.implementingUnit, labelWidth: factWidth, field: .implementingUnit)
        fact("项目属性", f.attribute, labelWidth: factWidth)
        fact("项目期", f.period, labelWidth: factWidth)
        fact("填报日期", f.signoff.filedAt, labelWidth: factWidth)
        if !f.source.file.isEmpty {
            fact("来源", f.source.description, labelWidth: factWidth)
        }
        return DetailDocument(lines: lines, sections: sections, texts: texts, textLines: textLines, places: places)
    }

    /// The scalar offset in `text` where each of `parts` (its lines from `TextLayout.wrap`, in
    /// order) starts. Wrapping only drops spaces at breaks and line breaks, so each part starts
    /// right after those that follow the previous one. Walks only as far as the parts reach
    /// (a cut text's parts cover a small prefix of it); a part not found there (the cut
    /// marker) starts where the previous one ended.
    static func scalarStarts(of parts: [String], in text: String) -> [Int] {
        if parts.count == 1 { return [0] }
        let us = text.unicodeScalars
        var out: [Int] = []
        out.reserveCapacity(parts.count)
        var i = us.startIndex
        var p = 0
        for part in parts {
            let ps = part.unicodeScalars
            var j = i
            var q = p
            while j < us.endIndex, us[j] != ps.first, [" ", "\u{3000}", "\n", "\r", "\t"].contains(us[j]) {
                j = us.index(after: j)
                q += 1
            }
            guard us[j...].starts(with: ps) else { out.append(p); continue }
            out.append(q)
            let n = ps.count
            i = us.index(j, offsetBy: n)
            p = q + n
        }
        return out
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
        // Hits are found once per text on screen, in the whole text (scalar offsets).
        var marksOf: [Int: [Range<Int>]] = [:]
        func marks(_ src: DetailSource, count: Int) -> [Range<Int>] {
            let all = marksOf[src.text] ?? {
                let text = doc.texts[src.text]
                let m = SearchMarks.offsets(SearchIndex.ranges(of: query, in: text), in: text)
                marksOf[src.text] = m
                return m
            }()
            return SearchMarks.slice(all, start: src.start, count: count)
        }
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
                } else if let src = span.source, span.searchable, !query.isEmpty {
                    g.put(span.text, x: x, y: y, width: fieldWidth, style: span.style, ellipsis: true,
                          align: span.align, marks: marks(src, count: span.text.unicodeScalars.count))
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
