import Foundation
import Testing
@testable import JixiaoKit

/// A long real cell from Samples/yangquan-2026.txt (公交政策性亏损补贴, 项目设立必要性): Chinese with
/// numbers (3413.66万元), ASCII words (IC), quotes and full-width punctuation.
let longSample = "由于公交的公益性质，公交公司每年亏损严重。政策性亏损补贴主要用于零票价低于成本价形成的减收，实行成人IC卡优惠票价形成的减收，实行学生IC卡优惠票价形成的减收，65岁以上老年人、残疾人、现役军人等13类免费群体乘车形成的减收，确保满足广大居民的乘车需求。政策性亏损原因主要有：1.公交现行票价自2002年制定并执行，二十多年来一直未进行调整，远低于2元/人次的人次成本。2.以2024年为例，仅月票卡一项亏损额就达3413.66万元；成人月票卡刷卡量1924.67万人次，亏损2779.28万元；学生卡刷卡量374.81万人次，亏损553.31万元；普通月票卡，刷卡量69.49万人次，亏损81.07万元。3.13种特殊群体免费乘车亏损，以“老年卡”为例，截止2024年12月累计发放老年免费乘车IC卡近15.6万张，“敬老卡”刷卡量为2315.06万人次亏损4630.12万元。2011年经市政府批准，同意每年给予公交公司一定的补贴，用以弥补企业亏损。2025年1-11月公交车实际行驶里程2666万公里，客运量达8089万人次，但实际票款收入仅为5045万元，政策性亏损额巨大，公司运营资金严重短缺。"

/// Short mixed strings for property-style loops.
let mixedSamples: [String] = [
    "", "a", "中", "项目名称", "906-社保科", "城乡居民养老出入口补", "经常性项目（长期开展）",
    "总额3413.66万元，确保2023年城乡居民养老保险出入口及时到位。", "IC卡abc中文def", "e\u{301}中\u{301}x",
    "😀中👍🏽a🇨🇳b", "，。；：（）《》", "“漾泉英才”计划", "ｱｲｳ半角カナ", String(longSample.prefix(120)),
]

func scalarString(_ v: UInt32) -> String { String(Unicode.Scalar(v)!) }

// MARK: - DisplayWidth

