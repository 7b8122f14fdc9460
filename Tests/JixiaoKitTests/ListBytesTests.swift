import Foundation
import JixiaoGen
import Testing

@testable import JixiaoKit

/// `jixiao list` is written as bytes, in parallel parts: the lines are exactly those of the list
/// built from Strings (the way it was written before, kept here as the reference), for any
/// number of forms around the parts' boundaries, with a partial-funds footer, given numbers,
/// untrusted text and any width.
@Suite struct ListBytesTests {
    static let sample = FormReader.read(file: TestData.sampleURL.path).forms
    static let generated: [Form] = {
        let (text, _) = FormGenerator.batch(count: 300, seed: 13)
        return FormReader.read(bytes: Array(text.utf8), file: "generated.txt").forms
    }()

    /// The list as `FormList.lines` built it from Strings, cell by cell (the reference).
    static func reference(_ forms: [Form], width: Int, numbers: [Int]? = nil, footer: Bool = true) -> [String] {
        let numbers = numbers ?? Array(1...max(1, forms.count))
        let numberWidth = max(1, String(numbers.max() ?? 1).count)
        let summary = YearSummary(forms)
        let fundsTotal = SummaryTable.money(summary.total.annual, forms: summary.total.forms)
        let partial = footer && fundsTotal.hasSuffix("*")
        let funds = forms.map { Amounts.Unit.wan.format($0.funds.annual.total) + (partial ? " " : "") }
        let fundsWidth = max(DisplayWidth.of(SummaryMessages.annualFunds()), (funds + (footer ? [fundsTotal] : [])).map { DisplayWidth.of($0) }.max() ?? 0)
        typealias M = SummaryMessages
        let countWidth = DisplayWidth.of(M.indicators())
        let depts = forms.map { Sanitizer.clean($0.department.display) }
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
            let total = M.listTotal(SummaryTable.count(summary.total.forms), SummaryTable.count(summary.rows.count))
            out.append(String(repeating: "─", count: min(width, DisplayWidth.of(out[0]))))
            out.append([
                TextLayout.pad("", to: numberWidth),
                TextLayout.pad(total, to: nameWidth + 2 + deptWidth),
                TextLayout.pad(fundsTotal, to: fundsWidth, align: .right),
                TextLayout.pad(SummaryTable.count(summary.total.indicators), to: countWidth, align: .right),
            ].joined(separator: "  "))
            if partial { out += TextLayout.wrap(M.partialFunds(), width: max(20, width)) }
        }
        return out.map { FormList.trimRight($0) }
    }

    /// The list written in parts (every part a few forms) and in one go.
    static func written(_ forms: [Form], width: Int, numbers: [Int]? = nil, footer: Bool = true, parallelMinimum: Int) -> [String] {
        var bytes: [UInt8] = []
        FormList.write(forms, width: width, numbers: numbers, footer: footer, parallelMinimum: parallelMinimum) { bytes += $0 }
        #expect(bytes.last == 0x0A)
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Form counts around the parts' boundaries (Parallel.chunks cuts into a few parts a core).
    @Test(arguments: [0, 1, 2, 7, 8, 9, 15, 16, 17, 33, 300])
    func partsJoinToTheReference(count: Int) {
        let forms = Array((Self.generated + Self.sample).prefix(count))
        // In the language in force (`--lang en` is compared on the binary: switching the
        // language here would race with other tests reading texts).
        let expected = Self.reference(forms, width: 80)
        #expect(FormList.lines(forms, width: 80) == expected)
        #expect(Self.written(forms, width: 80, parallelMinimum: 1) == expected, "\(count) forms in parts")
        #expect(Self.written(forms, width: 80, parallelMinimum: .max) == expected, "\(count) forms in one part")
    }

    @Test(arguments: [1, 20, 40, 60, 100, 200])
    func anyWidth(width: Int) {
        let forms = Self.generated + Self.sample
        #expect(Self.written(forms, width: width, parallelMinimum: 1) == Self.reference(forms, width: width))
        #expect(Self.written(forms, width: width, footer: false, parallelMinimum: 1) == Self.reference(forms, width: width, footer: false))
    }

    /// Some forms leave 年度资金总额 empty: the total is marked `*`, every amount above it keeps a
    /// space in its place, and the footnote follows.
    @Test func partialFundsFooter() {
        var forms = Self.sample
        forms[1].funds.annual.total = nil
        let lines = Self.written(forms, width: 80, parallelMinimum: 1)
        #expect(lines == Self.reference(forms, width: 80))
        #expect(lines.last!.hasPrefix("*"))
        let total = lines[forms.count + 2]
        #expect(total.contains("*"))
        // Every amount keeps a space where the total has its `*`: the lines end in one column.
        for line in lines[1...forms.count] { #expect(DisplayWidth.of(line) == DisplayWidth.of(total), "\(line)") }
        #expect(lines[1].contains("  "))
    }

    /// Numbers given (a list of matches) set the number column's width and text.
    @Test func givenNumbers() {
        let forms = Array(Self.generated.prefix(40))
        let numbers = forms.indices.map { $0 * 997 + 3 }
        let lines = Self.written(forms, width: 80, numbers: numbers, footer: false, parallelMinimum: 1)
        #expect(lines == Self.reference(forms, width: 80, numbers: numbers, footer: false))
        #expect(lines.count == forms.count + 1)
        #expect(lines.last!.hasPrefix(String(numbers.last!)))
        #expect(lines[1].hasPrefix("    3  "))
    }

    /// Untrusted and unusual text in the project and department: controls, escape sequences,
    /// bidi, combining marks, emoji, full-width forms — cut and padded as the String path does.
    @Test func untrustedText() {
        let texts = [
            "\u{1B}]0;evil\u{07}项目", "a\u{202E}bc", "e\u{301}e\u{301}e\u{301}项目名称很长很长很长很长很长很长",
            "👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽", "ＡＢＣ全角１２３４５６７８９０", "tab\there", "中文中文中文中文中文中文中文中文中文中文中文中文中文中文",
            "", " ", "  lead and trail  ", "x",
        ]
        var forms: [Form] = []
        for (i, t) in texts.enumerated() {
            var f = Self.sample[i % Self.sample.count]
            f.project = t
            f.department = Department(code: i % 3 == 0 ? "" : "90\(i)", name: texts[(i + 3) % texts.count])
            forms.append(f)
        }
        for width in [30, 80, 120] {
            #expect(Self.written(forms, width: width, parallelMinimum: 1) == Self.reference(forms, width: width), "width \(width)")
        }
    }

    /// A cell by bytes is exactly `TextLayout.pad(Sanitizer.clean(text))` and its width
    /// `DisplayWidth.of(Sanitizer.clean(text))`, at every width around the text's own.
    @Test func cellBytesAreThePaddedText() {
        let texts = [
            "", "a", "abc", "中", "中文项目", "a中b文c", "“引号”与（括号）", "…—", "ｱｲｳ", "한국어", "e\u{301}", "\u{1B}[31m红", "a\u{200B}b",
            "👍", "🇨🇳", "1\u{FE0F}\u{20E3}", "\u{AD}x", "x\u{7F}", "ＡＢＣ", "𠀀𠀁", "①②③", "≥95%", "3,077.08", "—",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer(CellBytes.width) == DisplayWidth.of(Sanitizer.clean(text)), "\(text)")
            for width in 0...(DisplayWidth.of(Sanitizer.clean(text)) + 3) {
                for align in [TextLayout.Alignment.left, .right] {
                    var out: [UInt8] = []
                    bytes.withUnsafeBufferPointer { CellBytes.append($0, width: width, align: align, to: &out) }
                    #expect(out == Array(TextLayout.pad(Sanitizer.clean(text), to: width, align: align).utf8), "\(text) at \(width) \(align)")
                }
            }
        }
    }

    /// A department's width is measured from its code and name without joining them: the same
    /// as the joined text's (`code-name`, or whichever is not empty), sanitized.
    @Test func departmentWidthFromItsParts() {
        let texts = ["", "a", "101", "中文", "教育局", "e\u{301}", "\u{301}x", "\u{1B}[31m红", "👍🏽", "ＡＢＣ", "a\u{200B}b", "\u{7F}", "-", "中\u{FE0F}"]
        for a in texts {
            for b in texts {
                let joined = a.isEmpty ? b : b.isEmpty ? a : a + "-" + b
                let width = Array(a.utf8).withUnsafeBufferPointer { pa in
                    Array(b.utf8).withUnsafeBufferPointer { pb in CellBytes.width(pa, UInt8(ascii: "-"), pb) }
                }
                #expect(width == DisplayWidth.of(Sanitizer.clean(joined)), "\(a) | \(b)")
            }
        }
    }

    /// The amount column is as wide as its widest amount wherever that amount is (any part), be
    /// it the largest, the most negative, `—` (not given, not finite, too large) or the total.
    @Test(arguments: [1, 3, Int.max])
    func widestAmountInAnyPart(parallelMinimum: Int) {
        let base = Array(Self.generated.prefix(24))
        let cases: [[Int: Double?]] = [
            [:],
            [17: -98_765_432_100.5],
            [5: -0.4, 6: -49, 7: -51],
            [20: 9.9e18, 21: .infinity, 22: .nan],
            [3: 12_345_678_901_234],
            Dictionary(uniqueKeysWithValues: base.indices.map { ($0, Double?.none) }),
            Dictionary(uniqueKeysWithValues: base.indices.map { ($0, Double?.some(-Double($0) * 1_000_003)) }),
        ]
        for amounts in cases {
            var forms = base
            for (i, v) in amounts { forms[i].funds.annual.total = v }
            for footer in [true, false] {
                #expect(
                    Self.written(forms, width: 90, footer: footer, parallelMinimum: parallelMinimum) == Self.reference(forms, width: 90, footer: footer),
                    "\(amounts.sorted { $0.key < $1.key }) footer \(footer)")
            }
        }
    }

    /// The footer's figures come from departments found by their bytes, in order of appearance,
    /// against a reference grouping written here; the summary orders them by their UTF-8 bytes,
    /// codeless departments last.
    @Test func groupedAndOrderedDepartments() {
        let names = ["财政局", "教育局", "b", "a", "", "éa", "ab", "abc", "\u{FF}"]
        let codes = ["", "1", "10", "100", "2", "01", "１", "a", "9"]
        var forms: [Form] = []
        for (i, code) in codes.enumerated() {
            for (k, name) in names.enumerated() where (i + k) % 2 == 0 {
                var f = Self.sample[(i + k) % Self.sample.count]
                f.department = Department(code: code, name: name)
                forms.append(f)
                if k % 3 == 0 { forms.append(f) }
            }
        }
        // Same code in composed and decomposed form: two departments (bytes, not Unicode
        // equivalence), each with its own forms.
        for code in ["\u{E9}01", "e\u{301}01"] {
            var f = Self.sample[0]
            f.department = Department(code: code, name: "局")
            forms.append(f)
        }
        let summary = YearSummary(forms)
        let grouped = YearSummary.grouped(forms)
        // A reference written here: departments by their bytes in order of appearance, with the
        // forms and indicators each holds.
        var order: [[UInt8]] = [], counts: [[UInt8]: (forms: Int, indicators: Int)] = [:]
        for f in forms {
            let key = Array(f.department.code.utf8) + [0xFF] + Array(f.department.name.utf8)
            if counts[key] == nil { order.append(key) }
            counts[key, default: (0, 0)].forms += 1
            counts[key, default: (0, 0)].indicators += f.indicators.count
        }
        #expect(grouped.rows.map { Array($0.department.code.utf8) + [0xFF] + Array($0.department.name.utf8) } == order)
        #expect(grouped.rows.map(\.forms) == order.map { counts[$0]!.forms })
        #expect(grouped.rows.map(\.indicators) == order.map { counts[$0]!.indicators })
        #expect(grouped.total.forms == forms.count)
        #expect(grouped.total.indicators == forms.reduce(0) { $0 + $1.indicators.count })
        #expect(summary.rows.filter { $0.department.name == "局" }.count == 2)
        #expect(Set(summary.rows.map(\.department)) == Set(grouped.rows.map(\.department)))
        // The order as it was written before: UTF-8 sequences compared element by element.
        let expected = grouped.rows.sorted { a, b in
            let (x, y) = (a.department, b.department)
            if x.code.isEmpty != y.code.isEmpty { return y.code.isEmpty }
            if !x.code.utf8.elementsEqual(y.code.utf8) { return x.code.utf8.lexicographicallyPrecedes(y.code.utf8) }
            return x.name.utf8.lexicographicallyPrecedes(y.name.utf8)
        }
        #expect(summary.rows.map(\.department) == expected.map(\.department))
        #expect(summary.rows.last?.department.code == "")
    }
}
