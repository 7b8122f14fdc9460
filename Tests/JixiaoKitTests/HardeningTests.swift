import Foundation
import Testing
@testable import JixiaoKit

/// Bad input keeps what can be read (issue 12): bad bytes become U+FFFD with their place named,
/// UTF-16 reads like UTF-8, inputs are bounded and typed, quotes of a huge cell stay short.
@Suite struct DecodingRepairTests {
    let sample = TestData.sampleBytes
    let reference = FormReader.read(bytes: TestData.sampleBytes, file: "x").forms

    /// Line and column (characters, from 1) of the character holding byte `p` of `bytes`,
    /// computed here on the original bytes (the sample ends lines with LF).
    func place(of p: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var start = p
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let before = bytes[..<start]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
        let column = bytes[lineStart..<start].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line, column)
    }

    func decodingWarnings(_ r: ReadResult) -> [Diagnostic] {
        r.diagnostics.filter { $0.column > 0 }
    }

    @Test(arguments: [UInt8(0xFF), 0x80, 0xC3, 0xFE, 0xE5])
    func oneBadByteAnywhereKeepsEveryFormAsUTF8(byte: UInt8) throws {
        #expect(sample.contains(0x0D) == false)
        let step = sample.count / 61
        var position = 7
        while position < sample.count {
            var bytes = sample
            bytes.insert(byte, at: position)
            let r = FormReader.read(bytes: bytes, file: "x.txt")
            #expect(r.forms.count == 7, "byte 0x\(String(byte, radix: 16)) at \(position)")
            // At most the form holding the bad spot differs from the reference.
            let changed = zip(r.forms, reference).filter { $0.project != $1.project || $0.indicators.count != $1.indicators.count }.count
            #expect(changed <= 1)
            let warnings = decodingWarnings(r)
            let expected = place(of: position, in: sample)
            let first = try #require(warnings.first, "byte at \(position): \(r.diagnostics)")
            #expect(warnings.allSatisfy { $0.message.contains("UTF-8") && !$0.message.contains("GB18030") })
            #expect(first.location.line == expected.line)
            if sample[position] & 0xC0 != 0x80 {
                // Between two characters: one spot, exactly there.
                #expect(warnings.count == 1 && first.column == expected.column, "at \(position): \(warnings)")
            } else {
                // Inside a character: that character is damaged; a lead byte may start a valid
                // character of its own from the bytes after it, leaving a second spot beside it.
                #expect(warnings.count <= 2 && (expected.column...expected.column + 1).contains(first.column), "at \(position): \(warnings)")
            }
            position += step
        }
    }

    @Test func theReplacementCharacterStandsWhereTheByteWas() throws {
        // Inside 项目名称's value of the third form: the name keeps every other character.
        let name = Array("公交政策性亏损补贴".utf8)
        let at = try #require(sample.firstRange(of: name)).lowerBound + 3  // after 公
        var bytes = sample
        bytes.insert(0xFF, at: at)
        let forms = FormReader.read(bytes: bytes, file: "x").forms
        #expect(forms[2].project == "公\u{FFFD}交政策性亏损补贴")
        #expect(Sanitizer.clean(forms[2].project).contains("\u{FFFD}"))
    }

    @Test func strictRefusesAndNamesTheSpot() throws {
        var bytes = sample
        bytes.insert(0xFF, at: 17343)
        let r = FormReader.read(bytes: bytes, file: "bad.txt", strict: true)
        #expect(r.forms.isEmpty)
        let e = try #require(r.errors.first)
        let expected = place(of: 17343, in: sample)
        #expect(e.description.hasPrefix("bad.txt:\(expected.line):\(expected.column): 错误:"))
        #expect(e.message.contains("0xFF") && e.message.contains("UTF-8"))
    }

    @Test func gb18030WithOneBadByteIsReadAsGB18030AtTheRightLine() throws {
        let gb = try #require(TestData.sampleText.data(using: TextDecoding.gb18030)).map { $0 }
        let text = TestData.sampleText
        // A bad byte before the 300th character of line 60 (in GB18030 bytes).
        let lines = text.components(separatedBy: "\n")
        let lineIndex = 59
        let column = min(30, lines[lineIndex].count)
        let prefix = lines[..<lineIndex].joined(separator: "\n") + "\n" + String(lines[lineIndex].prefix(column - 1))
        let at = try #require(prefix.data(using: TextDecoding.gb18030)).count
        var bytes = gb
        bytes.insert(0xFF, at: at)
        let r = FormReader.read(bytes: bytes, file: "gb.txt")
        #expect(r.forms.count == 7)
        let warnings = decodingWarnings(r)
        #expect(warnings.count == 1)
        let w = try #require(warnings.first)
        #expect(w.message.contains("GB18030"))
        #expect(w.location.line == lineIndex + 1 && w.column == column, "\(w)")
        let strict = FormReader.read(bytes: bytes, file: "gb.txt", strict: true)
        #expect(strict.forms.isEmpty && strict.errors.first?.location.line == lineIndex + 1)
    }

    @Test func gbkTextStaysGB18030AndUTF8NeverBecomesGB() throws {
        // UTF-8 that happens to be valid GB18030 byte structure, with one bad byte: still UTF-8.
        let utf8 = Array("项目名称\t公交\n".utf8)
        #expect(TextDecoding.firstInvalidGB18030(utf8[...]) == nil)
        var bytes = utf8
        bytes.insert(0xFF, at: 12)
        guard case .success(let d) = TextDecoding.decode(bytes) else { Issue.record("decode failed"); return }
        #expect(d.encoding == .utf8)
        #expect(String(decoding: d.utf8, as: UTF8.self) == "项目名称\u{FFFD}\t公交\n")
    }

    @Test(arguments: [true, false])
    func utf16WithBOMReadsLikeUTF8(littleEndian: Bool) throws {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for u in TestData.sampleText.utf16 {
            bytes += littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)]
        }
        let r = FormReader.read(bytes: bytes, file: "u16.txt")
        let asUTF8 = FormReader.read(bytes: sample, file: "u16.txt")
        #expect(FormJSON.document(r.forms) == FormJSON.document(asUTF8.forms))
        #expect(r.forms.map(\.source.line) == asUTF8.forms.map(\.source.line))
        #expect(r.diagnostics == asUTF8.diagnostics)
        // An unpaired surrogate on line 5: one warning there, every form kept.
        let line5 = TestData.sampleText.components(separatedBy: "\n")[..<4].joined(separator: "\n").utf16.count + 1
        var damaged = bytes
        let at = 2 + 2 * (line5 + 2)
        damaged.replaceSubrange(at..<at + 2, with: littleEndian ? [0x00, 0xD8] : [0xD8, 0x00])
        let d = FormReader.read(bytes: damaged, file: "u16.txt")
        #expect(d.forms.count == 7)
        let w = try #require(decodingWarnings(d).first)
        #expect(w.location.line == 5 && w.column == 3)
        #expect(w.message.contains(littleEndian ? "UTF-16LE" : "UTF-16BE"))
    }

    @Test func utf16WithANulUnitIsBinary() {
        let r = FormReader.read(bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00], file: "b.txt")
        #expect(r.forms.isEmpty && r.errors.count == 1)
        #expect(r.errors[0].message == InputMessages.binaryFile(4))
    }

    @Test func manyBadSpotsAreNamedUpToALimitThenCounted() {
        var text = TestData.sampleBytes
        for k in 0..<30 { text.insert(0xFF, at: 2000 + k * 400) }
        let r = FormReader.read(bytes: text, file: "x")
        #expect(r.forms.count == 7)
        #expect(decodingWarnings(r).count == FormReader.badSpotsNamed)
        #expect(r.warnings.contains { $0.message == InputMessages.moreBadBytes(30 - FormReader.badSpotsNamed, "UTF-8") })
    }
}

