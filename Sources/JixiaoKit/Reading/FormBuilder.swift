/// Reads the rows of one file into forms: a state machine over rows that recognises each row
/// by its labels (header, funds, narratives, goals, indicator table, sign-off), never by its
/// column numbers.
struct FormBuilder {
    let file: String
    private(set) var forms: [Form] = []
    private(set) var diagnostics: [Diagnostic] = []

    private var form: Form?
    private var notes: [Diagnostic] = []
    private var table = TableReader()
    private var inTable = false
    private var afterSignoff = false
    /// Column of the `年度目标` label, to place a lone goal text.
    private var annualGoalColumn: Int?

    init(file: String) { self.file = file }

    static let titleSuffix = "项目支出绩效目标表"

    // MARK: - Rows

    mutating func read(_ row: Row) {
        guard let first = row.cells.first else {
            if inTable { table.pageBreak() }
            return
        }
        // A title line starts a form.
        if row.cells.count == 1, first.text.hasSuffix(Self.titleSuffix) {
            startForm(title: first.text, line: row.line)
            return
        }
        if row.cells.count == 1, let year = Self.fiscalYear(first.squeezed), form != nil, form!.fiscalYear == nil {
            form!.fiscalYear = year
            return
        }
        let key = first.squeezed
        // An untitled form: a second 项目名称 starts the next one.
        if key == "项目名称", form == nil || !form!.project.isEmpty || afterSignoff {
            startForm(title: "", line: row.line)
        }
        guard form != nil else {
            diagnostics.append(Diagnostic(.warning, SourceLocation(file: file, line: row.line), "text outside any form: \(Self.preview(row))"))
            return
        }
        if readSignoff(row) { return }
        if inTable || (afterSignoff == false && TableReader.looksLikeTableRow(row) && !isHeaderBlockRow(row)) {
            if !inTable { inTable = true; warn(row.line, "indicator rows without a header row") }
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
        warn(row.line, "row could not be placed: \(Self.preview(row))")
    }

    /// Finishes the last form; call once after the last row.
    mutating func finish() {
        finishForm()
    }

    // MARK: - Forms

    private mutating func startForm(title: String, line: Int) {
        finishForm()
        form = Form(title: title, source: SourceLocation(file: file, line: line))
    }

    private mutating func finishForm() {
        guard var f = form else { return }
        let (indicators, tableWarnings) = table.finish()
        f.indicators = indicators
        for w in tableWarnings { warn(w.line, w.message) }
        if !table.started { warn(f.source.line, "form \(f.project.isEmpty ? "(untitled)" : f.project) has no indicator table") }
        if f.project.isEmpty { warn(f.source.line, "form has no 项目名称") }
        notes.sort { $0.location.line < $1.location.line }
        f.readingNotes = notes
        diagnostics += notes
        forms.append(f)
        form = nil
        notes = []
        table = TableReader()
        inTable = false
        afterSignoff = false
        annualGoalColumn = nil
    }

    private mutating func warn(_ line: Int, _ message: String) {
        notes.append(Diagnostic(.warning, SourceLocation(file: file, line: line), message))
    }

    // MARK: - Header block

    private func isHeaderBlockRow(_ row: Row) -> Bool {
        row.cells.contains { Self.headerLabel($0.squeezed) != nil || Vocabulary.fundsSlot($0.squeezed) != nil }
    }

    static func headerLabel(_ s: String) -> WritableKeyPath<Form, String>? {
        switch s {
        case "项目名称": return \.project
        case "实施单位": return \.implementingUnit
        case "项目属性": return \.attribute
        case "项目期": return \.period
        default: return nil
        }
    }

    private static func isFundsLabel(_ s: String) -> Bool {
        s.hasPrefix("项目资金")
    }

    private mutating func readHeaderBlock(_ row: Row) -> Bool {
        var used = false
        var sourceSeen: Set<String> = []
        var totalSeen = 0
        var k = 0
        let cells = row.cells
        func isLabel(_ s: String) -> Bool {
            Self.headerLabel(s) != nil || s == "主管部门及代码" || Vocabulary.fundsSlot(s) != nil || Self.isFundsLabel(s)
        }
        while k < cells.count {
            let s = cells[k].squeezed
            let next: TableCellText? = k + 1 < cells.count && !isLabel(cells[k + 1].squeezed) ? cells[k + 1] : nil
            if let path = Self.headerLabel(s) {
                form![keyPath: path] = next?.text ?? ""
                used = true
                k += next == nil ? 1 : 2
                continue
            }
            if s == "主管部门及代码" {
                form!.department = Self.department(next?.text ?? "")
                used = true
                k += next == nil ? 1 : 2
                continue
            }
            if Self.isFundsLabel(s) { used = true; k += 1; continue }
            if let slot = Vocabulary.fundsSlot(s) {
                used = true
                let amount = next.flatMap { cell -> Double? in
                    let a = Self.amount(cell.text)
                    if a == nil { warn(row.line, "funds amount is not a number: \(cell.text)") }
                    return a
                }
                switch slot {
                case .total(let side):
                    let side = side ?? (totalSeen == 0 ? .implementation : .annual)
                    totalSeen += 1
                    form!.funds[side].total = amount
                case .source(let path):
                    let key = "\(path)"
                    let side: Side = sourceSeen.contains(key) ? .annual : .implementation
                    sourceSeen.insert(key)
                    form!.funds[side][keyPath: path] = amount
                }
                k += next == nil ? 1 : 2
                continue
            }
            if used { warn(row.line, "cell could not be placed: \(cells[k].text)") }
            k += 1
        }
        return used
    }

    static func department(_ text: String) -> Department {
        for sep in ["-", "－", "—"] {
            if let r = text.range(of: sep) {
                let code = String(text[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
                if !code.isEmpty, code.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) {
                    return Department(code: code, name: String(text[r.upperBound...]).trimmingCharacters(in: .whitespaces))
                }
            }
        }
        return Department(code: "", name: text)
    }

    /// `58,372,000` → 58372000; nil when not a number.
    static func amount(_ text: String) -> Double? {
        var digits = ""
        for ch in text where ch != "," && ch != "，" && ch != " " {
            if let v = ch.asciiValue { digits.append(Character(Unicode.Scalar(v))) }
            else if let w = ch.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(w) {
                digits.append(Character(Unicode.Scalar(w - 0xFF10 + 0x30)!))
            } else if ch == "．" { digits.append(".") }
            else { return nil }
        }
        return Double(digits)
    }

    // MARK: - Narratives and goals

    private mutating func readNarrativeOrGoal(_ row: Row) -> Bool {
        let cells = row.cells
        let key = cells[0].squeezed
        if let path = Vocabulary.narrativeField(key) {
            let texts = cells.dropFirst().map(\.text)
            form!.narrative[keyPath: path] = HTMLText.strip(texts.first ?? "")
            for extra in texts.dropFirst() { warn(row.line, "cell could not be placed: \(extra)") }
            return true
        }
        if cells.contains(where: { $0.squeezed == "实施期目标" || $0.squeezed == "年度目标" }),
           cells.allSatisfy({ ["实施期目标", "年度目标", "总体目标"].contains($0.squeezed) }) {
            annualGoalColumn = cells.first { $0.squeezed == "年度目标" }?.column
            return true
        }
        if key == "总体目标" {
            let texts = Array(cells.dropFirst())
            if texts.count >= 2 {
                form!.goals = Goals(implementation: HTMLText.strip(texts[0].text), annual: HTMLText.strip(texts[1].text))
                for extra in texts.dropFirst(2) { warn(row.line, "cell could not be placed: \(extra.text)") }
            } else if let only = texts.first {
                if let col = annualGoalColumn, only.column >= col, col > cells[0].column + 2 {
                    form!.goals.annual = HTMLText.strip(only.text)
                } else {
                    form!.goals.implementation = HTMLText.strip(only.text)
                }
            }
            return true
        }
        return false
    }

    // MARK: - Sign-off

    private mutating func readSignoff(_ row: Row) -> Bool {
        func label(_ s: String) -> (WritableKeyPath<Signoff, String>, String)? {
            for (name, path) in Vocabulary.signoffLabels where s.hasPrefix(name) {
                var rest = Substring(s.dropFirst(name.count))
                guard rest.isEmpty || rest.first == "：" || rest.first == ":" else { return nil }
                rest = rest.dropFirst()
                return (path, String(rest))
            }
            return nil
        }
        guard row.cells.contains(where: { label($0.squeezed) != nil }),
              row.cells.first.map({ label($0.squeezed) != nil }) == true else { return false }
        var signoff = form!.signoff
        var k = 0
        let cells = row.cells
        while k < cells.count {
            guard let (path, inline) = label(cells[k].squeezed) else {
                warn(row.line, "cell could not be placed: \(cells[k].text)")
                k += 1
                continue
            }
            if !inline.isEmpty {
                // Keep the value as written: take it from the unsqueezed text after the colon.
                let text = cells[k].text
                let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" })
                signoff[keyPath: path] = colon.map { String(text[text.index(after: $0)...]).trimmingCharacters(in: .whitespaces) } ?? inline
                k += 1
            } else if k + 1 < cells.count, label(cells[k + 1].squeezed) == nil {
                signoff[keyPath: path] = cells[k + 1].text
                k += 2
            } else {
                k += 1
            }
        }
        form!.signoff = signoff
        inTable = false
        afterSignoff = true
        return true
    }

    // MARK: - Helpers

    /// `（2026年度）` or `(2026年度)` → 2026.
    static func fiscalYear(_ s: String) -> Int? {
        var t = Substring(s)
        guard let f = t.first, f == "（" || f == "(", let l = t.last, l == "）" || l == ")" else { return nil }
        t = t.dropFirst().dropLast()
        guard t.hasSuffix("年度") else { return nil }
        t = t.dropLast(2)
        guard t.count == 4, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(t)
    }

    static func preview(_ row: Row) -> String {
        let joined = row.cells.map(\.text).joined(separator: " | ")
        return joined.count > 60 ? String(joined.prefix(60)) + "…" : joined
    }
}

import Foundation
