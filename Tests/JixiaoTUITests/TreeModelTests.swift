import Testing
@testable import JixiaoTUI
import JixiaoKit

/// The pure grouping and pairing behind the tree pane.
@Suite struct TreeModelTests {
    func ind(_ t1: String, _ t2: String, _ name: String, _ value: String) -> Indicator {
        Indicator(tier1: t1, tier2: t2, name: name, value: value)
    }

    @Test func busFormGroupsAndPairs() {
        let tree = IndicatorTree(Sample.forms[Sample.bus].indicators)
        #expect(tree.groups.map(\.label) == ["产出指标", "效益指标", "满意度指标"])
        #expect(tree.groups[0].children.map(\.label) == ["数量指标", "质量指标", "时效指标", "成本指标"])
        #expect(tree.groups[1].children.map(\.label) == ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"])
        #expect(tree.groups.map { $0.count(nil) } == [7, 4, 1])
        // Every row has both sides (the year side's order differs; pairing is by name).
        let rows = tree.groups.flatMap { $0.children.flatMap(\.rows) }
        #expect(rows.count == 12)
        #expect(rows.allSatisfy { $0.implementation != nil && $0.annual != nil })
        // Only the two 亏损额 rows differ (万元/年 against 万元).
        #expect(rows.filter(\.differs).map(\.name) == ["2024年月票卡亏损额", "2024年敬老卡亏损额"])
        // 可持续影响 is printed with nothing under it.
        #expect(tree.groups[1].children[3].rows.isEmpty)
        let empty = tree.lines().first { $0.label == "可持续影响指标" }!
        #expect(empty.isEmpty && empty.kind == .tier2)
    }

    @Test func truncatedNamePairsWithFullName() {
        let talent = Sample.forms.first { $0.project == "人才工作经费" }!
        let tree = IndicatorTree(talent.indicators)
        let satisfaction = tree.groups.first { $0.kind == .satisfaction }!
        #expect(satisfaction.children[0].rows.count == 1)
        let row = satisfaction.children[0].rows[0]
        #expect(row.name == "优秀人才对我市人才政策满意度")
        #expect(row.annual?.name == "优秀人才对我市")
        #expect(!row.differs)
    }

    @Test func canonicalTiersGroupTogether() {
        let table = IndicatorTable(
            implementation: [ind("效益指标", "经济效益", "带动就业", "≥100人")],
            annual: [ind("效益 指标", "经济效益指标", "带动就业", "≥100人")])
        let tree = IndicatorTree(table)
        #expect(tree.groups.count == 1)
        #expect(tree.groups[0].children.count == 1)
        #expect(tree.groups[0].children[0].label == "经济效益指标")
        #expect(tree.groups[0].children[0].rows.count == 1)
        #expect(!tree.groups[0].children[0].rows[0].differs)
    }

    @Test func frameworkOrderThenUnknownLabels() {
        let table = IndicatorTable(implementation: [
            ind("满意度指标", "服务对象满意度", "满意度", "≥90%"),
            ind("其他指标", "自定义", "甲", "1"),
            ind("产出指标", "时效指标", "完成时间", "年底前"),
            ind("产出指标", "数量指标", "人数", "10人"),
            ind("效益指标", "社会效益", "影响", "良好"),
            ind("另一类", "别的", "乙", "2"),
        ])
        let tree = IndicatorTree(table)
        #expect(tree.groups.map(\.label) == ["产出指标", "效益指标", "满意度指标", "其他指标", "另一类"])
        #expect(tree.groups[0].children.map(\.label) == ["数量指标", "时效指标"])
        #expect(tree.groups[3].kind == nil)
    }

    @Test func oneSidedRowsStayInPlace() {
        let table = IndicatorTable(
            implementation: [ind("产出指标", "数量指标", "甲", "1"), ind("产出指标", "数量指标", "丙", "3")],
            annual: [ind("产出指标", "数量指标", "甲", "1"), ind("产出指标", "数量指标", "乙", "2"), ind("产出指标", "数量指标", "丙", "4")])
        let rows = IndicatorTree(table).groups[0].children[0].rows
        #expect(rows.map(\.name) == ["甲", "乙", "丙"])
        #expect(rows.map(\.differs) == [false, true, true])
        #expect(rows[1].implementation == nil)
    }

    @Test func costTierPairsAcrossFrameworks() {
        // One side reads 成本指标 as a 二级 under 产出, the other as its own 一级.
        let table = IndicatorTable(
            implementation: [ind("产出指标", "成本指标", "单价", "2元")],
            annual: [ind("成本指标", "成本指标", "单价", "2元")])
        let tree = IndicatorTree(table)
        #expect(tree.groups.count == 1)
        #expect(tree.groups[0].children[0].rows.count == 1)
        #expect(tree.groups[0].children[0].rows[0].annual != nil)
    }

    @Test func declarationsBecomeEmptyGroups() {
        let table = IndicatorTable(
            implementation: [ind("产出指标", "数量指标", "甲", "1")],
            declarations: [.implementation: [TierDeclaration(tier1: "效益指标", tier2: "生态 效益", line: 5)],
                           .annual: [TierDeclaration(tier1: "", tier2: "可持续影响", line: 6)]])
        let lines = IndicatorTree(table).lines()
        #expect(lines.map(\.label) == ["产出指标", "数量指标", "甲", "效益指标", "生态效益指标", "可持续影响指标"])
        #expect(lines.filter(\.isEmpty).map(\.label) == ["生态效益指标", "可持续影响指标"])
    }

