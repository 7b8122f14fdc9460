import JixiaoKit

/// What `o` opens and what `y` copies.
extension BrowserState {
    /// The file and line `o` opens: the indicator under the tree cursor when the tree has the
    /// focus, else the form's first line. nil when the form was not read from a file.
    func sourcePlace() -> (path: String, line: Int)? {
        guard let f = currentForm, !f.source.file.isEmpty else { return nil }
        if focus == .tree, let row = currentTreeRow(),
           let line = Side.allCases.lazy.compactMap({ row[$0]?.line }).first(where: { $0 > 0 }) {
            return (f.source.file, line)
        }
        return (f.source.file, f.source.line)
    }

    /// The tree row under the cursor, when it is an indicator.
    func currentTreeRow() -> IndicatorTree.Row? {
        let lines = treeLines()
        return lines.indices.contains(treeCursor) ? lines[treeCursor].row : nil
    }

    /// What `y` copies, named for the status line, and the text (sanitized, lines joined by
    /// newlines): in the tree, the indicator under the cursor; in the detail pane, the section
    /// at the top; in the list, the whole form (its detail and its indicators).
    func copyText() -> (what: String, text: String)? {
        guard let i = currentFormIndex else { return nil }
        let f = forms[i]
        switch focus {
        case .tree:
            guard let row = currentTreeRow() else { return nil }
            return (BrowserMessages.copyIndicator(), clean(CopyText.indicator(row)))
        case .detail:
            let doc = detailDocument()
            let start = doc.sections.last { $0.line <= detailTop }?.line ?? 0
            let end = doc.sections.first { $0.line > start }?.line ?? doc.lines.count
            return (BrowserMessages.copySection(), clean(CopyText.lines(doc, start..<end)))
        case .list:
            let doc = detailDocument()
            let rows = IndicatorTree(f.indicators).groups.flatMap { $0.children.flatMap(\.rows) }
            let text = CopyText.lines(doc, 0..<doc.lines.count) + "\n\n" + rows.map(CopyText.indicator).joined(separator: "\n\n")
            return (BrowserMessages.copyForm(), clean(text))
        }
    }

    /// Form text with every control character, escape sequence and bidi control taken out
    /// (`Sanitizer.clean`), line by line.
    private func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.clean(String($0)) }.joined(separator: "\n")
    }
}

/// Plain text of what the browser shows, for the clipboard.
enum CopyText {
    /// One indicator: its tiers, its name and both sides' values.
    static func indicator(_ row: IndicatorTree.Row) -> String {
        let any = row.implementation ?? row.annual
        var out = [any.map { "\($0.tier1) / \($0.tier2) / \(row.name)" } ?? row.name]
        for side in Side.allCases { out.append("\(side.label)：\(row[side]?.value ?? "—")") }
        return out.joined(separator: "\n")
    }

    /// Lines of a detail document as text: each line's runs joined, indented as shown; rules
    /// left out.
    static func lines(_ doc: DetailDocument, _ range: Range<Int>) -> String {
        doc.lines[range].map { line in
            String(repeating: " ", count: line.indent) + line.spans.filter { !$0.isRule }.map(\.text).joined(separator: " ")
                .trimmingTrailingSpaces
        }.joined(separator: "\n")
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
