/// `jixiao list`: one aligned line per form — number, project, department, annual funds
/// (万元), indicator count — fitted to a width, CJK counted as two columns.
public enum FormList {
    public static func lines(_ forms: [Form], width: Int) -> [String] {
        let numberWidth = max(1, String(forms.count).count)
        let funds = forms.map { Amounts.wan($0.funds.annual.total) }
        let fundsWidth = max(DisplayWidth.of("年度资金(万元)"), funds.map { DisplayWidth.of($0) }.max() ?? 0)
        let countWidth = DisplayWidth.of("指标")
        let depts = forms.map { Sanitizer.clean($0.department.display) }
        let rest = max(20, width - numberWidth - fundsWidth - countWidth - 8)
        let deptWidth = min(max(8, depts.map { DisplayWidth.of($0) }.max() ?? 0), rest * 2 / 5)
        let nameWidth = max(8, rest - deptWidth)
        var out = [
            [TextLayout.pad("#", to: numberWidth, align: .right), TextLayout.pad("项目名称", to: nameWidth),
             TextLayout.pad("主管部门", to: deptWidth), TextLayout.pad("年度资金(万元)", to: fundsWidth, align: .right),
             TextLayout.pad("指标", to: countWidth, align: .right)].joined(separator: "  "),
        ]
        for (i, f) in forms.enumerated() {
            out.append([
                TextLayout.pad(String(i + 1), to: numberWidth, align: .right),
                TextLayout.pad(Sanitizer.clean(f.project), to: nameWidth),
                TextLayout.pad(depts[i], to: deptWidth),
                TextLayout.pad(funds[i], to: fundsWidth, align: .right),
                TextLayout.pad(String(f.indicators.count), to: countWidth, align: .right),
            ].joined(separator: "  "))
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
