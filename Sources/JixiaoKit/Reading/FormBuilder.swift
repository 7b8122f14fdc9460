/// Reads the rows of one file into forms: a state machine over rows that recognises each row
/// by its labels (header, funds, narratives, goals, indicator table, sign-off), never by its
/// column numbers.
struct FormBuilder {
    let file: String
    private(set) var forms: [Form] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// The form being read; meaningful while `inForm`. Not optional: reading a field through
    /// `form!` copied the whole form on every row.
    private var form = Form()
    private var inForm = false
    private var notes: [Diagnostic] = []
    private var table = TableReader()
    private var inTable = false
    private var afterSignoff = false
    /// Column of the `年度目标` label, to place a lone goal text.
    private var annualGoalColumn: Int?
    /// Whether the form printed a label naming each side (实施期资金总额, 年度目标, a two-sided
    /// table header…): a form that names the 年度 side alone is a 年度-only form.
    private var named: (implementation: Bool, annual: Bool) = (false, false)
    /// The sides of the funds totals in print order: the n-th source amount of a row goes to
    /// the n-th of them (实施期 then 年度 in the sample; 年度 alone in the 88号 template).
    private var totalSides: [Side] = []
    /// The file, and the sheet when reading a workbook: every location is this at some line.
    private let place: SourceLocation

    init(file: String, sheet: String? = nil) {
        self.file = file
        place = SourceLocation(file: file, line: 0, sheet: sheet)
    }

    private func at(_ line: Int) -> SourceLocation { place.at(line: line) }

    /// The form so far names the 年度 side and not the 实施期 side.
    private var annualOnly: Bool { named.annual && !named.implementation }

    static let titleSuffix = "项目支出绩效目标表"
    /// `年`: a fiscal-year line holds it (a quick test before squeezing a lone cell).
    static let yearMark = Array("年".utf8)

    // MARK: - Rows

    mutating func read(_ row: Row) {
        guard let first = row.cells.first else {
            if inTable { table.pageBreak() }
            return
        }
        // A title line starts a form.
        if row.cells.count == 1, first.label == nil, ByteText.hasSuffix(first.text, TitleLines.suffix) {
            startForm(title: first.text, line: row.line)
            return
        }
        if row.cells.count == 1, first.label == nil, inForm, form.fiscalYear == nil,
           ByteText.contains(first.text, Self.yearMark), let year = Self.fiscalYear(Vocabulary.squeeze(first.text)) {
            form.fiscalYear = year
            return
        }
        // An untitled form: a second 项目名称 starts the next one.
        if first.label == .header(.project), !inForm || !form.project.isEmpty || afterSignoff {
            startForm(title: "", line: row.line)
        }
        guard inForm else {
            diagnostics.append(Diagnostic(.warning, at(row.line), ReadingMessages.textOutsideForm(Self.preview(row))))
            return
        }
        if readSignoff(row) { return }
        if !inTable { table.firstSide = annualOnly ? .annual : .implementation }
        if inTable || (afterSignoff == false && TableReader.looksLikeTableRow(row) && !isHeaderBlockRow(row)) {
            if !inTable { inTable = true; warn(row.line, ReadingMessages.rowsWithoutHeader()) }
            if table.readHeader(row) { return }
            if readNarrativeOrGoal(row) { return }  // a narrative label cannot be an indicator
            table.readRow(row)
            return
        }
        if table.readHeader(row) {
            inTable = true
            return
        }
        if readHeaderBlock(row) || readNarrativeOrGoal(row) { return }
        warn(row.line, ReadingMessages.rowNotPlaced(Self.preview(row)))
    }

    /// Finishes the last form; call once after the last row.
    mutating func finish() {
        finishForm()
    }

    /// Hands over the forms finished so far, leaving room for `room` more in the next array
    /// (`FormChunks`).
    mutating func takeForms(room: Int) -> [Form] {
        var next: [Form] = []
        if room > 0 { next.reserveCapacity(room) }
        swap(&next, &forms)
        return next
    }

    /// Room for `n` forms in all (`FormChunks.reserveFirst`).
    mutating func reserveForms(_ n: Int) {
        forms.reserveCapacity(n)
    }

    // MARK: - Forms

    private mutating func startForm(title: String, line: Int) {
        finishForm(next: Form(title: title, source: at(line)))
        inForm = true
    }

