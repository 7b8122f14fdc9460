import Foundation
import Testing
@testable import JixiaoKit

/// Search: folding, pinyin initials, field boundaries, `within`, highlight ranges.
@Suite struct SearchTests {
    static func form(
        project: String = "", department: Department = Department(), unit: String = "",
        overview: String = "", goal: String = "", indicators: [Indicator] = [], annual: [Indicator] = []
    ) -> Form {
        Form(
            project: project, department: department, implementingUnit: unit,
            narrative: Narrative(overview: overview), goals: Goals(implementation: goal),
            indicators: IndicatorTable(implementation: indicators, annual: annual))
    }

    static let forms: [Form] = [
        form(project: "公交政策性亏损补贴", department: Department(code: "906", name: "交通局"), unit: "阳泉市公共交通有限公司",
             overview: "对公交企业因执行票价政策形成的亏损给予补贴",
             indicators: [Indicator(tier1: "产出指标", tier2: "数量指标", name: "补贴线路", value: "≥ 30条"),
                          Indicator(tier1: "满意度指标", tier2: "服务对象满意度", name: "乘客满意度", value: "100％")]),
        form(project: "人才工作经费", department: Department(code: "005", name: "组织部"),
             unit: "中国共产党阳泉市委员会组织部（阳泉市公务员局）",
             goal: "2024年月度考核全部完成",
             indicators: [Indicator(tier1: "产出指标", tier2: "质量指标", name: "引进人才", value: "＞50人")]),
        form(project: "老年人免费乘车 IC卡", unit: "(市本级)",
             overview: "发放 IC 卡，覆盖全市老年人",
             annual: [Indicator(tier1: "效益指标", tier2: "社会效益", name: "覆盖率", value: "100%")]),
        form(project: "银行 手续费", overview: "增长 与 调整"),
    ]

    static let index = SearchIndex(forms: forms)

    func matches(_ q: String, within: [Int]? = nil) -> [Int] { Self.index.matches(q, within: within) }

    @Test func emptyQueryIsEverything() {
        #expect(matches("") == [0, 1, 2, 3])
        #expect(matches("  \u{3000}") == [0, 1, 2, 3])
        #expect(matches("", within: [1, 3]) == [1, 3])
    }

    @Test func plainSubstring() {
        #expect(matches("公交") == [0])
        #expect(matches("人才工作") == [1])
        #expect(matches("阳泉市") == [0, 1])
        #expect(matches("没有的词") == [])
    }

    @Test func whitespaceIgnoredBothWays() {
        #expect(matches("公 交") == [0])
        #expect(matches("公\u{3000}交 政策") == [0])
        #expect(matches("免费乘车IC卡") == [2])  // text has a space before IC
        #expect(matches("银行手续费") == [3])
    }

    @Test func fullWidthFoldsBothWays() {
        #expect(matches("100%") == [0, 2])  // 100％ in form 0, 100% in form 2
        #expect(matches("100％") == [0, 2])
        #expect(matches("（市本级）") == [2])  // text is (市本级)
        #expect(matches("(阳泉市公务员局)") == [1])  // text is （阳泉市公务员局）
        #expect(matches(">50人") == [1])  // text is ＞50人
        #expect(matches("＞５０") == [1])
        #expect(matches("≥30条") == [0])  // ≥ is not folded, but spaces are ignored
        #expect(matches(">=30") == [])
    }

    @Test func asciiCaseInsensitive() {
        #expect(matches("ic卡") == [2])
        #expect(matches("IC卡") == [2])
        #expect(matches("Ｉｃ卡") == [2])
    }

    @Test func pinyinInitials() {
        #expect(matches("gj") .contains(0))  // 公交
        #expect(matches("rcgz") == [1])  // 人才工作
        #expect(matches("RCGZ") == [1])
        #expect(matches("gjzcxksbt") == [0])  // 公交政策性亏损补贴
        #expect(matches("zzbu") == [])
    }

