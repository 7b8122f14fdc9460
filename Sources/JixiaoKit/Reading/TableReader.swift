/// Rebuilds the indicator table of one form from its rows, by meaning rather than by column:
/// each row is read as a sequence of cells — an optional 一级, then for each side an optional
/// 二级 and a name/value pair — with labels recognised by the tier vocabulary (FORMAT.md).
struct TableReader {
    /// A tier as printed (whitespace removed) with its canonical kind.
    struct Tier1State { var label: String; var kind: Tier1 }
    struct Tier2State { var label: String; var kind: Tier2 }

    /// What one side knows while rows go by.
    struct SideState {
        var tier1: Tier1State?
        var tier2: Tier2State?
    }

    /// Whether rows hold both sides, or one (the 4-cell sub-tables of FORMAT.md).
    enum Mode: Equatable { case twoSided, oneSided(Side) }

    private(set) var table = IndicatorTable()
    private(set) var warnings: [(line: Int, message: String)] = []
    private var state: [Side: SideState] = [.implementation: SideState(), .annual: SideState()]
    private var mode = Mode.twoSided
    /// Indicators whose side had no 二级 when read: resolved from the same-named indicator of
    /// the other side once the whole table is known.
    private var unresolved: [(side: Side, index: Int)] = []
    /// The leftmost column where a right-side cell was seen since the last header or page
    /// break: the only use of columns, to place a row that holds one side's cells alone.
    private var rightStart: Int?
    private var headerRightStart: Int?

    /// Whether any header or row was read.
    private(set) var started = false

    // MARK: - Rows

    /// A header row (`一级指标 二级指标 三级指标 指标值 …`); returns false when `row` is not one.
    mutating func readHeader(_ row: Row) -> Bool {
        var tier2Columns: [Int] = []
        var headings = 0
        var tier3 = 0, values = 0
        for c in row.cells {
            guard case .heading(let h)? = c.label else { continue }
            switch h {
            case .tier1: headings += 1
            case .tier2: headings += 1; tier2Columns.append(c.column)
            case .tier3: headings += 1; tier3 += 1
            case .value: headings += 1; values += 1
            case .performance: break
            }
        }
        guard headings >= 2 else { return false }
        started = true
        rightStart = nil
        if tier2Columns.count >= 2 || tier3 >= 2 || values >= 2 {
            mode = .twoSided
            headerRightStart = tier2Columns.count >= 2 ? tier2Columns[1] : nil
        } else {
            // A one-sided sub-table: the implementation side first, then the year side.
            let side: Side = table.implementation.isEmpty ? .implementation : .annual
            mode = .oneSided(side)
            state[side] = SideState()
            headerRightStart = nil
        }
        return true
    }

    /// A blank line inside the table: a page break.
    mutating func pageBreak() {
        rightStart = nil
    }

    /// Whether a row outside a table looks like the start of one (it holds a tier label).
    static func looksLikeTableRow(_ row: Row) -> Bool {
        row.cells.contains { c in
            switch c.label?.tableCell ?? .text {
            case .tier1, .tier2, .cost: return true
            default: return false
            }
        }
    }

    private struct Token {
        var column: Int
        var text: String
        var squeezed: String
        var label: CellLabel?
        var kind: Vocabulary.TableCell
    }

    /// One side's share of a row.
    private struct SidePart {
        var tier1: Token?
        var tier2: Token?
        var texts: [Token] = []
        var isEmpty: Bool { tier1 == nil && tier2 == nil && texts.isEmpty }
        var firstColumn: Int? { (tier1 ?? tier2 ?? texts.first)?.column }
    }

    /// An indicator row.
    mutating func readRow(_ row: Row) {
        started = true
        var tokens = row.cells.map { Token(column: $0.column, text: $0.text, squeezed: $0.squeezed, label: $0.label, kind: $0.label?.tableCell ?? .text) }
        // A stray marker in the first cell after a page break (`绩效指标`, `项目`, `绩效 比`).
        if let first = tokens.first, first.kind == .heading || first.label == .stray {
            tokens.removeFirst()
        }
        tokens.removeAll { $0.kind == .heading }
        guard !tokens.isEmpty else { return }

        var i = 0
        var rowTier1: Token?
        if case .tier1 = tokens[0].kind {
            rowTier1 = tokens[0]
            i = 1
        } else if tokens[0].kind == .cost, tokens.count > 1, tokens[1].kind == .cost || tokens[1].kind.isCostFamilyTier2 {
            // Two 成本指标 in a row on one side, or 成本指标 before 经济/社会/生态环境成本指标
            // (the newer framework): 一级 + 二级.
            rowTier1 = tokens[0]
            i = 1
        }
        var left = takeSide(tokens, &i, maxTexts: 2)
        var right = takeSide(tokens, &i, maxTexts: 2)
        while i < tokens.count {
            warnings.append((row.line, "cell could not be placed in the indicator table: \(tokens[i].text)"))
            i += 1
        }

        var twoSidedRow = !right.isEmpty
        if case .oneSided(let side) = mode {
            if twoSidedRow {
                mode = .twoSided  // the table is back to both sides
            } else {
                apply(rowTier1, to: [side], line: row.line)
                apply(left, side: side, line: row.line)
                return
            }
        }
        // A row that holds one side's cells alone, standing where right-side cells stand.
        if !twoSidedRow, rowTier1 == nil, let col = left.firstColumn, let start = rightStart ?? headerRightStart, col >= start {
            swap(&left, &right)
            twoSidedRow = true
        }
        if twoSidedRow, let col = right.firstColumn, right.firstColumn != nil, !left.isEmpty || rowTier1 != nil {
            rightStart = min(rightStart ?? col, col)
        }
        apply(rowTier1, to: [.implementation, .annual], line: row.line)
        apply(left, side: .implementation, line: row.line)
        apply(right, side: .annual, line: row.line)
    }