    /// Finishes the form being read (if any) and puts `next` in its place.
    private mutating func finishForm(next: consuming Form = Form()) {
        guard inForm else {
            form = next
            return
        }
        inForm = false
        let (indicators, tableWarnings) = table.finish()
        form.indicators = indicators
        if annualOnly, !table.namedImplementation, indicators.implementation.isEmpty { form.sides = [.annual] }
        for w in tableWarnings { warn(w.line, w.message) }
        if !table.started { warn(form.source.line, ReadingMessages.formWithoutTable(form.project.isEmpty ? ReadingMessages.untitled() : form.project)) }
        if form.project.isEmpty { warn(form.source.line, ReadingMessages.formWithoutProject()) }
        notes.sort { $0.location.line < $1.location.line }
        form.readingNotes = notes
        diagnostics += notes
        // The finished form moved into the list, not copied (a copy retained every field of
        // the form, and dropping the original released them again): `next` goes in, and
        // trades places with it.
        forms.append(next)
        swap(&form, &forms[forms.count - 1])
        notes = []
        table.reset()
        inTable = false
        afterSignoff = false
        annualGoalColumn = nil
        named = (false, false)
        totalSides = []
    }

    private mutating func warn(_ line: Int, _ message: String) {
        notes.append(Diagnostic(.warning, at(line), message))
    }

    // MARK: - Header block

    private func isHeaderBlockRow(_ row: Row) -> Bool {
        row.cells.indices.contains { k in
            switch row.cells.label(k) {
            case .header?, .funds?: return true
            default: return false
            }
        }
    }

    private mutating func readHeaderBlock(_ row: Row) -> Bool {
        var used = false
        // Funds sources seen on this row, one bit each: the first is the implementation side's.
        var sourceSeen = 0
        var totalSeen = 0
        var k = 0
        let cells = row.cells
        func isLabel(_ c: TableCellText) -> Bool {
            switch c.label {
            case .header?, .funds?: return true
            default: return false
            }
        }
        while k < cells.count {
            let next: TableCellText? = k + 1 < cells.count && !isLabel(cells[k + 1]) ? cells[k + 1] : nil
            let step = next == nil ? 1 : 2
            switch cells[k].label {
            case .header(.funds)?, .header(.fundsTenThousandYuan)?:
                if cells[k].label == .header(.fundsTenThousandYuan) { form.funds.unit = .tenThousandYuan }
                used = true
                k += 1
            case .header(let field)?:
                // 项目责任人：张三 holds its value after the colon; other labels in the next cell.
                var step = step
                var text = next?.text ?? ""
                if field == .owner || field == .sealUnit {
                    if let value = Self.afterColon(cells[k].text) { text = value; step = 1 } else if next == nil { text = "" }
                }
                if let f = Self.fieldOf(field) { form.fieldLines[f] = row.line }
                switch field {
                case .department: form.department = Self.department(text)
                case .project: form.project = text
                case .implementingUnit: form.implementingUnit = text
                case .attribute: form.attribute = text
                case .origin: form.origin = text
                case .period: form.period = text
                case .owner: form.owner = text
                case .sealUnit: form.sealUnit = text
                case .funds, .fundsTenThousandYuan: break
                }
                used = true
                k += step
            case .funds(let slot)?:
                used = true
                let amount = next.flatMap { cell -> Double? in
                    let a = Self.amount(cell.text)
                    if a == nil { warn(row.line, ReadingMessages.amountNotNumber(Excerpt.of(cell.text))) }
                    return a
                }
                if case .total(let given) = slot {
                    form.fieldLines[.fundsTotal] = form.fieldLines[.fundsTotal] ?? row.line
                    let side = given ?? (totalSeen == 0 ? .implementation : .annual)
                    totalSeen += 1
                    if side == .implementation { named.implementation = true } else { named.annual = true }
                    if !totalSides.contains(side) { totalSides.append(side) }
                    setFunds(side, slot, amount)
                } else {
                    // The first amount of a source in a row belongs to the first side whose
                    // total was printed, the second to the second.
                    let bit = 1 << slot.sourceIndex
                    let sides = totalSides.isEmpty ? Side.allCases : totalSides
                    let side = sourceSeen & bit != 0 ? sides[sides.count - 1] : sides[0]
                    sourceSeen |= bit
                    setFunds(side, slot, amount)
                }
                k += step
            default:
                if used { warn(row.line, ReadingMessages.cellNotPlaced(Excerpt.of(cells[k].text))) }
                k += 1
            }
        }
        return used
    }

