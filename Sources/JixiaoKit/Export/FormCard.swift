/// `jixiao show`: one form as a readable card — header facts, a funds table of the form's
/// sides, narratives wrapped to the width, goals, and the indicator tree 一级 → 二级 → 三级 with
/// each side's values. Only the sides the form prints (`Form.sides`) get a column: a 年度-only
/// form of the 88号 template shows 年度 alone, as the browser does. Width-aware (CJK = 2
/// columns); every form string passes the sanitizer.
public enum FormCard {
    /// `number`/`count`: the form's list number (`FormNumber`) and how many forms were read,
    /// shown as the card's first fact (`编号  #3 / 7`).
    public static func lines(_ f: Form, number: Int? = nil, count: Int? = nil, width rawWidth: Int) -> [String] {
        let width = max(30, rawWidth)
        var out: [String] = []
        func clean(_ s: String) -> String { Sanitizer.clean(s) }
        func wrapped(_ text: String, indent: Int) -> [String] {
            let pad = String(repeating: " ", count: indent)
            return TextLayout.wrap(Sanitizer.cleanKeepingNewlines(text), width: width - indent).map { pad + $0 }
        }
        func section(_ title: String) {
            out.append("")
            out.append(title)
        }

        out += TextLayout.wrap(clean(f.project.isEmpty ? "（无项目名称）" : f.project), width: width)
        out.append(String(repeating: "─", count: min(width, 60)))
        if let number {
            fact("编号", "#\(number)" + (count.map { " / \($0)" } ?? ""), width: width, into: &out)
        }
        // The funds of both sides are tabulated below, so the facts leave them out.
        for fact in FormFacts.of(f) {
            if case .funds = fact.kind { continue }
            self.fact(fact.label, fact.value, width: width, into: &out)
        }

        section("项目资金（\(Amounts.Unit.yuan.label)）")
        let amountWidth = 16
        let labelWidth = 20
        out.append(TextLayout.pad("", to: labelWidth) + f.sides.map { TextLayout.pad($0.label, to: amountWidth, align: .right) }.joined())
        for row in FormFacts.fundsTable(f) {
            out.append(TextLayout.pad(row.isTotal ? row.label : "  " + row.label, to: labelWidth)
                + f.sides.map { TextLayout.pad($0 == .annual ? row.annual : row.implementation, to: amountWidth, align: .right) }.joined())
        }

        // The 88号 年度-only template prints no narratives: none are listed then.
        for field in Narrative.fields where f.printsNarratives {
            section(field.label)
            let text = f.narrative[keyPath: field.path]
            out += text.isEmpty ? ["  （空）"] : wrapped(text, indent: 2)
        }
        section("总体目标")
        for side in f.sides {
            let text = f.goals[side]
            out.append("  " + side.label)
            out += text.isEmpty ? ["    （空）"] : wrapped(text, indent: 4)
        }

        section("绩效指标")
        out += treeLines(IndicatorTree(f.indicators), sides: f.sides, width: width)
        return out.map { FormList.trimRight($0) }
    }

    /// A label in a 16-column gutter and its value wrapped beside it.
    static func fact(_ label: String, _ value: String, width: Int, into out: inout [String]) {
        let labelWidth = 16
        let v = TextLayout.wrap(Sanitizer.clean(value), width: width - labelWidth)
        for (i, line) in v.enumerated() {
            out.append((i == 0 ? TextLayout.pad(label, to: labelWidth) : String(repeating: " ", count: labelWidth)) + line)
        }
    }

    /// The 问题 section of a card: the findings under the four review headings (完整性, 相关性,
    /// 适当性, 可行性), each a line — severity, 第N行, message, rule — worst first, in the current
    /// language. Reading warnings arrive here as `reading-warning` findings.
    public static func findingLines(_ findings: [Finding], width rawWidth: Int) -> [String] {
        let width = max(30, rawWidth)
        var out = ["", CheckMessages.findingsTitle(findings.count)]
        if findings.isEmpty { out.append("  " + CheckMessages.none()) }
        out += FindingReport.groupedLines(findings, width: width) { f in
            f.location.line > 0 ? CheckMessages.lineNumber(f.location.line) : ""
        }
        return out.map { FormList.trimRight($0) }
    }

    /// The indicator tree with each of `sides`' values in a column; with both sides, `≠` marks
    /// rows whose sides differ.
    static func treeLines(_ tree: IndicatorTree, sides: [Side] = Side.allCases, width: Int) -> [String] {
        let valueWidth = max(10, min(22, (width - 20) / 4))
        let nameWidth = width - sides.count * valueWidth - 2 * sides.count
        var out: [String] = []
        out.append(TextLayout.pad("", to: nameWidth + 2) + sides.map(\.label).enumerated().map { n, label in
            n == sides.count - 1 ? label : TextLayout.pad(label, to: valueWidth) + "  "
        }.joined())
        if tree.groups.isEmpty { out.append("  （无指标）") }
        for t1 in tree.groups {
            out.append(Sanitizer.clean(t1.label) + "（\(t1.count(nil))）")
            for t2 in t1.children {
                out.append("  " + Sanitizer.clean(t2.label) + (t2.rows.isEmpty ? " （无）" : "（\(t2.rows.count)）"))
                for row in t2.rows {
                    let mark = row.differs && sides.count > 1 ? "≠ " : "  "
                    let name = TextLayout.wrap(Sanitizer.clean(row.name), width: nameWidth - 4)
                    let values = sides.map { side in row[side].map { Sanitizer.clean($0.value) } ?? "—" }
                    for (k, part) in name.enumerated() {
                        var line = "  " + mark + TextLayout.pad(part, to: nameWidth - 2)
                        if k == 0 {
                            line += values.enumerated().map { n, v in
                                n == values.count - 1 ? TextLayout.truncate(v, to: valueWidth) : TextLayout.pad(v, to: valueWidth) + "  "
                            }.joined()
                        }
                        out.append(line)
                    }
                }
            }
        }
        return out
    }
}
