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
