import Foundation
import Testing
@testable import JixiaoKit

/// One cell of many megabytes (issue 12): read whole and exact through the streaming reader,
/// a bad byte deep inside it keeps every form, and search looks at its first
/// `SearchIndex.maxFieldBytes` only.
@Suite struct HugeCellTests {
    /// A text of `bytes` bytes or a little more mixing 1-, 2-, 3- and 4-byte scalars, so that
    /// the pieces a huge cell is made of (a megabyte each) end inside scalars of every length.
    static func hugeText(bytes: Int) -> String {
        let unit = "项目资金用于城乡居民养老补助，A1b2；é𠀀ñ。"
        return String(repeating: unit, count: bytes / unit.utf8.count + 1)
    }

    /// The sample with the first 项目概况 replaced by `cell` (bytes), written to a file.
    static func sampleFile(cell: [UInt8]) throws -> URL {
        let sample = Array(TestData.sampleText.utf8)
        let label = Array("项目概况".utf8)
        let at = sample.firstRange(of: label)!.lowerBound
        let end = sample[at...].firstIndex(of: 0x0A)!
        let bytes = Array(sample[..<at]) + label + [0x09, 0x09] + cell + Array(sample[end...])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huge-cell-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func aHugeCellIsReadWholeAndExact() throws {
        let text = Self.hugeText(bytes: 9 << 20)  // past `CellStrings.hugeCell`, nine pieces
        let url = try Self.sampleFile(cell: Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let r = FormReader.read(paths: [url.path])
        #expect(r.forms.count == 7)
        #expect(r.forms.first?.narrative.overview == text)
        #expect(r.forms.first?.narrative.overview.utf8.count == text.utf8.count)
        // The rest of the file reads as without the huge cell.
        let plain = FormReader.read(bytes: Array(TestData.sampleText.utf8), file: "sample.txt")
        #expect(r.forms.map(\.project) == plain.forms.map(\.project))
        #expect(r.forms.dropFirst().map(\.narrative) == plain.forms.dropFirst().map(\.narrative))
        #expect(r.forms.map(\.indicators) == plain.forms.map(\.indicators))
    }

    /// A huge cell in a wide row is let go with its row, not kept in the scanner's slot until
    /// some later row is as wide (which may be never).
    @Test func aHugeCellIsNotHeldAfterItsRow() {
        let huge = Self.hugeText(bytes: 5 << 20)
        let text = "a\tb\tc\td\t" + huge + "\nx\ty\nz\n"
        var scanner = RowScanner()
        var widths: [Int] = []
        Array(text.utf8).withUnsafeBufferPointer { buf in
            _ = scanner.forEachRow(buf) { row in widths.append(row.cells.count) }
        }
        #expect(widths == [5, 2, 1])
        #expect(scanner.heldCellBytes < 1 << 10)
    }

    @Test func aBadByteDeepInAHugeCellKeepsEveryForm() throws {
        var cell = Array(Self.hugeText(bytes: 6 << 20).utf8)
        // An 0xFF at a scalar boundary past the first few pieces.
        var at = 5 << 20
        while cell[at] & 0xC0 == 0x80 { at += 1 }
        cell.insert(0xFF, at: at)
        let url = try Self.sampleFile(cell: cell)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = FormReader.read(paths: [url.path])
        #expect(r.forms.count == 7)
        let overview = try #require(r.forms.first?.narrative.overview)
        #expect(overview.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 1)
        var expected = cell
        expected.replaceSubrange(at..<at + 1, with: Array("\u{FFFD}".utf8))
        #expect(Array(overview.utf8) == expected)
    }

    @Test func searchLooksAtTheFirstMegabytesOfAField() {
        var form = FormReader.read(bytes: Array(TestData.sampleText.utf8), file: "sample.txt").forms[0]
        let filler = String(repeating: "项目资金", count: SearchIndex.maxFieldBytes / 12 + 1000)
        form.narrative.overview = "甲乙" + filler + "丙丁"
        #expect(form.narrative.overview.utf8.count > SearchIndex.maxFieldBytes)
        let index = SearchIndex(forms: [form])
        #expect(index.matches("甲乙") == [0])
        #expect(index.matches("丙丁").isEmpty)  // past the first 4 MB: not searched (docs/search.md)
        #expect(SearchIndex.ranges(of: "甲乙", in: form.narrative.overview).count == 1)
        #expect(SearchIndex.ranges(of: "丙丁", in: form.narrative.overview).isEmpty)
        #expect(SearchIndex.hits("丙丁", in: form).isEmpty)
        // A field just under the limit is searched whole.
        form.narrative.overview = String(filler.unicodeScalars.prefix(SearchIndex.maxFieldBytes / 3 - 10)) + "丙丁"
        #expect(form.narrative.overview.utf8.count <= SearchIndex.maxFieldBytes)
        #expect(SearchIndex(forms: [form]).matches("丙丁") == [0])
        #expect(SearchIndex.ranges(of: "丙丁", in: form.narrative.overview).count == 1)
    }
}