@Suite struct DisplayWidthTests {
    @Test func ascii() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("hello world") == 11)
        #expect(DisplayWidth.of(Character("~")) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x20)) == 1)
        for v in UInt32(0)..<0x20 { #expect(DisplayWidth.of(Unicode.Scalar(v)!) == 0) }
        #expect(DisplayWidth.of(Unicode.Scalar(0x7F)) == 0)
        #expect(DisplayWidth.of("a\tb\r\nc") == 3)
    }

    @Test func cjk() {
        #expect(DisplayWidth.of(Character("中")) == 2)
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("阳泉市2026") == 10)
        #expect(DisplayWidth.of(Character("\u{3400}")) == 2)   // extension A
        #expect(DisplayWidth.of(Character("\u{20000}")) == 2)  // extension B
        #expect(DisplayWidth.of(Character("\u{2A6D6}")) == 2)
        #expect(DisplayWidth.of(Character("\u{31350}")) == 2)  // extension H
        #expect(DisplayWidth.of(Character("\u{F900}")) == 2)   // compatibility ideograph
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ひらがなカタカナ") == 16)
        #expect(DisplayWidth.of("ｱｲｳ") == 3)  // half-width katakana
    }

    @Test func fullWidthPunctuation() {
        for ch in "，。；：、？！（）《》「」『』【】〔〕\u{3000}％＋￥￡" {
            #expect(DisplayWidth.of(ch) == 2, "\(ch)")
        }
        #expect(DisplayWidth.of("（2026年度）") == 12)
        // East Asian Ambiguous stays narrow.
        for ch in "“”‘’…—·" { #expect(DisplayWidth.of(ch) == 1, "\(ch)") }
        #expect(DisplayWidth.of("“漾泉英才”") == 10)
    }

    @Test func combiningAndZeroWidth() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of("e\u{301}e\u{301}") == 2)
        #expect(DisplayWidth.of("中\u{301}") == 2)
        #expect(DisplayWidth.of("a\u{20DD}") == 1)  // enclosing mark
        for v: UInt32 in [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x202E, 0xFE0F, 0xFE0E, 0xE0100, 0x3099] {
            #expect(DisplayWidth.of(Unicode.Scalar(v)!) == 0, "U+\(String(v, radix: 16))")
        }
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)  // conjoining jamo: one syllable
    }

    @Test func emoji() {
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of(Character("❤")) == 1)
        #expect(DisplayWidth.of(Character("❤\u{FE0F}")) == 2)          // VS16
        #expect(DisplayWidth.of(Character("👍🏽")) == 2)               // skin tone
        #expect(DisplayWidth.of(Character("👨\u{200D}👩\u{200D}👧")) == 2)  // ZWJ family
        #expect(DisplayWidth.of(Character("🇨🇳")) == 2)               // flag
        #expect(DisplayWidth.of(Character("1\u{FE0F}\u{20E3}")) == 2)  // keycap
        #expect(DisplayWidth.of("a😀b") == 4)
        #expect(DisplayWidth.of("❤\u{FE0F}❤\u{FE0F}") == 4)
        #expect(DisplayWidth.of(Character("⌚")) == 2)
    }

    /// The string function (with its fast paths) equals the sum over characters.
    @Test func stringIsSumOfCharacters() {
        var samples = mixedSamples
        samples += ["a\u{301}", "\u{301}a", "\u{1100}한", "中\u{3099}", "\u{AD}x", "x\u{85}y", "🇨🇳🇨", "a\r\nb"]
        for s in samples {
            let sum = s.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(s) == sum, "\(s.debugDescription)")
            #expect(DisplayWidth.of(Substring(s)) == sum)
            #expect(DisplayWidth.of(s.dropFirst(0)) == sum)
        }
        #expect(DisplayWidth.of(longSample) == longSample.reduce(0) { $0 + DisplayWidth.of($1) })
    }

    /// Every scalar: the range-check fast paths agree with the generated table, and the
    /// "simple" scalars are exactly as wide as the table says.
    @Test func fastPathsAgreeWithTable() {
        var mismatches: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let t = Int(DisplayWidth.lookup(v))
            if DisplayWidth.of(s) != t { mismatches.append(v) }
            let simple = DisplayWidth.simpleScalarWidth(v)
            if simple >= 0 && simple != t { mismatches.append(v) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
    }

    /// Two "simple" scalars never join into one cluster, which is what lets the string fast
    /// path add scalar widths instead of walking characters (any other scalar sends it to the
    /// slow path). Checked for every simple scalar against itself and simple neighbours of the
    /// break classes that could join: a simple scalar must not be a regional indicator, Hangul
    /// L/V/T jamo, Prepend, Extend, ZWJ or SpacingMark.
    @Test func simpleScalarsNeverJoin() {
        let neighbours: [Unicode.Scalar] = ["a", "\u{AC00}", "\u{AC01}", "中", "\u{2764}"]
        for x in neighbours { #expect(DisplayWidth.simpleScalarWidth(x.value) > 0) }
        var joined: [UInt32] = []
        for v in UInt32(0x20)...0xFFFF where DisplayWidth.simpleScalarWidth(v) >= 0 {
            let s = Unicode.Scalar(v)!
            var pairs = [[s, s]]
            for x in neighbours { pairs += [[s, x], [x, s]] }
            for pair in pairs {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: pair)
                if String(view).count != 2 { joined.append(v); break }
            }
        }
        #expect(joined.isEmpty, "\(joined.prefix(10).map { String($0, radix: 16) })")
        // And the test would notice: these join.
        for pair: [Unicode.Scalar] in [["\u{1100}", "\u{AC00}"], ["a", "\u{301}"], ["\u{1F1E8}", "\u{1F1F3}"], ["\u{600}", "a"]] {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: pair)
            #expect(String(view).count == 1)
        }
    }

    @Test func tableIsSortedAndDisjoint() {
        let lo = DisplayWidth.tableLo, hi = DisplayWidth.tableHi, w = DisplayWidth.tableWidth
        #expect(lo.count == hi.count && hi.count == w.count)
        for i in lo.indices {
            #expect(lo[i] <= hi[i])
            #expect(w[i] == 0 || w[i] == 2)
            if i > 0 { #expect(hi[i - 1] < lo[i]) }
        }
        // Spot checks straight from the table.
        #expect(DisplayWidth.lookup(0x302A) == 0)
        #expect(DisplayWidth.lookup(0x303F) == 1)
        #expect(DisplayWidth.lookup(0x1F321) == 1)  // thermometer: text presentation
        #expect(DisplayWidth.lookup(0x1F600) == 2)
        #expect(DisplayWidth.lookup(0x10FFFF) == 1)
    }
}

