import Testing
@testable import JixiaoTUI
import JixiaoKit

/// What keeps the first frame early and a move cheap on the wire: the search index built after
/// the first frame (arriving as an action), the list's selection bar, and the grid diff a
/// backend uses to write only what changed.
@Suite struct StartupTests {
    func projects(_ b: Browser) -> [String] { b.state.rows.map { b.state.forms[$0].project } }

    /// A browser whose search index and findings are still being made elsewhere.
    func pendingBrowser(_ index: SearchIndexInbox, _ findings: FindingsInbox = FindingsInbox()) -> Browser {
        var b = Browser(forms: Sample.forms, findingsFrom: findings, searchIndexFrom: index)
        _ = b.handle(.resize(width: 80, height: 24))
        return b
    }

    @Test func theFirstFrameNeedsNoIndex() {
        let inbox = SearchIndexInbox()
        let b = pendingBrowser(inbox)
        #expect(b.state.index == nil)
        #expect(b.isWaiting)
        #expect(b.grid().rowText(2).hasPrefix("▌  1 "))
        #expect(b.grid().rowText(23).contains("1/7 · 城乡居民养老出入口补"))
    }

    @Test func typingBeforeTheIndexNarrowsWhenItArrives() {
        let inbox = SearchIndexInbox()
        var b = pendingBrowser(inbox)
        b.press(.char("/"))
        b.type("公交")
        // Kept, not yet searched: the list stays whole and the prompt says why.
        #expect(b.state.prompt?.text == "公交")
        #expect(b.state.rows.count == 7)
        #expect(b.grid().rowText(23).contains("正在建立索引…"))
        let early = b.idle()
        #expect(!early)
        inbox.deliver(SearchIndex(forms: Sample.forms))
        let arrived = b.idle()
        #expect(arrived)
        #expect(b.isWaiting)  // the findings are still to come
        #expect(projects(b) == ["公交政策性亏损补贴"])
        #expect(b.grid().rowText(23).contains("1 个匹配"))
        // Typing on searches as usual.
        b.type("zzz")
        #expect(b.state.rows.isEmpty)
        b.press(.backspace, .backspace, .backspace)
        #expect(projects(b) == ["公交政策性亏损补贴"])
    }

    @Test func enterBeforeTheIndexFiltersWhenItArrives() {
        let inbox = SearchIndexInbox()
        var b = pendingBrowser(inbox)
        b.press(.char("j"), .char("j"))  // 公交 selected
        b.press(.char("/"))
        b.type("补贴")
        b.press(.enter)
        #expect(b.state.filter == "补贴")
        #expect(b.state.message?.contains("正在建立搜索索引") == true)
        b.press(.char("n"))
        #expect(b.state.message == "正在建立搜索索引，请稍候")
        // The next key picks the index up first (no idle call needed).
        let index = SearchIndex(forms: Sample.forms)
        inbox.deliver(index)
        b.press(.char("j"))
        let matches = index.matches("补贴")
        #expect(matches.count > 1 && matches.count < 7)
        #expect(b.state.rows == matches)
        // 公交 stayed selected through the filter, and `j` moved on from it.
        #expect(b.state.rows[b.state.selected - 1] == Sample.bus)
        #expect(b.grid().rowText(23).contains("筛选 补贴 · \(matches.count)/7 │"))
        // And Esc clears it as any filter.
        b.press(.escape)
        #expect(b.state.rows.count == 7)
    }

    @Test func escBackToAFilterAcceptedBeforeTheIndex() {
        let inbox = SearchIndexInbox()
        var b = pendingBrowser(inbox)
        b.press(.char("/"))
        b.type("公交")
        b.press(.enter, .char("/"))
        b.type("水")
        inbox.deliver(SearchIndex(forms: Sample.forms))
        _ = b.idle()
        b.press(.escape)  // cancels the second search: back to the filter 公交, now applied
        #expect(b.state.prompt == nil)
        #expect(b.state.filter == "公交")
        #expect(projects(b) == ["公交政策性亏损补贴"])
    }

    @Test func aProjectQueryBuildsTheIndexAtOnce() {
        let inbox = SearchIndexInbox()
        var b = Browser(forms: Sample.forms, findingsFrom: FindingsInbox(), searchIndexFrom: inbox, initialQuery: "公交")
        _ = b.handle(.resize(width: 80, height: 24))
        #expect(b.state.index != nil)
        #expect(b.state.currentForm?.project == "公交政策性亏损补贴")
    }

