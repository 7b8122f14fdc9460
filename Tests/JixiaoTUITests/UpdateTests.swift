import Testing
@testable import JixiaoTUI
import JixiaoKit

/// `update(state, action)` driven through `Browser.handle`, checked on the state.
@Suite struct NavigationTests {
    @Test func listMovesWithinBounds() {
        var b = makeBrowser(80, 24)
        b.press(.char("k"), .up)
        #expect(b.state.selected == 0)
        b.press(.char("j"), .down)
        #expect(b.state.selected == 2)
        b.press(.char("G"))
        #expect(b.state.selected == 6)
        b.press(.char("j"), .pageDown, .ctrl("d"))
        #expect(b.state.selected == 6)
        b.press(.char("g"))
        #expect(b.state.selected == 0)
        b.press(.end)
        #expect(b.state.selected == 6)
        b.press(.home, .pageUp)
        #expect(b.state.selected == 0)
    }

    @Test func pagingMovesByAScreen() {
        let many = Array(repeating: Sample.forms, count: 15).flatMap { $0 } // 105 forms
        var b = makeBrowser(80, 24, forms: many)
        let page = b.state.listRows
        #expect(page == 21) // 24 rows − status − title − column header
        b.press(.pageDown)
        #expect(b.state.selected == page)
        #expect(b.state.listTop == 1) // the selection is the last visible row
        b.press(.ctrl("d"))
        #expect(b.state.selected == page + page / 2)
        b.press(.ctrl("u"), .pageUp)
        #expect(b.state.selected == 0)
        #expect(b.state.listTop == 0)
        b.press(.char("G"))
        #expect(b.state.selected == 104)
        #expect(b.state.listTop == 104 - page + 1)
        expectRowWidths(b.grid())
    }

    @Test func detailScrollsWhenFocused() {
        var b = makeBrowser(80, 24)
        b.press(.char("j"), .char("j"), .enter)
        #expect(b.state.focus == .detail)
        b.press(.char("k"))
        #expect(b.state.detailTop == 0)
        b.press(.char("j"), .char("j"))
        #expect(b.state.detailTop == 2)
        b.press(.char("G"))
        let maxTop = b.state.detailMaxTop
        #expect(maxTop > 20)
        #expect(b.state.detailTop == maxTop)
        b.press(.char("j"), .pageDown)
        #expect(b.state.detailTop == maxTop)
        b.press(.char("g"))
        #expect(b.state.detailTop == 0)
        b.press(.pageDown)
        #expect(b.state.detailTop == b.state.detailRows - 1)
        b.press(.char("h"))
        #expect(b.state.focus == .list)
        #expect(b.state.selected == 2)
    }

    @Test func sectionsJump() {
        var b = makeBrowser(80, 24)
        b.press(.char("j"), .char("j"), .tab)
        let doc = b.state.detailDocument()
        let titles = doc.sections.map(\.title)
        #expect(titles == ["项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划", "总体目标", "项目资金（元）", "基本信息"])
        b.press(.char("]"))
        #expect(b.state.detailTop == doc.sections[0].line)
        b.press(.char("]"), .char("]"))
        #expect(b.state.detailTop == doc.sections[2].line)
        b.press(.char("["))
        #expect(b.state.detailTop == doc.sections[1].line)
        b.press(.char("G"), .char("]"))
        #expect(b.state.message == "已是最后一节")
    }

    @Test func newFormStartsAtTop() {
        var b = makeBrowser(120, 40)
        b.press(.char("j"), .char("j"), .tab, .char("j"), .char("j"), .tab, .char("j"))
        #expect(b.state.detailTop == 2)
        #expect(b.state.treeCursor == 1)
        b.press(.tab, .char("j"))
        #expect(b.state.focus == .list)
        #expect(b.state.detailTop == 0)
        #expect(b.state.treeCursor == 0)
    }

    @Test func tabCyclesFocus() {
        for size in [(80, 24), (120, 40)] {
            var b = makeBrowser(size.0, size.1)
            #expect(b.state.focus == .list)
            b.press(.tab)
            #expect(b.state.focus == .detail)
            b.press(.tab)
            #expect(b.state.focus == .tree)
            b.press(.tab)
            #expect(b.state.focus == .list)
            b.press(.backTab)
            #expect(b.state.focus == .tree)
            b.press(.backTab, .backTab)
            #expect(b.state.focus == .list)
        }
    }

