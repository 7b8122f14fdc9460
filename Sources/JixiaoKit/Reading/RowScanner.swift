/// One non-empty cell of a row: its column (0-based, counting empty cells), its text trimmed
/// of surrounding whitespace, and — when it is one of the form's words — its label.
struct TableCellText: Sendable {
    var column: Int
    var text: String
    var label: CellLabel?
    /// Where the label's text stands in `CellLabel.table` (-1: none). An index, not a String:
    /// a cell copy then pays one reference count, for its text, not two.
    var labelIndex: Int32

    /// The label as printed with whitespace removed; empty for cells that are no table label.
    var squeezed: String { labelIndex >= 0 ? CellLabel.table.text(Int(labelIndex)) : "" }
}

/// One line of the export: its 1-based line number and its non-empty cells.
/// A row lends its cells to the reader it is handed to and is never kept (`RowCells`).
struct Row {
    var line: Int
    var cells: RowCells
    var isBlank: Bool { cells.isEmpty }

    /// A line without cells.
    static func blank(_ line: Int) -> Row { Row(line: line, cells: RowCells(UnsafeBufferPointer(start: nil, count: 0))) }
}

/// The cells of one row: a view of the buffer the scanner fills row after row, valid while
/// the row is handed to its reader. Before, each row was an array of cells emptied one
/// `removeLast` at a time: a uniqueness check on every append and every removal.
struct RowCells: RandomAccessCollection {
    typealias Indices = Range<Int>
    private let base: UnsafePointer<TableCellText>?
    let count: Int

    init(_ cells: UnsafeBufferPointer<TableCellText>) {
        base = cells.baseAddress
        count = cells.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    var indices: Range<Int> { 0..<count }

    subscript(i: Int) -> TableCellText {
        precondition(i >= 0 && i < count)
        return base.unsafelyUnwrapped[i]
    }

    /// The label of cell `i`, read in place: a cell taken out of the row is a copy, which
    /// retains its text and releases it again.
    @inline(__always)
    func label(_ i: Int) -> CellLabel? {
        precondition(i >= 0 && i < count)
        return base.unsafelyUnwrapped[i].label
    }

    /// The column of cell `i`, read in place.
    @inline(__always)
    func column(_ i: Int) -> Int {
        precondition(i >= 0 && i < count)
        return base.unsafelyUnwrapped[i].column
    }
}

/// Splits UTF-8 bytes into rows of TAB-separated cells. Works on bytes: line and cell ends are
/// found eight bytes at a time, labels are recognised by a hash lookup on their bytes, and cell
/// texts and labels come from a cache so a text printed again shares the String made (and the
/// label found) the first time.
/// Each cell is checked to be UTF-8 as its String is made (`invalidUTF8`).
/// LF, CRLF and a lone CR all end a line.
struct RowScanner {
    private let strings: CellStrings
    /// The cells of the row being read, emptied for the next row.
    private let cells = CellBuffer()

    /// `releasesHugeCells`: the bytes scanned are a buffer the caller refills (`CellStrings`).
    init(releasesHugeCells: Bool = false) {
        strings = CellStrings(releasesHugeCells: releasesHugeCells)
    }

    /// Whether a cell was not valid UTF-8; scanning stopped at its row.
    var invalidUTF8: Bool { strings.invalid }

    /// Bytes of cell text the scanner still holds after the rows handed out (for tests).
    var heldCellBytes: Int { cells.heldBytes }

    /// Calls `body` with each row in order, numbering lines from `firstLine`; returns the number
    /// the next line would get (for a caller that feeds a file in pieces of whole lines).
    @discardableResult
    mutating func forEachRow(_ buf: UnsafeBufferPointer<UInt8>, firstLine: Int = 1, _ body: (Row) -> Void) -> Int {
        let n = buf.count
        guard let p = buf.baseAddress, n > 0 else {
            body(Row.blank(firstLine))
            return firstLine + 1
        }
        var line = firstLine
        var i = 0
        while true {
            // Cells up to the end of the line.
            cells.removeAll()
            var column = 0
            var s = i
            var j = i
            var end = false
            while true {
                // An empty cell (a TAB where a cell starts): nothing to scan or add.
                if j == s, j < n, p[j] == 0x09 {
                    column += 1
                    j += 1
                    s = j
                    continue
                }
                j = Self.nextControl(p, j, n)
                if j >= n { end = true; break }
                let b = p[j]
                if b == 0x09 {
                    addCell(p, s, j, column, n)
                    column += 1
                    j += 1
                    s = j
                } else if b == 0x0A || b == 0x0D {
                    break
                } else {
                    j += 1  // another control byte: part of the text
                }
            }
            addCell(p, s, j, column, n)
            if strings.invalid { return line }
            cells.withCells { body(Row(line: line, cells: $0)) }
            line += 1
            if end { break }
            if p[j] == 0x0D, j + 1 < n, p[j + 1] == 0x0A { j += 1 }
            i = j + 1
            if i >= n { break }  // the file ends with a line end: no row after it
        }
        return line
    }