/// Inputs by type and size: FIFOs and devices in a folder are skipped with a note, a pipe is read
/// bounded and refused at the first NUL, links that loop are named as such.
@Suite struct InputBoundsTests {
    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aFolderWalkSkipsFIFOsAndSocketsWithANote() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(TestData.sampleBytes).write(to: dir.appendingPathComponent("a.txt"))
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(mkfifo(dir.appendingPathComponent("other-pipe").path, 0o644) == 0)
        let socketPath = dir.appendingPathComponent("s.txt").path
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in _ = socketPath.utf8CString.withUnsafeBytes { raw.copyMemory(from: $0) } }
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        #expect(bound == 0)
        let (files, problems) = InputFiles.expand(dir.path)
        #expect(files == [dir.appendingPathComponent("a.txt").path])
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.severity == .warning })
        #expect(problems.contains { $0.location.file == fifo && $0.message == InputMessages.skippedSpecialFile(InputMessages.fileKindFIFO()) })
        #expect(problems.contains { $0.location.file == socketPath && $0.message.contains(InputMessages.fileKindSocket()) })
        #expect(FormReader.read(paths: [dir.path]).forms.count == 7)
    }

    @Test func linksThatLoopAreNamedAsSuch() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let loop = dir.appendingPathComponent("self.txt").path
        #expect(symlink("self.txt", loop) == 0)
        #expect(symlink(".", dir.appendingPathComponent("again").path) == 0)  // a folder link back to its parent
        #expect(symlink("missing.txt", dir.appendingPathComponent("dangling.txt").path) == 0)
        try Data(TestData.sampleBytes).write(to: dir.appendingPathComponent("a.txt"))
        let named = FormReader.read(paths: [loop])
        #expect(named.errors.map(\.message) == [InputMessages.symlinkLoop()])
        let walked = FormReader.read(paths: [dir.path])
        #expect(walked.forms.count == 7)
        #expect(walked.errors.contains { $0.location.file == loop && $0.message == InputMessages.symlinkLoop() })
        #expect(walked.errors.contains { $0.message == InputMessages.brokenSymlink("missing.txt") })
    }

    @Test func devicesAreRefusedAtOnce() {
        let r = FormReader.read(paths: ["/dev/zero"])
        #expect(r.forms.isEmpty)
        #expect(r.errors.map(\.message) == [InputMessages.notRegularFile(InputMessages.fileKindCharDevice())])
    }

    @Test func aPipeIsReadBoundedAndStopsAtTheFirstNUL() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("in").path
        #expect(mkfifo(fifo, 0o644) == 0)
        // An endless writer of text: the read stops at the limit.
        let yes = Process()
        yes.executableURL = URL(fileURLWithPath: "/bin/sh")
        yes.arguments = ["-c", "exec yes 项目名称 > '\(fifo)' 2>/dev/null"]
        try yes.run()
        let bounded = FileBytes.read(fifo, limit: 1 << 20)
        // SIGKILL: a writer may inherit a mask that blocks SIGTERM from the test process.
        kill(yes.processIdentifier, SIGKILL)
        yes.waitUntilExit()
        guard case .failure(let p) = bounded else { Issue.record("an endless pipe was read whole"); return }
        #expect(p.message == InputMessages.tooLarge(1))
        // An endless writer of zeros: refused at the first piece.
        let zeros = Process()
        zeros.executableURL = URL(fileURLWithPath: "/bin/sh")
        zeros.arguments = ["-c", "exec cat /dev/zero > '\(fifo)' 2>/dev/null"]
        try zeros.run()
        let binary = FileBytes.read(fifo)
        kill(zeros.processIdentifier, SIGKILL)
        zeros.waitUntilExit()
        guard case .failure(let b) = binary else { Issue.record("zeros were read"); return }
        #expect(b.message == InputMessages.binaryFile(0))
    }

    @Test func aFIFONamedOnPurposeIsRead() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("in.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/cp")
        writer.arguments = [TestData.sampleURL.path, fifo]
        try writer.run()
        let r = FormReader.read(paths: [fifo])
        writer.waitUntilExit()
        #expect(r.forms.count == 7)
    }
}

