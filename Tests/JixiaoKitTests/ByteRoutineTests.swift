import Foundation
import Testing
import JixiaoGen
@testable import JixiaoKit

/// The reading's byte-level routines against the simple versions they replace (on Strings,
/// scalar by scalar), over edge cases and seeded random texts: ASCII, CJK, 4-byte UTF-8,
/// every kind of space, colons, tags, quotes, CR/LF.
@Suite struct ByteRoutineTests {
    /// The pieces random texts are made of.
    static let pieces: [String] = [
        "a", "Z", "0", "9", ":", "：", " ", "\t", "\r", "\n", "\r\n", "\"", "'", "&", "&amp;", "&nbsp;", "&lt;",
        "<", ">", "/", "<p>", "</p>", "<P>", "<br/>", "<span class=\"x\">", "</span>", "<strong>", "<o:p>",
        "<blockquote>", "<BlockQuote >", "<colgroup>", "<中国人才>", "<B超>", "<a", "<p", "<1>", "<abcdefghij>",
        "项目", "资金", "负责人", "𠀀", "😀", "é", "e\u{301}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}",
        "\u{200A}", "\u{200B}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{85}", "\u{2028}", "\u{FEFF}", "，", "1,234",
    ]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var rng = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        }
    }

    /// The former `Vocabulary.trimmingWhitespaces`: scalar by scalar, by general category.
    static func trimByScalars(_ s: Substring.UnicodeScalarView) -> String {
        func blank(_ u: Unicode.Scalar) -> Bool {
            u == " " || u == "\t" || (u.value >= 0xA0 && u.properties.generalCategory == .spaceSeparator)
        }
        var start = s.startIndex, end = s.endIndex
        while start < end, blank(s[start]) { start = s.index(after: start) }
        while end > start, blank(s[s.index(before: end)]) { end = s.index(before: end) }
        return String(Substring(s[start..<end]))
    }

    /// The former `FormBuilder.afterColon`: scalars, then the trimming by scalars.
    static func afterColonByScalars(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        guard let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }), scalars.index(after: colon) < scalars.endIndex else { return nil }
        return trimByScalars(scalars[scalars.index(after: colon)...])
    }

    @Test func afterColonMatchesTheScalarVersion() {
        let edges = ["", ":", "：", "a:", "a：", "a: ", "a：\u{3000}", "项目负责人：张三", "填报日期: 2025-12-23 17:40 ",
                     "电话：\u{A0}0351-1234567\u{2003}", "无冒号", "a:b:c", "：：", "a\u{2000}:\u{2000}b\u{2000}", "x:\t\ty\t",
                     "x:\u{200B}y\u{200B}", "x:\u{85}y", "x:𠀀", "x：😀 ", "x:e\u{301} "]
        for text in edges + Self.randomTexts(count: 3000, seed: 7) {
            #expect(FormBuilder.afterColon(text) == Self.afterColonByScalars(text), "\(text.debugDescription)")
            // Byte for byte, not only canonically equal.
            #expect(FormBuilder.afterColon(text).map { Array($0.utf8) } == Self.afterColonByScalars(text).map { Array($0.utf8) })
        }
    }

    @Test func trimmedSpacesMatchesTheScalarTrimForEveryBMPScalar() {
        for v in UInt32(0)...0xFFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            let text = "\(u)x\(u)\(u)"
            let expected = Self.trimByScalars(Substring(text).unicodeScalars)
            #expect(Vocabulary.trimmingWhitespaces(Substring(text).unicodeScalars) == expected)
            var copy = text
            let got = copy.withUTF8 { b -> String in
                let (s, e) = Whitespace.trimmedSpaces(b.baseAddress!, 0, b.count)
                return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
            }
            #expect(got == expected, "U+\(String(v, radix: 16))")
        }
    }

    /// The former `HTMLText.strip`: tags cut into a byte array, entities decoded, one new String.
    static func stripByArray(_ text: String) -> String {
        let b = Array(text.utf8)
        var out: [UInt8] = []
        var found = false
        var copied = 0
        var i = 0
        while i < b.count {
            if b[i] == 0x3C, let end = tagEnd(b, i) {
                found = true
                out += b[copied..<i]
                i = end
                copied = end
                continue
            }
            i += 1
        }
        guard found else { return text }
        out += b[copied...]
        guard out.contains(0x26) else { return String(decoding: out, as: UTF8.self) }
        let entities: [(String, UInt8)] = [("&nbsp;", 0x20), ("&lt;", 0x3C), ("&gt;", 0x3E), ("&quot;", 0x22), ("&#39;", 0x27), ("&amp;", 0x26)]
        var decoded: [UInt8] = []
        var k = 0
        outer: while k < out.count {
            if out[k] == 0x26 {
                for (e, r) in entities where out[k...].starts(with: Array(e.utf8)) {
                    decoded.append(r)
                    k += e.utf8.count
                    continue outer
                }
            }
            decoded.append(out[k])
            k += 1
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    static func tagEnd(_ b: [UInt8], _ start: Int) -> Int? {
        var i = start + 1
        if i < b.count, b[i] == 0x2F { i += 1 }
        let nameStart = i
        while i < b.count, b[i].isASCIILetterOrDigit || b[i] == 0x3A { i += 1 }
        guard i > nameStart, i - nameStart <= 10, i < b.count, [0x3E, 0x2F, 0x20, 0x09, 0x0D].contains(b[i]) else { return nil }
        let name = String(decoding: b[nameStart..<i], as: UTF8.self).lowercased()
        guard HTMLText.elements.contains(name) else { return nil }
        while i < b.count {
            if b[i] == 0x3E { return i + 1 }
            if b[i] == 0x3C || b[i] == 0x0A { return nil }
            i += 1
        }
        return nil
    }

    @Test func stripMatchesTheArrayVersion() {
        let edges = ["", "<p>", "<p>a</p>", "<P>项目</P>&amp;", "&am<p>p;", "<中国人才>", "<B超>", "<b>粗</b>", "<blockquote>引</BLOCKQUOTE>",
                     "<abcdefghijk>x", "<o:p></o:p>", "a<p", "<p\n>", "<span\tclass=x>t</span>", "<br/>", "<br />", "&lt;p&gt;", "<p>&nbsp;😀&#39;</p>"]
        for text in edges + Self.randomTexts(count: 3000, seed: 11) {
            let got = HTMLText.strip(text)
            let expected = Self.stripByArray(text)
            #expect(Array(got.utf8) == Array(expected.utf8), "\(text.debugDescription)")
        }
    }

    @Test func isElementMatchesTheSetOfNames() {
        var names = Array(HTMLText.elements) + HTMLText.elements.map { $0.uppercased() } + ["x", "pp", "sp", "spa", "blockquot", "blockquotes", "o:", "h7", "h", "a1", "Col", "colgroupx"]
        var rng = SeededRandom(seed: 3)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789:".utf8)
        for _ in 0..<5000 { names.append(String(decoding: (0..<Int.random(in: 1...10, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }, as: UTF8.self)) }
        for name in names {
            let expected = HTMLText.elements.contains(name.lowercased())
            let got = Array(name.utf8).withUnsafeBufferPointer { HTMLText.isElement($0.baseAddress!, $0.count) }
            #expect(got == expected, "\(name)")
        }
    }

    @Test func nextControlMatchesAByteLoop() {
        var rng = SeededRandom(seed: 5)
        let alphabet: [UInt8] = Array("ab 项目𠀀\"".utf8) + [0x09, 0x0A, 0x0D, 0x00, 0x01, 0x0B, 0x0C, 0x0D, 0x0E, 0x1F, 0x7F, 0x80, 0xFF]
        for _ in 0..<400 {
            // Mostly text, now and then a control, at every distance from the start.
            let n = Int.random(in: 0...80, using: &rng)
            let rate = Int.random(in: 1...60, using: &rng)
            let bytes: [UInt8] = (0..<n).map { _ in
                Int.random(in: 0..<rate, using: &rng) == 0 ? alphabet.randomElement(using: &rng)! : UInt8.random(in: 0x0E...0xFF, using: &rng)
            }
            bytes.withUnsafeBufferPointer { b in
                guard let p = b.baseAddress else { return }
                for start in 0...n {
                    var expected = start
                    while expected < n, p[expected] >= 0x0E { expected += 1 }
                    #expect(RowScanner.nextControl(p, start, n) == expected, "\(bytes) from \(start)")
                }
            }
        }
    }

    @Test func rowsOfEmptyAndBlankCellsKeepTheirColumns() {
        let text = "\t\t项目名称\t\t\u{3000}\t a \t\t\r\n\t\t\t\n\u{1}\tx\u{1}\ty\t\t\rz"
        var seen: [[String]] = []
        var scanner = RowScanner()
        Array(text.utf8).withUnsafeBufferPointer { b in
            scanner.forEachRow(b) { row in seen.append(row.cells.map { "\($0.column):\($0.text)" }) }
        }
        #expect(seen == [["2:项目名称", "5:a"], [], ["0:\u{1}", "1:x\u{1}", "2:y"], ["0:z"]])
    }

    @Test func departmentMatchesTheScalarVersion() {
        let edges = ["", "[042]某区体育局", "[ 042 ]某区体育局", "【A12】 某局", "［x］y", "[]名", "[04 2]名", "[042", "[042]", "906-社保科", "906 - 社保科",
                     "906－社保科", "906—社保科", "社保科-906", "-社保科", "906-", "a-b-c", "[中]-12-名", "【12】-名", "12—名-34", "\u{3000}906\u{3000}-\u{A0}名\u{2003}",
                     "Ab9-𠀀", "[𠀀]x", "某局", "9\t-\t名"]
        let parts = ["[", "]", "【", "】", "［", "］", "-", "－", "—", "906", "A", "z", " ", "\t", "\u{3000}", "\u{A0}", "某局", "𠀀", "é"]
        var rng = SeededRandom(seed: 13)
        var texts = edges
        for _ in 0..<3000 { texts.append((0..<Int.random(in: 0...7, using: &rng)).map { _ in parts.randomElement(using: &rng)! }.joined()) }
        for text in texts {
            let got = FormBuilder.department(text), expected = FormBuilder.departmentByScalars(text)
            #expect(got == expected, "\(text.debugDescription)")
            #expect(Array(got.code.utf8) == Array(expected.code.utf8) && Array(got.name.utf8) == Array(expected.name.utf8))
        }
    }

    @Test func amountMatchesParsingACleanedCopy() {
        let edges = ["0", "58,372,000", "157,700", "1,234.5", "１２３", "１２．５", "12，345", " 12", "12 ", "-3", "1e3", "", ",", "abc", "12万",
                     "999999999999999", "9999999999999999", "1234567890123456789", "０", "3．"]
        for text in edges {
            var number = ""
            var ok = true
            for u in text.unicodeScalars where u != "," && u != "，" && u != " " {
                if u.isASCII { number.unicodeScalars.append(u) }
                else if (0xFF10...0xFF19).contains(u.value) { number.unicodeScalars.append(Unicode.Scalar(u.value - 0xFF10 + 0x30)!) }
                else if u == "．" { number += "." }
                else { ok = false; break }
            }
            #expect(FormBuilder.amount(text) == (ok ? Double(number) : nil), "\(text)")
        }
    }
}

private extension UInt8 {
    var isASCIILetterOrDigit: Bool { (self >= 0x61 && self <= 0x7A) || (self >= 0x41 && self <= 0x5A) || (self >= 0x30 && self <= 0x39) }
}
