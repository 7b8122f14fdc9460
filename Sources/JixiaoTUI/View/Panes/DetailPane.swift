import JixiaoKit

/// The detail pane: the current form's `DetailDocument`, scrolled, with search hits lit.
enum DetailPane {
    static func draw(_ s: BrowserState, into g: inout Grid, rect r: Rect, focused: Bool, narrow: Bool) {
        guard s.currentFormIndex != nil else {
            TitleBar.draw(into: &g, rect: r, pane: .detail, focused: focused, narrow: narrow)
            return
        }
        let doc = s.detailDocument(width: r.width)
        let body = r.belowTitle
        let top = clamp(s.detailTop, 0, max(0, doc.lines.count - body.height))
        let section = doc.sections.last { $0.line <= top + 1 }?.title ?? ""
        let position = doc.lines.count <= body.height ? "" : "\(min(doc.lines.count, top + body.height))/\(doc.lines.count)"
        TitleBar.draw(into: &g, rect: r, pane: .detail, focused: focused, narrow: narrow,
                      info: section, right: position)
        let x0 = r.x + 1
        let w = DetailDocument.textWidth(r.width)
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
