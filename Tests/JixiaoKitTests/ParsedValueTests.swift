import Testing
@testable import JixiaoKit

@Suite struct ParsedValueTests {
    @Test func shapes() throws {
        let cases: [(String, String, Double, String)] = [
            ("≥407097人/年", "≥", 407_097, "人/年"), ("100%", "", 100, "%"), ("3413.66万元/年", "", 3413.66, "万元/年"),
            ("1.49元/立方米", "", 1.49, "元/立方米"), ("≤5年", "≤", 5, "年"), (">=90%", "≥", 90, "%"),
            ("＜ 3 天", "<", 3, "天"), ("1,234个", "", 1234, "个"), ("2026年底前完成", "", 2026, "年底前完成"),
        ]
        for (text, comparator, number, unit) in cases {
            let p = try #require(ParsedValue(text), "\(text)")
            #expect(p.comparator == comparator, "\(text)")
            #expect(p.number == number, "\(text)")
            #expect(p.unit == unit, "\(text)")
        }
        for text in ["有效保障", "是/否", "", "≥", "及时", ".5"] { #expect(ParsedValue(text) == nil, "\(text)") }
    }

    @Test func jsonStaysOnTheFastPathOnlyWhenSafe() {
        #expect(JSONWriter.isPlain(Array("≥95% “优秀” （市本级），".utf8)))
        #expect(!JSONWriter.isPlain(Array("a\u{202E}b".utf8)))
        #expect(!JSONWriter.isPlain(Array("a\u{200B}b".utf8)))
        #expect(!JSONWriter.isPlain(Array("a\u{85}b".utf8)))
        #expect(!JSONWriter.isPlain(Array("\u{FEFF}".utf8)))
        #expect(!JSONWriter.isPlain(Array("say \"hi\"".utf8)))
    }
}
