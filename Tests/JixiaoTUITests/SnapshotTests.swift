import Testing
@testable import JixiaoTUI
import JixiaoKit

/// Screens rendered to a grid and compared as text with Tests/JixiaoTUITests/Snapshots/*.txt
/// (`JIXIAO_RECORD=1 swift test …` re-records; review the files before committing).
@Suite struct SnapshotTests {
    @Test func sampleIsRead() {
        #expect(Sample.forms.count == 7)
        #expect(Sample.forms[Sample.bus].indicators.implementation.count == 12)
    }

    @Test func list80x24() {
        expectSnapshot(makeBrowser(80, 24).grid(), "list-80x24")
    }

    @Test func list120x40() {
        expectSnapshot(makeBrowser(120, 40).grid(), "list-120x40")
    }

    @Test func busDetail80x24() {
        var b = makeBrowser(80, 24, query: nil)
        b.press(.char("j"), .char("j"), .enter)
        #expect(b.state.focus == .detail)
        expectSnapshot(b.grid(), "bus-detail-80x24")
        b.press(.char("]"), .char("]"), .char("]"), .char("]"), .char("]"), .char("]"))
        expectSnapshot(b.grid(), "bus-detail-funds-80x24")
        b.press(.char("G"))
        expectSnapshot(b.grid(), "bus-detail-end-80x24")
    }

    @Test func busTree80x24() {
        var b = makeBrowser(80, 24)
        b.press(.char("j"), .char("j"), .tab, .tab)
        #expect(b.state.focus == .tree)
        expectSnapshot(b.grid(), "bus-tree-80x24")
    }

    @Test func busTreeOneSide() {
        var b = makeBrowser(56, 20)
        b.press(.char("j"), .char("j"), .tab, .tab)
        expectSnapshot(b.grid(), "bus-tree-implementation-56x20")
        b.press(.char("t"))
        expectSnapshot(b.grid(), "bus-tree-annual-56x20")
    }

    @Test func bus120x40() {
        var b = makeBrowser(120, 40)
        b.press(.char("j"), .char("j"), .tab, .tab)
        expectSnapshot(b.grid(), "bus-120x40")
    }

    @Test func search80x24() {
        var b = makeBrowser(80, 24)
        b.press(.char("/"))
        b.type("公交")
        let g = b.grid()
        expectSnapshot(g, "search-typing-80x24")
        b.press(.enter)
        expectSnapshot(b.grid(), "search-kept-80x24")
    }

    @Test func searchPinyin80x24() {
        var b = makeBrowser(80, 24)
        b.press(.char("/"))
        b.type("gj")
        expectSnapshot(b.grid(), "search-pinyin-80x24")
    }

    @Test func search120x40() {
        var b = makeBrowser(120, 40)
        b.press(.char("/"))
        b.type("公交")
        b.press(.enter)
        expectSnapshot(b.grid(), "search-120x40")
    }

    @Test func help() {
        var b = makeBrowser(80, 24)
        b.press(.char("?"))
        expectSnapshot(b.grid(), "help-80x24")
        b = makeBrowser(120, 40)
        b.press(.char("?"))
        expectSnapshot(b.grid(), "help-120x40")
    }

    @Test func tiny() {
        var b = makeBrowser(20, 6)
        expectSnapshot(b.grid(), "tiny-20x6")
        b.press(.tab)
        expectSnapshot(b.grid(), "tiny-detail-20x6")
        b.press(.tab)
        expectSnapshot(b.grid(), "tiny-tree-20x6")
    }

    @Test func tooSmall() {
        expectSnapshot(makeBrowser(19, 6).grid(), "too-small-19x6")
        expectSnapshot(makeBrowser(40, 5).grid(), "too-small-40x5")
    }

    @Test func findings() {
        var b = makeBrowser(80, 24, checked: true)
        b.press(.char("j"), .char("j"))
        expectSnapshot(b.grid(), "findings-list-80x24")
        b.press(.enter)
        expectSnapshot(b.grid(), "findings-bus-detail-80x24")
        b.press(.char("G"), .char("g"))
        b.press(.char("p"), .char("p"), .char("p"))
        #expect(b.state.currentFormIndex == Sample.water)
        expectSnapshot(b.grid(), "findings-water-detail-80x24")
    }

    @Test func findings120x40() {
        var b = makeBrowser(120, 40, checked: true)
        b.press(.char("G"))
        expectSnapshot(b.grid(), "findings-120x40")
        b.press(.char("!"))
        expectSnapshot(b.grid(), "findings-only-120x40")
    }
}

@Suite struct CardTests {
    @Test func enterOnAnIndicatorShowsItsFullText() {
        var c = makeBrowser(80, 24) // 城乡居民养老出入口补, whose year side is empty
        c.press(.backTab, .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        let line = c.state.treeLines()[c.state.treeCursor]
        #expect(line.label == "出口补助")
        c.press(.enter)
        #expect(c.state.overlay == .card)
        expectSnapshot(c.grid(), "card-80x24")
        c.press(.char("j")) // ignored while the card is open
        #expect(c.state.treeCursor == 11)
        c.press(.escape)
        #expect(c.state.overlay != .card)
        c.press(.char(" "))
        #expect(c.state.overlay == .card)
        #expect(c.handle(.ctrl("c")) == .quit)
    }
}
