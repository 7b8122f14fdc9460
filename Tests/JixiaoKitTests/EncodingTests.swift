import Foundation
import Testing
@testable import JixiaoKit

/// Bytes in: UTF-8 with or without BOM, GB18030, CRLF or CR — all read identically; bytes
/// valid in no encoding are named (and refused with `strict`), binary and empty files give clear errors.
@Suite struct EncodingTests {
    let reference = FormJSON.document(FormReader.read(bytes: TestData.sampleBytes, file: "x").forms)

    func export(_ bytes: [UInt8]) -> String {
        FormJSON.document(FormReader.read(bytes: bytes, file: "x").forms)
    }

    @Test func gb18030WithCRLFReadsIdentically() throws {
        let crlf = TestData.sampleText.replacingOccurrences(of: "\n", with: "\r\n")
        let data = try #require(crlf.data(using: TextDecoding.gb18030))
        #expect(Array(data) != Array(crlf.utf8))
        #expect(export(Array(data)) == reference)
    }

    @Test func utf8WithBOMReadsIdentically() {
        #expect(export([0xEF, 0xBB, 0xBF] + TestData.sampleBytes) == reference)
    }

    @Test func crOnlyLineEndsReadIdentically() {
        let cr = TestData.sampleText.replacingOccurrences(of: "\n", with: "\r")
        #expect(export(Array(cr.utf8)) == reference)
    }

    @Test func sourceLinesSurviveCRLF() {
        let crlf = TestData.sampleText.replacingOccurrences(of: "\n", with: "\r\n")
        let forms = FormReader.read(bytes: Array(crlf.utf8), file: "x").forms
        #expect(forms.map(\.source.line) == [3, 38, 81, 125, 159, 191, 223])
    }

    @Test func undecodableBytesNameTheirPlace() {
        var bytes = Array("项目名称\t".utf8)
        bytes += [0xFF, 0xFF, 0x41]
        // Kept as U+FFFD by default, refused with --strict; both name line and column.
        let kept = FormReader.read(bytes: bytes, file: "bad.txt")
        #expect(kept.forms.map(\.project) == ["\u{FFFD}A"])
        #expect(kept.warnings.first?.description.hasPrefix("bad.txt:1:6: 警告:") == true)
        let result = FormReader.read(bytes: bytes, file: "bad.txt", strict: true)
        #expect(result.forms.isEmpty)
        let message = result.errors.first?.description ?? ""
        #expect(message.hasPrefix("bad.txt:1:6: 错误:"))
        #expect(message.contains("0xFF 0xFF"))
    }

    @Test func binaryFileIsAnError() {
        let result = FormReader.read(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1], file: "x.png")
        #expect(result.errors.first?.message == InputMessages.binaryFile(4))
    }

    @Test func emptyAndFormlessFilesAreErrors() {
        #expect(FormReader.read(bytes: [], file: "e.txt").errors.first?.message == InputMessages.noFormFound())
        #expect(FormReader.read(bytes: Array("hello\nworld\n".utf8), file: "h.txt").errors.count == 1)
    }

    @Test func gb18030Validator() {
        #expect(TextDecoding.firstInvalidGB18030([0xB9, 0xAB, 0x41][...]) == nil)
        #expect(TextDecoding.firstInvalidGB18030([0x41, 0x81, 0x30, 0x81, 0x30][...]) == nil)
        #expect(TextDecoding.firstInvalidGB18030([0x41, 0xFF][...]) == 1)
        #expect(TextDecoding.firstInvalidUTF8([0x41, 0xE5, 0x85][...]) == 1)
        #expect(TextDecoding.firstInvalidUTF8(Array("公交".utf8)[...]) == nil)
    }
}
