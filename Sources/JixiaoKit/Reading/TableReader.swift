/// Rebuilds the indicator table of one form from its rows, by meaning rather than by column:
/// each row is read as a sequence of cells — an optional 一级, then for each side an optional
/// 二级 and a name/value pair — with labels recognised by the tier vocabulary (docs/format.md).
struct TableReader {
    /// A tier as printed (whitespace removed) with its canonical kind.
    /// `code` names the label for `TierPool`: its index in `CellLabel.table`, -1 for none,
    /// or `TierPool.inferredCode` for a 一级 inferred from the 二级.
    struct Tier1State { var label: String; var kind: Tier1; var code: Int32 }
    struct Tier2State { var label: String; var kind: Tier2; var code: Int32 }

    /// What one side knows while rows go by.
    struct SideState {
        var tier1: Tier1State? { didSet { tiers = nil } }
        var tier2: Tier2State? { didSet { tiers = nil } }
        /// The pair of the two above, once asked for (`tiers(_:)`).
        var tiers: TierLabels?
    }

    /// Whether rows hold both sides, or one (the 4-cell sub-tables of docs/format.md).
    enum Mode: Equatable { case twoSided, oneSided(Side) }

    /// The indicators and the declarations of each side so far; buffers handed from form to
    /// form (`reset`), emptied by `finish`.
    private let implementation: Gathering<Indicator>
    private let annual: Gathering<Indicator>
    private let declaredImplementation: Gathering<TierDeclaration>
    private let declaredAnnual: Gathering<TierDeclaration>
    /// The tier pairs made so far, shared by all forms this reader reads.
    private let pool: TierPool
    /// The declarations of side `si` (0: implementation, 1: annual).
    @inline(__always) private func declared(_ si: Int) -> Gathering<TierDeclaration> { si == 0 ? declaredImplementation : declaredAnnual }
    private(set) var warnings: [(line: Int, message: String)] = []
    /// Per side (0: implementation, 1: annual); an array, not a dictionary keyed by `Side`,
    /// which hashed the key on every access.
    private var state = [SideState(), SideState()]
    private var mode = Mode.twoSided
    /// Indicators whose side had no 二级 when read: resolved from the same-named indicator of
    /// the other side once the whole table is known.
    private var unresolved: [(side: Side, index: Int)] = []
    /// The leftmost column where a right-side cell was seen since the last header or page
    /// break: the only use of columns, to place a row that holds one side's cells alone.
    private var rightStart: Int?
    private var headerRightStart: Int?
    /// Indices of a row's table cells (reused from row to row).
    private var scratch: [Int] = []

    @inline(__always) private static func index(_ side: Side) -> Int { side == .implementation ? 0 : 1 }

    init() {
        implementation = Gathering()
        annual = Gathering()
        declaredImplementation = Gathering()
        declaredAnnual = Gathering()
        pool = TierPool()
    }

    /// Makes the reader ready for the next form, in place: its buffers (which `finish`
    /// emptied) and tier pool kept, everything else as a new reader has it. A new reader made
    /// from the old one cost about 2,000 instructions a form in copies and releases of the
    /// reader's fields.
    mutating func reset() {
        implementation.removeAll()
        annual.removeAll()
        declaredImplementation.removeAll()
        declaredAnnual.removeAll()
        warnings.removeAll()
        state[0] = SideState()
        state[1] = SideState()
        mode = .twoSided
        unresolved.removeAll()
        rightStart = nil
        headerRightStart = nil
        started = false
        firstSide = .implementation
        namedImplementation = false
    }

    /// Whether any header or row was read.
    private(set) var started = false
    /// The side of the first one-sided sub-table: 实施期, unless the form so far named the 年度
    /// side alone (the 88号 template's four-column table is its 年度 side). Set by the form.
    var firstSide = Side.implementation
    /// Whether a header named the 实施期 side (two sides, or a one-sided 实施期 sub-table).
    private(set) var namedImplementation = false

    // MARK: - Rows

