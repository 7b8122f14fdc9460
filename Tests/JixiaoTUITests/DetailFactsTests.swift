import Foundation
import Testing
@testable import JixiaoTUI
import JixiaoKit

/// The detail pane opens with the facts a reviewer checks first, then 问题, then the narratives;
/// money and dates follow one rule; a form with one side shows that side only.
@Suite struct DetailFactsTests {
    func lineTexts(_ doc: DetailDocument) -> [String] {
        // Runs joined as they sit side by side (a label's run holds no trailing space).
        doc.lines.map { $0.spans.filter { !$0.isRule }.map(\.text).joined() }
    }

    @Test func factsThenFindingsThenNarratives() {
        var b = makeBrowser(120, 40, checked: true)
        b.press(.char("j"), .char("j"))
        let lines = lineTexts(b.state.detailDocument())
        let facts = lines.firstIndex { $0.hasPrefix("资金总额（元）") }
        let problems = lines.firstIndex { $0.hasPrefix("问题（") }
        let overview = lines.firstIndex { $0.hasPrefix("项目概况") }
        #expect(lines.prefix(5).contains { $0.contains("项目属性") && $0.contains("项目期") })
        #expect(facts != nil && problems != nil && overview != nil)
        if let facts, let problems, let overview { #expect(facts < problems && problems < overview) }
        #expect(lines.contains("资金总额（元）实施期 30,770,800 · 年度 30,770,800"))
    }

    @Test func filedDateAsADateAndRawOnDemand() {
        var b = makeBrowser(80, 24)
        b.press(.char("j"), .char("j"))
        #expect(lineTexts(b.state.detailDocument()).contains { $0.contains("填报日期") && $0.contains("2025-12-23 17:40") })
        b.press(.char("R"))
        #expect(b.state.showRawDate)
        #expect(lineTexts(b.state.detailDocument()).contains { $0.contains("填报日期") && $0.contains("20251223174026") })
        b.press(.char("R"))
        #expect(lineTexts(b.state.detailDocument()).contains { $0.contains("2025-12-23 17:40") })
        // A date that is not one stays as written.
        let water = lineTexts(DetailDocument(Sample.forms[Sample.water], findings: [], width: 80))
        #expect(water.contains { $0.contains("填报日期") && $0.contains("2025122620250") })
    }

    @Test func aFormWithTheAnnualSideOnly() {
        var f = Sample.forms[Sample.bus]
        f.sides = [.annual]
        f.indicators = IndicatorTable(annual: f.indicators.annual)
        f.goals.implementation = ""
        f.funds.implementation = FundsSide()
        var b = makeBrowser(120, 40, forms: [f])
        let lines = lineTexts(b.state.detailDocument())
        #expect(lines.contains("资金总额（元）年度 30,770,800"))
        #expect(!lines.contains { $0.contains("实施期") })
        // The tree shows 年度 alone, wide as the pane is, and t says why it cannot switch.
        #expect(!b.state.treeShowsBothSides)
        #expect(b.state.treeSide == .annual)
        let g = b.grid()
        #expect(!g.text.contains("≠"))
        #expect(g.text.contains("年度"))
        b.press(.tab, .tab, .char("t"))
        #expect(b.state.message == "这个项目只有年度一侧")
        #expect(b.state.treeLines().contains { $0.label == "年运营公里数" })
    }

    /// The 88号 年度-only template prints no narratives: the pane lists none (not five （空）);
    /// a two-sided form's empty narrative is still shown as （空）, a finding.
    @Test func narrativesOnlyWhereTheTemplatePrintsThem() {
        var f = Sample.forms[Sample.bus]
        f.sides = [.annual]
        f.goals.implementation = ""
        f.narrative = Narrative()
        for field in FormField.narratives { f.fieldLines[field] = nil }
        let lines = lineTexts(DetailDocument(f, findings: [], width: 100))
        for field in Narrative.fields { #expect(!lines.contains { $0.hasPrefix(field.label) }, "\(field.label): \(lines)") }
        #expect(!lines.contains("（空）"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("总体目标") })

        var twoSided = Sample.forms[Sample.bus]
        twoSided.narrative.basis = ""
        let both = lineTexts(DetailDocument(twoSided, findings: [], width: 100))
        let basis = both.firstIndex { $0.hasPrefix("立项依据") }
        #expect(basis.map { both[$0 + 1].trimmingCharacters(in: .whitespaces) } == "（空）", "\(both)")
    }
}