    /// Takes an optional 二级 (or a 一级 printed in its place) and up to `maxTexts` plain cells.
    private func takeSide(_ tokens: [Token], _ i: inout Int, maxTexts: Int) -> SidePart {
        var part = SidePart()
        guard i < tokens.count else { return part }
        switch tokens[i].kind {
        case .tier2, .cost:
            part.tier2 = tokens[i]
            i += 1
        case .tier1:
            part.tier1 = tokens[i]
            i += 1
            if i < tokens.count, tokens[i].kind.isTier2Like {
                part.tier2 = tokens[i]
                i += 1
            }
        default: break
        }
        while i < tokens.count, part.texts.count < maxTexts, tokens[i].kind == .text {
            part.texts.append(tokens[i])
            i += 1
        }
        return part
    }

    // MARK: - Tier state

    private mutating func apply(_ tier1: Token?, to sides: [Side], line: Int) {
        guard let t = tier1 else { return }
        var kind = Tier1.cost
        if case .tier1(let k) = t.kind { kind = k }
        for side in sides where state[side]!.tier1?.kind != kind || state[side]!.tier1?.label != t.squeezed {
            if state[side]!.tier1?.kind != kind { state[side]!.tier2 = nil }
            state[side]!.tier1 = Tier1State(label: t.squeezed, kind: kind)
        }
    }

    private mutating func apply(_ part: SidePart, side: Side, line: Int) {
        if let t1 = part.tier1 { apply(t1, to: [side], line: line) }
        if let t2 = part.tier2 {
            var kind = Tier2.cost
            if case .tier2(let k) = t2.kind { kind = k }
            if let current = state[side]!.tier1, kind.fits(under: current.kind) {
                // keep the current 一级
            } else {
                let inferred = kind.inferredTier1
                state[side]!.tier1 = Tier1State(label: inferred.rawValue, kind: inferred)
            }
            state[side]!.tier2 = Tier2State(label: t2.squeezed, kind: kind)
            table.declarations[side, default: []].append(
                TierDeclaration(tier1: state[side]!.tier1!.label, tier2: t2.squeezed, line: line))
        }
        guard let name = part.texts.first else { return }
        let value = part.texts.count > 1 ? part.texts[1].text : ""
        let s = state[side]!
        let indicator = Indicator(tier1: s.tier1?.label ?? "", tier2: s.tier2?.label ?? "", name: name.text, value: value, line: line)
        table[side].append(indicator)
        if s.tier2 == nil { unresolved.append((side, table[side].count - 1)) }
    }

    // MARK: - Finish

    /// Resolves indicators read without a 二级 from the same-named indicator of the other side.
    mutating func finish() -> (IndicatorTable, [(line: Int, message: String)]) {
        for (side, index) in unresolved {
            let other: Side = side == .implementation ? .annual : .implementation
            let name = Vocabulary.squeeze(table[side][index].name)
            let twin = table[other].first { Vocabulary.squeeze($0.name) == name && !$0.tier2.isEmpty }
                ?? table[other].first {
                    let n = Vocabulary.squeeze($0.name)
                    return !$0.tier2.isEmpty && !n.isEmpty && !name.isEmpty && (n.hasPrefix(name) || name.hasPrefix(n))
                }
            if let twin {
                table[side][index].tier1 = twin.tier1
                table[side][index].tier2 = twin.tier2
            } else {
                warnings.append((table[side][index].line, "indicator \(table[side][index].name) has no 二级 on the \(side.label) side and none to borrow from the other side"))
            }
        }
        unresolved = []
        return (table, warnings)
    }
}

extension Vocabulary.TableCell {
    /// A 二级 that only stands under the 一级 成本指标 (经济成本指标, 社会成本指标, 生态环境成本指标).
    var isCostFamilyTier2: Bool {
        if case .tier2(let t) = self { return t != .cost && t.inferredTier1 == .cost }
        return false
    }

    var isTier2Like: Bool {
        switch self {
        case .tier2, .cost: return true
        default: return false
        }
    }
}
