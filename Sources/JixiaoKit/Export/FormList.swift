/// `jixiao list`: one aligned line per form — number, project, department, annual funds
/// (万元), indicator count — fitted to a width, CJK counted as two columns, and a 合计 footer
/// with the figures of `YearSummary` (forms, departments, annual funds, indicators).
public enum FormList {
    /// The lines of `write`, without their line ends.
    public static func lines(_ forms: [Form], width: Int, numbers: [Int]? = nil, footer: Bool = true) -> [String] {
        var bytes: [UInt8] = []
        write(forms, width: width, numbers: numbers, footer: footer) { bytes.append(contentsOf: $0) }
        return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes the list as UTF-8 lines, each ending in a line end, to `emit` (e.g. a buffered
    /// stdout). `numbers`: each form's list number (1-based position in file order across all
    /// inputs); by default 1, 2, 3 … `footer: false` leaves out the 合计 lines (e.g. for a list
    /// of matches).
    ///
    /// The forms' lines are written as bytes, not Strings (`CellBytes`), from `parallelMinimum`
    /// forms on in parts on all cores; the footer's figures come from `YearSummary.grouped`
    /// (no ordering of the departments: the footer only counts them), found while the columns
    /// are measured.
    public static func write(
        _ forms: [Form], width: Int, numbers: [Int]? = nil, footer: Bool = true, parallelMinimum: Int = 1024,
        to emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        typealias M = SummaryMessages
        let numberWidth = String(numbers.map { $0.max() ?? 1 } ?? max(1, forms.count)).count
        // The footer's figures (summed in file order) on one core while the other measures
        // the columns: the widest department and amount, as they will be written.
        let passes = Parallel.map(2, minimum: forms.count >= parallelMinimum ? 2 : 3) { pass -> Measures in
            var m = Measures()
            if pass == 0 {
                m.summary = footer ? YearSummary.grouped(forms) : nil
                return m
            }
            var cell: [UInt8] = []
            for i in forms.indices {
                cell.removeAll(keepingCapacity: true)
                appendDepartment(forms[i].department, to: &cell)
                m.department = max(m.department, cell.withUnsafeBufferPointer(CellBytes.width))
                cell.removeAll(keepingCapacity: true)
                Amounts.appendWan(forms[i].funds.annual.total, to: &cell)
                m.funds = max(m.funds, cell.withUnsafeBufferPointer(CellBytes.width))
            }
            return m
        }
        let summary = passes[0].summary, widest = passes[1]
        let fundsTotal = summary.map { SummaryTable.money($0.total.annual, forms: $0.total.forms) } ?? ""
        // A total marked `*` (some forms gave no figure) keeps the amounts above it aligned.
        let partial = fundsTotal.hasSuffix("*")
        let fundsWidth = max(
            DisplayWidth.of(M.annualFunds()),
            forms.isEmpty ? 0 : widest.funds + (partial ? 1 : 0),
            footer ? DisplayWidth.of(fundsTotal) : 0)
        let countWidth = DisplayWidth.of(M.indicators())
        let rest = max(20, width - numberWidth - fundsWidth - countWidth - 8)
        let deptWidth = min(max(8, widest.department), rest * 2 / 5)
        let nameWidth = max(8, rest - deptWidth)

        let header = [
            TextLayout.pad("#", to: numberWidth, align: .right), TextLayout.pad(M.project(), to: nameWidth),
            TextLayout.pad(M.department(), to: deptWidth), TextLayout.pad(M.annualFunds(), to: fundsWidth, align: .right),
            TextLayout.pad(M.indicators(), to: countWidth, align: .right),
        ].joined(separator: "  ")
        emitLines([header], to: emit)

        let parts = Parallel.chunks(forms.count, minimum: parallelMinimum) { range -> [UInt8] in
            var out: [UInt8] = []
            out.reserveCapacity(range.count * (width + 32))
            var cell: [UInt8] = []
            func put(_ width: Int, _ align: TextLayout.Alignment) {
                cell.withUnsafeBufferPointer { CellBytes.append($0, width: width, align: align, to: &out) }
                cell.removeAll(keepingCapacity: true)
            }
            for i in range {
                let start = out.count
                JSONWriter.digits(Int64(numbers?[i] ?? i + 1), into: &cell)
                put(numberWidth, .right)
                out += gap
                CheckText.bytes(forms[i].project) { CellBytes.append($0, width: nameWidth, align: .left, to: &out) }
                out += gap
                appendDepartment(forms[i].department, to: &cell)
                put(deptWidth, .left)
                out += gap
                Amounts.appendWan(forms[i].funds.annual.total, to: &cell)
                if partial { cell.append(0x20) }
                put(fundsWidth, .right)
                out += gap
                JSONWriter.digits(Int64(forms[i].indicators.count), into: &cell)
                put(countWidth, .right)
                // The count column is right-aligned, so a line ends in a space only when that
                // column is cut to nothing; such a line is trimmed as the footer is.
                if out.last == 0x20 {
                    let line = trimRight(String(decoding: out[start...], as: UTF8.self))
                    out.removeSubrange(start...)
                    out += line.utf8
                }
                out.append(0x0A)
            }
            return out
        }
        for part in parts { part.withUnsafeBufferPointer(emit) }

        guard let summary else { return }
        let total = M.listTotal(SummaryTable.count(summary.total.forms), SummaryTable.count(summary.rows.count))
        var tail = [
            String(repeating: "─", count: min(width, DisplayWidth.of(header))),
            [
                TextLayout.pad("", to: numberWidth),
                TextLayout.pad(total, to: nameWidth + 2 + deptWidth),
                TextLayout.pad(fundsTotal, to: fundsWidth, align: .right),
                TextLayout.pad(SummaryTable.count(summary.total.indicators), to: countWidth, align: .right),
            ].joined(separator: "  "),
        ]
        if partial { tail += TextLayout.wrap(M.partialFunds(), width: max(20, width)) }
        emitLines(tail, to: emit)
    }

    /// What the first two passes find: the footer's figures; the widest department and amount.
    private struct Measures {
        var summary: (rows: [YearSummary.Row], total: YearSummary.Row)?
        var department = 0, funds = 0
    }

    /// The two spaces between columns.
    private static let gap: [UInt8] = [0x20, 0x20]

    /// The department as `Department.display` (`code-name`, or whichever part exists), by bytes.
    private static func appendDepartment(_ d: Department, to out: inout [UInt8]) {
        CheckText.bytes(d.code) { out.append(contentsOf: $0) }
        if !d.code.isEmpty && !d.name.isEmpty { out.append(UInt8(ascii: "-")) }
        CheckText.bytes(d.name) { out.append(contentsOf: $0) }
    }

    private static func emitLines(_ lines: [String], to emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        var bytes: [UInt8] = []
        for line in lines {
            bytes += trimRight(line).utf8
            bytes.append(0x0A)
        }
        bytes.withUnsafeBufferPointer(emit)
    }

    /// `s` without trailing spaces.
    public static func trimRight(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