    @Test func mixedQueries() {
        #expect(matches("公j") == [0])
        #expect(matches("g交") == [0])
        #expect(matches("2024年y") == [1])  // 2024年月
        #expect(matches("2024年yd") == [1])
        #expect(matches("2024年x") == [])
        #expect(matches("r才g") == [1])
    }

    @Test func polyphones() {
        // 行 is xing and hang, 长 chang and zhang, 调 diao and tiao.
        #expect(matches("yh") .contains(3))  // 银行
        #expect(matches("zz") .contains(3))  // 增长
        #expect(matches("tz") .contains(3))  // 调整
        #expect(matches("zx") .contains(0))  // 执行
    }

    @Test func noMatchAcrossFields() {
        // Project of form 0 ends in 补贴, its department code begins 906.
        #expect(matches("补贴906") == [])
        #expect(matches("bt906") == [])
        #expect(matches("贴9") == [])
        // Indicator name and value are separate fields.
        #expect(matches("引进人才＞50") == [])
        #expect(matches("引进人才") == [1])
        // The department is searched as code-name.
        #expect(matches("906-交通") == [0])
        #expect(matches("005组织部") == [])
        #expect(matches("005-zzb") == [1])
    }

    @Test func tierLabelsAreSearched() {
        #expect(matches("满意度指标") == [0])
        #expect(matches("社会效益") == [2])
        #expect(matches("sh效益") == [2])
    }

    @Test func withinNarrowsLikeAFullSearch() {
        var previous: [Int]? = nil
        var typed = ""
        for ch in "公交政策性亏损" {
            typed.append(ch)
            let narrowed = matches(typed, within: previous)
            #expect(narrowed == matches(typed))
            previous = narrowed
        }
        #expect(matches("g", within: [2, 3]) == [2])  // 覆盖 in form 2; nothing in form 3
        #expect(matches("阳泉", within: [1]) == [1])
    }

    @Test func formMatches() {
        #expect(Self.index.formMatches(1, "rcgz"))
        #expect(!Self.index.formMatches(0, "rcgz"))
        #expect(Self.index.count == 4)
    }

    // MARK: Ranges

    func highlighted(_ q: String, _ text: String) -> [String] {
        SearchIndex.ranges(of: q, in: text).map { String(text[$0]) }
    }

    @Test func rangesInOriginalText() {
        #expect(highlighted("公交", "阳泉公交公司公交") == ["公交", "公交"])
        #expect(highlighted("公交", "公 交车") == ["公 交"])  // spans the space
        #expect(highlighted("公 交", "公交车") == ["公交"])
        #expect(highlighted("100%", "满意度100％以上") == ["100％"])
        #expect(highlighted("（市本级）", "(市本级)资金") == ["(市本级)"])
        #expect(highlighted("ic", "IC卡") == ["IC"])
        #expect(highlighted("gj", "阳泉公交公司") == ["公交"])
        #expect(highlighted("2024年y", "2024年月度") == ["2024年月"])
        #expect(highlighted("aa", "aaaa") == ["aa", "aa"])  // no overlaps
        #expect(highlighted("", "公交") == [])
        #expect(highlighted("公交", "") == [])
    }