// MARK: - Sanitizer

@Suite struct SanitizerTests {
    @Test func escapeSequencesBecomeVisible() {
        #expect(Sanitizer.clean("\u{1B}]0;evil\u{07}") == "␛]0;evil␇")
        #expect(Sanitizer.clean("\u{1B}[31mred\u{1B}[0m") == "␛[31mred␛[0m")
        #expect(Sanitizer.clean("\u{1B}[2J\u{1B}[H项目") == "␛[2J␛[H项目")
        #expect(Sanitizer.clean("\u{1B}P+q\u{1B}\\") == "␛P+q␛\\")
        let out = Sanitizer.clean("x\u{1B}]52;c;ZXZpbA==\u{07}y")
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func everyC0ControlAndDel() {
        for v in UInt32(0)..<0x20 {
            #expect(Sanitizer.clean("a" + scalarString(v) + "b") == "a" + scalarString(0x2400 + v) + "b")
        }
        #expect(Sanitizer.clean("\u{7F}") == "␡")
        #expect(Sanitizer.clean("\u{00}") == "␀")
    }

    @Test func c1Controls() {
        for v in UInt32(0x80)...0x9F {
            #expect(Sanitizer.clean("中" + scalarString(v) + "文") == "中\u{FFFD}文", "U+\(String(v, radix: 16))")
        }
        #expect(Sanitizer.clean("\u{9B}31m") == "\u{FFFD}31m")  // 8-bit CSI
        #expect(Sanitizer.clean("\u{9D}0;evil\u{9C}") == "\u{FFFD}0;evil\u{FFFD}")  // 8-bit OSC
    }

    @Test func bidiAndZeroWidth() {
        let unsafe: [UInt32] = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                                0x200E, 0x200F, 0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD,
                                0x2028, 0x2029, 0xFFF9, 0xE0001, 0xE0041]
        for v in unsafe {
            #expect(Sanitizer.clean("ab" + scalarString(v) + "cd") == "ab\u{FFFD}cd", "U+\(String(v, radix: 16))")
            #expect(!Sanitizer.isClean(scalarString(v)))
            #expect(Sanitizer.isUnsafe(Unicode.Scalar(v)!))
        }
        #expect(Sanitizer.clean("user\u{202E}gpj.exe") == "user\u{FFFD}gpj.exe")
    }

    @Test func newlines() {
        #expect(Sanitizer.clean("a\nb\tc\r") == "a␊b␉c␍")
        #expect(Sanitizer.clean("a\r\nb") == "a␍␊b")
        #expect(Sanitizer.cleanKeepingNewlines("a\r\nb\rc\td\ne\u{1B}") == "a\nb\nc d\ne␛")
        #expect(Sanitizer.cleanKeepingNewlines("\r\r\n\n") == "\n\n\n")
        #expect(Sanitizer.cleanKeepingNewlines("中\u{202E}文\n") == "中\u{FFFD}文\n")
        #expect(Sanitizer.cleanKeepingNewlines("line\r") == "line\n")
        #expect(Sanitizer.cleanKeepingNewlines("plain\ntext") == "plain\ntext")
    }

    @Test func cleanInputIsUnchanged() {
        let clean = mixedSamples + [longSample, "ASCII only", "❤\u{FE0F}👍🏽🇨🇳",
                                    "é e\u{301} ñ", "￥5,000（元）", "\u{E000}private"]
        for s in clean {
            #expect(Sanitizer.isClean(s), "\(s.debugDescription)")
            #expect(Sanitizer.clean(s) == s)
            #expect(Sanitizer.cleanKeepingNewlines(s) == s)
        }
        #expect(!Sanitizer.isClean("a\nb"))
        #expect(!Sanitizer.isClean("\u{1B}"))
    }

