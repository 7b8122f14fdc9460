import JixiaoKit

/// Building the detail pane's document: the project's title and who runs it, the facts a
/// reviewer checks first (属性, 期, 资金总额 of each side) in a compact block, its findings
/// (问题), the five narratives, 总体目标, 项目资金 as a table in 元 and the header facts
/// (`FormFacts`, laid out as `show` lays them out), wrapped to the pane's width. Only the sides
/// the form prints are shown.
extension DetailDocument {
    /// Columns the text may use in a pane of `width` (a margin on the left, the scroll bar on
    /// the right).
    static func textWidth(_ width: Int) -> Int { max(1, width - 4) }

    /// The document of form `f` with its `findings` in a pane `paneWidth` columns wide; with
    /// `rawDate`, 填报日期 as written rather than as a date; with `review`, a 审核 section first
    /// and each finding's verdict.
    init(_ f: Form, findings: [Finding], width paneWidth: Int, rawDate: Bool = false, review: DetailReview? = nil) {
        let w = DetailDocument.textWidth(paneWidth)
        var lines: [DetailLine] = []
        var sections: [(String, Int)] = []
        var texts: [String] = []
        var textLines: [[(line: Int, start: Int)]] = []
        var places: [SearchField: [DetailSource]] = [:]
        var findingLines: [Int] = []

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
        func note(_ text: String, indent: Int) {
            lines.append(DetailLine(indent: indent, spans: [DetailSpan(text: text, style: Theme.muted, searchable: false)]))
        }
        /// `text` wrapped to `width` and registered: its index, its lines with their scalar
        /// offsets, and whether it was cut (`TextLayout.maxLines`). Of a cut text only the part
        /// laid out is kept (highlights and `n` look at no more), so a cell of 100 MB costs
        /// what the pane can show, not its size.
        func layOut(_ text: String, width: Int, fields: [(SearchField, Int)]) -> (t: Int, parts: [(String, Int)], cut: Bool) {
            let (laidOut, cut) = TextLayout.wrapped(text, width: width)
            var parts = laidOut
            if cut { parts.removeLast() }  // the cut marker: a muted line of its own
            let starts = DetailDocument.scalarStarts(of: parts, in: text)
            let shown = (starts.last ?? 0) + (parts.last?.unicodeScalars.count ?? 0)
            let t = register(cut ? String(text.unicodeScalars.prefix(shown)) : text, fields: fields)
            return (t, Array(zip(parts, starts)), cut)
        }
        func wrapped(_ text: String, indent: Int, style: Style = Theme.text, field: SearchField? = nil) {
            let (t, parts, cut) = layOut(text, width: max(1, w - indent), fields: field.map { [($0, 0)] } ?? [])
            for (part, start) in parts {
                lines.append(DetailLine(indent: indent, spans: [run(part, of: t, at: start, style: style)]))
            }
            if cut { note(TextLayout.cutMarker, indent: indent) }
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
        func factLine(_ label: String, _ value: String, labelWidth: Int, field: SearchField? = nil) {
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
            let (t, parts, cut) = layOut(value, width: valueWidth, fields: field.map { [($0, 0)] } ?? [])
            for (n, (part, start)) in parts.enumerated() {
                lines.append(DetailLine(indent: 2, spans: [
                    DetailSpan(text: n == 0 ? label : "", style: labelStyle, width: labelWidth, searchable: false),
                    run(part, of: t, at: start, style: Theme.text),
                ]))
            }
            if cut { note(TextLayout.cutMarker, indent: 2 + labelWidth) }
        }

        /// `label value` pairs, muted labels, as many to a line as fit, ` · ` between them.
        func compact(_ pairs: [(String, String)]) {
            var spans: [DetailSpan] = []
            var used = 0
            for (label, value) in pairs {
                let pw = DisplayWidth.of(label) + 1 + DisplayWidth.of(value)
                if !spans.isEmpty, used + 3 + pw > w {
                    lines.append(DetailLine(spans: spans))
                    spans = []
                    used = 0
                }
                if !spans.isEmpty {
                    spans.append(DetailSpan(text: " · ", style: Theme.muted, width: 3, searchable: false))
                    used += 3
                }
                spans.append(DetailSpan(text: label, style: Theme.muted, width: DisplayWidth.of(label) + 1, searchable: false))
                spans.append(DetailSpan(text: value, style: Theme.text, width: min(DisplayWidth.of(value), max(1, w - used - DisplayWidth.of(label) - 1)), searchable: false))
                used += pw
            }
            if !spans.isEmpty { lines.append(DetailLine(spans: spans)) }
        }

        /// 问题: one entry a finding — `✗ 错误  第3行  side-empty  message` in columns on its
        /// first line, the rest of the message wrapped under the severity (findings are read
        /// one by one, and the detail pane is short: a hanging indent saves lines); the rule id
        /// (what `--ignore` takes) and the line dimmed.
        func problems(_ findings: [Finding]) {
            section(BrowserMessages.problemsSection(findings.count))
            let severityWidth = 1 + 1 + 4 + 2 // glyph, space, 错误, gap
            let lineWidth = findings.map { DisplayWidth.of(lineLabel($0)) }.max()! + 2
            let firstWidth = w - 2 - severityWidth - lineWidth
            let restWidth = max(1, w - 4)
            var heading: Heading?
            for (n, finding) in findings.enumerated() {
                // A heading line where the review heading changes (the findings come grouped).
                if finding.heading != heading {
                    heading = finding.heading
                    let count = findings.lazy.filter { $0.heading == finding.heading }.count
                    let title = CheckMessages.headingWithCount(finding.heading.label(.current), count)
                    lines.append(DetailLine(spans: [DetailSpan(text: " " + title, style: Theme.muted, width: DisplayWidth.of(title) + 1, searchable: false)]))
                }
                let sev = finding.severity
                let rule = finding.rule.rawValue
                // With a review: the verdict before the rule (`采纳 funds-sum …`).
                let verdict = review.flatMap { $0.verdicts.indices.contains(n) ? $0.verdicts[n] : nil }
                let tag = verdict == .accepted ? ReviewBrowserMessages.acceptedTag() + " " : verdict == .dismissed ? ReviewBrowserMessages.dismissedTag() + " " : ""
                let text = tag + rule + "  " + finding.message
                findingLines.append(lines.count)
                var spans = [
                    DetailSpan(text: sev.glyph + " " + sev.label, style: sev.style, width: severityWidth, searchable: false),
                    DetailSpan(text: lineLabel(finding), style: Theme.muted, width: lineWidth, searchable: false),
                ]
                var rest = Substring(text)
                if firstWidth >= 12 {
                    let first = TextLayout.wrap(text, width: firstWidth).first ?? ""
                    if !tag.isEmpty, first.hasPrefix(tag + rule) {
                        spans.append(DetailSpan(text: tag, style: verdict == .accepted ? Theme.accent : Theme.muted, width: DisplayWidth.of(tag), searchable: false))
                        spans.append(DetailSpan(text: rule, style: Theme.muted, width: DisplayWidth.of(rule), searchable: false))
                        spans.append(DetailSpan(text: String(first.dropFirst(tag.count + rule.count)), style: Theme.text, searchable: false))
                    } else if first.hasPrefix(rule) {
                        spans.append(DetailSpan(text: rule, style: Theme.muted, width: DisplayWidth.of(rule), searchable: false))
                        spans.append(DetailSpan(text: String(first.dropFirst(rule.count)), style: Theme.text, searchable: false))
                    } else {
                        spans.append(DetailSpan(text: first, style: Theme.text, searchable: false))
                    }
                    rest = text.dropFirst(first.count).drop { $0 == " " }
                }
                // Too narrow for the message beside the head: the head alone, then the text.
                // The finding cursor (`f`) is a ▸ in the margin.
                if let review, review.cursor == n {
                    lines.append(DetailLine(indent: 0, spans: [DetailSpan(text: "▸ ", style: Theme.accent, width: 2, searchable: false)] + spans))
                } else {
                    lines.append(DetailLine(indent: 2, spans: spans))
                }
                guard !rest.isEmpty else { continue }
                for part in TextLayout.wrap(String(rest), width: restWidth) {
                    lines.append(DetailLine(indent: 4, spans: [DetailSpan(text: part, style: Theme.text, searchable: false)]))
                }
            }
        }
        func lineLabel(_ finding: Finding) -> String {
            finding.location.line > 0 ? BrowserMessages.lineNumber(finding.location.line) : ""
        }

        // Title: the project and who runs it (the department and the unit on one line, once
        // when they are the same).
        if f.project.isEmpty {
            note(BrowserMessages.noProjectName(), indent: 0)
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
            let (t, parts, cut) = layOut(who, width: w, fields: whoFields)
            for (part, start) in parts {
                lines.append(DetailLine(spans: [run(part, of: t, at: start, style: Theme.muted)]))
            }
            if cut { note(TextLayout.cutMarker, indent: 0) }
        }

        // The facts a reviewer checks first, as `label value` pairs filling lines.
        let facts = FormFacts.of(f)
        func value(_ kind: FormFact.Kind) -> String? {
            facts.first { $0.kind == kind }.map { $0.value.isEmpty ? "—" : $0.value }
        }
        var pairs: [(String, String)] = []
        for (kind, label) in [(FormFact.Kind.attribute, BrowserMessages.attributeLabel()), (.period, BrowserMessages.periodLabel())] {
            if let v = value(kind) { pairs.append((label, v)) }
        }
        if let total = FormFacts.fundsTable(f).first(where: \.isTotal) {
            let sides = f.sides.map { side in (side.label, side == .annual ? total.annual : total.implementation) }
            pairs.append((total.label + "（" + Amounts.Unit.yuan.label + "）", sides.map { $0.0 + " " + $0.1 }.joined(separator: " · ")))
        }
        compact(pairs)

        titleBlockEnd = lines.count
        // 审核: once there is something to show (a grade, a note, a problem with the record).
        if let review, review.hasContent {
            section(ReviewBrowserMessages.sectionTitle())
            lines += review.lines(width: w)
        }
        if !findings.isEmpty {
            problems(findings)
        }

        var shown: [(label: String, key: String, text: String)] = []
        for field in Narrative.fields where f.printsNarratives {  // none on the 88号 年度-only template
            let text = f.narrative[keyPath: field.path]
            section(field.label)
            if text.isEmpty {
                note(BrowserMessages.empty(), indent: 2)
            } else if let same = shown.first(where: { $0.text.utf8.elementsEqual(text.utf8) }) {
                note(BrowserMessages.sameAs(same.label), indent: 2)
                // Its matches are those of the text shown above.
                places[.narrative(field.key)] = places[.narrative(same.key)]
            } else {
                wrapped(text, indent: 2, field: .narrative(field.key))
            }
            shown.append((field.label, field.key, text))
        }

        section(BrowserMessages.goalsSection())
        for side in f.sides {
            lines.append(DetailLine(indent: 2, spans: [DetailSpan(text: side.label, style: Theme.strong, searchable: false)]))
            let text = f.goals[side]
            if text.isEmpty {
                note(BrowserMessages.empty(), indent: 4)
            } else if side == .annual, f.hasSide(.implementation), text == f.goals.implementation {
                note(BrowserMessages.sameAsImplementation(), indent: 4)
                places[.goal(.annual)] = places[.goal(.implementation)]
            } else {
                wrapped(text, indent: 4, field: .goal(side))
            }
        }

        section(BrowserMessages.fundsSection(Amounts.Unit.yuan.label))
        let table = FormFacts.fundsTable(f)
        let columns: [(label: String, cell: (FundsRow) -> String)] = f.sides.map { side in
            (side.label, side == .annual ? { $0.annual } : { $0.implementation })
        }
        let valueWidth = max(8, table.flatMap { row in columns.map { DisplayWidth.of($0.cell(row)) } }.max() ?? 0)
        let labelWidth = 12
        func tableLine(_ label: DetailSpan, _ cells: [DetailSpan]) {
            var spans = [label]
            for (n, c) in cells.enumerated() {
                if n > 0 { spans.append(DetailSpan(text: "", style: Theme.text, width: 2, searchable: false)) }
                spans.append(c)
            }
            lines.append(DetailLine(indent: 2, spans: spans))
        }
        tableLine(DetailSpan(text: "", style: Theme.muted, width: labelWidth, searchable: false),
                  columns.map { DetailSpan(text: $0.label, style: Theme.muted, width: valueWidth, align: .right, searchable: false) })
        for row in table {
            tableLine(DetailSpan(text: row.shortLabel, style: Theme.muted, width: labelWidth, searchable: false), columns.map { c in
                let t = c.cell(row)
                return DetailSpan(text: t, style: t == "—" ? Theme.muted : row.isTotal ? Theme.strong : Theme.text, width: valueWidth, align: .right)
            })
        }

        section(BrowserMessages.factsSection())
        let factWidth = 16
        for fact in facts {
            switch fact.kind {
            case .department: factLine(fact.label, fact.value, labelWidth: factWidth, field: .department)
            case .implementingUnit: factLine(fact.label, fact.value, labelWidth: factWidth, field: .implementingUnit)
            case .funds: continue // in the table above
            case .filedAt: factLine(fact.label, rawDate ? (fact.raw ?? fact.value) : fact.value, labelWidth: factWidth)
            default: factLine(fact.label, fact.value, labelWidth: factWidth)
            }
        }
        self.init(lines: lines, sections: sections, texts: texts, textLines: textLines, places: places, findingLines: findingLines)
    }

    /// The scalar offset in `text` where each of `parts` (its lines from `TextLayout.wrap`, in
    /// order) starts. Wrapping only drops spaces at breaks and line breaks, so each part starts
    /// right after those that follow the previous one. Walks only as far as the parts reach
    /// (a cut text's parts cover a small prefix of it); a part not found there starts where the
    /// previous one ended.
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
}
