import Foundation
import Testing
import JixiaoGen
@testable import JixiaoKit

/// `UTF8Check` (the reader's UTF-8 check and the Strings it makes) against the standard
/// library: the same verdict on every byte sequence tried — every one and two bytes, every
/// non-ASCII lead with every second byte, four-byte leads, bytes cut at either end, random
/// texts with one byte changed — placed so that they fall on every offset of the sixteen-byte
/// blocks and on both sides of the 19-byte mark; a NUL refused; `ascii` right; the String the
/// same as the standard library's.
@Suite struct UTF8CheckTests {
    /// What the reader accepted before: valid UTF-8 (the standard library's check) with no NUL.
    static func expected(_ bytes: [UInt8]) -> (valid: Bool, ascii: Bool) {
        let valid = !bytes.contains(0) && String(validating: bytes, as: UTF8.self) != nil
        return (valid, valid && bytes.allSatisfy { $0 < 0x80 })
    }

    /// `UTF8Check` on an allocation of exactly the bytes (a read past the end would be caught
    /// by the address sanitizer, and reads garbage otherwise).
    static func actual(_ bytes: [UInt8]) -> (valid: Bool, ascii: Bool) {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        defer { p.deallocate() }
        p.initialize(from: bytes, count: bytes.count)
        let r = UTF8Check.check(p, bytes.count)
        return (r.valid, r.valid && r.ascii)
    }

    /// Texts around the bytes tried: none, ASCII and CJK of several lengths, so that the bytes
    /// stand at every offset of a block and in texts under and over 19 bytes.
    static let contexts: [[UInt8]] = {
        var out: [[UInt8]] = [[]]
        for k in 1...18 { out.append(Array(String(repeating: "a", count: k).utf8)) }
        for k in 1...7 { out.append(Array(String(repeating: "中", count: k).utf8)) }
        out.append(Array("ab中文".utf8))
        out.append(Array("项目名称ABC".utf8))
        return out
    }()

    static func mismatches(_ tries: [[UInt8]]) -> [[UInt8]] {
        tries.filter { expected($0) != actual($0) }
    }

    @Test func everyOneAndTwoBytesInContext() {
        var bad: [[UInt8]] = []
        for (k, before) in Self.contexts.enumerated() {
            let after = Self.contexts[(k * 7) % Self.contexts.count]
            for x in 0..<256 { bad += Self.mismatches([before + [UInt8(x)] + after, before + [UInt8(x)]]) }
            for x in 0..<65536 where x >> 8 >= 0x80 || x & 0xFF >= 0x80 || k == 0 {
                bad += Self.mismatches([before + [UInt8(x >> 8), UInt8(x & 0xFF)] + after])
            }
        }
        #expect(bad.isEmpty, "\(bad.prefix(5))")
    }

    @Test func everyLeadWithEverySecondByte() {
        var bad: [[UInt8]] = []
        // Third bytes at the edges of the continuation range; texts that put the sequence
        // across a block end and after CJK.
        let thirds: [UInt8] = [0x7F, 0x80, 0xBF, 0xC0]
        for (k, before) in Self.contexts.enumerated() where k == 14 || k == 20 {
            let after = Self.contexts[(k * 5 + 3) % Self.contexts.count]
            for lead in 0x80...0xFF {
                for second in 0...0xFF {
                    for third in thirds {
                        let seq = [UInt8(lead), UInt8(second), third, 0x80]
                        bad += Self.mismatches([before + seq + after, before + seq.prefix(3) + after, before + seq.prefix(3)])
                    }
                }
            }
        }
        #expect(bad.isEmpty, "\(bad.prefix(5))")
    }

    @Test func namedForms() {
        let cases: [[UInt8]] = [
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80],  // overlong
            [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xED, 0x9F, 0xBF],  // surrogates and the last before them
            [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],  // overlong, first 4-byte
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF],  // U+10FFFF and past it
            [0x80], [0xBF], [0xE4, 0xB8], [0xE4], [0xF0, 0x9F, 0x98],  // stray and cut
            [0x00], [0x61, 0x00, 0x62],  // NUL
        ]
        for before in Self.contexts {
            for c in cases {
                let tries = [before + c, c + before, before + c + before]
                #expect(Self.mismatches(tries).isEmpty, "\(tries)")
            }
        }
        #expect(!Self.actual(Array("中文\u{0}中文中文中文中文中文".utf8)).valid)
        #expect(Self.actual(Array("中文中文中文中文中文中文".utf8)) == (true, false))
        #expect(Self.actual(Array("0123456789abcdefghijklmnop".utf8)) == (true, true))
    }

    @Test func randomTextsWithOneByteChanged() {
        var rng = SeededRandom(seed: 20261202)
        let pieces: [[UInt8]] = ["a", " ", "中", "文", "项目", "é", "😀", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFF}", "\u{10FFFF}", "—"].map { Array($0.utf8) }
        let cjk: [[UInt8]] = ["中", "文", "项", "目", "a", "，"].map { Array($0.utf8) }
        var bad: [[UInt8]] = []
        for round in 0..<60_000 {
            // Half the texts CJK and ASCII alone (the sixteen-byte path to the end), half any.
            let from = round % 2 == 0 ? cjk : pieces
            var t: [UInt8] = (0..<Int.random(in: 0...40, using: &rng)).flatMap { _ in from.randomElement(using: &rng)! }
            if !t.isEmpty, Bool.random(using: &rng) { t[Int.random(in: 0..<t.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            if !t.isEmpty, Int.random(in: 0..<4, using: &rng) == 0 { t.removeLast(Int.random(in: 1...min(3, t.count), using: &rng)) }
            if !t.isEmpty, Int.random(in: 0..<4, using: &rng) == 0 { t.removeFirst(Int.random(in: 1...min(3, t.count), using: &rng)) }
            if Self.expected(t) != Self.actual(t) { bad.append(t) }
        }
        #expect(bad.isEmpty, "\(bad.prefix(5))")
    }

    @Test func stringsAsTheStandardLibraryMakesThem() {
        for text in ["", "a", "项目名称", "0123456789abcdefghij", "é中😀 \u{3000}x", String(repeating: "中文abc", count: 100)] {
            let bytes = Array(text.utf8)
            let made = bytes.withUnsafeBufferPointer { b in UTF8Check.string(b.baseAddress ?? UnsafePointer(bitPattern: 1)!, b.count) }
            #expect(made == text)
            #expect(made?.utf8.elementsEqual(text.utf8) == true)
        }
        let cut = Array("中文".utf8).dropLast()
        #expect(Array(cut).withUnsafeBufferPointer { UTF8Check.string($0.baseAddress!, $0.count) } == nil)
    }
}
