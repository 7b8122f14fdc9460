/// `jixiao list`: one aligned line per form — number, project, department, annual funds
/// (万元), indicator count — fitted to a width, CJK counted as two columns, and a 合计 footer
/// with the figures of `YearSummary` (forms, departments, annual funds, indicators).
public enum FormList {
    /// `numbers`: each form's list number (1-based position in file order across all inputs);
    /// by default 1, 2, 3 … `footer: false` leaves out the 合计 lines (e.g. for a list of matches).
    public static func lines(_ forms: [Form], width: Int, numbers: [Int]? = nil, footer: Bool = true) -> [String] {
        let numbers = numbers ?? Array(1...max(1, forms.count))
        let numberWidth = max(1, String(numbers.max() ?? 1).count)
        let summary = YearSummary(forms)
        let fundsTotal = SummaryTable.money(summary.total.annual, forms: summary.total.forms)
        // A total marked `*` (some forms gave no figure) keeps the amounts above it aligned.
        let partial = footer && fundsTotal.hasSuffix("*")
        // Fields are read through indices: a year's forms are never copied (it shows at 10,000).
        let funds = forms.indices.map { Amounts.Unit.wan.format(forms[$0].funds.annual.total) + (partial ? " " : "") }
        let fundsWidth = max(DisplayWidth.of(SummaryMessages.annualFunds()), (funds + (footer ? [fundsTotal] : [])).map { DisplayWidth.of($0) }.max() ?? 0)
        typealias M = SummaryMessages
        let countWidth = DisplayWidth.of(M.indicators())
        let depts = forms.indices.map { Sanitizer.clean(forms[$0].department.display) }
        let rest = max(20, width - numberWidth - fundsWidth - countWidth - 8)
        let deptWidth = min(max(8, depts.map { DisplayWidth.of($0) }.max() ?? 0), rest * 2 / 5)
        let nameWidth = max(8, rest - deptWidth)
        var out = [
            [TextLayout.pad("#", to: numberWidth, align: .right), TextLayout.pad(M.project(), to: nameWidth),
             TextLayout.pad(M.department(), to: deptWidth), TextLayout.pad(M.annualFunds(), to: fundsWidth, align: .right),
             TextLayout.pad(M.indicators(), to: countWidth, align: .right)].joined(separator: "  "),
        ]
        for i in forms.indices {
            out.append([
                TextLayout.pad(String(numbers[i]), to: numberWidth, align: .right),
                TextLayout.pad(Sanitizer.clean(forms[i].project), to: nameWidth),
                TextLayout.pad(depts[i], to: deptWidth),
                TextLayout.pad(funds[i], to: fundsWidth, align: .right),
                TextLayout.pad(String(forms[i].indicators.count), to: countWidth, align: .right),
            ].joined(separator: "  "))
        }
        if footer {
            let total = SummaryMessages.listTotal(SummaryTable.count(summary.total.forms), SummaryTable.count(summary.rows.count))
            out.append(String(repeating: "─", count: min(width, DisplayWidth.of(out[0]))))
            out.append([
                TextLayout.pad("", to: numberWidth),
                TextLayout.pad(total, to: nameWidth + 2 + deptWidth),
                TextLayout.pad(fundsTotal, to: fundsWidth, align: .right),
                TextLayout.pad(SummaryTable.count(summary.total.indicators), to: countWidth, align: .right),
            ].joined(separator: "  "))
            if partial { out += TextLayout.wrap(SummaryMessages.partialFunds(), width: max(20, width)) }
        }
        return out.map { trimRight($0) }
    }

    /// `s` without trailing spaces.
    public static func trimRight(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
