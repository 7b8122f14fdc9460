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
    /// From `parallelMinimum` forms on, both passes over the forms run in parts on all cores:
    /// one measures the columns (the widest department and amount) and gathers the footer's
    /// figures (the indicators, the annual amounts in file order, each department's hash for
    /// `DepartmentCount`); the other writes the lines as bytes, not Strings (`CellBytes`), in
    /// batches emitted in order (`emit` is called on the caller's thread).
    public static func write(
        _ forms: [Form], width: Int, numbers: [Int]? = nil, footer: Bool = true, parallelMinimum: Int = 1024,
        to emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        // Through a buffer pointer: reading a form in the array could copy it whole.
        forms.withUnsafeBufferPointer { write($0, width: width, numbers: numbers, footer: footer, parallelMinimum: parallelMinimum, to: emit) }
    }

    private static func write(
        _ forms: UnsafeBufferPointer<Form>, width: Int, numbers: [Int]?, footer: Bool, parallelMinimum: Int,
        to emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        typealias M = SummaryMessages
        let numberWidth = String(numbers.map { $0.max() ?? 1 } ?? max(1, forms.count)).count
        // Each form's figures and department hash, written by the parts into their own ranges.
        var figures = [Figures](repeating: Figures(hundredths: nil, indicators: 0), count: forms.count)
        var hashes = [Int](repeating: 0, count: footer ? forms.count : 0)
        let measured = figures.withUnsafeMutableBufferPointer { figures in
            hashes.withUnsafeMutableBufferPointer { hashes in
                Parallel.chunks(forms.count, minimum: parallelMinimum) { range in
                    Measures(forms, range, figures: figures, hashes: footer ? hashes : nil)
                }
            }
        }
        let widest = (department: measured.map(\.department).max() ?? 0, funds: Measures.fundsWidth(measured))
        let summary = footer ? Footer(forms, measured, figures, hashes, shares: forms.count >= parallelMinimum ? Parallel.cores * 2 : 1) : nil
        let fundsTotal = summary.map { SummaryTable.money($0.annual, forms: forms.count) } ?? ""
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

        // The lines in batches of two parts per core, each part `parallelMinimum` forms, written
        // on all cores and emitted before the next batch is written: the list is never all in
        // memory (10 MB at 100,000 forms). Each part's buffer is kept from batch to batch.
        let columns = Columns(number: numberWidth, name: nameWidth, department: deptWidth, funds: fundsWidth, count: countWidth, partial: partial)
        var buffers = [[UInt8]](repeating: [], count: Parallel.cores * 2)
        let batch = parallelMinimum >= forms.count ? forms.count : max(1, parallelMinimum) * buffers.count
        var start = 0
        while start < forms.count {
            let end = min(forms.count, start + batch), count = end - start
            let n = count < parallelMinimum ? 1 : min(buffers.count, count)
            buffers.withUnsafeMutableBufferPointer { slots in
                _ = Parallel.map(n) { c in
                    var lines = PartLines(columns)
                    swap(&lines.out, &slots[c])
                    lines.out.removeAll(keepingCapacity: true)
                    for i in start + count * c / n..<start + count * (c + 1) / n {
                        lines.append(forms.baseAddress! + i, number: numbers?[i] ?? i + 1, figures[i])
                    }
                    swap(&lines.out, &slots[c])
                }
            }
            for c in 0..<n { buffers[c].withUnsafeBufferPointer(emit) }
            start = end
        }

        guard let summary else { return }
        let total = M.listTotal(SummaryTable.count(forms.count), SummaryTable.count(summary.departments))
        var tail = [
            String(repeating: "─", count: min(width, DisplayWidth.of(header))),
            [
                TextLayout.pad("", to: numberWidth),
                TextLayout.pad(total, to: nameWidth + 2 + deptWidth),
                TextLayout.pad(fundsTotal, to: fundsWidth, align: .right),
                TextLayout.pad(SummaryTable.count(summary.indicators), to: countWidth, align: .right),
            ].joined(separator: "  "),
        ]
        if partial { tail += TextLayout.wrap(M.partialFunds(), width: max(20, width)) }
        emitLines(tail, to: emit)
    }

    /// The widths of a list's columns, and whether the amounts keep a space for the total's `*`.
    private struct Columns {
        var number, name, department, funds, count: Int
        var partial: Bool
    }

    /// One part's lines, written form by form as bytes into `out` (`cell` is scratch).
    private struct PartLines {
        let columns: Columns
        var out: [UInt8] = []
        var cell: [UInt8] = []

        init(_ columns: Columns) { self.columns = columns }

        mutating func append(_ form: UnsafePointer<Form>, number: Int, _ figures: Figures) {
            let start = out.count
            digits(number, width: columns.number)
            gap()
            CheckText.bytes(form.pointee.project) { CellBytes.append($0, width: columns.name, align: .left, to: &out) }
            gap()
            cell.removeAll(keepingCapacity: true)
            appendDepartment(form.pointee.department, to: &cell)
            putCell(columns.department, .left)
            gap()
            cell.removeAll(keepingCapacity: true)
            Amounts.appendWan(hundredths: figures.hundredths, to: &cell)
            if columns.partial { cell.append(0x20) }
            putCell(columns.funds, .right)
            gap()
            digits(figures.indicators, width: columns.count)
            // The count column is right-aligned, so a line ends in a space only when that
            // column is cut to nothing; such a line is trimmed as the footer is.
            if out.last == 0x20 {
                let line = trimRight(String(decoding: out[start...], as: UTF8.self))
                out.removeSubrange(start...)
                out += line.utf8
            }
            out.append(0x0A)
        }

        /// A number right-aligned: its digits are a column each, so one that fits is padded
        /// and written here, straight into `out`; one too wide is cut by `CellBytes`.
        private mutating func digits(_ n: Int, width: Int) {
            var count = 1, m = n
            while m >= 10 {
                m /= 10
                count += 1
            }
            guard n >= 0, count <= width else {
                cell.removeAll(keepingCapacity: true)
                JSONWriter.digits(Int64(n), into: &cell)
                return putCell(width, .right)
            }
            // The padding, room for the digits, then the digits over that room from the right.
            CellBytes.spaces(width, to: &out)
            out.withUnsafeMutableBufferPointer { b in
                var m = n, i = b.count
                repeat {
                    i -= 1
                    b[i] = 0x30 + UInt8(m % 10)
                    m /= 10
                } while m > 0
            }
        }

        /// The two spaces between columns.
        private mutating func gap() {
            out.append(0x20)
            out.append(0x20)
        }

        private mutating func putCell(_ width: Int, _ align: TextLayout.Alignment) {
            cell.withUnsafeBufferPointer { CellBytes.append($0, width: width, align: align, to: &out) }
        }
    }

    /// What a form's line shows of its figures: the annual amount as `Amounts.wanHundredths`
    /// (nil: written `—`) and the indicator count.
    private struct Figures {
        var hundredths: Int?
        var indicators: Int
    }

    /// What the measuring pass finds in one part of the forms: the widest department as it
    /// will be written, and the amounts whose text is the widest (the largest, the most
    /// negative, and whether any is written `—`); with the footer (`hashes` given), the part's
    /// given annual amounts in file order. Each form's `Figures` and department hash it writes
    /// at the form's index: the lines then read neither the funds nor the indicator arrays again (at 100,000
    /// forms, memory misses).
    private struct Measures {
        var department = 0
        var largest: Int?, mostNegative: Int?, dash = false
        var amounts: [Double] = []

        init(_ forms: UnsafeBufferPointer<Form>, _ range: Range<Int>, figures: UnsafeMutableBufferPointer<Figures>, hashes: UnsafeMutableBufferPointer<Int>?) {
            for i in range {
                let width = CheckText.bytes(forms[i].department.code) { code in
                    CheckText.bytes(forms[i].department.name) { name in
                        hashes?[i] = DepartmentCount.hash(code: code, name: name)
                        return CellBytes.width(code, UInt8(ascii: "-"), name)
                    }
                }
                department = max(department, width)
                let annual = forms[i].funds.annual.total
                let n = Amounts.wanHundredths(annual)
                if let n {
                    if n >= 0 { largest = max(largest ?? n, n) } else { mostNegative = min(mostNegative ?? n, n) }
                } else {
                    dash = true
                }
                figures[i] = Figures(hundredths: n, indicators: forms[i].indicators.count)
                if hashes != nil, let annual, annual.isFinite { amounts.append(annual) }
            }
        }

        /// Columns of the widest amount in `parts`, as written (0 when there are no forms).
        static func fundsWidth(_ parts: [Measures]) -> Int {
            var widest = 0, cell: [UInt8] = []
            func measure(_ write: (inout [UInt8]) -> Void) {
                cell.removeAll(keepingCapacity: true)
                write(&cell)
                widest = max(widest, cell.withUnsafeBufferPointer(CellBytes.width))
            }
            if let n = parts.compactMap(\.largest).max() { measure { Amounts.appendWan(hundredths: n, to: &$0) } }
            if let n = parts.compactMap(\.mostNegative).min() { measure { Amounts.appendWan(hundredths: n, to: &$0) } }
            if parts.contains(where: \.dash) { measure { Amounts.appendWan(hundredths: nil, to: &$0) } }
            return widest
        }
    }

    /// The 合计 line's figures, as `YearSummary`'s total row and its number of rows give them.
    private struct Footer {
        var annual = YearSummary.FundsTotal()
        var indicators = 0, departments = 0

        init(_ forms: UnsafeBufferPointer<Form>, _ parts: [Measures], _ figures: [Figures], _ hashes: [Int], shares: Int) {
            // Summed in file order, as `YearSummary` sums: the same total to the last bit.
            for part in parts {
                for amount in part.amounts { annual.add(amount) }
            }
            indicators = figures.reduce(0) { $0 + $1.indicators }
            departments = DepartmentCount.count(forms, hashes: hashes, shares: shares)
        }
    }

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