    @Test func linesFoldAndFilterBySide() {
        let tree = IndicatorTree(Sample.forms[0].indicators) // 城乡居民养老: the year side is empty
        #expect(tree.lines(side: .annual).filter { $0.kind == .leaf }.isEmpty)
        #expect(tree.lines(side: .implementation).filter { $0.kind == .leaf }.count == 10)
        #expect(tree.lines().allSatisfy { $0.kind != .leaf || $0.differing == 1 })
        let folded = tree.lines(folded: ["产出指标"])
        #expect(folded.first?.isFolded == true)
        #expect(folded[1].label == "成本指标")
        #expect(tree.groupIDs.contains("产出指标|数量指标"))
    }
}

@Suite struct GridDrawingTests {
    @Test func putSanitizesControlCharacters() {
        var g = Grid(width: 20, height: 1)
        g.put("a\u{1B}[31mb\u{7}c", x: 0, y: 0, width: 20, style: .plain)
        let row = g.rowText(0)
        #expect(!row.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(row.hasPrefix("a"))
        #expect(DisplayWidth.of(row) == 20)
    }

    @Test func wideCharactersStayWhole() {
        var g = Grid(width: 5, height: 1)
        let used = g.put("公交车", x: 0, y: 0, width: 5, style: .plain)
        #expect(used == 5)
        #expect(g.rowText(0) == "公交 ")
        #expect(g[1, 0].width == 0 && g[1, 0].text.isEmpty)
        // Writing over the second half of 交 blanks its first half.
        g.put("x", x: 3, y: 0, width: 1, style: .plain)
        #expect(g.rowText(0) == "公 x ")
        // Writing over the first half of 公 blanks its second half.
        g.put("y", x: 0, y: 0, width: 1, style: .plain)
        #expect(g.rowText(0) == "y  x ")
        for x in 0..<5 { #expect(g[x, 0].width == 1) }
    }

    @Test func ellipsisAlignAndClip() {
        var g = Grid(width: 10, height: 2)
        g.put("公交政策性亏损补贴", x: 0, y: 0, width: 7, style: .plain, ellipsis: true)
        #expect(g.rowText(0) == "公交政…   ")
        g.put("42", x: 0, y: 1, width: 10, style: .plain, align: .right)
        #expect(g.rowText(1) == "        42")
        // Off-grid writes are ignored.
        #expect(g.put("x", x: 0, y: 5, width: 3, style: .plain) == 0)
        #expect(g.put("公交", x: -1, y: 0, width: 4, style: .plain) == 4) // columns advanced from x
        #expect(DisplayWidth.of(g.rowText(0)) == 10)
    }

    @Test func highlightRanges() {
        var g = Grid(width: 12, height: 1)
        let base = Style(reverse: true, color: .selection)
        g.put("公交车 公交", x: 0, y: 0, width: 12, style: base, highlight: "公交")
        #expect(styleMap(g, row: 0) == "HHHHSSSHHHH.")
        #expect(g[0, 0].style == base.highlighted)
        #expect(!g[0, 0].style.reverse) // a gap in a reversed row
        #expect(g[4, 0].style == base)
    }

    @Test func fillAndText() {
        var g = Grid(width: 4, height: 2)
        g.fill(x: 1, y: 0, width: 2, height: 2, style: Style(reverse: true), char: "-")
        #expect(g.text == " -- \n -- ")
        g.restyle(x: 0, y: 0, width: 4) { $0.bold = true }
        #expect(g[0, 0].style.bold && !g[0, 1].style.bold)
    }
}

@Suite struct KeyMapTests {
    @Test func noKeyIsBoundTwiceInAContext() {
        for c in KeyContext.allCases {
            var seen: [Trigger] = []
            for b in KeyMap.bindings where b.context == c {
                for t in b.triggers {
                    #expect(!seen.contains(t), "\(t.name) twice in \(c)")
                    seen.append(t)
                }
            }
        }
    }

    @Test func paneKeysShadowGeneralOnes() {
        // h/l mean fold/unfold in the tree, open/back in the list and detail.
        var s = BrowserState(forms: Sample.forms)
        #expect(KeyMap.action(for: .char("l"), in: s) == .open)
        s.focus = .tree
        #expect(KeyMap.action(for: .char("l"), in: s) == .unfold)
        #expect(KeyMap.action(for: .char("j"), in: s) == .moveDown)
        s.focus = .detail
        #expect(KeyMap.action(for: .char("h"), in: s) == .back)
        #expect(KeyMap.action(for: .char("x"), in: s) == nil)
        s.prompt = SearchPrompt(text: "", matches: nil, saved: SavedView(filter: "", highlight: "", rows: [], selected: 0, listTop: 0, focus: .list, detailTop: 0, treeCursor: 0, treeTop: 0))
        #expect(KeyMap.action(for: .char("j"), in: s) == .insert("j"))
        #expect(KeyMap.action(for: .char("公"), in: s) == .insert("公"))
        #expect(KeyMap.action(for: .wheel(x: 1, y: 2, delta: 1), in: s) == nil)
    }

    @Test func helpListsEveryBinding() {
        let lines = HelpContent.lines
        for b in KeyMap.bindings {
            #expect(lines.contains { $0.keys == b.keyNames && $0.text == b.summary }, "\(b.summary)")
        }
        #expect(lines.filter(\.isHeading).count == KeyContext.allCases.count)
    }
}