    @Test func bothInboxesAreCollected() {
        let index = SearchIndexInbox(), findings = FindingsInbox()
        var b = pendingBrowser(index, findings)
        findings.deliver(Sample.findings)
        let first = b.idle()
        #expect(first)
        #expect(b.isWaiting)  // the index is still to come
        #expect(b.state.findingsStatus == .ready)
        index.deliver(SearchIndex(forms: Sample.forms))
        let second = b.idle()
        #expect(second)
        #expect(!b.isWaiting)
        #expect(b.state.index != nil)
    }

    @Test func updateTakesTheIndexAsAnAction() {
        var s = BrowserState(forms: Sample.forms, searchIndexPending: true)
        s.apply(.startSearch)
        s.apply(.insert("水"))
        #expect(s.rows.count == 7)
        let built = BuiltSearchIndex(SearchIndex(forms: Sample.forms))
        #expect(Action.searchIndexReady(built) == .searchIndexReady(built))
        let next = update(s, .searchIndexReady(built))
        #expect(next.rows.count < 7 && !next.rows.isEmpty)
        #expect(next.prompt?.text == "水")
        // A second index changes nothing.
        let again = update(next, .searchIndexReady(BuiltSearchIndex(SearchIndex(forms: Sample.forms))))
        #expect(again.rows == next.rows)
    }

    @Test func fundsColumnMeasuresOnlyTheExtremes() {
        func width(_ totals: [Double?]) -> Int {
            let forms = totals.map { t in
                var f = Form()
                f.funds.annual.total = t
                return f
            }
            return BrowserState.fundsColumnWidth(forms)
        }
        func scan(_ totals: [Double?]) -> Int {
            min(14, totals.map { DisplayWidth.of(Amounts.wan($0)) }.reduce(DisplayWidth.of("年度万元"), max))
        }
        for totals: [Double?] in [
            [], [nil], [0], [30_770_800, 43_000_000, 0, nil], [-123_456_789, 5], [-5, 99_999_999_999],
            [1e9, 2e9, -1e7], [.infinity, 1e6], [.nan, -1], [1e30, 12_345_678], [-1e30, 100],
        ] {
            #expect(width(totals) == scan(totals), "\(totals)")
        }
        #expect(BrowserState.fundsColumnWidth(Sample.forms) == scan(Sample.forms.map(\.funds.annual.total)))
    }

    @Test func theSelectionIsABarOverTheNumber() {
        let b = makeBrowser(80, 24)
        let g = b.grid()
        // Row 1 selected: `▌  1 ` reversed (the number column is at least three wide, so the
        // bar is five), the rest of the row as on any other row.
        #expect(g.rowText(2).hasPrefix("▌  1 城乡居民养老出入口补"))
        #expect(styleMap(g, row: 2).hasPrefix("SSSSS."))
        #expect(!styleMap(g, row: 2).dropFirst(5).contains("S"))
        #expect(!styleMap(g, row: 3).contains("S"))
        #expect(g.rowText(3).hasPrefix("   2 人才工作经费"))
        // Ten thousand forms: the number is five wide, the bar too (gutter, number, a space).
        let many = Array(repeating: Sample.forms[2], count: 10_000)
        var c = Browser(forms: many)
        _ = c.handle(.resize(width: 80, height: 24))
        c.press(.char("j"))
        #expect(c.grid().rowText(3).hasPrefix("▌    2 公交政策性亏损补贴"))
        #expect(styleMap(c.grid(), row: 3).hasPrefix("SSSSSSS."))
        // Not focused (wide layout, focus in the detail pane): the bar is muted, still reversed.
        var w = makeBrowser(120, 40)
        w.press(.tab)
        let cell = w.grid()[0, 2]
        #expect(cell.text == "▌" && cell.style.reverse && cell.style.color == .muted)
    }

    @Test func aMoveChangesFewCells() {
        var b = makeBrowser(80, 24)
        let before = b.grid()
        b.press(.char("j"))
        let after = b.grid()
        var changed: [Int: Range<Int>] = [:]
        for y in 0..<after.height { if let span = after.changedSpan(from: before, row: y) { changed[y] = span } }
        // The old row's bar, the new row's bar, and the status line's text.
        #expect(Set(changed.keys) == [2, 3, 23])
        #expect(changed[2] == 0..<5 && changed[3] == 0..<5)
    }
}
