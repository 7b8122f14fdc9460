import Testing
@testable import JixiaoTUI
import JixiaoKit

/// `Grid.changedSpan(from:row:)`: what a backend that keeps the grid it drew last writes again.
@Suite struct GridDiffTests {
    @Test func changedSpans() {
        var a = Grid(width: 10, height: 2)
        a.put("ab公交cd", x: 0, y: 0, width: 10, style: .plain)
        var b = a
        #expect(b.changedSpan(from: a, row: 0) == nil)
        #expect(b.changedSpan(from: a, row: 1) == nil)
        b.put("X", x: 1, y: 0, width: 1, style: .plain)
        #expect(b.changedSpan(from: a, row: 0) == 1..<2)
        // A style alone is a change.
        var c = a
        c.restyle(x: 6, y: 0, width: 1) { $0.bold = true }
        #expect(c.changedSpan(from: a, row: 0) == 6..<7)
        // A wide character is written whole: a change on its continuation starts at the character,
        // and a change ending on a wide character takes its continuation.
        var d = a
        d[3, 0] = Cell(text: "", width: 0, style: Style(bold: true))
        #expect(d.changedSpan(from: a, row: 0) == 2..<4)
        var e = a
        e.put("汽", x: 4, y: 0, width: 2, style: .plain)
        #expect(e.changedSpan(from: a, row: 0) == 4..<6)
        // Another size: everything.
        #expect(Grid(width: 9, height: 2).changedSpan(from: a, row: 0) == 0..<9)
    }
}
