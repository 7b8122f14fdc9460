import JixiaoKit

// The one place where text reaches the grid: every string drawn by the browser goes through
// `Grid.put`, which sanitizes it (`Sanitizer.clean`), measures it (`DisplayWidth`), clips it,
// and keeps wide characters whole.

extension Style {
    /// The style of a search hit drawn over `self`: the highlight role, bold, never reversed —
    /// so on a selected (reversed) row a hit shows as a gap in the bar even without colour, and
    /// the backend's highlight colours are not inverted.
    public var highlighted: Style {
        Style(bold: true, dim: false, reverse: false, underline: false, color: .highlight)
    }
}

extension Grid {
    /// Draws `text` at (`x`, `y`) within `width` columns and returns the columns advanced from
    /// `x` (so `x += put(…)` continues after it).
    ///
    /// The text is sanitized first. It is clipped by display width; a wide character that does
    /// not fit whole becomes a space. With `ellipsis`, text that is too wide is cut with `…`
    /// instead. `align: .right` puts the text against the right edge of the field.
    ///
    /// Search hits are drawn in `style.highlighted`: `highlight` is a query, whose matches
    /// (`SearchIndex.ranges`) are found in the whole text before it is cut; or `marks` gives
    /// them directly, as scalar offsets into `text` (for text cut from a longer one, whose
    /// matches were found in the whole). A `…` stands for what was cut: it is lit when a hit
    /// lies behind it.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, width: Int, style: Style,
        ellipsis: Bool = false, align: TextLayout.Alignment = .left, highlight: String? = nil,
        marks: [Range<Int>]? = nil
    ) -> Int {
        guard y >= 0, y < height, width > 0, x < self.width, x + width > 0 else { return 0 }
        // Sanitizing replaces scalar for scalar, so scalar offsets hold across it.
        let clean = Sanitizer.clean(text)
        var shown = clean
        var shownWidth = DisplayWidth.of(shown)
        var cutAt: Int?  // scalars of `clean` kept before the `…`
        if ellipsis, shownWidth > width {
            shown = TextLayout.truncate(shown, to: width)
            shownWidth = DisplayWidth.of(shown)
            cutAt = shown.unicodeScalars.count - 1
        }
        var lit = marks ?? []
        if marks == nil, let q = highlight, !q.isEmpty {
            lit = SearchMarks.offsets(SearchIndex.ranges(of: q, in: clean), in: clean)
        }
        let start = align == .right ? x + max(0, width - shownWidth) : x
        let end = min(x + width, self.width)
        var r = 0
        var col = start
        var offset = 0  // scalar offset of `ch` in `clean`
        var i = shown.startIndex
        while i < shown.endIndex, col < end {
            let ch = shown[i]
            let w = DisplayWidth.of(ch)
            var hit = false
            if !lit.isEmpty {
                if let cut = cutAt, offset >= cut {
                    hit = lit.contains { $0.upperBound > cut }  // the `…`
                } else {
                    while r < lit.count, lit[r].upperBound <= offset { r += 1 }
                    hit = r < lit.count && lit[r].contains(offset)
                }
            }
            offset += ch.unicodeScalars.count
            i = shown.index(after: i)
            if w == 0 { continue }
            let cellStyle = hit ? style.highlighted : style
            if col + w > end || col < 0 {
                // Does not fit whole (right edge) or starts left of the grid: blank what shows.
                let lo = max(col, 0), hi = min(col + w, end)
                if lo < hi { for c in lo..<hi { setCell(c, y, Cell(text: " ", width: 1, style: cellStyle)) } }
                col += w
                continue
            }
            setCell(col, y, Cell(text: String(ch), width: UInt8(w), style: cellStyle))
            col += w
        }
        return max(0, min(col, end) - x)
    }

    /// Fills a rectangle with blanks (or `char`, one column wide) in `style`.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .plain, char: Character = " ") {
        let x0 = max(0, x), x1 = min(self.width, x + width)
        let y0 = max(0, y), y1 = min(self.height, y + height)
        guard x0 < x1, y0 < y1 else { return }
        let clean = Sanitizer.clean(String(char))
        let text = DisplayWidth.of(clean) == 1 ? clean : " "
        for row in y0..<y1 {
            for col in x0..<x1 { setCell(col, row, Cell(text: text, width: 1, style: style)) }
        }
    }

    /// Changes the style of the cells of a rectangle, keeping their text.
    public mutating func restyle(x: Int, y: Int, width: Int, height: Int = 1, _ change: (inout Style) -> Void) {
        let x0 = max(0, x), x1 = min(self.width, x + width)
        let y0 = max(0, y), y1 = min(self.height, y + height)
        guard x0 < x1, y0 < y1 else { return }
        for row in y0..<y1 {
            for col in x0..<x1 { change(&self[col, row].style) }
        }
    }

    /// The text of row `y` as the terminal shows it (continuation cells skipped): its display
    /// width is always the grid's width.
    public func rowText(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var out = ""
        for x in 0..<width {
            let c = self[x, y]
            if c.width != 0 { out += c.text }
        }
        return out
    }

    /// All rows, joined by newlines: the text snapshot of the screen.
    public var text: String {
        (0..<height).map(rowText).joined(separator: "\n")
    }

    /// Writes one cell, keeping wide characters whole: a wide character cut in half by the
    /// write loses its other half (which becomes a blank).
    mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        var cell = cell
        if cell.width == 2, x + 1 >= width { cell = Cell(text: " ", width: 1, style: cell.style) }
        let old = self[x, y]
        if old.width == 0, x > 0 {
            self[x - 1, y] = Cell(text: " ", width: 1, style: self[x - 1, y].style)
        }
        if old.width == 2, x + 1 < width {
            self[x + 1, y] = Cell(text: " ", width: 1, style: self[x + 1, y].style)
        }
        self[x, y] = cell
        if cell.width == 2 {
            if self[x + 1, y].width == 2, x + 2 < width {
                self[x + 2, y] = Cell(text: " ", width: 1, style: self[x + 2, y].style)
            }
            self[x + 1, y] = Cell(text: "", width: 0, style: cell.style)
        }
    }
}