    /// Every scalar: replaced exactly when it is Cc, Cf, Zl or Zp; the fast ranges agree.
    @Test func exactlyControlAndFormatScalars() {
        var wrong: [UInt32] = []
        var all = String.UnicodeScalarView()
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let expected: Bool
            switch s.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: expected = true
            default: expected = false
            }
            if Sanitizer.isUnsafe(s) != expected { wrong.append(v) }
            all.append(s)
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0, radix: 16) })")
        // The byte scanner on one string holding every scalar.
        let out = Sanitizer.clean(String(all))
        let left = out.unicodeScalars.filter {
            switch $0.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
        #expect(left.isEmpty)
        #expect(Sanitizer.isClean(out))
        #expect(Sanitizer.clean(out) == out)
    }

    @Test func multiByteNeighbours() {
        #expect(Sanitizer.clean("中\u{85}文") == "中\u{FFFD}文")
        #expect(Sanitizer.clean("😀\u{E0001}x") == "😀\u{FFFD}x")
        #expect(Sanitizer.clean("\u{1B}") == "␛")
        #expect(Sanitizer.clean("") == "")
        #expect(Sanitizer.clean("“引号”\u{2028}…") == "“引号”\u{FFFD}…")
    }
}

// MARK: - TextLayout: truncate, pad, fit, clip

@Suite struct TruncatePadTests {
    @Test func truncate() {
        #expect(TextLayout.truncate("项目名称", to: 8) == "项目名称")
        #expect(TextLayout.truncate("项目名称", to: 7) == "项目名…")
        #expect(TextLayout.truncate("项目名称", to: 5) == "项目…")
        #expect(TextLayout.truncate("项目名称", to: 4) == "项…")  // 项目 + … would be 5: one column short
        #expect(TextLayout.truncate("项目名称", to: 1) == "…")
        #expect(TextLayout.truncate("项目名称", to: 0) == "")
        #expect(TextLayout.truncate("项目名称", to: -5) == "")
        #expect(TextLayout.truncate("abc", to: 3) == "abc")
        #expect(TextLayout.truncate("abcd", to: 3) == "ab…")
        #expect(TextLayout.truncate("", to: 3) == "")
        #expect(TextLayout.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
    }

    @Test func pad() {
        #expect(TextLayout.pad("中文", to: 5) == "中文 ")
        #expect(TextLayout.pad("中文", to: 5, align: .right) == " 中文")
        #expect(TextLayout.pad("中文abc", to: 4) == "中… ")
        #expect(TextLayout.pad("中文", to: 4) == "中文")
        #expect(TextLayout.pad("x", to: 0) == "")
        #expect(TextLayout.pad("", to: 3) == "   ")
        #expect(TextLayout.fit("项目名称", to: 6, align: .right) == "项目… ".trimmingCharacters(in: .whitespaces).paddedLeft(6))
        #expect(TextLayout.fit("ab", to: 4) == "ab  ")
    }

    @Test func clip() {
        #expect(TextLayout.clip("中文abc", to: 3) == "中")
        #expect(TextLayout.clip("中文abc", to: 5) == "中文a")
        #expect(TextLayout.clip("中文abc", to: 9) == "中文abc")
        #expect(TextLayout.clip("中文", to: 0) == "")
    }

    /// Property: for many widths, pad is exactly `width` columns and truncate at most `width`,
    /// a prefix of the text, and unchanged when the text fits.
    @Test func exactWidthsOverManyWidths() {
        for s in mixedSamples + [longSample] {
            let full = DisplayWidth.of(s)
            for width in -2...70 {
                let t = TextLayout.truncate(s, to: width)
                let tw = DisplayWidth.of(t)
                #expect(tw <= max(0, width), "\(s) @\(width)")
                #expect(DisplayWidth.of(TextLayout.pad(s, to: width)) == max(0, width), "\(s) @\(width)")
                #expect(DisplayWidth.of(TextLayout.pad(s, to: width, align: .right)) == max(0, width))
                #expect(DisplayWidth.of(TextLayout.fit(s, to: width)) == max(0, width))
                #expect(DisplayWidth.of(TextLayout.clip(s, to: width)) <= max(0, width))
                if full <= width {
                    #expect(t == s)
                } else if width > 0 {
                    #expect(t.hasSuffix("…"))
                    #expect(s.hasPrefix(t.dropLast()))
                    #expect(tw >= width - 1)
                }
            }
        }
    }
}

extension String {
    fileprivate func paddedLeft(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(self))) + self
    }
}

// MARK: - TextLayout: wrap