    /// A header row (`一级指标 二级指标 三级指标 指标值 …`); returns false when `row` is not one.
    mutating func readHeader(_ row: Row) -> Bool {
        // The 二级 headings: how many, and the second one's column (no array: this runs for
        // every row of a table, and an empty array was released at each return).
        var tier2Headings = 0
        var secondTier2Column = 0
        var headings = 0
        var tier3 = 0, values = 0
        let cells = row.cells
        for k in cells.indices {
            guard case .heading(let h)? = cells.label(k) else { continue }
            switch h {
            case .tier1: headings += 1
            case .tier2:
                headings += 1
                tier2Headings += 1
                if tier2Headings == 2 { secondTier2Column = cells.column(k) }
            case .tier3: headings += 1; tier3 += 1
            case .value: headings += 1; values += 1
            case .performance: break
            }
        }
        guard headings >= 2 else { return false }
        started = true
        rightStart = nil
        if tier2Headings >= 2 || tier3 >= 2 || values >= 2 {
            mode = .twoSided
            namedImplementation = true
            headerRightStart = tier2Headings >= 2 ? secondTier2Column : nil
        } else {
            // A one-sided sub-table: the implementation side first, then the year side.
            let side: Side = implementation.isEmpty && firstSide == .implementation ? .implementation : .annual
            if side == .implementation { namedImplementation = true }
            mode = .oneSided(side)
            state[Self.index(side)] = SideState()
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
        row.cells.indices.contains { k in
            switch row.cells.label(k)?.tableCell ?? .text {
            case .tier1, .tier2, .cost: return true
            default: return false
            }
        }
    }

    /// One side's share of a row, as indices into the row's cells.
    private struct SidePart {
        var tier1 = -1
        var tier2 = -1
        var name = -1
        var value = -1
        var isEmpty: Bool { tier1 < 0 && tier2 < 0 && name < 0 }
        var firstIndex: Int { tier1 >= 0 ? tier1 : tier2 >= 0 ? tier2 : name }
    }

    /// What cell `k` of a row is in a table, read in place (`RowCells.label`).
    @inline(__always) private static func kind(_ cells: RowCells, _ k: Int) -> Vocabulary.TableCell { cells.label(k)?.tableCell ?? .text }

    /// An indicator row.
    mutating func readRow(_ row: Row) {
        started = true
        let cells = row.cells
        var tokens: [Int] = []
        swap(&tokens, &scratch)
        // One at a time: `removeAll(keepingCapacity:)` went through the generic `replaceSubrange`.
        while !tokens.isEmpty { tokens.removeLast() }
        defer { scratch = tokens }
        // A stray marker in the first cell after a page break (`绩效指标`, `项目`, `绩效 比`).
        for k in cells.indices {
            let kind = Self.kind(cells, k)
            if kind == .heading { continue }
            if k == 0, cells.label(k) == .stray { continue }
            tokens.append(k)
        }
        guard !tokens.isEmpty else { return }

        var i = 0
        var rowTier1 = -1
        let k0 = Self.kind(cells, tokens[0])
        if case .tier1 = k0 {
            rowTier1 = tokens[0]
            i = 1
        } else if k0 == .cost, tokens.count > 1, Self.kind(cells, tokens[1]) == .cost || Self.kind(cells, tokens[1]).isCostFamilyTier2 {
            // Two 成本指标 in a row on one side, or 成本指标 before 经济/社会/生态环境成本指标
            // (the newer framework): 一级 + 二级.
            rowTier1 = tokens[0]
            i = 1
        }
        var left = takeSide(cells, tokens, &i)
        var right = takeSide(cells, tokens, &i)
        if rowTier1 >= 0 {
            Self.repeatedTier1(&left, rowTier1, cells)
            Self.repeatedTier1(&right, rowTier1, cells)
        }
        while i < tokens.count {
            warnings.append((row.line, ReadingMessages.cellNotPlacedInTable(Excerpt.of(cells[tokens[i]].text))))
            i += 1
        }

        var twoSidedRow = !right.isEmpty
        if case .oneSided(let side) = mode {
            if twoSidedRow {
                mode = .twoSided  // the table is back to both sides
            } else {
                applyTier1(rowTier1, cells, to: Self.index(side), line: row.line)
                apply(left, cells, side: side, line: row.line)
                return
            }
        }
        // A row that holds one side's cells alone, standing where right-side cells stand.
        if !twoSidedRow, rowTier1 < 0, !left.isEmpty, let start = rightStart ?? headerRightStart, cells[left.firstIndex].column >= start {
            swap(&left, &right)
            twoSidedRow = true
        }
        if twoSidedRow, !right.isEmpty, !left.isEmpty || rowTier1 >= 0 {
            let col = cells[right.firstIndex].column
            rightStart = min(rightStart ?? col, col)
        }
        applyTier1(rowTier1, cells, to: 0, line: row.line)
        applyTier1(rowTier1, cells, to: 1, line: row.line)
        apply(left, cells, side: .implementation, line: row.line)
        apply(right, cells, side: .annual, line: row.line)
    }

    /// Takes an optional 二级 (or a 一级 printed in its place) and up to two plain cells.
    private func takeSide(_ cells: RowCells, _ tokens: [Int], _ i: inout Int) -> SidePart {
        var part = SidePart()
        guard i < tokens.count else { return part }
        switch Self.kind(cells, tokens[i]) {
        case .tier2, .cost:
            part.tier2 = tokens[i]
            i += 1
        case .tier1:
            part.tier1 = tokens[i]
            i += 1
            if i < tokens.count, Self.kind(cells, tokens[i]).isTier2Like {
                part.tier2 = tokens[i]
                i += 1
            }
        default: break
        }
        if i < tokens.count, Self.kind(cells, tokens[i]) == .text {
            part.name = tokens[i]
            i += 1
            if i < tokens.count, Self.kind(cells, tokens[i]) == .text {
                part.value = tokens[i]
                i += 1
            }
        }
        return part
    }

    /// `满意度指标 | 满意度指标 | 群众满意度`: the 一级 printed again in the 二级 column is the
    /// 二级 (the 88号 template names 满意度's one 二级 so). It is kept as printed; having no
    /// canonical 二级, it groups by its label under 满意度指标.
    private static func repeatedTier1(_ part: inout SidePart, _ rowTier1: Int, _ cells: RowCells) {
        guard part.tier1 >= 0, part.tier2 < 0, cells.label(part.tier1) == .tier1(.satisfaction),
              cells.label(rowTier1) == .tier1(.satisfaction) else { return }
        part.tier2 = part.tier1
        part.tier1 = -1
    }

    // MARK: - Tier state

    private mutating func applyTier1(_ index: Int, _ cells: RowCells, to side: Int, line: Int) {
        guard index >= 0 else { return }
        let t = cells[index]
        var kind = Tier1.cost
        if case .tier1(let k)? = t.label { kind = k }
        let current = state[side].tier1
        if current?.kind != kind || current?.label != t.squeezed {
            if current?.kind != kind { state[side].tier2 = nil }
            state[side].tier1 = Tier1State(label: t.squeezed, kind: kind, code: t.labelIndex)
        }
    }

    private mutating func apply(_ part: SidePart, _ cells: RowCells, side: Side, line: Int) {
        let si = Self.index(side)
        if part.tier1 >= 0 { applyTier1(part.tier1, cells, to: si, line: line) }
        if part.tier2 >= 0 {
            let t2 = cells[part.tier2]
            var kind = Tier2.cost
            if case .tier2(let k)? = t2.label { kind = k }
            if t2.label == .tier1(.satisfaction) { kind = .serviceSatisfaction }
            if let current = state[si].tier1, kind.fits(under: current.kind) {
                // keep the current 一级
            } else {
                let inferred = kind.inferredTier1
                state[si].tier1 = Tier1State(label: inferred.rawValue, kind: inferred, code: TierPool.inferredCode(inferred))
            }
            state[si].tier2 = Tier2State(label: t2.squeezed, kind: kind, code: t2.labelIndex)
            declared(si).append(TierDeclaration(tiers: tiers(si), line: line))
        }
        guard part.name >= 0 else { return }
        let value = part.value >= 0 ? cells[part.value].text : ""
        if cells.label(part.name) == .notApplicable {
            // `本项目不适用此指标 | 无`: the tier is declared not applicable; no indicator.
            let words = value.isEmpty ? cells[part.name].text : cells[part.name].text + " | " + value
            let declarations = declared(si)
            if part.tier2 >= 0, !declarations.isEmpty {
                declarations[declarations.count - 1].notApplicable = words
            } else {
                declarations.append(TierDeclaration(tiers: tiers(si), line: line, notApplicable: words))
            }
            return
        }
        let indicator = Indicator(tiers: tiers(si), name: cells[part.name].text, value: value, line: line)
        let index: Int
        if si == 0 {
            implementation.append(indicator)
            index = implementation.count - 1
        } else {
            annual.append(indicator)
            index = annual.count - 1
        }
        if state[si].tier2 == nil { unresolved.append((side, index)) }
    }

    /// The tier pair of side `si` as things stand, made (or found in the pool) once per change.
    private mutating func tiers(_ si: Int) -> TierLabels {
        if let t = state[si].tiers { return t }
        // By the labels' codes: the states, with their Strings, are read only when the pool
        // makes a new pair (passing them retained and released two Strings per 二级 row).
        let t = pool.pair(state[si].tier1?.code ?? -1, state[si].tier2?.code ?? -1) {
            TierLabels(state[si].tier1?.label ?? "", state[si].tier2?.label ?? "")
        }
        state[si].tiers = t
        return t
    }

    // MARK: - Finish

    /// Resolves indicators read without a 二级 from the same-named indicator of the other side.
    mutating func finish() -> (IndicatorTable, [(line: Int, message: String)]) {
        var table = IndicatorTable(implementation: implementation.take(), annual: annual.take())
        if !declaredImplementation.isEmpty { table.declaredImplementation = declaredImplementation.take() }
        if !declaredAnnual.isEmpty { table.declaredAnnual = declaredAnnual.take() }
        // Names with whitespace removed, made once per side, only when something must be resolved.
        var squeezedNames: [[String]?] = [nil, nil]
        for (side, index) in unresolved {
            let other: Side = side == .implementation ? .annual : .implementation
            let o = Self.index(other)
            if squeezedNames[o] == nil { squeezedNames[o] = table[other].map { Vocabulary.squeeze($0.name) } }
            let names = squeezedNames[o]!
            let candidates = table[other]
            let name = Vocabulary.squeeze(table[side][index].name)
            let twin = candidates.indices.first { names[$0] == name && !candidates[$0].tier2.isEmpty }
                ?? candidates.indices.first {
                    let n = names[$0]
                    return !candidates[$0].tier2.isEmpty && !n.isEmpty && !name.isEmpty && (n.hasPrefix(name) || name.hasPrefix(n))
                }
            if let twin {
                let t = candidates[twin]
                if side == .implementation {
                    table.implementation[index].tiers = t.tiers
                } else {
                    table.annual[index].tiers = t.tiers
                }
            } else {
                warnings.append((table[side][index].line, ReadingMessages.tier2NotBorrowed(Excerpt.of(table[side][index].name), side.label)))
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

/// The tier pairs of one reader, by the codes of their labels: a file prints a few dozen
/// different pairs, shared by all its indicators and declarations. An open-addressing table on
/// raw storage (a `Dictionary` in a class paid hashing and an exclusivity check per lookup);
/// once it is three-quarters full, new pairs are still made, just not kept.
final class TierPool {
    private static let slots = 1 << 12
    private let keys: UnsafeMutablePointer<Int>
    private let values: UnsafeMutablePointer<TierLabels?>
    private let used: UnsafeMutablePointer<Int>

    init() {
        keys = .allocate(capacity: Self.slots)
        keys.initialize(repeating: Int.min, count: Self.slots)
        values = .allocate(capacity: Self.slots)
        values.initialize(repeating: nil, count: Self.slots)
        used = .allocate(capacity: 1)
        used.initialize(to: 0)
    }

    deinit {
        keys.deallocate()
        values.deinitialize(count: Self.slots)
        values.deallocate()
        used.deallocate()
    }

    /// The code of a 一级 inferred from a 二级 (its label is the tier's canonical name).
    static func inferredCode(_ tier: Tier1) -> Int32 { -2 - Int32(tier.rank) }

    /// The pair of the labels coded `c1` and `c2` (-1: none), made by `make` when not kept.
    func pair(_ c1: Int32, _ c2: Int32, make: () -> TierLabels) -> TierLabels {
        let key = Int(c1) << 32 | Int(UInt32(bitPattern: c2))
        var i = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 52) & (Self.slots - 1)
        while keys[i] != Int.min {
            if keys[i] == key, let hit = values[i] { return hit }
            i = (i + 1) & (Self.slots - 1)
        }
        let made = make()
        if used.pointee < Self.slots * 3 / 4 {
            keys[i] = key
            values[i] = made
            used.pointee += 1
        }
        return made
    }
}
