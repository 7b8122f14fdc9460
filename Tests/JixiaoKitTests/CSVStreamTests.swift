import Foundation
import JixiaoGen
import Testing
@testable import JixiaoKit

/// `export -f csv` streamed as bytes (`CSVExport.write`) is byte for byte the CSV the whole-String
/// export made before (kept here as `oneString`), for generated forms and the sample, with and
/// without BOM and formula neutralisation, whatever the chunk size.
@Suite struct CSVStreamTests {
    /// The export as it was before it was streamed: one String for the whole output.
    static func oneString(_ forms: [Form], bom: Bool = false, raw: Bool = false) -> String {
        var out = bom ? "\u{FEFF}" : ""
        out += CSVExport.line(CSVExport.header, raw: raw)
        for f in forms {
            for side in Side.allCases {
                for i in f.indicators[side] {
                    out += CSVExport.line([f.project, f.department.display, CSVExport.sideName(side), i.tier1, i.tier2, i.name, i.value], raw: raw)
                }
            }
        }
        return out
    }

    static func streamed(_ forms: [Form], bom: Bool = false, raw: Bool = false, chunk: Int = 1 << 16) -> (bytes: [UInt8], chunks: Int) {
        var bytes: [UInt8] = []
        var chunks = 0
        CSVExport.write(forms, bom: bom, raw: raw, chunk: chunk) {
            bytes += $0
            chunks += 1
        }
        return (bytes, chunks)
    }

    @Test func generatedFormsGiveTheSameBytes() {
        let forms = FormReader.read(text: FormGenerator.batch(count: 400, seed: 11).text, file: "gen.txt").forms
        #expect(forms.count == 400)
        for (bom, raw) in [(false, false), (true, false), (false, true), (true, true)] {
            let before = Array(Self.oneString(forms, bom: bom, raw: raw).utf8)
            let (after, chunks) = Self.streamed(forms, bom: bom, raw: raw, chunk: 4096)
            #expect(after == before, "bom \(bom) raw \(raw)")
            #expect(chunks > 10)  // written in pieces, not as one
        }
    }

    @Test func theSampleWithFormulasGivesTheSameBytesAtAnyChunk() {
        var forms = TestData.read(TestData.sampleText).forms
        // Formula-looking cells from a form: neutralised unless raw, plain numbers kept.
        forms[0].project = "=HYPERLINK(\"http://x\",\"点我\")"
        forms[1].indicators.implementation[0].value = "　+1+1"
        forms[2].indicators.annual[0].value = "-5"
        let before = Self.oneString(forms)
        for chunk in [1, 100, 1 << 16] {
            #expect(Self.streamed(forms, chunk: chunk).bytes == Array(before.utf8), "chunk \(chunk)")
        }
        #expect(CSVExport.document(forms) == before)
        let text = String(decoding: Self.streamed(forms).bytes, as: UTF8.self)
        #expect(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\""))
        #expect(text.contains(",'　+1+1\r\n"))
        #expect(text.contains(",-5\r\n"))
        #expect(String(decoding: Self.streamed(forms, raw: true).bytes, as: UTF8.self).contains("\"=HYPERLINK("))
    }
}
