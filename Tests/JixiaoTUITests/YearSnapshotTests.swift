import Testing
@testable import JixiaoTUI
import JixiaoKit

/// Screens of the year views, compared with Snapshots/*.txt (and shown in docs/browser.md).
@Suite struct YearSnapshotTests {
    @Test func summary120x40() {
        var b = makeBrowser(120, 40, checked: true)
        b.press(.char("S"))
        expectSnapshot(b.grid(), "summary-120x40")
    }

    @Test func departmentPicker80x24() {
        var b = makeBrowser(80, 24, checked: true)
        b.press(.char("d"))
        b.type("局")
        expectSnapshot(b.grid(), "department-picker-80x24")
        b.press(.down, .enter)
        expectSnapshot(b.grid(), "department-filter-80x24")
    }

    @Test func wide160x48() {
        var b = makeBrowser(160, 48, checked: true)
        b.press(.char("e"))
        expectSnapshot(b.grid(), "errors-160x48")
    }

    @Test func goto80x24() {
        var b = makeBrowser(80, 24, checked: true)
        b.press(.char(":"), .char("3"))
        expectSnapshot(b.grid(), "goto-80x24")
    }
}
