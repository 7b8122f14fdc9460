import Foundation
import JixiaoGen
import Testing
@testable import JixiaoKit

/// The one numbering and the lookup's digit rule.
@Suite struct FormNumberTests {
    let forms = FormReader.read(file: TestData.sampleURL.path).forms

    @Test func parsesOnlyExplicitNumbers() {
        #expect(FormNumber.parse("#3") == 3)
        #expect(FormNumber.parse(" #12 ") == 12)
        #expect(FormNumber.parse("＃３") == 3)  // full-width, as an IME types it
        for q in ["3", "#", "#-1", "#3a", "#1234567890", "公交#3", ""] {
            #expect(FormNumber.parse(q) == nil, "\(q)")
        }
        #expect(FormNumber.index(of: 1, count: 7) == 0)
        #expect(FormNumber.index(of: 7, count: 7) == 6)
        #expect(FormNumber.index(of: 0, count: 7) == nil)
        #expect(FormNumber.index(of: 8, count: 7) == nil)
        #expect(FormNumber.index(of: 1, count: 0) == nil)
        #expect(FormNumber.position(index: 2, count: 7) == "3/7")
    }

    @Test func digitsMatchACodeOnlyWhenEqual() {
        #expect(FormLookup.find("3", in: forms).isEmpty)  // 033, 005-…, 040-… hold a 3 but are not 3
        #expect(FormLookup.find("33", in: forms).isEmpty)
        #expect(FormLookup.find("033", in: forms) == [5])
        #expect(FormLookup.find("2024", in: forms) == [5])  // digits inside a project name still match
        #expect(FormLookup.find("040-阳泉", in: forms) == [2])  // not digits only: the code-name text
    }
}

/// Where two byte strings first differ (and the bytes around), for failure messages.
func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
    let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    func around(_ x: [UInt8]) -> String { String(decoding: x[max(0, i - 40)..<min(x.count, i + 40)], as: UTF8.self) }
    return "\(i) of \(a.count)/\(b.count): …\(around(a))… vs …\(around(b))…"
}

/// The JSON export written as bytes in chunks is exactly the whole document, whatever the chunk.
@Suite struct JSONStreamTests {
    let forms = FormReader.read(file: TestData.sampleURL.path).forms

    @Test(arguments: [1, 7, 4096, 1 << 16])
    func chunksJoinToTheDocument(chunk: Int) throws {
        var doc: [UInt8] = [], lines: [UInt8] = [], compact: [UInt8] = []
        var chunks = 0
        FormJSON.write(forms, format: .document, chunk: chunk) { doc += $0; chunks += 1 }
        FormJSON.write(forms, format: .lines, chunk: chunk) { lines += $0 }
        FormJSON.write(forms, format: .compactDocument, chunk: chunk) { compact += $0 }
        let whole = Array(FormJSON.document(forms).utf8), perForm = Array(forms.map { FormJSON.line($0) + "\n" }.joined().utf8)
        #expect(doc == whole, "\(firstDifference(doc, whole))")
        #expect(lines == perForm, "\(firstDifference(lines, perForm))")
        let joined = "{\"forms\":[" + forms.map(FormJSON.line).joined(separator: ",") + "]}\n"
        #expect(compact == Array(joined.utf8), "\(firstDifference(compact, Array(joined.utf8)))")
        if chunk == 1 { #expect(chunks == forms.count + 1) }  // one chunk a form, then the end
        // Written in parallel parts (every form its own part here), the bytes are the same.
        for format in [FormJSON.Layout.document, .lines, .compactDocument] {
            var sequential: [UInt8] = [], parallel: [UInt8] = []
            FormJSON.write(forms, format: format, chunk: chunk) { sequential += $0 }
            FormJSON.write(forms, format: format, chunk: chunk, parallelMinimum: 1) { parallel += $0 }
            #expect(parallel == sequential, "\(format) differs from byte \(firstDifference(parallel, sequential))")
        }
    }

    /// 600 generated forms (every quirk, escapes included): the parallel writer, the
    /// sequential one and one line per form agree byte for byte, and the document parses.
    @Test func generatedFormsWriteTheSameBytesInParallel() throws {
        let (text, _) = FormGenerator.batch(count: 600, seed: 5)
        let forms = FormReader.read(bytes: Array(text.utf8), file: "generated.txt").forms
        #expect(forms.count == 600)
        for format in [FormJSON.Layout.document, .lines] {
            var sequential: [UInt8] = [], parallel: [UInt8] = []
            FormJSON.write(forms, format: format, parallelMinimum: .max) { sequential += $0 }
            FormJSON.write(forms, format: format, parallelMinimum: 100) { parallel += $0 }
            #expect(parallel == sequential, "\(format) differs from byte \(firstDifference(parallel, sequential))")
        }
        var lines: [UInt8] = []
        FormJSON.write(forms, format: .lines, parallelMinimum: 100) { lines += $0 }
        let joined = Array(forms.map { FormJSON.line($0) + "\n" }.joined().utf8)
        #expect(lines == joined, "\(firstDifference(lines, joined))")
        var doc: [UInt8] = []
        FormJSON.write(forms, format: .document, parallelMinimum: 100) { doc += $0 }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(doc)) as? [String: Any])
        #expect((parsed["forms"] as? [Any])?.count == 600)
    }

    @Test func numbersAndEscapesAsBefore() {
        var w = JSONWriter(pretty: false)
        w.beginArray()
        for n: Double? in [0, -7, 30_770_800, 1234.5, -0.25, 9e15, nil, .nan, Double(Int64.max)] { w.number(n) }
        for i: Int? in [Int.min + 1, -1, 0, 9, 10, Int.max, nil] { w.int(i) }
        w.string("a\"b\\c\n\t\u{1B}\u{202E}中")
        w.endArray()
        let expected = "[0,-7,30770800,1234.5,-0.25,\(String(9e15)),null,null,\(String(Double(Int64.max))),"
            + "\(Int.min + 1),-1,0,9,10,\(Int.max),null,"
            + "\"a\\\"b\\\\c\\n\\t\\u001b\\u202e中\"]"
        #expect(w.out == expected)
    }
}
