import Foundation
import Testing
@testable import JixiaoTUI
import JixiaoKit

/// Forms arriving in batches while the browser is on screen (the reading streams on another
/// thread): the list grows, the selection stays on its project, the counts and the progress
/// follow, and the index and findings wait for every form.
@Suite struct FormsArrivingTests {
    /// The sample ×3 (21 forms): enough to arrive in several batches.
    static let forms = Sample.forms + Sample.forms + Sample.forms

    static func progress(_ forms: Int, _ percent: Int) -> ReadProgress {
        ReadProgress(forms: forms, bytesRead: percent, bytesTotal: 100)
    }

    /// A browser opened on the first `first` forms, the rest to come from `inbox`.
    static func opened(first: Int, inbox: FormsInbox, findings: FindingsInbox = FindingsInbox(), index: SearchIndexInbox? = nil) -> Browser {
        var b = Browser(
            forms: Array(forms.prefix(first)), findingsFrom: findings, searchIndexFrom: index,
            formsFrom: inbox, reading: progress(first, 10))
        _ = b.handle(.resize(width: 120, height: 30))
        return b
    }

    @Test func batchesKeepTheSelectionAndGrowTheList() {
        let inbox = FormsInbox()
        var b = Self.opened(first: 5, inbox: inbox)
        b.press(.char("j"), .char("j"), .char("j"))
        let selected = b.state.selected
        let form = b.state.currentFormIndex
        let top = b.state.listTop
        #expect(b.state.rows.count == 5)
        #expect(b.state.isReading)

        inbox.add(Array(Self.forms[5..<12]), Self.progress(12, 55))
        let changed = b.idle()
        #expect(changed)
        #expect(b.state.forms.count == 12 && b.state.rows.count == 12)
        #expect(b.state.selected == selected && b.state.currentFormIndex == form && b.state.listTop == top)
        #expect(b.state.findings.count == 12)
        #expect(b.state.readingLabel == "读取中 12 表 · 55%")
        #expect(b.isWaiting)

        inbox.add(Array(Self.forms[12...]), Self.progress(21, 100))
        inbox.finish(Self.forms)
        let changedAgain = b.idle()
        #expect(changedAgain)
        #expect(b.state.forms == Self.forms && b.state.rows == Array(Self.forms.indices))
        #expect(b.state.currentFormIndex == form && b.state.listTop == top)
        #expect(!b.state.isReading && b.state.readingLabel == nil)
    }

    @Test func nothingNewIsNoChange() {
        let inbox = FormsInbox()
        var b = Self.opened(first: 5, inbox: inbox)
        let unchanged = b.idle()
        #expect(!unchanged)
        inbox.add([], Self.progress(5, 10))  // the same progress again
        let stillUnchanged = b.idle()
        #expect(!stillUnchanged)
    }

    @Test func aSortedListTakesNewFormsInItsOrder() {
        let inbox = FormsInbox()
        var b = Self.opened(first: 7, inbox: inbox)
        b.press(.char("s"))  // 年度资金↓
        #expect(b.state.sort == .fundsDescending)
        b.press(.char("j"), .char("j"))
        let form = b.state.currentFormIndex
        inbox.add(Array(Self.forms[7...]), Self.progress(21, 90))
        let changed = b.idle()
        #expect(changed)
        #expect(b.state.currentFormIndex == form)
        #expect(b.state.rows == BrowserState.computeOrder(.fundsDescending, Self.forms))
    }

    @Test func theStatusBarShowsTheProgressWhileReading() {
        let inbox = FormsInbox()
        var b = Self.opened(first: 7, inbox: inbox)
        inbox.add(Array(Self.forms[7..<14]), Self.progress(14, 42))
        _ = b.idle()
        let bottom = b.grid().rowText(b.state.height - 1)
        #expect(bottom.contains("读取中 14 表 · 42%"), "\(bottom)")
        inbox.finish(Self.forms)
        _ = b.idle()
        #expect(!b.grid().rowText(b.state.height - 1).contains("读取中"))
    }

    @Test func theIndexAndFindingsWaitForEveryForm() {
        let inbox = FormsInbox()
        let findings = FindingsInbox()
        let index = SearchIndexInbox()
        var b = Self.opened(first: 7, inbox: inbox, findings: findings, index: index)
        // Delivered early (made over all forms): not taken while forms are missing.
        index.deliver(SearchIndex(forms: Self.forms))
        findings.deliver(Checker.check(Self.forms))
        _ = b.idle()
        #expect(b.state.index == nil && b.state.findingsStatus == .pending)
        inbox.add(Array(Self.forms[7...]), Self.progress(21, 100))
        inbox.finish(Self.forms)
        let changed = b.idle()
        #expect(changed)
        #expect(b.state.index != nil && b.state.findingsStatus == .ready)
        #expect(b.state.findings.count == Self.forms.count)
        #expect(!b.isWaiting)
    }

    @Test func aDifferentFinalReadingReplacesWhatWasShown() {
        let inbox = FormsInbox()
        var b = Self.opened(first: 10, inbox: inbox)
        b.press(.char("j"))
        inbox.finish(Array(Self.forms.prefix(7)))  // a file read again another way: fewer forms
        _ = b.idle()
        #expect(b.state.forms.count == 7 && b.state.rows.count == 7)
        #expect(b.state.currentFormIndex == 1)
        #expect(b.state.findings.count == 7)
    }
}
