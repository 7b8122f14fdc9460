import Testing
@testable import JixiaoKit

/// One small hand-written input per quirk of docs/format.md.
@Suite struct QuirkTests {
    func only(_ text: String) throws -> Form {
        let r = TestData.read(text)
        #expect(r.forms.count == 1)
        return try #require(r.forms.first)
    }

    @Test func plainTwoSidedTable() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "产出指标", "数量指标", "培训人次", "≥300人次", "数量指标", "培训人次", "≥120人次"],
            ["", "", "", "培训场次", "12场", "", "培训场次", "5场"],
        ]))
        #expect(TestData.rows(f, .implementation) == ["产出指标/数量指标/培训人次/≥300人次", "产出指标/数量指标/培训场次/12场"])
        #expect(TestData.rows(f, .annual) == ["产出指标/数量指标/培训人次/≥120人次", "产出指标/数量指标/培训场次/5场"])
        #expect(f.readingNotes.isEmpty)
    }

    @Test func tier2LabelInTier1ColumnOrColumnZero() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "产出指标", "数量指标", "路灯数量", "500盏", "数量指标", "路灯数量", "500盏"],
            ["", "时效指标", "维修时限", "48小时", "时效指标", "维修时限", "48小时", ""],
            ["", "效益指标", "社会效益", "夜间出行安全", "提升", "社会效益", "夜间出行安全", "提升"],
            ["生态效益", "", "", "节能率", "≥10%", "生态效益", "节能率", "≥10%"],
        ]))
        #expect(TestData.rows(f, .implementation) == [
            "产出指标/数量指标/路灯数量/500盏", "产出指标/时效指标/维修时限/48小时",
            "效益指标/社会效益/夜间出行安全/提升", "效益指标/生态效益/节能率/≥10%",
        ])
        #expect(TestData.rows(f, .annual).count == 4)
    }

    @Test func tier1LabelInTier2ColumnAndTier2InNameColumn() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "", "产出 指标", "", "", "", "", ""],
            ["", "", "", "时效 指标", "完工时间", "年底前", "时效指标", ""],
            ["", "", "效益指标", "经济 效益", "", "", "", ""],
        ]))
        #expect(TestData.rows(f, .implementation) == ["产出指标/时效指标/完工时间/年底前"])
        let declared = f.indicators.declarations[.implementation]?.map(\.tier2) ?? []
        #expect(declared == ["时效指标", "经济效益"])
    }

    @Test func costTwiceIsTier1AndTier2_onceContinuesOutput() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "产出 指标", "数量 指标", "服务人数", "800人", "数量 指标", "服务人数", "800人"],
            ["", "成本 指标", "成本 指标", "人均补助", "50元/人", "成本 指标", "人均补助", "50元/人"],
        ]))
        #expect(TestData.rows(f, .implementation) == ["产出指标/数量指标/服务人数/800人", "成本指标/成本指标/人均补助/50元/人"])
        #expect(TestData.rows(f, .annual).last == "成本指标/成本指标/人均补助/50元/人")

        let g = try only(TestData.form([
            TestData.header8,
            ["", "产出指标", "数量指标", "服务人数", "800人", "数量指标", "服务人数", "800人"],
            ["", "", "成本指标", "人均补助", "50元/人", "成本指标", "人均补助", "50元/人"],
        ]))
        #expect(TestData.rows(g, .implementation).last == "产出指标/成本指标/人均补助/50元/人")
        #expect(g.indicators.implementation.last?.tier1Kind == .output)
        #expect(g.indicators.implementation.last?.tier2Kind == .cost)
    }

    @Test func newerCostFrameworkTier2() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "", "经济成本指标", "单位成本", "≤20元", "经济成本指标", "单位成本", "≤20元"],
        ]))
        #expect(TestData.rows(f, .implementation) == ["成本指标/经济成本指标/单位成本/≤20元"])
    }

    /// `成本指标 | 经济成本指标 | …`: a 成本指标 before a 二级 of the cost family is the 一级 (found by
    /// the generated forms: it used to be read as a lone 二级, pushing the row to the year side).
    @Test func costTier1BeforeCostFamilyTier2() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "产出指标", "数量指标", "服务人数", "800人", "数量指标", "服务人数", "800人"],
            ["", "成本 指标", "经济 成本 指标", "单位成本", "≤20元", "经济 成本 指标", "单位成本", "≤20元"],
            ["", "", "", "运营成本", "≤9元", "", "运营成本", "≤9元"],
            ["", "", "社会成本指标", "影响程度", "较小", "社会成本指标", "影响程度", "较小"],
        ]))
        let want = ["产出指标/数量指标/服务人数/800人", "成本指标/经济成本指标/单位成本/≤20元", "成本指标/经济成本指标/运营成本/≤9元",
                    "成本指标/社会成本指标/影响程度/较小"]
        #expect(TestData.rows(f, .implementation) == want)
        #expect(TestData.rows(f, .annual) == want)
        #expect(f.readingNotes.isEmpty, "\(f.readingNotes)")
    }

    @Test func missingTier1IsInferredFromTier2() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "", "质量指标", "合格率", "100%", "质量指标", "合格率", "100%"],
            ["", "", "可持续影响", "长效机制", "建立", "可持续影响", "长效机制", "建立"],
            ["", "", "服务对象满意度", "群众满意度", "≥90%", "服务对象满意度", "群众满意度", "≥90%"],
        ]))
        #expect(TestData.rows(f, .implementation) == [
            "产出指标/质量指标/合格率/100%", "效益指标/可持续影响/长效机制/建立", "满意度指标/服务对象满意度/群众满意度/≥90%",
        ])
    }

    @Test func oneSideChangesItsTier2Alone() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "产出指标", "数量指标", "检测批次", "≥60批", "数量指标", "检测批次", "≥60批"],
            ["", "", "", "抽检覆盖率", "95%", "", "质量指标", "抽检合格率", "98%"],
        ]))
        #expect(TestData.rows(f, .implementation) == ["产出指标/数量指标/检测批次/≥60批", "产出指标/数量指标/抽检覆盖率/95%"])
        #expect(TestData.rows(f, .annual) == ["产出指标/数量指标/检测批次/≥60批", "产出指标/质量指标/抽检合格率/98%"])
    }

    @Test func pageBreakWithStrayCells() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "产出指标", "数量指标", "巡查次数", "≥24次", "数量指标", "巡查次数", "≥24次"],
            [],
            ["绩效指标", "", "质量指标", "问题整改率", "100%", "质量指标", "问题整改率", "100%"],
            [],
            ["项目", "效益指标", "社会效益", "群众安全感", "提升", "社会效益", "群众安全感", "提升"],
        ]))
        #expect(TestData.rows(f, .implementation) == [
            "产出指标/数量指标/巡查次数/≥24次", "产出指标/质量指标/问题整改率/100%", "效益指标/社会效益/群众安全感/提升",
        ])
        #expect(f.readingNotes.isEmpty, "\(f.readingNotes)")
    }

    @Test func oneSidedSubTablesBorrowTier2ByName() throws {
        let h4 = ["一级指标", "", "二级指标", "", "三级指标", "", "指标值", "", ""]
        let f = try only(TestData.form([
            h4,
            ["产出指标", "", "数量指标", "", "供水户数", "", "≥3000户", "", ""],
            ["", "", "质量指标", "", "水质达标率", "", "100%", "", ""],
            h4,
            ["", "", "", "", "", "", "水质达标率", "", "99%"],
            h4,
            ["", "", "", "", "", "", "供水户数", "", "≥2800户"],
        ]))
        #expect(TestData.rows(f, .implementation) == ["产出指标/数量指标/供水户数/≥3000户", "产出指标/质量指标/水质达标率/100%"])
        #expect(TestData.rows(f, .annual) == ["产出指标/质量指标/水质达标率/99%", "产出指标/数量指标/供水户数/≥2800户"])
    }

    @Test func yearRowBorrowsFromImplementationRowReadLater() throws {
        let h4 = ["一级指标", "二级指标", "三级指标", "指标值"]
        let f = try only(TestData.form([
            h4,
            ["产出指标", "数量指标", "清扫面积", "50万平方米"],
            h4,
            ["", "", "", "", "保洁频次", "", "2次/日"],
            [],
            ["绩效指标", "", "保洁频次", "2次/日", "", "清扫面积", "50万平方米"],
        ]))
        #expect(TestData.rows(f, .annual) == ["产出指标/数量指标/保洁频次/2次/日", "产出指标/数量指标/清扫面积/50万平方米"])
        #expect(TestData.rows(f, .implementation).last == "产出指标/数量指标/保洁频次/2次/日")
    }

    @Test func wholeTableShiftedOneCellRight() throws {
        let f = try only(TestData.form([
            ["绩效指标", ""] + TestData.header8.dropFirst(),
            ["", "", "产出指标", "", "数量指标", "维修里程", "12公里", "数量指标", "维修里程", "12公里"],
            ["", "", "满意度指标", "", "服务对象满意度", "沿线居民满意度", "≥85%", "服务对象满意度", "沿线居民满意度", "≥85%"],
        ]))
        #expect(TestData.rows(f, .implementation) == ["产出指标/数量指标/维修里程/12公里", "满意度指标/服务对象满意度/沿线居民满意度/≥85%"])
        #expect(TestData.rows(f, .annual) == TestData.rows(f, .implementation))
    }

    @Test func rightSideOnlyRowIsPlacedByWhereRightCellsStand() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "产出指标", "数量指标", "发放人数", "200人", "数量指标", "发放人数", "200人"],
            ["", "", "", "", "", "质量指标", "发放准确率", "100%"],
        ]))
        #expect(TestData.rows(f, .implementation) == ["产出指标/数量指标/发放人数/200人"])
        #expect(TestData.rows(f, .annual) == ["产出指标/数量指标/发放人数/200人", "产出指标/质量指标/发放准确率/100%"])
    }

    @Test func emptyTiersAreDeclarationsNotIndicators() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "效益 指标", "经济 效益", "", "", "经济 效益", "", ""],
            ["", "", "社会效益", "就业带动", "≥50人", "社会效益", "就业带动", "≥50人"],
        ]))
        #expect(f.indicators.implementation.count == 1)
        #expect(f.indicators.declarations[.implementation]?.map(\.tier2) == ["经济效益", "社会效益"])
        #expect(f.indicators.declarations[.annual]?.first?.tier2 == "经济效益")
        let tree = IndicatorTree(f.indicators)
        #expect(tree.groups.first?.children.map(\.kind) == [.economicBenefit, .socialBenefit])
        #expect(tree.groups.first?.children.first?.rows.isEmpty == true)
    }

    @Test func tierLabelsKeepPrintedFormButGroupByKind() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "效益指标", "经济效益指标", "增收金额", "≥10万元", "经济效益", "增收金额", "≥8万元"],
        ]))
        #expect(f.indicators.implementation[0].tier2 == "经济效益指标")
        #expect(f.indicators.annual[0].tier2 == "经济效益")
        #expect(f.indicators.implementation[0].tier2Kind == f.indicators.annual[0].tier2Kind)
        let pair = try #require(IndicatorTree(f.indicators).groups.first?.children.first?.rows.first)
        #expect(pair.implementation?.value == "≥10万元" && pair.annual?.value == "≥8万元")
        #expect(pair.differs)
    }

    @Test func truncatedCellsKeptAsWritten() throws {
        let f = try only(TestData.form([
            TestData.header8,
            ["", "产出指标", "时效指标", "完成验收时间", "年底前", "时效指标", "完成验收时", "年底前"],
        ]))
        #expect(f.indicators.annual[0].name == "完成验收时")
        let pair = try #require(IndicatorTree(f.indicators).groups.first?.children.first?.rows.first)
        #expect(pair.name == "完成验收时间")
    }

    @Test func signoffDateInTheLabelCellOrLater() throws {
        let a = try only(TestData.form([TestData.header8], signoff: ["负责人:", "", "经办人:", "", "联系电话:", "", "填报日期: 20251101093000", ""]))
        #expect(a.signoff.filedAt == "20251101093000")
        let b = try only(TestData.form([TestData.header8], signoff: ["负责人：张三", "", "经办人：", "", "联系电话：", "0353-1234567", "填报日期：", "", "", "2025110109300"]))
        #expect(b.signoff.leader == "张三")
        #expect(b.signoff.phone == "0353-1234567")
        #expect(b.signoff.filedAt == "2025110109300")
    }

    /// Only real tags go: a title in angle brackets that starts with an ASCII letter (`<B超>`,
    /// `<I期>`, `<A级景区>`) is no `<b>`, `<i>` or `<a>` tag and stays.
    @Test func titlesStartingWithALetterAreNotTags() throws {
        let f = try only(TestData.form([
            ["项目概况", "", "开展<B超>检查和<I期>工程，见<p>第一段</p>与<中国人才>"],
            ["立项依据", "", "<A级景区>评定<br>完成<br/>。<span class=\"x\">附</span>"],
            TestData.header8,
            ["", "产出指标", "数量指标", "服务人数", "800人", "数量指标", "服务人数", "800人"],
        ]))
        #expect(f.narrative.overview == "开展<B超>检查和<I期>工程，见第一段与<中国人才>")
        #expect(f.narrative.basis == "<A级景区>评定完成。附")
    }

    @Test func headerBlockFundsAndNarratives() throws {
        let text = """
        某县级预算部门项目支出绩效目标表
        (2025年度)
        项目名称\t\t道路养护经费道路养护经费\t\t\t
        主管部门及代码\t\t\t101-交通运输局\t\t实施单位\t\t\t公路段
        项目属性\t\t经常性项目（长期开展）\t\t项目期\t\t99年
        项目资金（元）\t\t实施期资金总额：\t\t1,234,567.5\t\t\t年度资金总额：\t\t1,000,000
        \t\t其中：中央财政资金\t\t\t\t其中：中央财政资金\t\t
        \t\t其他资金\t\t34,567.5\t\t其他资金\t\t0
        项目概况\t\t<p>养护<中国公路>所列道路</p><p>第二段&amp;完</p>\t\t
        立项依据\t\t依据文件
        \t实施期目标\t\t\t年度目标\t
        总体目标\t\t\t\t\t年度完成养护
        绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值
        \t产出指标\t数量指标\t养护里程\t120公里\t数量指标\t养护里程\t100公里
        负责人：\t经办人：\t联系电话：\t填报日期：\t20250101000000
        """
        let f = try only(text)
        #expect(f.title == "某县级预算部门项目支出绩效目标表")
        #expect(f.fiscalYear == 2025)
        #expect(f.project == "道路养护经费道路养护经费")
        #expect(f.department == Department(code: "101", name: "交通运输局"))
        #expect(f.implementingUnit == "公路段")
        #expect(f.period == "99年")
        #expect(f.funds.implementation.total == 1_234_567.5)
        #expect(f.funds.annual.total == 1_000_000)
        #expect(f.funds.implementation.central == nil && f.funds.annual.central == nil)
        #expect(f.funds.implementation.other == 34_567.5)
        #expect(f.funds.annual.other == 0)
        #expect(f.narrative.overview == "养护<中国公路>所列道路第二段&完")
        #expect(f.goals.implementation == "")
        #expect(f.goals.annual == "年度完成养护")
        #expect(f.indicators.annual.first?.value == "100公里")
    }

    @Test func unplacedCellsAndMissingTablesBecomeWarningsWithLines() {
        let text = "stray text before any form\n" + TestData.form([]) + "项目名称\t\t第二个项目\n随便一行\t乱写\n"
        let r = TestData.read(text)
        #expect(r.forms.count == 2)
        let messages = r.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("test.txt:1: 警告: 表格之外的文字") })
        #expect(r.forms[0].readingNotes.contains { $0.message.contains("没有绩效指标表") })
        #expect(r.forms[1].readingNotes.contains { $0.message.contains("无法归位") && $0.location.line == 10 })
    }

    @Test func untitledFormsSplitAtProjectName() {
        let one = TestData.form([TestData.header8, ["", "产出指标", "数量指标", "甲", "1个", "数量指标", "甲", "1个"]])
        let untitled = one.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4).joined(separator: "\n")
        let r = TestData.read(one + untitled)
        #expect(r.forms.count == 2)
        #expect(r.forms[1].indicators.implementation.count == 1)
    }
}
