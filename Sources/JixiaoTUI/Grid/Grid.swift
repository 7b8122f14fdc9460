import JixiaoKit

/// Colour roles; the backend maps them to terminal colours (or to nothing under NO_COLOR).
public enum ColorRole: UInt8, Sendable, Hashable, CaseIterable {
    case normal, accent, muted, highlight, selection, error, warning, info, title, status
}

/// Attributes of a cell.
public struct Style: Sendable, Hashable {
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false
    public var color: ColorRole = .normal

    public init(bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false, color: ColorRole = .normal) {
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.color = color
    }
    public static let plain = Style()
}

/// One screen cell. A wide character occupies its cell and a following continuation cell
/// (`text == ""`, `width == 0`).
public struct Cell: Sendable, Hashable {
    public var text: String
    public var width: UInt8
    public var style: Style
    public init(text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }
    public static let blank = Cell()
}

/// A screen's worth of cells: what `render` produces and the backend copies to the terminal.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The columns of row `y` that differ from `old` (a grid of the same size), as one span: from
    /// the first cell that differs (moved back to the start of its wide character) to the last
    /// (moved on past its wide character's continuation); nil when the row is the same. A
    /// backend that keeps the grid it drew last writes only this span again.
    public func changedSpan(from old: Grid, row y: Int) -> Range<Int>? {
        guard old.width == width, old.height == height, y >= 0, y < height else {
            return y >= 0 && y < height ? 0..<width : nil
        }
        let base = y * width
        var first = -1
        var last = -1
        old.cells.withUnsafeBufferPointer { o in
            cells.withUnsafeBufferPointer { n in
                for x in 0..<width where o[base + x] != n[base + x] {
                    first = x
                    break
                }
                guard first >= 0 else { return }
                var x = width - 1
                while x > first, o[base + x] == n[base + x] { x -= 1 }
                last = x
            }
        }
        guard first >= 0 else { return nil }
        while first > 0, self[first, y].width == 0 { first -= 1 }
        var end = last + 1
        while end < width, self[end, y].width == 0 { end += 1 }
        return first..<end
    }
}
