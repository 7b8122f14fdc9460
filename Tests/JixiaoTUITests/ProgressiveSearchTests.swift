import Foundation
import JixiaoGen
import Testing
@testable import JixiaoTUI
import JixiaoKit

/// A keystroke over a big year shows the first screenful of matches at once and the rest when
/// its search completes on another thread (`BrowserState.pendingSearch`). Here over 1,500
/// generated forms with `progressiveMinimum` lowered, so the small year takes the big year's path.
@Suite struct ProgressiveSearchTests {
    static let forms: [Form] = {
        let (text, _) = FormGenerator.batch(count: 1500, seed: 3)
        return FormReader.read(bytes: Array(text.utf8), file: "generated-3.txt").forms
    }()

    /// Every generated form has 满意度指标: 满意 is dense, and two literals need reading.
    static let dense = "满意"

    /// A state 100×30 with `progressiveMinimum` set, form `select` selected, `/` pressed.
    static func prompt(progressiveMinimum: Int = 64, select: Int = 0) -> BrowserState {
        var s = BrowserState(forms: forms, width: 100, height: 30)
        s.progressiveMinimum = progressiveMinimum
        for _ in 0..<select { s.apply(.moveDown) }
        s.apply(.startSearch)
        return s
    }

    static func type(_ text: String, into s: inout BrowserState) {
        for c in text { s.apply(.insert(c)) }
    }

    static func full(_ text: String) -> [Int] {
        SearchIndex(forms: forms).matches(ScopedQuery(parsing: text))
    }

    static func screen(_ s: BrowserState) -> String { render(s, width: s.width, height: s.height).text }

    @Test func theHeadFirstThenTheRestWithoutAJump() throws {
        #expect(Self.forms.count == 1500)
        // Near the end of the first word of 64 forms: a screenful below it needs the next word.
        var s = Self.prompt(select: 60)
        #expect(s.currentFormIndex == 60)
        Self.type(Self.dense, into: &s)
        let pending = try #require(s.pendingSearch)
        let full = Self.full(Self.dense)
        #expect(full.count > 1000 && full.contains(60))
        // The head: the full result's first rows, the selection kept on its form, a screenful below.
        #expect(s.rows.count < full.count)
        #expect(s.rows == Array(full.prefix(s.rows.count)))
        #expect(pending.head == s.rows)
        #expect(s.currentFormIndex == 60)
        #expect(s.rows.count >= s.selected + 1 + s.listRows)
        let (selected, listTop) = (s.selected, s.listTop)
        let text = Self.screen(s)
        #expect(text.contains(BrowserMessages.promptSearching(s.grouped(s.rows.count))))
        #expect(text.contains(BrowserMessages.listCount(BrowserMessages.atLeast(s.grouped(s.rows.count)))))

        s.apply(.searchCompleted(pending.run()))
        #expect(s.pendingSearch == nil)
        #expect(s.rows == full)
        #expect(s.selected == selected && s.listTop == listTop && s.currentFormIndex == 60)
        #expect(Self.screen(s).contains(BrowserMessages.promptMatches(s.grouped(full.count))))

        // The same as searching it all at once.
        var whole = Self.prompt(progressiveMinimum: .max, select: 60)
        Self.type(Self.dense, into: &whole)
        #expect(whole.pendingSearch == nil)
        #expect(whole.rows == s.rows && whole.selected == s.selected && whole.listTop == s.listTop)
        #expect(Self.screen(whole) == Self.screen(s))
    }

    @Test func aStaleResultIsDropped() throws {
        var s = Self.prompt()
        Self.type(Self.dense, into: &s)
        let first = try #require(s.pendingSearch)
        Self.type("度", into: &s)
        let second = try #require(s.pendingSearch)
        #expect(second.text == Self.dense + "度")
        let head = s.rows
        s.apply(.searchCompleted(first.run()))
        #expect(s.rows == head)
        #expect(s.pendingSearch?.serial == second.serial)
        s.apply(.searchCompleted(second.run()))
        #expect(s.pendingSearch == nil)
        #expect(s.rows == Self.full(Self.dense + "度"))
    }

    @Test func enterWhilePendingFiltersWithTheFullResult() throws {
        var s = Self.prompt()
        Self.type(Self.dense, into: &s)
        let pending = try #require(s.pendingSearch)
        s.apply(.acceptSearch)
        #expect(s.prompt == nil)
        #expect(s.filter == Self.dense)
        #expect(s.rows == pending.head)
        #expect(s.message == BrowserMessages.filterSearching(Self.dense, s.grouped(pending.head.count)))
        let full = Self.full(Self.dense)
        s.apply(.searchCompleted(pending.run()))
        #expect(s.pendingSearch == nil)
        #expect(s.rows == full)
        #expect(s.filterMatches == full)
        #expect(s.message == BrowserMessages.filterKept(Self.dense, s.grouped(full.count)))
        #expect(Self.screen(s).contains(s.grouped(full.count)))
    }