@Suite struct WrapTests {
    /// The public punctuation sets and the classifier wrap uses agree on every BMP scalar.
    @Test func punctuationSetsMatchClassifier() {
        #expect(TextLayout.closingPunctuation.isSuperset(of: Array("，。；：、？！）》」』】〕…,.;:!?)%")))
        #expect(TextLayout.openingPunctuation.isSuperset(of: Array("（《「『【〔(")))
        var wrong: [UInt32] = []
        for v in UInt32(0x20)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let ch = Character(s)
            let cls = TextLayout.breakClass(v, width: DisplayWidth.of(s))
            if TextLayout.closingPunctuation.contains(ch) != (cls == .closing) { wrong.append(v) }
            if TextLayout.openingPunctuation.contains(ch) != (cls == .opening) { wrong.append(v) }
        }
        #expect(wrong.isEmpty, "\(wrong.map { String($0, radix: 16) })")
    }

    @Test func kinsokuPullsPreviousCharacterDown() {
        let text = "保障参保居民基本生活，确保"
        // At 20 columns 保障参保居民基本生活 fills the line and ， would start the next one.
        #expect(TextLayout.wrap(text, width: 20) == ["保障参保居民基本生", "活，确保"])
        #expect(TextLayout.wrap(text, width: 21) == ["保障参保居民基本生", "活，确保"])
        #expect(TextLayout.wrap(text, width: 22) == ["保障参保居民基本生活，", "确保"])
        // Two closing marks in a row travel with the character before them.
        #expect(TextLayout.wrap("生活。”确保", width: 5) == ["生", "活。”", "确保"])
        // 活。” does not fit in 4: the rule gives way rather than leave a line empty.
        #expect(TextLayout.wrap("生活。”确保", width: 4) == ["生", "活。", "”确", "保"])
        // No room to pull a character down (the word fills the line): the rule gives way.
        #expect(TextLayout.wrap("abc, def", width: 3) == ["abc", ",", "def"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        let text = "城乡居民养老出入口补，对符合条件的救助对象进行补助。确保2023年城乡居民养老保险出入口及时到位、保障参保居民基本生活！"
        for width in 4...60 {
            let lines = TextLayout.wrap(text, width: width)
            for line in lines.dropFirst() {
                #expect(!TextLayout.closingPunctuation.contains(line.first!), "@\(width): \(lines)")
            }
        }
    }

    @Test func openingPunctuationNeverEndsALine() {
        #expect(TextLayout.wrap("资金总额（元）", width: 10) == ["资金总额", "（元）"])
        #expect(TextLayout.wrap("按照《阳泉市科技博士服务团成员管理服务办法》", width: 6) == ["按照", "《阳泉", "市科技", "博士服", "务团成", "员管理", "服务办", "法》"])
        let text = "依据《关于建立城乡居民基本养老保险待遇确定和基础养老金正常调整机制的实施办法》（试行）"
        for width in 4...50 {
            for line in TextLayout.wrap(text, width: width) {
                #expect(!TextLayout.openingPunctuation.contains(line.last!), "@\(width)")
            }
        }
    }

    @Test func wordsAndNumbersStayWhole() {
        #expect(TextLayout.wrap("总额为3413.66万元", width: 10) == ["总额为", "3413.66万", "元"])
        #expect(TextLayout.wrap("金额58,372,000元", width: 12) == ["金额", "58,372,000元"])
        #expect(TextLayout.wrap("hello world foo", width: 8) == ["hello", "world", "foo"])
        #expect(TextLayout.wrap("成人IC卡优惠", width: 5) == ["成人", "IC卡", "优惠"])
        #expect(TextLayout.wrap("增长12.5%以上", width: 8) == ["增长", "12.5%以", "上"])
        #expect(TextLayout.wrap("低于2元/人次的成本", width: 9) == ["低于2元/", "人次的成", "本"])
        #expect(TextLayout.wrap("2024-2025年度", width: 6) == ["2024-", "2025年", "度"])
        #expect(TextLayout.wrap("项目——补贴", width: 5) == ["项目", "——补", "贴"])
        // A word wider than the line is cut.
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func spacesAtBreaksAreDropped() {
        #expect(TextLayout.wrap("ab   cd", width: 3) == ["ab", "cd"])
        #expect(TextLayout.wrap("ab cd", width: 5) == ["ab cd"])
        #expect(TextLayout.wrap("  indented text", width: 10) == ["  indented", "text"])
        #expect(TextLayout.wrap("中文　中文", width: 4) == ["中文", "中文"])
        #expect(TextLayout.wrap("      ", width: 3) == [""])
    }

    @Test func paragraphs() {
        #expect(TextLayout.wrap("", width: 10) == [""])
        #expect(TextLayout.wrap("a\n\nb", width: 10) == ["a", "", "b"])
        #expect(TextLayout.wrap("a\n", width: 10) == ["a", ""])
        #expect(TextLayout.wrap("a\r\nb\rc", width: 10) == ["a", "b", "c"])
        #expect(TextLayout.wrap("中文中文\n中", width: 4) == ["中文", "中文", "中"])
    }

    @Test func tinyWidthsTerminate() {
        let text = "中文ab，。（x）😀e\u{301}"
        for width in [-1, 0, 1] {
            let lines = TextLayout.wrap(text, width: width)
            #expect(lines.joined() == text)
            for line in lines {
                #expect(DisplayWidth.of(line) <= 1 || line.count == 1, "\(line)")
            }
        }
        #expect(TextLayout.wrap("中文", width: 0) == ["中", "文"])
        #expect(TextLayout.wrap("ab", width: 1) == ["a", "b"])
        #expect(TextLayout.wrap("，，，", width: 2) == ["，", "，", "，"])
    }

    /// Every line fits, nothing but spaces is lost, for widths 1…40 over the long sample.
    @Test func everyLineFitsOverManyWidths() {
        let text = longSample + " Mixed ASCII words: performance-target 2026 a b c\n\n（一）第二段，“引号”。"
        let solid = text.filter { $0 != " " && $0 != "\n" }
        for width in 1...40 {
            let lines = TextLayout.wrap(text, width: width)
            #expect(lines.joined().filter { $0 != " " } == solid, "@\(width)")
            for line in lines {
                if width >= 2 {
                    #expect(DisplayWidth.of(line) <= width, "@\(width): \(line)")
                } else {
                    #expect(DisplayWidth.of(line) <= 1 || line.count == 1, "@\(width): \(line)")
                }
            }
            if width >= 6 {
                for line in lines.dropFirst() where !line.isEmpty {
                    #expect(!TextLayout.closingPunctuation.contains(line.first!), "@\(width): \(line)")
                }
                for line in lines where !line.isEmpty {
                    #expect(!TextLayout.openingPunctuation.contains(line.last!), "@\(width): \(line)")
                }
            }
        }
    }

    /// Every cell of the sample file, sanitized and wrapped at a few widths.
    @Test func sampleFileCells() throws {
        let url = try #require(Bundle.module.url(forResource: "yangquan-2026", withExtension: "txt", subdirectory: "Resources"))
        let content = try String(contentsOf: url, encoding: .utf8)
        var cells = 0
        for row in content.split(separator: "\n") {
            for cell in row.split(separator: "\t") {
                let clean = Sanitizer.clean(String(cell))
                #expect(Sanitizer.isClean(clean))
                cells += 1
                for width in [2, 7, 20, 33, 80] {
                    for line in TextLayout.wrap(clean, width: width) {
                        #expect(DisplayWidth.of(line) <= width)
                    }
                    #expect(DisplayWidth.of(TextLayout.pad(clean, to: width)) == width)
                }
            }
        }
        #expect(cells > 100)
    }

    /// Inputs that would make a backtracking wrapper quadratic still wrap.
    @Test(.timeLimit(.minutes(5))) func largeInputsWrap() {
        let inputs = [
            String(repeating: "，", count: 100_000),
            String(repeating: "a", count: 200_000),
            String(repeating: longSample, count: 40),
            "a" + String(repeating: " ", count: 200_000) + "b",
            String(repeating: "（", count: 100_000),
            String(repeating: "e\u{301}", count: 100_000),
            String(repeating: "a" + String(repeating: " ", count: 300), count: 1_000),
        ]
        // The time limit only guards against a hang (quadratic wrapping of these inputs would
        // take hours); speed itself is measured in the benchmarks.
        for text in inputs {
            #expect(!TextLayout.wrap(text, width: 37).isEmpty)
            #expect(!TextLayout.wrap(text, width: 500).isEmpty)
        }
    }
}
