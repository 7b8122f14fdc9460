import JixiaoKit

/// The project list's columns, left to right, each with its place on screen. Fixed columns (the
/// number, badges) come first, then the name and the department share the rest, and the funds
/// stand against the right edge.
///
/// A new badge or figure (a review state) is a new `Kind`, its width in `init` and its cell in
/// `ListPane.cell`.
struct ListColumns {
    enum Kind: CaseIterable {
        /// The form's number in file order, right-aligned (the selection bar covers it).
        case number
        /// The findings badge (`✗3`); not shown without checks.
        case findings
        case name
        /// 主管部门: the short name, with its code when the column is roomy.
        case department
        /// 年度 funds in 万元.
        case funds
    }

    struct Column {
        var kind: Kind
        var x: Int
        var width: Int
    }

    /// The columns shown (width > 0), left to right.
    private(set) var shown: [Column] = []
    /// Whether the department shows with its code (`040 工业和信息化局`): on a screen of at
    /// least `Layout.roomyWidth` columns, when the column has room.
    private(set) var departmentWithCode = false

    /// The column of a kind, when shown.
    subscript(kind: Kind) -> Column? { shown.first { $0.kind == kind } }

    /// Columns under which a department shows with its code.
    static let departmentCodeRoom = 40

    init(_ s: BrowserState, _ r: Rect, screenWidth: Int) {
        let fixed: [(Kind, Int)] = [
            (.number, max(3, String(max(1, s.forms.count)).count)),
            (.findings, s.badgeWidth),
        ].filter { $0.1 > 0 }
        var x = r.x + 1 // the gutter
        for (kind, w) in fixed {
            shown.append(Column(kind: kind, x: x, width: w))
            x += w + 1
        }
        var fundsWidth = s.fundsColumnWidth
        // … name, space, department, space, funds, right margin
        var rest = r.maxX - x - 1 - fundsWidth - 1
        if rest < 10 {
            fundsWidth = 0
            rest = r.maxX - x - 1
        }
        let deptWidth = rest >= 30 ? rest * 2 / 5 : 0
        departmentWithCode = screenWidth >= Layout.roomyWidth && rest >= ListColumns.departmentCodeRoom
        let nameWidth = max(0, rest - (deptWidth > 0 ? deptWidth + 1 : 0))
        shown.append(Column(kind: .name, x: x, width: nameWidth))
        if deptWidth > 0 { shown.append(Column(kind: .department, x: x + nameWidth + 1, width: deptWidth)) }
        if fundsWidth > 0 { shown.append(Column(kind: .funds, x: r.maxX - 1 - fundsWidth, width: fundsWidth)) }
    }
}