    @Test func escWhilePendingRestoresTheViewAndDropsTheResult() throws {
        var s = Self.prompt(select: 4)
        let before = s.rows
        Self.type(Self.dense, into: &s)
        let pending = try #require(s.pendingSearch)
        s.apply(.cancelSearch)
        #expect(s.pendingSearch == nil)
        #expect(s.rows == before && s.currentFormIndex == 4)
        s.apply(.searchCompleted(pending.run()))
        #expect(s.rows == before && s.currentFormIndex == 4)
        #expect(s.prompt == nil && s.filter.isEmpty)
    }

    @Test func backspaceWhilePendingIsALookupAndDropsTheResult() throws {
        var s = Self.prompt()
        Self.type("满", into: &s)
        // One literal: the filters decide it, nothing is left pending.
        #expect(s.pendingSearch == nil)
        let one = s.rows
        Self.type("意", into: &s)
        let pending = try #require(s.pendingSearch)
        let searches = s.prompt?.searches
        s.apply(.deleteBackward)
        #expect(s.pendingSearch == nil)
        #expect(s.rows == one)
        #expect(s.prompt?.searches == searches)
        s.apply(.searchCompleted(pending.run()))
        #expect(s.rows == one)
        #expect(s.prompt?.text == "满")
        // Only complete results are cached: typing 意 again searches again.
        Self.type("意", into: &s)
        #expect(s.prompt?.searches == searches.map { $0 + 1 })
    }

    @Test func aKeyThatNeedsEveryMatchCompletesTheSearchFirst() throws {
        var s = Self.prompt()
        Self.type(Self.dense, into: &s)
        #expect(s.pendingSearch != nil)
        // Down within the head needs nothing more.
        s.apply(.moveDown)
        #expect(s.pendingSearch != nil && s.selected == 1)
        s.apply(.acceptSearch)
        s.apply(.bottom)
        #expect(s.pendingSearch == nil)
        let full = Self.full(Self.dense)
        #expect(s.rows == full && s.filterMatches == full)
        #expect(s.currentFormIndex == full.last)
    }

    @Test func otherSortsRuleQueriesAndSmallYearsSearchAtOnce() {
        var sorted = Self.prompt()
        sorted.apply(.cancelSearch)
        sorted.apply(.cycleSort)
        sorted.apply(.startSearch)
        Self.type(Self.dense, into: &sorted)
        #expect(sorted.pendingSearch == nil)
        #expect(Set(sorted.rows) == Set(Self.full(Self.dense)))

        var rule = Self.prompt()
        Self.type("规:side", into: &rule)
        #expect(rule.pendingSearch == nil)

        // The default minimum (4,096 candidates) is more than this year holds.
        var small = Self.prompt(progressiveMinimum: BrowserState(forms: []).progressiveMinimum)
        Self.type(Self.dense, into: &small)
        #expect(small.pendingSearch == nil)
        #expect(small.rows == Self.full(Self.dense))
    }

    /// With `!` or a list filter on, the screenful would count matches the filter then hides:
    /// the search is whole at once, the rows those of the full result that pass.
    @Test func bangAndListFiltersSearchWhole() throws {
        let findings = Checker.check(Self.forms)
        let full = Self.full(Self.dense)
        var bang = BrowserState(forms: Self.forms, findings: findings, width: 100, height: 30)
        bang.progressiveMinimum = 64
        bang.apply(.toggleOnlyWithFindings)
        #expect(bang.onlyWithFindings)
        bang.apply(.startSearch)
        Self.type(Self.dense, into: &bang)
        #expect(bang.pendingSearch == nil)
        let withFindings = full.filter { !findings[$0].isEmpty }
        #expect(!withFindings.isEmpty)
        #expect(bang.rows == withFindings)

        var department = Self.prompt()
        department.apply(.cancelSearch)
        let d = try #require(Self.forms.last?.department)
        department.listFilter = ListFilter(department: d)
        department.rebuildRows(matches: nil, keeping: nil)
        department.apply(.startSearch)
        Self.type(Self.dense, into: &department)
        #expect(department.pendingSearch == nil)
        #expect(department.rows == full.filter { Self.forms[$0].department == d })
    }