    @Test func narrowShowsOnlyTheFocusedPane() {
        var b = makeBrowser(80, 24)
        #expect(b.state.layout.mode == .narrow)
        #expect(Set(b.state.layout.panes.keys) == [.list])
        b.press(.tab)
        #expect(Set(b.state.layout.panes.keys) == [.detail])
        b.press(.char("\u{1B}"))
        b = makeBrowser(100, 30)
        #expect(b.state.layout.mode == .wide)
        #expect(Set(b.state.layout.panes.keys) == [.list, .detail, .tree])
    }

    @Test func sortCycles() {
        var b = makeBrowser(80, 24)
        b.press(.char("j"), .char("j")) // 公交
        b.press(.char("s"))
        #expect(b.state.sort == .fundsDescending)
        let names = b.state.rows.map { b.state.forms[$0].project }
        #expect(names.first == "人才工作经费")
        #expect(names.last == "城乡居民养老出入口补")
        #expect(b.state.currentForm?.project == "公交政策性亏损补贴")
        #expect(b.grid().rowText(23).contains("排序 年度资金↓"))
        b.press(.char("s"))
        #expect(b.state.sort == .department)
        #expect(b.state.rows.map { b.state.forms[$0].department.code } == ["005", "033", "040", "045", "049", "057", "906"])
        b.press(.char("s"))
        #expect(b.state.sort == .name)
        // By pinyin: 城 (cheng) before 公 (gong) before 购 (gou) … 阳 (yang).
        let byName = b.state.rows.map { b.state.forms[$0].project }
        #expect(byName.first == "城乡居民养老出入口补")
        #expect(byName.last == "阳泉市生活垃圾焚烧发电厂生活垃圾处理费")
        #expect(b.state.currentForm?.project == "公交政策性亏损补贴")
        b.press(.char("s"))
        #expect(b.state.sort == .findingsDescending)
        #expect(b.state.currentForm?.project == "公交政策性亏损补贴")
        b.press(.char("s"))
        #expect(b.state.sort == .file)
        #expect(b.state.rows == Array(0..<7))
        #expect(b.state.selected == 2)
    }

    @Test func resizeRelaysOut() {
        var b = makeBrowser(80, 24)
        b.press(.char("G"))
        #expect(b.state.layout.mode == .narrow)
        b.press(.resize(width: 120, height: 40))
        #expect(b.state.layout.mode == .wide)
        #expect(b.grid().width == 120)
        b.press(.resize(width: 10, height: 3))
        #expect(b.state.layout.mode == .tooSmall)
        #expect(b.grid().rowText(0).hasPrefix("窗口太小"))
        b.press(.char("j"), .char("k"), .tab)
        b.press(.resize(width: 30, height: 8))
        #expect(b.state.selected == 6)
        expectRowWidths(b.grid())
        // A long list keeps its selection visible when the window shrinks.
        let many = Array(repeating: Sample.forms, count: 15).flatMap { $0 }
        var m = makeBrowser(80, 40, forms: many)
        for _ in 0..<30 { m.press(.char("j")) }
        m.press(.resize(width: 80, height: 10))
        let body = Layout.listBody(m.state.paneRect(.list))
        #expect(m.state.listTop <= 30 && 30 < m.state.listTop + body.height)
        #expect(m.grid().text.contains("31 "))
    }

