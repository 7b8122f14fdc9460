/// `jixiao summary` as text: one aligned line per department — 主管部门, 表数, 年度 and 实施期
/// funds in 万元 (two decimals), 指标, and findings by severity when the checks ran — then a
/// 合计 line. Fitted to a width (the department column gives way; CJK = 2 columns); department
/// names pass the sanitizer. A total that some forms left empty is marked `*` with a footnote.
/// Below about 66 columns (with findings) the lines are wider than `width` rather than drop a figure.
public enum SummaryTable {
    public static func lines(_ summary: YearSummary, width: Int) -> [String] {
        typealias M = SummaryMessages
        let withFindings = summary.total.findings != nil
        let all = summary.rows + [summary.total]
        let names = summary.rows.map { r in
            r.department.display.isEmpty ? M.noDepartment() : Sanitizer.clean(r.department.display)
        } + [M.total()]

        var headers = [M.forms(), M.annualFunds(), M.implementationFunds(), M.indicators()]
        var columns: [[String]] = [
            all.map { count($0.forms) },
            all.map { money($0.annual, forms: $0.forms) },
            all.map { money($0.implementation, forms: $0.forms) },
            all.map { count($0.indicators) },
        ]
        // Amounts marked `*` stay aligned with the others: those get a space where the `*` is.
        for k in [1, 2] where columns[k].contains(where: { $0.hasSuffix("*") }) {
            columns[k] = columns[k].map { $0.hasSuffix("*") ? $0 : $0 + " " }
        }
        if withFindings {
            headers += [M.errors(), M.warnings(), M.infos()]
            for severity in [Severity.error, .warning, .info] {
                columns.append(all.map { count($0.findings?[severity] ?? 0) })
            }
        }
        var widths = zip(headers, columns).map { h, c in max(DisplayWidth.of(h), c.map { DisplayWidth.of($0) }.max() ?? 0) }
        var numbers = widths.reduce(0) { $0 + $1 + 2 }
        if width - numbers < 8 {  // narrow: the shorter money headers
            headers[1] = M.annualShort()
            headers[2] = M.implementationShort()
            widths = zip(headers, columns).map { h, c in max(DisplayWidth.of(h), c.map { DisplayWidth.of($0) }.max() ?? 0) }
            numbers = widths.reduce(0) { $0 + $1 + 2 }
        }
        let nameWidth = max(8, min(max(DisplayWidth.of(M.department()), names.map { DisplayWidth.of($0) }.max() ?? 0), width - numbers))

        func line(_ name: String, _ cells: [String]) -> String {
            var s = TextLayout.pad(name, to: nameWidth)
            for (c, w) in zip(cells, widths) { s += "  " + TextLayout.pad(c, to: w, align: .right) }
            return FormList.trimRight(s)
        }
        var out = [line(M.department(), headers)]
        for (i, name) in names.enumerated() {
            if i == names.count - 1 { out.append(String(repeating: "─", count: min(width, nameWidth + numbers))) }
            out.append(line(name, columns.map { $0[i] }))
        }
        if all.contains(where: { $0.annual.given < $0.forms || $0.implementation.given < $0.forms }) {
            out += TextLayout.wrap(M.partialFunds(), width: max(20, width))
        }
        return out
    }

    /// 万元 with two decimals; `*` when some forms gave no figure, `—` when none did.
    static func money(_ t: YearSummary.FundsTotal, forms: Int) -> String {
        Amounts.Unit.wan.format(t.value) + (t.given > 0 && t.given < forms ? "*" : "")
    }

    /// A count with thousands separators (`10,000`).
    static func count(_ n: Int) -> String { (n < 0 ? "-" : "") + Amounts.grouped(abs(n)) }
}
