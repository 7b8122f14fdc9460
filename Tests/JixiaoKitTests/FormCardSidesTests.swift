import Testing
@testable import JixiaoKit

/// `jixiao show`'s card prints the sides the form has: a 年度-only form of the 88号 template
/// (read from the template's text, AnnualTemplateTests) gets no 实施期 column anywhere; a form
/// with both sides keeps both.
@Suite struct FormCardSidesTests {
    static func annualForm() throws -> Form {
        let result = TestData.read(AnnualTemplateTests.template(), file: "88号.txt")
        return try #require(result.forms.first)
    }

    @Test func anAnnualOnlyCardHasNoImplementationColumn() throws {
        let f = try Self.annualForm()
        #expect(f.sides == [.annual])
        let lines = FormCard.lines(f, width: 80)
        #expect(!lines.contains { $0.contains("实施期") }, "\(lines.joined(separator: "\n"))")
        // The funds table: one column, 年度, in 元.
        let funds = try #require(lines.firstIndex(of: "项目资金（元）"))
        #expect(lines[funds + 1].trimmingCharacters(in: .whitespaces) == "年度")
        #expect(lines[funds + 2].hasPrefix("资金总额") && lines[funds + 2].hasSuffix("1,205,000"))
        #expect(lines.contains { $0.hasPrefix("  财政拨款") && $0.hasSuffix("1,205,000") })
        // 总体目标: the annual goal alone.
        let goals = try #require(lines.firstIndex(of: "总体目标"))
        #expect(lines[goals + 1] == "  年度" && lines[goals + 2] == "    举办赛事两场，提升城市知名度。")
        #expect(lines[goals + 3] == "")
        // The tree: one value column headed 年度, each value in it, no ≠ and no —.
        let tree = try #require(lines.firstIndex(of: "绩效指标"))
        #expect(lines[tree + 1].trimmingCharacters(in: .whitespaces) == "年度")
        let row = try #require(lines.first { $0.contains("举办赛事场次") })
        #expect(row.hasSuffix("2场") && !row.contains("—") && !row.contains("≠"))
        // The value column starts where the header's 年度 does.
        #expect(DisplayWidth.of(String(row.prefix { $0 != "2" })) == DisplayWidth.of(String(lines[tree + 1].prefix { $0 != "年" })))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func aCardWithBothSidesKeepsBoth() throws {
        let forms = TestData.read(TestData.sampleText).forms
        let lines = FormCard.lines(forms[2], width: 80)
        let funds = try #require(lines.firstIndex(of: "项目资金（元）"))
        #expect(lines[funds + 1].contains("实施期") && lines[funds + 1].contains("年度"))
        let tree = try #require(lines.firstIndex(of: "绩效指标"))
        #expect(lines[tree + 1].contains("实施期") && lines[tree + 1].hasSuffix("年度"))
        let goals = try #require(lines.firstIndex(of: "总体目标"))
        #expect(lines[goals + 1] == "  实施期")
        #expect(lines.contains { $0.contains("≠") })
    }
}