    @Test func everySmallSizeRendersAndTakesKeys() {
        for w in 1...30 {
            for h in 1...10 {
                var b = makeBrowser(w, h)
                for e: KeyEvent in [.char("j"), .tab, .char("j"), .tab, .char("l"), .char("-"), .char("G"), .char("/"), .char("公"), .enter, .char("n"), .char("?"), .char("j")] {
                    _ = b.handle(e)
                    let g = b.grid()
                    #expect(g.width == w && g.height == h)
                    for y in 0..<h { #expect(DisplayWidth.of(g.rowText(y)) == w, "\(w)×\(h) row \(y)") }
                }
                if w < Layout.minWidth || h < Layout.minHeight {
                    #expect(b.grid().rowText(0).hasPrefix(String("窗口太小".prefix(max(0, w - 1) / 2))))
                }
            }
        }
    }

    @Test func quitRepaintAndHelp() {
        var b = makeBrowser(80, 24)
        #expect(b.handle(.ctrl("l")) == .repaint)
        #expect(b.handle(.char("?")) == .none)
        #expect(b.state.overlay == .help(top: 0))
        #expect(b.handle(.char("q")) == .none) // q closes the help first
        #expect(b.state.overlay == nil)
        b.press(.char("?"), .char("j"), .char("G"))
        #expect(b.state.overlay == .help(top: b.state.helpMaxTop))
        #expect(b.handle(.escape) == .none)
        #expect(b.state.overlay == nil)
        #expect(b.handle(.char("q")) == .quit)
        b.press(.char("?"))
        #expect(b.handle(.ctrl("c")) == .quit)
        b = makeBrowser(80, 24)
        b.press(.char("/"))
        #expect(b.handle(.char("q")) == .none) // typed into the prompt
        #expect(b.state.prompt?.text == "q")
        #expect(b.handle(.ctrl("c")) == .quit)
    }

    @Test func initialQuerySelectsFirstMatch() {
        let b = makeBrowser(80, 24, query: "公交")
        #expect(b.state.currentForm?.project == "公交政策性亏损补贴")
        #expect(b.state.rows.count == 7) // selected, not filtered
        #expect(b.state.highlight == "公交")
        let none = makeBrowser(80, 24, query: "没有这个项目")
        #expect(none.state.selected == 0)
        #expect(none.state.message?.contains("没有匹配") == true)
    }

    @Test func emptyInput() {
        var b = makeBrowser(80, 24, forms: [])
        b.press(.char("j"), .char("G"), .tab, .char("j"), .tab, .char("l"), .char("n"), .char("/"), .char("x"), .enter, .char("s"))
        expectRowWidths(b.grid())
        b.press(.tab)
        #expect(b.grid().text.contains("没有"))
    }
}

@Suite struct FoldingTests {
    /// A browser on the 公交 form with the tree focused.
    func busTree(_ w: Int = 80, _ h: Int = 24) -> Browser {
        var b = makeBrowser(w, h)
        b.press(.char("j"), .char("j"), .backTab)
        #expect(b.state.focus == .tree)
        return b
    }

    func cursorLine(_ b: Browser) -> TreeLine { b.state.treeLines()[b.state.treeCursor] }

    @Test func enterFoldsAndUnfolds() {
        var b = busTree()
        let all = b.state.treeLines().count
        #expect(all == 3 + 9 + 12) // 一级, 二级 (with the empty 可持续影响), indicators
        #expect(cursorLine(b).label == "产出指标")
        b.press(.enter)
        #expect(b.state.treeLines().count == all - 4 - 7)
        #expect(cursorLine(b).label == "产出指标")
        #expect(cursorLine(b).isFolded)
        b.press(.char(" "))
        #expect(b.state.treeLines().count == all)
    }

    @Test func hAndL() {
        var b = busTree()
        b.press(.char("l")) // expanded: into the first child
        #expect(cursorLine(b).label == "数量指标")
        b.press(.char("l"))
        #expect(cursorLine(b).label == "2024年月票卡亏损额")
        b.press(.char("l")) // a leaf: nothing to open
        #expect(cursorLine(b).label == "2024年月票卡亏损额")
        b.press(.char("h")) // a leaf: to its parent
        #expect(cursorLine(b).label == "数量指标")
        b.press(.char("h")) // expanded: fold it
        #expect(cursorLine(b).isFolded)
        b.press(.left) // folded: to its parent
        #expect(cursorLine(b).label == "产出指标")
        b.press(.right, .right)
        #expect(cursorLine(b).label == "数量指标")
        b.press(.right)
        #expect(!cursorLine(b).isFolded)
    }

    @Test func foldAllAndUnfoldAll() {
        var b = busTree()
        b.press(.char("j"), .char("j"), .char("j")) // 2024年敬老卡亏损额
        #expect(cursorLine(b).label == "2024年敬老卡亏损额")
        b.press(.char("-"))
        #expect(b.state.treeLines().map(\.label) == ["产出指标", "效益指标", "满意度指标"])
        #expect(cursorLine(b).label == "产出指标")
        b.press(.char("j"), .char("+"))
        #expect(b.state.treeLines().count == 24)
        #expect(cursorLine(b).label == "效益指标")
        b.press(.char("="))
        #expect(b.state.folded.isEmpty)
    }

    @Test func foldingIsKeptAcrossForms() {
        var b = busTree()
        b.press(.enter) // fold 产出指标
        b.press(.tab, .char("j")) // list: next form
        #expect(b.state.currentForm?.project.hasPrefix("购买") == true)
        let labels = b.state.treeLines().map(\.label)
        #expect(labels.first == "产出指标")
        #expect(labels.count > 1 && labels[1] != "数量指标")
    }

    @Test func treeCursorBounds() {
        var b = busTree()
        b.press(.char("k"))
        #expect(b.state.treeCursor == 0)
        b.press(.char("G"))
        #expect(b.state.treeCursor == 23)
        b.press(.char("j"), .pageDown)
        #expect(b.state.treeCursor == 23)
        #expect(cursorLine(b).label == "乘客满意度")
        b.press(.char("g"))
        #expect(b.state.treeCursor == 0)
        #expect(b.state.treeTop == 0)
    }