    /// Sets an amount as printed, converted to 元 from the printed unit.
    private mutating func setFunds(_ side: Side, _ slot: Vocabulary.FundsSlot, _ printed: Double?) {
        let amount = printed.map { form.funds.unit.toYuan($0) }
        if side == .implementation {
            slot.set(amount, in: &form.funds.implementation)
        } else {
            slot.set(amount, in: &form.funds.annual)
        }
    }

    static func department(_ text: String) -> Department {
        // On the bytes (Unicode scalars, searched and trimmed, cost ≈ 3,000 instructions a
        // form); every bracket and hyphen searched for is a whole scalar's encoding, which in
        // UTF-8 cannot match inside another scalar.
        let fast = text.utf8.withContiguousStorageIfAvailable { u -> Department in
            guard let p = u.baseAddress else { return Department(code: "", name: text) }
            let n = u.count
            func piece(_ a: Int, _ b: Int) -> (String, isCode: Bool) {
                let (s, e) = Whitespace.trimmedSpaces(p, a, b)
                var code = s < e
                for k in s..<e where !(p[k] >= 0x30 && p[k] <= 0x39) && !(p[k] | 0x20 >= 0x61 && p[k] | 0x20 <= 0x7A) { code = false; break }
                return (String(ByteText.substring(text.utf8, s, e)), code)
            }
            // `[042]某区体育局` (88号 template): a code in brackets before the name.
            for (open, close) in Self.brackets where n >= open.count && memcmp(p, open, open.count) == 0 {
                if let r = ByteText.find(close, in: p, n, from: open.count) {
                    let code = piece(open.count, r)
                    if code.isCode { return Department(code: code.0, name: piece(r + close.count, n).0) }
                }
                break
            }
            // `906-社保科`: a code of ASCII letters and digits, a hyphen (-, －, —), the name.
            for sep in Self.hyphens {
                guard let r = ByteText.find(sep, in: p, n, from: 0) else { continue }
                let code = piece(0, r)
                if code.isCode { return Department(code: code.0, name: piece(r + sep.count, n).0) }
            }
            return Department(code: "", name: text)
        }
        return fast ?? departmentByScalars(text)
    }

    /// The brackets around a department code: `[…]`, `【…】`, `［…］`, as UTF-8.
    private static let brackets: [([UInt8], [UInt8])] = [("[", "]"), ("【", "】"), ("［", "］")].map { (Array($0.utf8), Array($1.utf8)) }
    /// The hyphens after a department code, in the order they are tried: `-`, `－`, `—`.
    private static let hyphens: [[UInt8]] = ["-", "－", "—"].map { Array($0.utf8) }

    /// `department`, scalar by scalar (for a String without contiguous UTF-8).
    static func departmentByScalars(_ text: String) -> Department {
        let scalars = text.unicodeScalars
        // `[042]某区体育局` (88号 template): a code in brackets before the name.
        if let open = scalars.first, let close = Self.closingBracket(open),
           let r = scalars.firstIndex(of: close) {
            let code = Vocabulary.trimmingWhitespaces(scalars[scalars.index(after: scalars.startIndex)..<r])
            if Self.isCode(code) {
                return Department(code: code, name: Vocabulary.trimmingWhitespaces(scalars[scalars.index(after: r)...]))
            }
        }
        // `906-社保科`: a code of ASCII letters and digits, a hyphen (-, －, —), the name.
        for sep in ["-", "－", "—"] as [Unicode.Scalar] {
            guard let r = scalars.firstIndex(of: sep) else { continue }
            let code = Vocabulary.trimmingWhitespaces(scalars[..<r])
            if Self.isCode(code) {
                return Department(code: code, name: Vocabulary.trimmingWhitespaces(scalars[scalars.index(after: r)...]))
            }
        }
        return Department(code: "", name: text)
    }

    /// The bracket closing `open` (`[`, `【`, `［`), or nil.
    private static func closingBracket(_ open: Unicode.Scalar) -> Unicode.Scalar? {
        switch open {
        case "[": return "]"
        case "【": return "】"
        case "［": return "］"
        default: return nil
        }
    }

