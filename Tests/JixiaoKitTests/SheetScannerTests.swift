import Foundation
import JixiaoGen
import Testing
import ZIPFoundation
@testable import JixiaoKit

/// The byte scanner of sheets and shared strings (docs/format.md, "Workbooks"; `XMLBytes`,
/// `SheetScanner`): what OOXML means, written the many ways writers write it, read as
/// Foundation's `XMLParser` reads it (`WorkbookXMLReference`), and damaged XML an error.
@Suite struct SheetScannerTests {
    typealias Row = WorkbookXMLReference.Row

    static let ns = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#

    static func scan(_ xml: String, strings: [String] = [], styles: [CellNumbers.Kind] = []) throws -> [Row] {
        try SheetScanner.rows(Data(xml.utf8), sharedStrings: strings, styles: styles).get()
    }

    static func reference(_ xml: String, strings: [String] = [], styles: [CellNumbers.Kind] = []) throws -> [Row] {
        try WorkbookXMLReference.rows(Data(xml.utf8), sharedStrings: strings, styles: styles).get()
    }

    static func row(_ number: Int, _ cells: [(Int, String)]) -> Row {
        Row(number: number, cells: cells.map { .init(column: $0.0, text: $0.1) })
    }

    // MARK: - What OOXML means

    @Test func prefixesImplicitPositionsSelfClosingCellsAndAttributeSpelling() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
        <x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>项目名称</x:t></x:is></x:c><x:c t='inlineStr' ><x:is><x:t xml:space="preserve"> 公交 </x:t></x:is></x:c><x:c r="E2" s="1"/></x:row>
        <x:row><x:c><x:v>42</x:v></x:c><x:c/><x:c><x:v>7</x:v></x:c></x:row>
        <x:row/>
        <x:row r="7" spans="1:3" ><x:c
           s = "1"   r = 'B7' ><x:v>1</x:v></x:c ><!-- a comment --><?pi data?></x:row >
        </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B2:D2"/></x:mergeCells></x:worksheet>
        """
        let expected = [
            Self.row(2, [(1, "项目名称"), (2, " 公交 ")]),
            Self.row(3, [(0, "42"), (2, "7")]),
            Self.row(4, []),
            Self.row(7, [(1, "100%")]),
        ]
        #expect(try Self.scan(xml, styles: [.plain, .percent(decimals: 0)]) == expected)
        #expect(try Self.reference(xml, styles: [.plain, .percent(decimals: 0)]) == expected)
    }

    @Test func referencesCDATAFormulasAndCellTypes() throws {
        let xml = """
        <worksheet \(Self.ns)><sheetData><row r="1">\
        <c r="A1" t="inlineStr"><is><t>A&amp;B &lt;&gt; &quot;&apos; &#20013;&#x6587;&#x6587;</t></is></c>\
        <c r="B1" t="inlineStr"><is><t><![CDATA[<不是标记> & 原样]]>尾</t></is></c>\
        <c r="C1" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>\
        <c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>\
        <c r="F1" t="e"><v>#N/A</v></c>\
        <c r="G1"><f>SUM(1,2)</f><v>3</v></c>\
        <c r="H1" s="2"><v>46014.736412037</v></c>\
        <c r="I1" t="inlineStr"><is><r><rPr><b/></rPr><t>富</t></r><r><t>文本</t></r><rPh sb="0" eb="1"><t>フ</t></rPh></is></c>\
        <c r="J1" t="s"><v>1</v></c>\
        <c r="K1" t="d"><v>2025-12-23T17:40:26</v></c>\
        <c r="L1" t="inlineStr"><is><t>一\r\n二\r三&#13;_x000D_四</t></is></c>\
        <c r="M1" t="n"><v>5.8372E7</v></c><c r="N1"><v> 12 </v></c><c r="O1" s="3"><v>0.955</v></c>\
        <c r="P1" t="s"><v> 0 </v></c><c r="Q1" t="s"><v>9</v></c><c r="R1"><v>0012</v></c>\
        <c r="S&#49;" t="inline&#x53;tr"><is><t>实体属性</t></is></c>\
        </row></sheetData></worksheet>
        """
        let styles: [CellNumbers.Kind] = [.plain, .plain, .date, .percent(decimals: 2)]
        let expected = Self.row(1, [
            (0, "A&B <> \"' 中文文"), (1, "<不是标记> & 原样尾"), (2, "ab"), (3, "TRUE"), (4, "FALSE"), (5, "#N/A"), (6, "3"),
            (7, "20251223174026"), (8, "富文本"), (9, "一"), (10, "20251223174026"), (11, "一\n二\n三\r\r四"),
            (12, "58372000"), (13, "12"), (14, "95.50%"), (15, "零"), (17, "12"), (18, "实体属性"),
        ])
        #expect(try Self.scan(xml, strings: ["零", "一"], styles: styles) == [expected])
        #expect(try Self.reference(xml, strings: ["零", "一"], styles: styles) == [expected])
    }

    @Test func sharedStringsJoinRunsAndLeaveOutPhoneticRuns() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sst \(Self.ns) count="4" uniqueCount="4"><si><t>零</t></si>\
        <si><r><t>阳泉</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve">市 </t></r><rPh sb="0" eb="2"><t>ヨウセン</t></rPh><phoneticPr fontId="1"/></si>\
        <si><t>_x000D_a&amp;b<![CDATA[&c]]></t></si><si/>\
        <x:si xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:t>前缀</x:t></x:si></sst>
        """
        let expected = ["零", "阳泉市 ", "\ra&b&c", "", "前缀"]
        #expect(try SheetScanner.sharedStrings(Data(xml.utf8)).get() == expected)
        #expect(try WorkbookXMLReference.sharedStrings(Data(xml.utf8)).get() == expected)
    }

    // MARK: - The same reading as XMLParser

    /// Every part of every workbook the other tests read: the shared sample and the
    /// renderings (shared and inline strings, rich runs, prefixes, shifts, numbers as text).
    @Test func scannerReadsWhatXMLParserReadsOnEveryWorkbook() throws {
        var books: [Data] = [try Data(contentsOf: WorkbookTests.workbookURL)]
        for layout in [WorkbookRendering.Layout.oneSheet, .sheetPerForm] {
            var r = WorkbookRendering()
            r.layout = layout
            r.columnShift = layout == .oneSheet ? 0 : 2
            r.dates = layout == .oneSheet ? .serial : .number
            let sheets = r.sheets(TestData.sampleText)
            books.append(try XLSXWriter(sheets: sheets).data())
            books.append(try XLSXWriter(sheets: sheets, strings: .inline).data())
            books.append(try XLSXWriter(sheets: sheets, richRuns: 3).data())
            books.append(try XLSXWriter(sheets: sheets, strings: .inline, prefixed: true).data())
        }
        var compared = 0
        for book in books {
            let package = try WorkbookPackage(archive: try Archive(data: book, accessMode: .read))
            if let stringsPart = package.archive.first(where: { $0.path.hasSuffix("sharedStrings.xml") })?.path {
                let data = try package.part(stringsPart)
                #expect(try SheetScanner.sharedStrings(data).get() == WorkbookXMLReference.sharedStrings(data).get())
            }
            for sheet in package.sheets {
                let data = try package.part(sheet.part)
                let scanned = try SheetScanner.rows(data, sharedStrings: package.sharedStrings, styles: package.styles).get()
                let reference = try WorkbookXMLReference.rows(data, sharedStrings: package.sharedStrings, styles: package.styles).get()
                #expect(scanned == reference, "\(sheet.name)")
                #expect(scanned.contains { !$0.cells.isEmpty })
                compared += 1
            }
        }
        #expect(compared == 1 * 7 + 4 * (1 + 7))
    }

    /// Random sheets written every way OOXML allows: both readers give what was written.
    @Test func randomSheetsReadAsWrittenAndAsXMLParserReadsThem() throws {
        var rng = SeededRandom(seed: 2026)
        for round in 0..<150 {
            let sheet = RandomSheet(&rng)
            let scanned = try SheetScanner.rows(Data(sheet.xml.utf8), sharedStrings: RandomSheet.strings, styles: RandomSheet.styles).get()
            #expect(scanned == sheet.expected, "round \(round)\n\(sheet.xml)")
            let reference = try WorkbookXMLReference.rows(Data(sheet.xml.utf8), sharedStrings: RandomSheet.strings, styles: RandomSheet.styles).get()
            #expect(scanned == reference, "round \(round)\n\(sheet.xml)")
        }
    }

    /// Damaged copies of random sheets: nothing crashes or hangs; where XMLParser reads one,
    /// the scanner reads the same rows; cut short or with a tag's `>` deleted, the scanner
    /// refuses it. (Foundation's parser, fed through a stream, reads many damaged parts —
    /// cut short, tags mismatched — that the scanner refuses: every such case of this test
    /// was checked not well formed with Python's expat when it was written.)
    @Test func mutatedSheetsNeverCrashAndAgreeWithXMLParser() throws {
        var rng = SeededRandom(seed: 7)
        var refused = 0, bothRead = 0
        for _ in 0..<300 {
            var bytes = Array(RandomSheet(&rng).xml.utf8)
            let structural = rng.next() % 2 == 0
            if structural {
                if rng.next() % 2 == 0 {
                    bytes = Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count - 21))))
                } else {
                    // A `>` that ends a tag (not a comment's `-->`).
                    let ends = bytes.indices.filter { bytes[$0] == 0x3E && $0 > 0 && bytes[$0 - 1] != 0x2D }
                    bytes.remove(at: ends[Int(rng.next() % UInt64(ends.count))])
                }
            } else {
                for _ in 0..<(1 + rng.next() % 3) {
                    let replacements: [UInt8] = [0x3C, 0x3E, 0x26, 0x3B, 0x2F, 0x22, 0x27, 0x3D, 0x20, 0x78, 0x3A, 0x23, 0x01, 0xFF]
                    bytes[Int(rng.next() % UInt64(bytes.count))] = replacements[Int(rng.next() % UInt64(replacements.count))]
                }
            }
            let data = Data(bytes)
            let scanned = SheetScanner.rows(data, sharedStrings: RandomSheet.strings, styles: RandomSheet.styles)
            let reference = WorkbookXMLReference.rows(data, sharedStrings: RandomSheet.strings, styles: RandomSheet.styles)
            switch (scanned, reference) {
            case (.success(let s), .success(let r)):
                #expect(s == r, "\(String(decoding: bytes, as: UTF8.self))")
                bothRead += 1
            case (.success, .failure(let e)):
                Issue.record("the scanner read what XMLParser refused (\(e)):\n\(String(decoding: bytes, as: UTF8.self))")
            case (.failure, _):
                refused += 1
            }
            if structural, case .success = scanned { Issue.record("read a damaged sheet:\n\(String(decoding: bytes, as: UTF8.self))") }
        }
        #expect(refused > 150 && bothRead > 5, "refused \(refused), read \(bothRead)")
    }

    @Test func malformedXMLIsAnErrorNamingTheLine() throws {
        let good = "<worksheet \(Self.ns)><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>"
        #expect(try Self.scan(good) == [Self.row(1, [(0, "x")])])
        // A byte-order mark before the declaration is no content.
        #expect(try Self.scan("\u{FEFF}<?xml version=\"1.0\"?>" + good) == [Self.row(1, [(0, "x")])])
        let cases: [(String, ReadingMessages)] = [
            ("<worksheet \(Self.ns)><sheetData><row>\n<c></row></sheetData></worksheet>", .xmlMismatchedTag),
            ("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a &foo; b</t></is></c></row></sheetData></worksheet>", .xmlBadReference),
            ("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a & b</t></is></c></row></sheetData></worksheet>", .xmlBadReference),
            ("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&#0;</t></is></c></row></sheetData></worksheet>", .xmlBadReference),
            ("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&#xD800;</t></is></c></row></sheetData></worksheet>", .xmlBadReference),
            ("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>a\u{1}b</t></is></c></row></sheetData></worksheet>", .xmlBadCharacter),
            ("<!DOCTYPE w [<!ENTITY e \"x\">]><worksheet><sheetData/></worksheet>", .xmlDoctype),
            ("<worksheet><sheetData/></worksheet><worksheet/>", .xmlTextOutsideRoot),
            ("<worksheet><sheetData/></worksheet>trailing", .xmlTextOutsideRoot),
            ("<worksheet><sheetData><row><c r=A1/></row></sheetData></worksheet>", .xmlBadTag),
            ("<worksheet><sheetData><row><c r=\"A1\"r=\"B1\"/></row></sheetData></worksheet>", .xmlBadTag),
            ("<worksheet><sheetData><row><c r=\"A1\" r=\"B1\"/></row></sheetData></worksheet>", .xmlDuplicateAttribute),
            ("<worksheet><sheetData><row><c r=\"<\"/></row></sheetData></worksheet>", .xmlBadTag),
            ("<worksheet><sheetData><row><1c/></row></sheetData></worksheet>", .xmlBadTag),
            ("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t><![CDATA[x</t></is></c></row></sheetData></worksheet>", .xmlCutShort),
            ("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>", .xmlCutShort),
            ("", .xmlCutShort),
        ]
        for (xml, problem) in cases {
            let result = SheetScanner.rows(Data(xml.utf8), sharedStrings: [])
            guard case .failure(let error) = result else { Issue.record("read: \(xml)"); continue }
            #expect(error.message.contains(problem()), "\(xml): \(error.message)")
            #expect(error.message.hasPrefix("sheet.xml"))
            // XMLParser also refuses them, but for the DTD (which OOXML parts never have) and
            // a part cut short (which it reads through a stream as if it were whole).
            if problem != .xmlDoctype, problem != .xmlCutShort, case .success = WorkbookXMLReference.rows(Data(xml.utf8), sharedStrings: []) { Issue.record("XMLParser read: \(xml)") }
        }
        // The line of the damage is named.
        guard case .failure(let error) = SheetScanner.rows(Data(cases[0].0.utf8), sharedStrings: []) else { return }
        #expect(error.message == ReadingMessages.xmlMalformed("sheet.xml", 2, ReadingMessages.xmlMismatchedTag()))
        // Not UTF-8: named before any XML is read.
        guard case .failure(let bad) = SheetScanner.rows(Data(Array(good.utf8.prefix(60)) + [0xE4, 0x41] + Array(good.utf8.dropFirst(60))), sharedStrings: []) else {
            Issue.record("invalid UTF-8 read")
            return
        }
        #expect(bad.message == ReadingMessages.notUTF8("sheet.xml", 60))
    }

    /// Every cut of a sheet is an error (never a crash, never a row read twice).
    @Test func everyTruncationIsAnError() throws {
        var rng = SeededRandom(seed: 3)
        let xml = Array(RandomSheet(&rng).xml.utf8)
        let end = xml.count - 1 - (xml.reversed().firstIndex(of: 0x3E) ?? 0)  // the root's `>`
        for cut in 0..<end {
            if case .success = SheetScanner.rows(Data(xml.prefix(cut)), sharedStrings: RandomSheet.strings, styles: RandomSheet.styles) {
                Issue.record("read a sheet cut at \(cut) of \(xml.count)")
            }
        }
        #expect(throws: Never.self) { try SheetScanner.rows(Data(xml), sharedStrings: RandomSheet.strings, styles: RandomSheet.styles).get() }
    }

    // MARK: - Through the whole reader

    @Test func checksumMismatchIsDamage() throws {
        // A sheet stored without compression, one byte of a text changed: only the CRC-32
        // tells, and the sheet is refused rather than read with the wrong text.
        let sheet = #"<worksheet \#(Self.ns)><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目支出绩效目标表</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>项目名称</t></is></c><c r="B2" t="inlineStr"><is><t>公交</t></is></c></row></sheetData></worksheet>"#
        let good = try XLSXWriter(sheets: [XLSXWriter.Sheet(name: "表", rows: [(1, [(0, .text("x"))])])], strings: .inline).data()
        let source = try Archive(data: good, accessMode: .read)
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var bytes = Data()
            _ = try source.extract(entry) { bytes.append($0) }
            let stored = entry.path == "xl/worksheets/sheet1.xml"
            let part = stored ? Data(sheet.utf8) : bytes
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(part.count), compressionMethod: stored ? .none : .deflate) { position, size in
                part.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        var bytes = [UInt8](try #require(archive.data))
        let intact = FormReader.read(bytes: bytes, file: "好.xlsx")
        #expect(intact.errors.isEmpty && intact.forms.first?.project == "公交")
        let at = try #require(bytes.indices.first { Array(bytes[$0..<($0 + 6)]) == Array("公交".utf8) })
        bytes[at + 5] ^= 0x01  // 交 → another character, still UTF-8
        let damaged = FormReader.read(bytes: bytes, file: "坏.xlsx")
        #expect(damaged.forms.isEmpty)
        #expect(damaged.errors.contains { $0.message.contains("xl/worksheets/sheet1.xml") && $0.message.contains("\(Archive.ArchiveError.invalidCRC32)") }, "\(damaged.errors)")
    }

    @Test func damagedSheetXMLNamesFileSheetAndLine() throws {
        var r = WorkbookRendering()
        r.layout = .sheetPerForm
        let good = try XLSXWriter(sheets: r.sheets(TestData.sampleText)).data()
        // The second sheet's XML cut short, repacked: every form still reads (the rows before
        // the cut hold the whole form), and one error names the file, the sheet and the part.
        let source = try Archive(data: good, accessMode: .read)
        let damaged = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var bytes = Data()
            _ = try source.extract(entry) { bytes.append($0) }
            if entry.path == "xl/worksheets/sheet2.xml" { bytes = bytes.prefix(bytes.count - 40) }
            let part = bytes
            try damaged.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(part.count), compressionMethod: .deflate) { position, size in
                part.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        let result = FormReader.read(bytes: [UInt8](try #require(damaged.data)), file: "坏.xlsx")
        #expect(result.forms.count == 7)
        try #require(result.errors.count == 1)
        let error = result.errors[0]
        #expect(error.location.file == "坏.xlsx" && error.location.sheet == "表2")
        #expect(error.message.hasPrefix(ReadingMessages.sheetUnreadable("表2", "xl/worksheets/sheet2.xml：")), "\(error.message)")
        #expect(error.message.contains(ReadingMessages.xmlCutShort()))
    }
}

/// A random sheet written every way OOXML allows (prefixes, implicit positions, quotes,
/// blanks, references, CDATA, comments, formulas, rich and phonetic runs), with the rows a
/// reader must give.
struct RandomSheet {
    static let strings = ["共享零", "共享一 & <二>", " 空格 "]
    static let styles: [CellNumbers.Kind] = [.plain, .percent(decimals: 0), .date, .plain]

    var xml = ""
    var expected: [WorkbookXMLReference.Row] = []

    init(_ rng: inout SeededRandom) {
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        func chance(_ percent: Int) -> Bool { pick(100) < percent }
        let prefix = ["", "", "x:", "main:"][pick(4)]
        let nsName = prefix.isEmpty ? "xmlns" : "xmlns:" + prefix.dropLast()
        func blank() -> String { ["", "", " ", "\n  ", "\t"][pick(5)] }
        func attribute(_ name: String, _ value: String) -> String {
            let q = chance(30) ? "'" : "\""
            return " " + name + blank() + "=" + blank() + q + value + q
        }
        func tag(_ name: String, _ attributes: [String] = [], close: Bool = false) -> String {
            var attributes = attributes
            for k in attributes.indices.reversed() where k > 0 { attributes.swapAt(k, pick(k + 1)) }
            return "<" + prefix + name + attributes.joined() + blank() + (close ? "/>" : ">")
        }
        func end(_ name: String) -> String { "</" + prefix + name + blank() + ">" }
        func misc() -> String { chance(8) ? ["<!-- 注释 -->", "<?pi x?>", "\n"][pick(3)] : "" }
        /// Text written with random references and CDATA; `value` is what it means.
        func text(_ value: String) -> String {
            var out = ""
            var cdata = ""
            func flush() {
                if !cdata.isEmpty { out += "<![CDATA[" + cdata + "]]>"; cdata = "" }
            }
            for u in value.unicodeScalars {
                // Never `]]>` in a CDATA section or in text.
                if chance(10), u != "\r", u != ">" { cdata.unicodeScalars.append(u); continue }
                flush()
                switch (u, pick(4)) {
                case ("&", 0), ("&", 1): out += "&amp;"
                case ("<", 0), ("<", 1): out += "&lt;"
                case (">", 0), (">", 1): out += "&gt;"
                case ("\"", 0): out += "&quot;"
                case ("'", 0): out += "&apos;"
                case ("\r", _): out += chance(50) ? "&#13;" : "&#xD;"
                case (_, 2): out += "&#\(u.value);"
                case (_, 3): out += String(format: "&#x%X;", u.value)
                default:
                    if u == "&" || u == "<" { out += u == "&" ? "&#38;" : "&#60;" } else { out.unicodeScalars.append(u) }
                }
            }
            flush()
            return out
        }
        func randomText() -> String {
            let pieces = ["项目", "公交", "A", " ", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "满意度≥90%", "𠀀", "]]", "x:y"]
            return (0..<(1 + pick(5))).map { _ in pieces[pick(pieces.count)] }.joined()
        }

        xml = chance(70) ? #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" : ""
        xml += tag("worksheet", [" " + nsName + "=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""])
        xml += tag("dimension", [attribute("ref", "A1:H20")], close: true) + misc()
        xml += tag("sheetData")
        var rowNumber = 0
        for _ in 0..<(1 + pick(6)) {
            let explicit = chance(70)
            rowNumber += explicit ? 1 + pick(3) : 1
            var attributes = explicit ? [attribute("r", "\(rowNumber)")] : []
            if chance(40) { attributes.append(attribute("spans", "1:8")) }
            if chance(20) { attributes.append(attribute("ht", "24.75")) }
            var cells: [WorkbookXMLReference.Cell] = []
            if chance(10) {
                xml += tag("row", attributes, close: true) + misc()
                expected.append(.init(number: rowNumber, cells: []))
                continue
            }
            xml += tag("row", attributes) + misc()
            var column = -1
            for _ in 0..<pick(7) {
                let explicitColumn = chance(70)
                column += explicitColumn ? 1 + pick(3) : 1
                var cellAttributes = explicitColumn ? [attribute("r", XLSXWriter.columnName(column) + "\(rowNumber)")] : []
                var meaning: String?
                var body = ""
                switch pick(9) {
                case 0:
                    let i = pick(Self.strings.count)
                    cellAttributes.append(attribute("t", "s"))
                    body = tag("v") + "\(i)" + end("v")
                    meaning = Self.strings[i]
                case 1, 2:
                    let t = randomText()
                    cellAttributes.append(attribute("t", "inlineStr"))
                    if chance(40) {
                        let cut = t.index(t.startIndex, offsetBy: t.count / 2)
                        body = tag("is") + tag("r") + tag("rPr") + tag("b", close: true) + end("rPr") + tag("t") + text(String(t[..<cut])) + end("t") + end("r")
                            + tag("r") + tag("t", [attribute("xml:space", "preserve")]) + text(String(t[cut...])) + end("t") + end("r")
                            + (chance(50) ? tag("rPh", [attribute("sb", "0"), attribute("eb", "1")]) + tag("t") + "ヨミ" + end("t") + end("rPh") : "") + end("is")
                    } else {
                        body = tag("is") + tag("t", chance(50) ? [attribute("xml:space", "preserve")] : []) + text(t) + end("t") + end("is")
                    }
                    meaning = t
                case 3:
                    let t = randomText()
                    cellAttributes.append(attribute("t", "str"))
                    body = tag("f") + text("A1&\"x\"") + end("f") + tag("v") + text(t) + end("v")
                    meaning = t
                case 4:
                    let b = pick(2)
                    cellAttributes.append(attribute("t", "b"))
                    body = tag("v") + "\(b)" + end("v")
                    meaning = b == 1 ? "TRUE" : "FALSE"
                case 5:
                    cellAttributes.append(attribute("t", "e"))
                    body = tag("v") + "#DIV/0!" + end("v")
                    meaning = "#DIV/0!"
                case 6:
                    // A number under a style: plain, percent, date, plain.
                    let style = pick(Self.styles.count)
                    let written = ["1", "0.5", "58372000", "46014.5", "120.25", "5.8372E7"][pick(6)]
                    let value = Double(written)!
                    if style > 0 || chance(50) { cellAttributes.append(attribute("s", "\(style)")) }
                    if chance(30) { cellAttributes.append(attribute("t", "n")) }
                    body = (chance(30) ? tag("f") + "B2*2" + end("f") : "") + tag("v") + written + end("v")
                    meaning = CellNumbers.text(value, Self.styles[style], date1904: false)
                case 7:
                    // An empty styled cell, self-closing or not.
                    cellAttributes.append(attribute("s", "3"))
                    if chance(50) {
                        xml += tag("c", cellAttributes, close: true) + misc()
                        continue
                    }
                default:
                    let n = pick(1000)
                    body = tag("v") + "\(n)" + end("v")
                    meaning = "\(n)"
                }
                xml += tag("c", cellAttributes) + body + end("c") + misc()
                if let meaning, !meaning.isEmpty { cells.append(.init(column: column, text: meaning)) }
            }
            xml += end("row") + misc()
            expected.append(.init(number: rowNumber, cells: cells))
        }
        xml += end("sheetData") + misc()
        if chance(30) { xml += tag("mergeCells", [attribute("count", "1")]) + tag("mergeCell", [attribute("ref", "A1:B1")], close: true) + end("mergeCells") }
        xml += end("worksheet") + (chance(30) ? "\n" : "")
    }
}
