import Foundation
import JixiaoGen
import Testing
@testable import JixiaoKit

/// Workbooks (docs/format.md, "Workbooks"): the shared sample workbook and other faithful
/// renderings of the same forms, built in code with a real `.xlsx` writer, read exactly to
/// the reference reading; binary, encrypted and damaged files give clear errors.
@Suite struct WorkbookTests {
    static var workbookURL: URL { TestData.resources.appendingPathComponent("yangquan-2026.xlsx") }

    /// Reads a rendering of the sample text as one workbook in memory.
    static func read(_ rendering: WorkbookRendering, strings: XLSXWriter.Strings = .shared, richRuns: Int = 0,
                     extra: [XLSXWriter.Sheet] = [], file: String = "预算.xlsx") throws -> ReadResult {
        let sheets = rendering.sheets(TestData.sampleText) { i, _ in ["社保", "人才", "公交", "文化", "垃圾", "燃气", "饮水"].indices.contains(i) ? ["社保", "人才", "公交", "文化", "垃圾", "燃气", "饮水"][i] : "表\(i + 1)" }
        let data = try XLSXWriter(sheets: sheets + extra, strings: strings, richRuns: richRuns).data()
        return FormReader.read(bytes: [UInt8](data), file: file)
    }

    static func expectReference(_ result: ReadResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(result.errors.isEmpty, "\(result.errors)", sourceLocation: sourceLocation)
        #expect(result.forms.count == 7, sourceLocation: sourceLocation)
        let differences = try ReferenceReading.differences(result.forms)
        #expect(differences.isEmpty, "\(differences.prefix(20).joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    // MARK: - The reference

    @Test func sharedSampleWorkbookReadsToTheReference() throws {
        let result = FormReader.read(file: Self.workbookURL.path)
        try Self.expectReference(result)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        // One sheet per form; each form starts at its sheet's first row.
        #expect(result.forms.map(\.source.sheet) == ["城乡居民养老出入口补01", "人才工作经费02", "公交政策性亏损补贴03", "购买阳泉市戏剧和歌舞创作研究中心公共文化服务04", "阳泉市生活垃圾焚烧发电厂生活垃圾处理费05", "山西晋东华润燃气有限公司2024-2025年度供暖季掺混06", "农村饮水安全项目（市本级）07"])
        #expect(result.forms.allSatisfy { $0.source.line == 1 && $0.source.file == Self.workbookURL.path })
    }

    @Test func sameReadingAsTheTextExport() throws {
        let text = FormReader.read(file: TestData.sampleURL.path).forms
        let book = FormReader.read(file: Self.workbookURL.path).forms
        #expect(text.count == book.count)
        for (t, b) in zip(text, book) {
            var b = b
            b.source = t.source
            #expect(b.indicators.implementation.map(\.name) == t.indicators.implementation.map(\.name))
            #expect(b.funds == t.funds && b.goals == t.goals && b.narrative == t.narrative && b.signoff == t.signoff)
            #expect(b.sides == t.sides)
        }
    }

    // MARK: - Other faithful renderings

    @Test func allFormsOnOneSheetWithSharedStrings() throws {
        var r = WorkbookRendering()
        r.layout = .oneSheet
        let result = try Self.read(r)
        try Self.expectReference(result)
        // Rows numbered as the text's lines: the same sources, in the sheet.
        #expect(result.forms.map(\.source.line) == [3, 38, 81, 125, 159, 191, 223])
        #expect(result.forms.allSatisfy { $0.source.sheet == "社保" })
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func sheetPerFormInlineStringsShiftedCells() throws {
        var r = WorkbookRendering()
        r.layout = .sheetPerForm
        r.columnShift = 2
        r.rowShift = 3
        r.dates = .number
        let result = try Self.read(r, strings: .inline)
        try Self.expectReference(result)
        #expect(result.forms.map { $0.source.sheet ?? "" } == ["社保", "人才", "公交", "文化", "垃圾", "燃气", "饮水"])
        #expect(result.forms.allSatisfy { $0.source.line == 4 })
        #expect(result.forms[2].source.description == "预算.xlsx[公交]:4")
    }

    @Test func richTextRunsAndDateSerials() throws {
        var r = WorkbookRendering()
        r.layout = .sheetPerForm
        r.columnShift = 1
        r.dates = .serial
        r.mergeTitles = false
        try Self.expectReference(try Self.read(r, richRuns: 3))
    }

    @Test func prefixedElementNamesRead() throws {
        let sheets = WorkbookRendering().sheets(TestData.sampleText)
        let data = try XLSXWriter(sheets: sheets, strings: .inline, prefixed: true).data()
        try Self.expectReference(FormReader.read(bytes: [UInt8](data), file: "x.xlsx"))
    }

    @Test func numbersAsTextStillRead() throws {
        var r = WorkbookRendering()
        r.numericAmounts = false
        r.numericPercents = false
        r.dates = .text
        try Self.expectReference(try Self.read(r, strings: .inline))
    }

    @Test func renderingReallyWritesNumbersDatesAndPercents() throws {
        // The renderings above must exercise numeric cells, or they prove nothing about them.
        let sheets = WorkbookRendering().sheets(TestData.sampleText)
        let cells = sheets.flatMap { $0.rows.flatMap { $0.cells.map(\.cell) } }
        #expect(cells.contains(.number(58_372_000, .thousands)))
        #expect(cells.contains { if case .number(_, .dateTime) = $0 { return true } else { return false } })
        #expect(cells.contains(.number(1, .percent)))
    }

    @Test func hiddenSheetIsSkippedWithANote() throws {
        let hidden = XLSXWriter.Sheet(name: "草稿", hidden: true, rows: [(1, [(0, .text("项目支出绩效目标表"))]), (2, [(0, .text("项目名称")), (1, .text("不该读到"))])])
        let result = try Self.read(WorkbookRendering(), extra: [hidden])
        try Self.expectReference(result)
        let notes = result.warnings.filter { $0.location.sheet == "草稿" }
        #expect(notes.count == 1)
        #expect(notes.first?.message == ReadingMessages.hiddenSheetSkipped("草稿"))
        #expect(!result.forms.contains { $0.project == "不该读到" })
    }

    @Test func folderOfWorkbooksBesideTextAndABinarySpreadsheet() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // One workbook per form, the text export, and an old binary .xls.
        var r = WorkbookRendering()
        r.layout = .sheetPerForm
        for (i, sheet) in r.sheets(TestData.sampleText).enumerated() {
            try XLSXWriter(sheets: [sheet]).data().write(to: dir.appendingPathComponent("form\(i + 1).xlsx"))
        }
        try Data(TestData.sampleBytes).write(to: dir.appendingPathComponent("all.txt"))
        let xls = dir.appendingPathComponent("old.xls")
        try Data(WorkbookFile.oleMagic + [UInt8](repeating: 0, count: 504)).write(to: xls)
        let result = FormReader.read(paths: [dir.path])
        #expect(result.forms.count == 14)
        #expect(result.filesSeen == 9 && result.filesRead == 8)
        try #require(result.errors.count == 1)
        let error = result.errors[0]
        #expect(error.location.file == xls.path)
        #expect(error.message.contains("libreoffice --headless --convert-to xlsx \(xls.path)"))
        // Workbooks in path order (numeric), then the text file.
        #expect(result.forms.prefix(7).map(\.project) == FormReader.read(file: TestData.sampleURL.path).forms.map(\.project))
    }

    @Test func partsOfMoreThanTenMegabytesRead() throws {
        // Long narratives make the shared strings and an inline-string sheet pass 10 MB, where
        // Foundation's parser fails when handed a whole part at once.
        let long = String(repeating: "项目概况很长的说明文字。", count: 320)  // ~11 KB
        var rows: [(row: Int, cells: [(column: Int, cell: XLSXWriter.Cell)])] = []
        rows.append((1, [(0, .text("项目支出绩效目标表"))]))
        for k in 0..<1_000 { rows.append((k + 2, [(0, .text("项目概况")), (2, .text("\(k)" + long))])) }
        rows.append((1_002, [(0, .text("项目名称")), (2, .text("大表"))]))
        for strings in [XLSXWriter.Strings.shared, .inline] {
            let data = try XLSXWriter(sheets: [XLSXWriter.Sheet(name: "大", rows: rows)], strings: strings).data()
            let result = FormReader.read(bytes: [UInt8](data), file: "大.xlsx")
            #expect(result.errors.isEmpty, "\(result.errors)")
            #expect(result.forms.first?.project == "大表")
            #expect(result.forms.first?.narrative.overview == "999" + long)
        }
    }

    // MARK: - Cells

    @Test func numbersReadAsTheirValue() {
        #expect(CellNumbers.text(58_372_000, .plain, date1904: false) == "58372000")
        #expect(CellNumbers.text(Double("5.8372E7")!, .plain, date1904: false) == "58372000")
        #expect(CellNumbers.text(20_251_230_094_312, .plain, date1904: false) == "20251230094312")
        #expect(CellNumbers.text(120.5, .plain, date1904: false) == "120.5")
        #expect(CellNumbers.text(0.1 + 0.2, .plain, date1904: false) == "0.3")
        #expect(CellNumbers.text(1, .percent(decimals: 0), date1904: false) == "100%")
        #expect(CellNumbers.text(0.955, .percent(decimals: 2), date1904: false) == "95.50%")
        #expect(CellNumbers.text(46_014.736_412_037, .date, date1904: false) == "20251223174026")
        #expect(CellNumbers.text(44_552.736_412_037, .date, date1904: true) == "20251223174026")
        #expect(CellNumbers.text(1, .date, date1904: false) == "19000101000000")
        #expect(CellNumbers.text(61, .date, date1904: false) == "19000301000000")
        #expect(CellNumbers.isoDateText("2025-12-23T17:40:26") == "20251223174026")
    }

    @Test func numberFormatKinds() {
        #expect(CellNumbers.kind(id: 3, code: nil) == .plain)
        #expect(CellNumbers.kind(id: 9, code: nil) == .percent(decimals: 0))
        #expect(CellNumbers.kind(id: 14, code: nil) == .date)
        #expect(CellNumbers.kind(id: 31, code: nil) == .date)  // yyyy"年"m"月"d"日" in Chinese Excel
        #expect(CellNumbers.kind(code: "#,##0") == .plain)
        #expect(CellNumbers.kind(code: "0.00") == .plain)
        #expect(CellNumbers.kind(code: "General") == .plain)
        #expect(CellNumbers.kind(code: "0.0%") == .percent(decimals: 1))
        #expect(CellNumbers.kind(code: "yyyy\\-mm\\-dd\\ hh:mm:ss") == .date)
        #expect(CellNumbers.kind(code: "[$-804]yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(CellNumbers.kind(code: "#,##0\"元\";[Red]-#,##0\"元\"") == .plain)
    }

    @Test func cellTextKeepsInnerLineBreaksAndLabelsIgnoreThem() throws {
        let cell = try #require(TableCellText(column: 0, cellText: "\n绩\r\n效\r指\n标 "))
        #expect(cell.text == "绩\n效\n指\n标")
        #expect(cell.label == .heading(.performance))
        #expect(TableCellText(column: 0, cellText: " \t\n") == nil)
        #expect(TableCellText(column: 3, cellText: "第一段\n第二段\t完")?.text == "第一段\n第二段\t完")
        // Full-width and no-break spaces at either end, a lone CR at the end.
        #expect(TableCellText(column: 0, cellText: "\u{3000}项目名称\u{A0}")?.label == .header(.project))
        #expect(TableCellText(column: 0, cellText: "\u{A0}公交\u{3000}")?.text == "公交")
        #expect(TableCellText(column: 0, cellText: "公交\r")?.text == "公交")
        #expect(TableCellText(column: 0, cellText: "公\u{3000}交")?.text == "公\u{3000}交")
    }

    @Test func annualTemplateAsAWorkbookWithAVerticalLabel() throws {
        // The 88号 template as a workbook: the vertical label in one merged cell with line
        // breaks, amounts in 万元 as numbers with two decimals.
        var rows: [(row: Int, cells: [(column: Int, cell: XLSXWriter.Cell)])] = []
        for (i, line) in AnnualTemplateTests.template().split(separator: "\n").enumerated() {
            var cells: [(column: Int, cell: XLSXWriter.Cell)] = []
            for (c, t) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() where !t.isEmpty {
                if t == "绩效指标" { cells.append((c, .text("绩\n效\n指\n标"))); continue }
                if let v = Double(t) { cells.append((c, .number(v, .twoDecimals))); continue }
                cells.append((c, .text(String(t))))
            }
            rows.append((i + 1, cells))
        }
        let sheet = XLSXWriter.Sheet(name: "体育", rows: rows, merges: ["A11:A18"])
        let data = try XLSXWriter(sheets: [sheet], strings: .inline).data()
        AnnualTemplateTests.expectAnnualOnlyReading(FormReader.read(bytes: [UInt8](data), file: "88.xlsx"))
    }

    // MARK: - Files that are not readable workbooks

    @Test func binarySpreadsheetNamesTheFix() {
        let result = FormReader.read(bytes: WorkbookFile.oleMagic + [UInt8](repeating: 0, count: 1000), file: "旧 表.xls")
        #expect(result.forms.isEmpty)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message == ReadingMessages.binarySpreadsheet("'旧 表.xls'"))
        #expect(result.errors.first?.message.contains("libreoffice --headless --convert-to xlsx '旧 表.xls'") == true)
    }

    @Test func encryptedWorkbookIsNamed() {
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let bytes = WorkbookFile.oleMagic + [UInt8](repeating: 0, count: 600) + name + [0, 0]
        let result = FormReader.read(bytes: bytes, file: "secret.xlsx")
        #expect(result.forms.isEmpty)
        #expect(result.errors.map(\.message) == [ReadingMessages.encryptedWorkbook()])
    }

    @Test func damagedWorkbooksGiveErrorsNeverACrash() throws {
        let good = [UInt8](try XLSXWriter(sheets: WorkbookRendering().sheets(TestData.sampleText)).data())
        var cases: [[UInt8]] = [
            Array(good.prefix(good.count / 2)),        // cut short
            WorkbookFile.zipMagic + [UInt8](repeating: 0x41, count: 300),  // a header, then rubbish
        ]
        // Flipped bytes all over the archive.
        var rng = SeededRandom(seed: 11)
        for _ in 0..<40 {
            var b = good
            for _ in 0..<8 { b[4 + Int(rng.next() % UInt64(b.count - 4))] ^= 0x5A }
            cases.append(b)
        }
        for bytes in cases {
            let result = FormReader.read(bytes: bytes, file: "坏.xlsx")
            // Either the damage missed what is read, or a clear error names the file.
            if result.forms.isEmpty { #expect(!result.errors.isEmpty && result.errors.allSatisfy { $0.location.file == "坏.xlsx" }) }
        }
        let cut = FormReader.read(bytes: cases[0], file: "坏.xlsx")
        #expect(cut.forms.isEmpty && cut.errors.first?.message.hasPrefix(ReadingMessages.damagedWorkbook("").dropLast(1)) == true)
    }

    @Test func workbookWithoutItsPartsIsDamaged() throws {
        // A ZIP archive that is no workbook: a clear error naming the missing part.
        let sheet = XLSXWriter.Sheet(name: "x", rows: [(1, [(0, .text("a"))])])
        var bytes = [UInt8](try XLSXWriter(sheets: [sheet]).data())
        // Rename `_rels/.rels` inside the archive (local header and central directory).
        let needle = Array("_rels/.rels".utf8), other = Array("_rels/.relx".utf8)
        var i = 0
        while i + needle.count <= bytes.count {
            if Array(bytes[i..<(i + needle.count)]) == needle { bytes.replaceSubrange(i..<(i + needle.count), with: other) }
            i += 1
        }
        let result = FormReader.read(bytes: bytes, file: "空.xlsx")
        #expect(result.forms.isEmpty)
        #expect(result.errors.first?.message.contains("_rels/.rels") == true)
    }
}