    /// A department code: ASCII letters and digits.
    private static func isCode(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }
    }

    /// `58,372,000` → 58372000; nil when not a number.
    static func amount(_ text: String) -> Double? {
        // Plain digits with thousands commas (`58,372,000`): exact without parsing a copy.
        var whole: Int64 = 0
        var digits = 0
        var plain = true
        func scan(_ b: UInt8) -> Bool {
            if b >= 0x30 && b <= 0x39 {
                whole = whole &* 10 &+ Int64(b - 0x30)
                digits += 1
            } else if b != 0x2C {
                plain = false
                return false
            }
            return true
        }
        // On the contiguous bytes when there are (a String's UTF-8 view steps ≈ 10 instructions a byte).
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { u in
            for b in u where !scan(b) { break }
        }
        if scanned == nil {
            for b in text.utf8 where !scan(b) { break }
        }
        if plain, digits > 0, digits <= 15 { return Double(whole) }
        var number = String.UnicodeScalarView()
        for u in text.unicodeScalars where u != "," && u != "，" && u != " " {
            if u.isASCII { number.append(u) }
            else if (0xFF10...0xFF19).contains(u.value) { number.append(Unicode.Scalar(u.value - 0xFF10 + 0x30)!) }
            else if u == "．" { number.append(".") }
            else { return nil }
        }
        return Double(String(number))
    }

    // MARK: - Narratives and goals

    private mutating func readNarrativeOrGoal(_ row: Row) -> Bool {
        let cells = row.cells
        switch cells.label(0) {
        case .narrative(let field)?:
            let text = cells.count > 1 ? HTMLText.strip(cells[1].text) : ""
            // A switch, not `Narrative.fields[…].path` (a key path write) and an array of fields.
            switch field {
            case .overview: form.narrative.overview = text; form.fieldLines[.overview] = row.line
            case .basis: form.narrative.basis = text; form.fieldLines[.basis] = row.line
            case .necessity: form.narrative.necessity = text; form.fieldLines[.necessity] = row.line
            case .safeguards: form.narrative.safeguards = text; form.fieldLines[.safeguards] = row.line
            case .plan: form.narrative.plan = text; form.fieldLines[.plan] = row.line
            }
            for extra in cells.dropFirst(2) { warn(row.line, ReadingMessages.cellNotPlaced(Excerpt.of(extra.text))) }
            return true
        case .goal(.overall)?:
            let texts = Array(cells.dropFirst())
            form.fieldLines[.goals] = form.fieldLines[.goals] ?? row.line
            if texts.count >= 2 {
                form.goals = Goals(implementation: HTMLText.strip(texts[0].text), annual: HTMLText.strip(texts[1].text))
                for extra in texts.dropFirst(2) { warn(row.line, ReadingMessages.cellNotPlaced(Excerpt.of(extra.text))) }
            } else if let only = texts.first {
                if let col = annualGoalColumn, only.column >= col, col > cells[0].column + 2 {
                    form.goals.annual = HTMLText.strip(only.text)
                } else {
                    form.goals.implementation = HTMLText.strip(only.text)
                }
            }
            return true
        case .goal(let side)? where cells.count >= 2 && cells[1].label == nil:
            // `年度目标 | text` (88号 template) or `实施期目标 | text`: the goal of that side.
            form.fieldLines[.goals] = form.fieldLines[.goals] ?? row.line
            if side == .implementation {
                named.implementation = true
                form.goals.implementation = HTMLText.strip(cells[1].text)
            } else {
                named.annual = true
                form.goals.annual = HTMLText.strip(cells[1].text)
            }
            for extra in cells.dropFirst(2) { warn(row.line, ReadingMessages.cellNotPlaced(Excerpt.of(extra.text))) }
            return true
        case .goal?:
            // The `实施期目标 … 年度目标` row: remember where the year's goal stands.
            guard cells.allSatisfy({ if case .goal? = $0.label { return true } else { return false } }) else { return false }
            annualGoalColumn = cells.first { $0.label == .goal(.annual) }?.column
            for c in cells {
                if c.label == .goal(.implementation) { named.implementation = true }
                if c.label == .goal(.annual) { named.annual = true }
            }
            return true
        default:
            return false
        }
    }

    // MARK: - Sign-off

    private mutating func readSignoff(_ row: Row) -> Bool {
        guard !row.cells.isEmpty, case .signoff? = row.cells.label(0) else { return false }
        var k = 0
        let cells = row.cells
        while k < cells.count {
            guard case .signoff(let field)? = cells[k].label else {
                warn(row.line, ReadingMessages.cellNotPlaced(Excerpt.of(cells[k].text)))
                k += 1
                continue
            }
            var value: String?
            if let after = Self.afterColon(cells[k].text) {
                value = after
                k += 1
            } else if k + 1 < cells.count, cells[k + 1].label == nil {
                value = cells[k + 1].text
                k += 2
            } else {
                k += 1
            }
            if let value {
                switch field {
                case .leader: form.signoff.leader = value
                case .handler: form.signoff.handler = value
                case .phone: form.signoff.phone = value
                case .filedAt:
                    form.signoff.filedAt = value
                    form.fieldLines[.filedAt] = row.line
                }
            }
        }
        inTable = false
        afterSignoff = true
        return true
    }

    // MARK: - Helpers

    /// The value after the label's colon in the same cell (`填报日期：2025…`), kept as written;
    /// nil when nothing follows the colon.
    static func afterColon(_ text: String) -> String? {
        // On the bytes (walking scalars cost ≈ 500 instructions a cell): the first `:` or
        // `：` (EF BC 9A), then the rest trimmed as `Vocabulary.trimmingWhitespaces` does.
        let found = text.utf8.withContiguousStorageIfAvailable { u -> String? in
            guard let p = u.baseAddress else { return nil }
            let n = u.count
            var i = 0
            while i < n {
                let b = p[i]
                if b == 0x3A { i += 1; break }
                if b == 0xEF, i + 2 < n, p[i + 1] == 0xBC, p[i + 2] == 0x9A { i += 3; break }
                i += 1
            }
            guard i < n else { return nil }  // no colon, or nothing after it
            let (s, e) = Whitespace.trimmedSpaces(p, i, n)
            return String(ByteText.substring(text.utf8, s, e))
        }
        if let found { return found }
        let scalars = text.unicodeScalars
        guard let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }), scalars.index(after: colon) < scalars.endIndex else { return nil }
        return Vocabulary.trimmingWhitespaces(scalars[scalars.index(after: colon)...])
    }

    /// The `FormField` whose line a header label records.
    static func fieldOf(_ field: CellLabel.HeaderField) -> FormField? {
        switch field {
        case .project: return .project
        case .department: return .department
        case .attribute, .origin: return .attribute
        case .period: return .period
        case .implementingUnit, .owner, .sealUnit, .funds, .fundsTenThousandYuan: return nil
        }
    }

    /// `（2026年度）` or `(2026年度)` → 2026.
    static func fiscalYear(_ s: String) -> Int? {
        // On the bytes (walking Characters cost ≈ 11,000 instructions a form): an opening
        // parenthesis, four ASCII digits, 年度 (E5 B9 B4 E5 BA A6), a closing parenthesis.
        let b = Array(s.utf8)
        let opens = b.first == 0x28 ? 1 : b.starts(with: [0xEF, 0xBC, 0x88]) ? 3 : 0
        let closes = b.last == 0x29 ? 1 : b.count >= 3 && b[(b.count - 3)...].elementsEqual([0xEF, 0xBC, 0x89]) ? 3 : 0
        let mark: [UInt8] = [0xE5, 0xB9, 0xB4, 0xE5, 0xBA, 0xA6]
        guard opens > 0, closes > 0, b.count == opens + 4 + mark.count + closes,
              b[(opens + 4)..<(opens + 4 + mark.count)].elementsEqual(mark) else { return nil }
        var year = 0
        for d in b[opens..<(opens + 4)] {
            guard d >= 0x30, d <= 0x39 else { return nil }
            year = year * 10 + Int(d - 0x30)
        }
        return year
    }

    static func preview(_ row: Row) -> String {
        let joined = row.cells.map { Excerpt.of($0.text) }.joined(separator: " | ")
        return joined.count > 60 ? String(joined.prefix(60)) + "…" : joined
    }
}

import Foundation