    @Test func hitsNameTheirFields() {
        let f = Self.forms[0]
        let hits = SearchIndex.hits("公交", in: f)
        #expect(hits.map(\.field) == [.project, .narrative("overview")])  // the unit says 公共交通
        for h in hits {
            let text = h.field.text(in: f)!
            #expect(text[h.range].filter { !$0.isWhitespace } == "公交")
        }
        let values = Self.index.hits("100%", in: f)
        #expect(values.map(\.field) == [.indicatorValue(.implementation, 1)])
        #expect(SearchIndex.hits("满意度", in: f).map(\.field).contains(.tier(.implementation, "满意度指标")))
        #expect(SearchIndex.hits("覆盖", in: Self.forms[2]).map(\.field)
            == [.narrative("overview"), .indicatorName(.annual, 0)])
        #expect(SearchIndex.hits("", in: f).isEmpty)
    }

    // MARK: The pinyin table

    func initials(_ ch: Unicode.Scalar) -> String {
        let m = SearchFolding.initials(ch.value)
        return String((0..<26).filter { m & 1 << $0 != 0 }.map { Character(Unicode.Scalar(0x61 + UInt8($0))) })
    }

    @Test func pinyinTableSanity() {
        #expect(initials("公") == "g")
        #expect(initials("交") == "j")
        #expect(initials("人") == "r")
        #expect(initials("才") == "c")
        #expect(initials("阳") == "y")
        #expect(initials("绩") == "j")
        #expect(initials("效") == "x")
        #expect(initials("行") == "hx")
        #expect(initials("长") == "cz")
        #expect(initials("a") == "a")
        #expect(initials("1") == "")
        #expect(initials("，") == "")
        #expect(SearchFolding.pinyin.masks.count == Int(PinyinTable.last - PinyinTable.first + 1))
        // Almost every URO ideograph has a reading.
        let uro = SearchFolding.pinyin.masks[Int(0x4E00 - PinyinTable.first)...Int(0x9FA5 - PinyinTable.first)]
        #expect(uro.filter { $0 == 0 }.count < 100)
    }

    @Test func folding() {
        #expect(SearchFolding.fold(0xFF05) == 0x25)  // ％
        #expect(SearchFolding.fold(0xFF1E) == 0x3E)  // ＞
        #expect(SearchFolding.fold(0xFF10) == 0x30)  // ０
        #expect(SearchFolding.fold(0xFF21) == 0x61)  // Ａ → a
        #expect(SearchFolding.fold(0x3000) == nil)
        #expect(SearchFolding.fold(0x200B) == nil)
        #expect(SearchFolding.fold(0x2265) == 0x2265)  // ≥ stays
        #expect(SearchFolding.fold(0x4E00) == 0x4E00)
    }

    // MARK: The index against the plain matcher

    /// Random forms over a small alphabet full of the hard cases (spaces, full-width forms,
    /// letters, polyphones, digits), and random queries: `matches` (filters, SIMD scans,
    /// chunks, parallel parts) must agree with `hits` (one scalar at a time, no index).
    @Test func indexAgreesWithPlainMatching() {
        var state: UInt64 = 2024
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        let alphabet = Array("公交人才工作行长重调会 　%％>＞0０1(（）)AaIiC卡年月2024，。≥数量指标满意度".unicodeScalars)
        func text(_ n: Int) -> String {
            String(String.UnicodeScalarView((0..<n).map { _ in alphabet[next(alphabet.count)] }))
        }
        // 2,100 forms: more than one build chunk, and enough for the parallel scan.
        let forms = (0..<2100).map { _ in
            Self.form(project: text(3 + next(8)), department: Department(code: text(2), name: text(3)),
                      unit: text(next(6)), overview: text(next(60)), goal: text(next(40)),
                      indicators: [Indicator(tier1: "产出指标", tier2: text(3), name: text(5), value: text(4))])
        }
        let index = SearchIndex(forms: forms)
        var queries = ["gj", "rcgz", "公j", "xh", "h", "ic", "2024年y", "100%", "（", "0", "zc", "行", "ggg"]
        for _ in 0..<25 { queries.append(text(1 + next(4))) }
        for q in queries {
            // An empty query (whitespace only) is everything, and highlights nothing.
            let plain = SearchQuery(q).isEmpty
                ? Array(forms.indices) : forms.indices.filter { !SearchIndex.hits(q, in: forms[$0]).isEmpty }
            let found = index.matches(q)
            #expect(found == plain, "query \(q.debugDescription): \(found.count) found, \(plain.count) expected")
            let half = Array(stride(from: 0, to: forms.count, by: 2))
            let narrowed = index.matches(q, within: half)
            #expect(narrowed == plain.filter { $0 % 2 == 0 }, "query \(q.debugDescription) within half")
        }
    }
}