    /// The index of the first byte at or after `j` that is below 0x0E (TAB, LF, CR and other
    /// controls), or `n`. Sixteen bytes at a time while none is found, then eight.
    @inline(__always)
    static func nextControl(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
        var j = start
        let raw = UnsafeRawPointer(p)
        let controls = SIMD16<UInt8>(repeating: 0x0E)
        while j &+ 16 <= n {
            let v = raw.loadUnaligned(fromByteOffset: j, as: SIMD16<UInt8>.self)
            if any(v .< controls) { break }
            j &+= 16
        }
        while j + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
            // Bytes below 0x0E: (w - 0x0E…) & ~w & 0x80… (exact for bytes < 0x80).
            let m = (w &- 0x0E0E_0E0E_0E0E_0E0E) & ~w & 0x8080_8080_8080_8080
            if m != 0 { return j + (m.trailingZeroBitCount >> 3) }
            j += 8
        }
        while j < n, p[j] >= 0x0E { j += 1 }
        return j
    }

    @inline(__always)
    private func addCell(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ column: Int, _ limit: Int) {
        // Trim ASCII spaces, VT, FF and U+3000 (E3 80 80) at both ends.
        let (s, e) = Whitespace.trimmedCell(p, start, end)
        if s >= e { return }
        guard let cell = strings.cell(p + s, e - s, limit: p + limit) else { return }
        if e - s >= CellStrings.hugeCell { cells.holdsHugeCell = true }
        cells.append(TableCellText(column: column, text: cell.text, label: cell.label, labelIndex: cell.labelIndex))
    }
}

/// The cells of the row being scanned. Emptying it releases nothing: a slot keeps its cell
/// until a later row's cell is assigned over it (an assignment releases the old text inline,
/// where `deinitialize` called the runtime's generic `swift_arrayDestroy`) — except after a
/// row with a huge cell, whose text must not stay in memory until some later row is as wide.
private final class CellBuffer {
    private var base: UnsafeMutablePointer<TableCellText>
    private var capacity = 32
    /// Slots holding a cell, of this row or an earlier one.
    private var initialized = 0
    private(set) var count = 0

    init() { base = .allocate(capacity: capacity) }

    deinit {
        base.deinitialize(count: initialized)
        base.deallocate()
    }

    /// Set when a cell of `CellStrings.hugeCell` bytes or more was appended since the last
    /// `removeAll`: that one then releases every slot.
    var holdsHugeCell = false

    @inline(__always)
    func removeAll() {
        count = 0
        if holdsHugeCell { releaseSlots() }
    }

    /// Bytes of text in every slot still holding a cell.
    var heldBytes: Int { (0..<initialized).reduce(0) { $0 + base[$1].text.utf8.count } }

    @inline(never)
    private func releaseSlots() {
        base.deinitialize(count: initialized)
        initialized = 0
        holdsHugeCell = false
    }

    @inline(__always)
    func append(_ cell: consuming TableCellText) {
        if count < initialized {
            base[count] = cell
        } else {
            if count == capacity { grow() }
            (base + count).initialize(to: cell)
            initialized += 1
        }
        count += 1
    }

    @inline(never)
    private func grow() {
        let bigger = UnsafeMutablePointer<TableCellText>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: initialized)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    @inline(__always)
    func withCells<R>(_ body: (RowCells) throws -> R) rethrows -> R {
        try body(RowCells(UnsafeBufferPointer(start: base, count: count)))
    }
}