    @Test func sideToggle() {
        var b = busTree(56, 20)
        #expect(!b.state.treeShowsBothSides)
        #expect(b.state.side == .implementation)
        b.press(.char("t"))
        #expect(b.state.side == .annual)
        #expect(b.grid().rowText(0).contains("年度"))
        var wide = busTree(120, 40)
        wide.press(.char("t"))
        #expect(wide.state.treeShowsBothSides)
        #expect(wide.state.message?.contains("并排") == true)
    }
}

@Suite struct MouseTests {
    @Test func clickSelectsListRowAndFocuses() {
        var b = makeBrowser(120, 40)
        b.press(.tab)
        // Title row 0, column header row 1, entries from row 2.
        b.press(.click(x: 5, y: 4))
        #expect(b.state.focus == .list)
        #expect(b.state.currentForm?.project == "公交政策性亏损补贴")
        b.press(.click(x: 5, y: 30)) // below the last entry: focus only
        #expect(b.state.selected == 2)
    }

    @Test func clickInTreeAndDetail() {
        var b = makeBrowser(120, 40)
        b.press(.char("j"), .char("j"))
        let tree = b.state.layout.rect(.tree)!
        b.press(.click(x: tree.x + 10, y: tree.y + 3))
        #expect(b.state.focus == .tree)
        #expect(b.state.treeCursor == 2)
        // Clicking a group the cursor is on toggles it.
        b.press(.click(x: tree.x + 10, y: tree.y + 2))
        #expect(b.state.treeCursor == 1)
        b.press(.click(x: tree.x + 10, y: tree.y + 2))
        #expect(b.state.folded.contains("产出指标|数量指标"))
        b.press(.click(x: tree.x + 10, y: 3))
        #expect(b.state.focus == .detail)
    }

    @Test func clickNarrowTabs() {
        var b = makeBrowser(80, 24)
        b.press(.click(x: 8, y: 0))
        #expect(b.state.focus == .detail)
        b.press(.click(x: 14, y: 0))
        #expect(b.state.focus == .tree)
        b.press(.click(x: 2, y: 0))
        #expect(b.state.focus == .list)
    }

    @Test func wheelScrollsThePaneUnderThePointer() {
        var b = makeBrowser(120, 40)
        b.press(.char("j"), .char("j"))
        let detail = b.state.layout.rect(.detail)!
        b.press(.wheel(x: detail.x + 5, y: detail.y + 5, delta: 1))
        #expect(b.state.detailTop == 3)
        #expect(b.state.focus == .list) // the wheel does not move focus
        b.press(.wheel(x: detail.x + 5, y: detail.y + 5, delta: -5))
        #expect(b.state.detailTop == 0)
        let tree = b.state.layout.rect(.tree)!
        b.press(.wheel(x: tree.x + 5, y: tree.y + 5, delta: 2))
        #expect(b.state.treeTop == 5) // 24 lines, 19 shown: at most 5
        #expect(b.state.treeCursor >= b.state.treeTop)

        let many = Array(repeating: Sample.forms, count: 15).flatMap { $0 }
        var m = makeBrowser(120, 40, forms: many)
        m.press(.wheel(x: 3, y: 10, delta: 2))
        #expect(m.state.listTop == 6)
        #expect(m.state.selected == 6) // kept on screen
        m.press(.wheel(x: 3, y: 10, delta: -1))
        #expect(m.state.listTop == 3)
        #expect(m.state.selected == 6)
    }

    @Test func clickClosesHelp() {
        var b = makeBrowser(80, 24)
        b.press(.char("?"), .click(x: 1, y: 1))
        #expect(b.state.overlay == nil)
    }
}

@Suite struct BackendSizeTests {
    @Test func renderedSizeIsUsedWhenNoResizeCame() {
        var b = Browser(forms: Sample.forms) // no .resize: the state assumes 80×24
        _ = b.render(width: 120, height: 40)
        b.press(.click(x: 5, y: 4)) // the list row of 公交 in the wide layout
        #expect(b.state.width == 120)
        #expect(b.state.currentForm?.project == "公交政策性亏损补贴")
    }

    @Test func explicitResizeWinsOverAStaleRender() {
        var b = Browser(forms: Sample.forms)
        _ = b.render(width: 80, height: 24)
        b.press(.resize(width: 120, height: 40), .char("j"), .char("j"))
        #expect(b.state.width == 120 && b.state.height == 40)
    }
}