/// Quotes of a cell of any size stay short.
@Suite struct ExcerptTests {
    @Test func shortTextIsKeptWhole() {
        #expect(Excerpt.of("公交政策性亏损补贴") == "公交政策性亏损补贴")
        let exactly40 = String(repeating: "项", count: 20)
        #expect(Excerpt.of(exactly40) == exactly40)
    }

    @Test func longTextIsCutToFortyColumnsWithItsLength() {
        let long = String(repeating: "项目", count: 5_000_000)  // 10 M characters, 30 MB
        let e = Excerpt.of(long)
        #expect(e == String(repeating: "项目", count: 10) + "…" + InputMessages.excerptTotal(10_000_000))
        #expect(DisplayWidth.of(e) < 70)
        #expect(Language.with(.zh) { Excerpt.of(String(repeating: "a", count: 41)) } == String(repeating: "a", count: 40) + "…（共 41 字）")
    }

    @Test func diagnosticsQuoteAHugeCellAsAnExcerpt() {
        let cell = String(repeating: "项", count: 3_000_000)
        let text = TestData.sampleText + cell + "\n"
        let r = FormReader.read(bytes: Array(text.utf8), file: "big.txt")
        #expect(r.forms.count == 7)
        #expect(!r.warnings.isEmpty)
        #expect(r.diagnostics.allSatisfy { $0.description.utf8.count < 600 })
        #expect(r.diagnostics.contains { $0.message.contains(InputMessages.excerptTotal(3_000_000)) })
    }
}

/// CSV bound for Excel or WPS never carries a live formula (OWASP: a leading `'`).
@Suite struct SpreadsheetSafetyTests {
    @Test func formulaCellsGetALeadingQuote() {
        for formula in ["=HYPERLINK(\"http://x\",\"点我\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1:A9)", "\t=1", "\r=1", "　=1+1", " =1+1", "-", "=", "-2+3", "+-5"] {
            #expect(SpreadsheetSafety.neutralize(formula) == "'" + formula, "\(formula)")
        }
    }

