import Foundation
import JixiaoGen
import Testing

@testable import JixiaoKit

/// The JSON export's shortcuts give what the direct way gives: the memo of tiers and parsed
/// values, and the byte scan that decides whether a string needs escaping.
@Suite struct JSONBytesTests {
    static let indicators: [Indicator] = {
        let (text, _) = FormGenerator.batch(count: 200, seed: 21)
        let forms = FormReader.read(bytes: Array(text.utf8), file: "generated.txt").forms + FormReader.read(file: TestData.sampleURL.path).forms
        return forms.flatMap { $0.indicators.implementation + $0.indicators.annual }
    }()

    /// Remembered or not, and when the memo is full or starts over, the tiers and the parsed
    /// value are the indicator's own.
    @Test(arguments: [(32, 8192), (1, 3), (0, 1)])
    func memoGivesTheIndicatorsOwnFacts(limits: (tier: Int, value: Int)) {
        var memo = IndicatorMemo(tierLimit: limits.tier, valueLimit: limits.value)
        #expect(Self.indicators.count > 1000)
        var parsed = 0
        for i in Self.indicators + Self.indicators {
            #expect(memo.tier1Kind(i) == (i.tier1Kind?.rawValue ?? ""), "\(i.tier1)")
            #expect(memo.tier2Kind(i) == (i.tier2Kind?.rawValue ?? ""), "\(i.tier2)")
            let p = memo.parsedValue(i)
            #expect(p == i.parsedValue, "\(i.value)")
            if p != nil { parsed += 1 }
        }
        #expect(parsed > 100)
        var odd = Self.indicators[0]
        for value in ["  ≥ 95 %", "＜3", ">=1,000.5元", "约5", "5", "", "１２３"] {
            odd.value = value
            #expect(memo.parsedValue(odd) == odd.parsedValue, "\(value)")
        }
    }

    /// Every scalar of the ranges that hold something to escape, alone and between Chinese
    /// text: plain exactly when the scalar is written as it is.
    @Test func plainScanAgreesWithTheEscapes() {
        let ranges: [ClosedRange<UInt32>] = [0...0x3FF, 0x600...0x6FF, 0x2000...0x20FF, 0x2FF0...0x30FF, 0xFDF0...0xFFFF, 0x1F300...0x1F3FF]
        for range in ranges {
            for v in range {
                guard let u = Unicode.Scalar(v) else { continue }
                let escaped = u == "\"" || u == "\\" || v < 0x20 || JSONWriter.mustEscape(u)
                for text in [String(u), "中\(u)文", "a\(u)"] {
                    #expect(JSONWriter.isPlain(Array(text.utf8)) == !escaped, "U+\(String(v, radix: 16))")
                }
            }
        }
    }

    /// Several batches (each emitted while the next is written), a last one too small to be
    /// split, and every layout: the bytes of the parallel writer are those of the sequential one.
    @Test func batchesEmittedWhileTheNextIsWritten() {
        let (text, _) = FormGenerator.batch(count: Parallel.cores * 512 * 2 + 52, seed: 8)
        let forms = FormReader.read(bytes: Array(text.utf8), file: "generated.txt").forms
        for format in [FormJSON.Layout.lines, .document, .compactDocument] {
            var sequential: [UInt8] = []
            FormJSON.write(forms, format: format, parallelMinimum: .max) { sequential += $0 }
            for minimum in [1, 100] {
                var parallel: [UInt8] = []
                var emitted = 0
                FormJSON.write(forms, format: format, parallelMinimum: minimum) { parallel += $0; emitted += 1 }
                #expect(parallel == sequential, "\(format), minimum \(minimum)")
                #expect(emitted > 2 * Parallel.cores)
            }
        }
    }

    /// Keys given in the code are written as `field` writes them.
    @Test func staticKeysAsQuotedKeys() {
        for pretty in [false, true] {
            var a = JSONWriter(pretty: pretty), b = JSONWriter(pretty: pretty)
            a.beginObject(); b.beginObject()
            a.member("title", "中文\"x\""); b.field("title", "中文\"x\"")
            a.member("n", number: 1.5); b.field("n", number: 1.5)
            a.member("i", int: 7); b.field("i"); b.int(7)
            a.key("o"); b.field("o")
            a.beginArray(); b.beginArray()
            a.endArray(); b.endArray()
            a.endObject(); b.endObject()
            #expect(a.out == b.out)
        }
    }
}