    /// Rows not yet found are not "nothing matches": while the search runs an empty list says
    /// it is searching.
    @Test func anEmptyListWhilePendingSaysSearching() throws {
        var s = Self.prompt()
        Self.type(Self.dense, into: &s)
        #expect(s.pendingSearch != nil)
        // A filter that hides the whole head (no findings were given: `!` hides every form).
        s.onlyWithFindings = true
        s.rebuildRows(matches: s.listMatches, keeping: s.currentFormIndex)
        #expect(s.rows.isEmpty && s.isSearching)
        let text = Self.screen(s)
        #expect(text.contains(BrowserMessages.listSearching()))
        #expect(!text.contains(BrowserMessages.noMatchAmongFindings(Self.dense)))
        #expect(!text.contains(BrowserMessages.noMatchProjects(Self.dense)))
    }

    /// What needs none of the rest goes on at once: the findings arriving, moves up and within
    /// the head, switching panes, Esc after Enter (it drops the search).
    @Test func actionsThatNeedNoMoreMatchesLeaveTheSearchRunning() throws {
        var s = BrowserState(forms: Self.forms, findingsPending: true, width: 100, height: 30)
        s.progressiveMinimum = 64
        s.apply(.startSearch)
        Self.type(Self.dense, into: &s)
        let pending = try #require(s.pendingSearch)
        let head = s.rows
        s.apply(.findingsArrived(Checker.check(Self.forms)))
        #expect(s.pendingSearch?.serial == pending.serial && s.rows == head)
        #expect(s.findingsStatus == .ready)
        s.apply(.acceptSearch)
        for action in [Action.moveDown, .pageDown, .pageUp, .top, .focusNext, .focusPrevious] {
            s.apply(action)
            #expect(s.pendingSearch?.serial == pending.serial && s.rows == head, "\(action)")
        }
        s.apply(.cancel)
        #expect(s.pendingSearch == nil)
        #expect(s.filter.isEmpty && s.rows == Array(Self.forms.indices))
        s.apply(.searchCompleted(pending.run()))
        #expect(s.rows == Array(Self.forms.indices))
    }

    /// A sort, `n`, or a page down past the rows found completes the search first.
    @Test func sortNextMatchAndPagingPastTheHeadComplete() throws {
        let full = Self.full(Self.dense)
        var sorted = Self.prompt()
        Self.type(Self.dense, into: &sorted)
        #expect(sorted.pendingSearch != nil)
        sorted.apply(.acceptSearch)
        sorted.apply(.cycleSort)
        #expect(sorted.pendingSearch == nil)
        #expect(Set(sorted.rows) == Set(full) && sorted.rows.count == full.count)

        var next = Self.prompt()
        Self.type(Self.dense, into: &next)
        next.apply(.acceptSearch)
        next.apply(.nextMatch)
        #expect(next.pendingSearch == nil && next.rows == full)

        var paged = Self.prompt()
        Self.type(Self.dense, into: &paged)
        let head = paged.rows.count
        for _ in 0...(head / max(1, paged.listRows)) { paged.apply(.pageDown) }
        #expect(paged.pendingSearch == nil && paged.rows == full)
        #expect(paged.selected >= head - 1)
    }

    /// The index arriving with text in the prompt narrows as a keystroke does: a head, then the rest.
    @Test func theIndexArrivingWithTextInThePrompt() throws {
        var s = BrowserState(forms: Self.forms, searchIndexPending: true, width: 100, height: 30)
        s.progressiveMinimum = 64
        s.apply(.startSearch)
        Self.type(Self.dense, into: &s)
        #expect(s.prompt?.matches == nil && s.pendingSearch == nil)
        s.apply(.searchIndexReady(BuiltSearchIndex(SearchIndex(forms: Self.forms))))
        let pending = try #require(s.pendingSearch)
        let full = Self.full(Self.dense)
        #expect(s.rows == Array(full.prefix(s.rows.count)) && s.rows.count < full.count)
        s.apply(.searchCompleted(pending.run()))
        #expect(s.pendingSearch == nil && s.rows == full)
    }

    /// A `Browser` runs the rest on another thread; `idle()` picks it up.
    @Test func theBrowserCompletesTheSearchOnAnotherThread() throws {
        var b = Browser(forms: Self.forms)
        _ = b.handle(.resize(width: 100, height: 30))
        b.state.progressiveMinimum = 64
        b.press(.char("/"))
        b.type(Self.dense)
        let head = b.state.rows
        #expect(b.state.pendingSearch != nil)
        #expect(b.isWaiting)
        let deadline = Date().addingTimeInterval(30)
        while b.state.pendingSearch != nil, Date() < deadline {
            if !b.idle() { Thread.sleep(forTimeInterval: 0.005) }
        }
        #expect(b.state.pendingSearch == nil)
        #expect(!b.isWaiting)
        let full = Self.full(Self.dense)
        #expect(b.state.rows == full)
        #expect(Array(full.prefix(head.count)) == head)
        #expect(b.grid().text.contains(BrowserMessages.promptMatches(b.state.grouped(full.count))))
    }
}