    @Test func plainTextAndPlainNumbersStayAsTheyAre() {
        for text in ["公交", "≥300人次", "5", "100%", "", "1+1", "a=b", "'=1"] {
            #expect(SpreadsheetSafety.neutralize(text) == text)
        }
        // Numbers with a sign are data, not formulas: kept numeric (README, Safety).
        for number in ["-5", "+3.5", "-1,200.00", "-20%", "-0.5"] {
            #expect(SpreadsheetSafety.neutralize(number) == number)
        }
        for notNumber in ["-1,20", "-1.2.3", "-5e3", "-,5", "-1.", "+ 5"] {
            #expect(SpreadsheetSafety.neutralize(notNumber) == "'" + notNumber)
        }
    }

    @Test func theCSVExportNeutralisesEveryField() throws {
        let text = TestData.form(project: "=HYPERLINK(\"http://evil\")", [
            TestData.header8,
            ["", "产出指标", "数量指标", "　=1+1", "+cmd|' /C calc'!A0", "数量指标", "@SUM(A1)", "-5"],
        ])
        let forms = TestData.read(text).forms
        #expect(forms.count == 1)
        // The reader trims the ideographic space: the name starts with = in the model.
        #expect(forms[0].indicators.implementation.first?.name == "=1+1")
        let csv = CSVExport.document(forms)
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(rows.count == 2)
        #expect(rows[0] == "\"'=HYPERLINK(\"\"http://evil\"\")\",906-社保科,实施期,产出指标,数量指标,'=1+1,'+cmd|' /C calc'!A0")
        #expect(rows[1].hasPrefix("\"'=HYPERLINK("))
        #expect(rows[1].hasSuffix(",'@SUM(A1),-5"))
        // Every field of every row: none starts with a trigger.
        for row in rows {
            for field in row.split(separator: ",") {
                let f = field.hasPrefix("\"") ? field.dropFirst() : field
                #expect(!(f.first.map { "=+@".contains($0) } ?? false), "\(row)")
            }
        }
        let raw = CSVExport.document(forms, raw: true)
        #expect(raw.contains(",=1+1,+cmd|' /C calc'!A0"))
    }
}

/// Wrapping a text of any size lays out only what its lines can show.
@Suite struct CappedWrapTests {
    @Test func aHugeParagraphIsCutWithAMarker() {
        let huge = String(repeating: "项目资金", count: 2_500_000)  // 10 M characters, 30 MB
        let lines = TextLayout.wrap(huge, width: 60)
        #expect(lines.count == TextLayout.maxLines)
        #expect(lines.last == TextLayout.cutMarker)
        #expect(lines.dropLast().allSatisfy { $0 == String(repeating: "项目资金", count: 7) + "项目" || DisplayWidth.of($0) == 60 })
        // The lines kept are those of the whole text: the same as wrapping a prefix.
        let prefix = String(huge.unicodeScalars.prefix(60 * TextLayout.maxLines))
        #expect(Array(lines.dropLast()) == Array(TextLayout.wrap(prefix, width: 60, maxLines: .max).prefix(TextLayout.maxLines - 1)))
    }

    @Test func manyShortParagraphsAreCutToo() {
        let text = Array(repeating: "第一行", count: 5_000).joined(separator: "\n")
        let lines = TextLayout.wrap(text, width: 40, maxLines: 100)
        #expect(lines.count == 100)
        #expect(lines[98] == "第一行" && lines[99] == TextLayout.cutMarker)
        let fits = Array(repeating: "第一行", count: 100).joined(separator: "\n")
        #expect(TextLayout.wrap(fits, width: 40, maxLines: 100) == Array(repeating: "第一行", count: 100))
    }

    /// A last paragraph within the byte budget that still wraps to too many lines is cut, and
    /// `wrapped` says so (the detail pane then shows the marker as a note, not as text).
    @Test func aParagraphWithinTheBudgetButTooManyLinesIsReportedCut() {
        let ascii = String(repeating: "abcd ", count: 200)  // 1,000 bytes: 25 lines of 40 columns
        let (lines, cut) = TextLayout.wrapped(ascii, width: 40, maxLines: 10)
        #expect(cut)
        #expect(lines.count == 10 && lines.last == TextLayout.cutMarker)
        #expect(!TextLayout.wrapped(ascii, width: 40, maxLines: 30).cut)
    }

    @Test func aTextThatFitsIsUnchanged() {
        #expect(TextLayout.wrap("甲乙\n\n丙", width: 2) == ["甲", "乙", "", "丙"])
        #expect(TextLayout.wrap("abc\r\n", width: 10) == ["abc", ""])
    }
}
