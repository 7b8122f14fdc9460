import Foundation
import JixiaoGen
import Testing
@testable import JixiaoKit

/// The reader's three ways through a file — whole bytes in memory, streamed through a buffer,
/// and cut into parts read on several threads — give the same forms, line numbers included,
/// and the same diagnostics in the same order.
@Suite struct ReadingPathsTests {
    /// Generated forms with some cells no rule places (warnings with line numbers), and some
    /// lines longer than the smallest buffers.
    static func text(forms: Int, seed: UInt64) -> String {
        var g = FormGenerator(seed: seed)
        var lines: [String] = []
        for i in 0..<forms {
            var f = g.next().lines
            if i % 7 == 3, let k = f.firstIndex(where: { $0.hasPrefix("项目名称") }) { f[k] += "\t\t多余的格子" }
            if i % 11 == 5, let k = f.firstIndex(where: { $0.hasPrefix("项目概况") }) { f[k] += String(repeating: "很长的概况", count: 300) }
            lines += f
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-paths-\(UUID().uuidString).txt").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func same(_ a: ReadResult, _ b: ReadResult, _ what: String) {
        #expect(a.forms.count == b.forms.count, "\(what): form count")
        for (i, (x, y)) in zip(a.forms, b.forms).enumerated() where x != y {
            Issue.record("\(what): form \(i + 1) differs (line \(x.source.line) vs \(y.source.line))")
            break
        }
        #expect(a.diagnostics == b.diagnostics, "\(what): diagnostics differ (\(a.diagnostics.count) vs \(b.diagnostics.count))")
    }

    @Test(arguments: ["\n", "\r\n", "\r"]) func streamedPartsEqualWholeBytes(lineEnd: String) throws {
        let text = Self.text(forms: 120, seed: 21).replacingOccurrences(of: "\n", with: lineEnd)
        let bytes = Array(text.utf8)
        let path = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = FormReader.read(bytes: bytes, file: path)
        #expect(!whole.diagnostics.isEmpty)  // the extra cells were reported
        for (buffer, parts) in [(StreamReader.bufferSize, 1), (4096, 1), (777, 3), (1 << 16, 2), (100, 4)] {
            let streamed = try #require(StreamReader.read(path: path, bufferSize: buffer, parts: parts))
            Self.same(whole, streamed, "buffer \(buffer), \(parts) parts, line end \(lineEnd.debugDescription)")
        }
        Self.same(whole, FormReader.read(file: path), "read(file:)")
    }

    @Test func inMemoryPartsEqualOnePiece() throws {
        let bytes = Array(Self.text(forms: 1200, seed: 22).utf8)
        #expect(bytes.count >= FormReader.parallelThreshold)  // read(bytes:) cuts it into parts
        let parts = FormReader.read(bytes: bytes, file: "x.txt")
        let one = try bytes.withUnsafeBufferPointer { b in try #require(FormReader.readPart(b, file: "x.txt")) }
        #expect(parts.forms == Array(one.forms.chunks.joined()))
        #expect(parts.diagnostics == one.diagnostics)
    }

    @Test func bomNoFinalLineEndAndFallbacks() throws {
        let text = Self.text(forms: 30, seed: 23)
        let plain = Array(text.utf8)
        let reference = FormReader.read(bytes: plain, file: "f")
        // A BOM, and no line end after the last line.
        let bom = try Self.write([0xEF, 0xBB, 0xBF] + plain.dropLast())
        defer { try? FileManager.default.removeItem(atPath: bom) }
        let r = FormReader.read(file: bom)
        #expect(r.forms.map(\.project) == reference.forms.map(\.project))
        #expect(r.forms.map(\.source.line) == reference.forms.map(\.source.line))
        // GB18030 is not streamed: it falls back to decoding the whole file, with the same reading.
        let gb = try Self.write([UInt8](try #require(text.data(using: TextDecoding.gb18030))))
        defer { try? FileManager.default.removeItem(atPath: gb) }
        #expect(StreamReader.read(path: gb, bufferSize: 512) == nil)
        #expect(FormReader.read(file: gb).forms == FormReader.read(bytes: plain, file: gb).forms)
        // A NUL byte: the precise error of the careful path.
        let nul = try Self.write(plain + [0] + plain)
        defer { try? FileManager.default.removeItem(atPath: nul) }
        #expect(FormReader.read(file: nul).errors.first?.message.contains("NUL") == true)
    }
}
