import Foundation
import JixiaoKit
import JixiaoReview
import Testing
@testable import JixiaoTUI

/// The review in the browser, on a real SQLite file behind the real `ReviewSession`: keys save
/// before the screen says so, the line editor takes Chinese, verdicts, the filter, resuming,
/// a read-only record.
@Suite struct ReviewTests {
    /// A fresh database file path.
    func database() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-tui-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("review.sqlite").path
    }

    func browser(_ path: String, reviewer: String = "张三", editor: Bool = false, forms: [Form] = Sample.forms, width: Int = 120, height: Int = 40) -> Browser {
        var b = makeBrowser(width, height, forms: forms, findings: Checker.check(forms))
        b.attachReview(ReviewSession(store: ReviewStore.open(path: path), reviewer: reviewer), externalEditor: editor)
        return b
    }

    func stored(_ path: String, _ form: Int, forms: [Form] = Sample.forms) throws -> FormReview {
        try ReviewStore.open(path: path).review(key: FormIdentity.of(forms)[form].key)
    }

    func screen(_ b: Browser) -> String { (0..<b.state.height).map { b.grid().rowText($0) }.joined(separator: "\n") }

    @Test func aGradeKeyIsCommittedBeforeTheScreenSaysSaved() throws {
        let path = try database()
        var b = browser(path)
        #expect(screen(b).contains("已审 0/7"))
        b.press(.char("j"), .char("j"), .char("3"))
        #expect(b.state.message == "已保存：中 修改后重报")
        // Another connection reads it from the file.
        #expect(try stored(path, 2).grade == .fair)
        #expect(try stored(path, 2).decision?.stamp.reviewer == "张三")
        let text = screen(b)
        #expect(text.contains("已审 1/7"))
        let row = try #require(text.split(separator: "\n").first { $0.contains("公交政策性亏损补贴") && $0.contains("3,077.08") })
        #expect(row.contains("3 中 !") && row.contains("公交政策性亏损补贴"))
        // The detail pane's 审核 section.
        #expect(text.contains("等级  中 修改后重报 · 张三 "))
        b.press(.char("0"))
        #expect(try stored(path, 2).grade == .unreviewed)
        #expect(screen(b).contains("已审 0/7"))
    }

    @Test func theLineEditorTakesChineseAndSavesOnEnter() throws {
        let path = try database()
        var b = browser(path)
        b.press(.char("c"))
        #expect(b.state.overlay == .note(NoteDraft(target: .form(0), text: "")))
        b.type("年度目标须量化x")
        b.press(.backspace)
        #expect(screen(b).contains("意见：年度目标须量化"))
        b.press(.enter)
        #expect(b.state.overlay == nil && b.state.message == "已保存审核意见")
        #expect(try stored(path, 0).noteText == "年度目标须量化")
        #expect(screen(b).contains("意见  年度目标须量化"))
        // Esc leaves the note as it was.
        b.press(.char("c"))
        b.press(.ctrl("u"))
        b.type("不要")
        b.press(.escape)
        #expect(try stored(path, 0).noteText == "年度目标须量化")
        #expect(b.state.message == "已取消，未保存")
    }

    @Test func theExternalEditorGetsTheFormAndItsFindingsAsComments() throws {
        let path = try database()
        var b = browser(path, editor: true)
        b.press(.char("j"), .char("j"))
        let command = b.handle(.char("c"))
        guard case .edit(let request) = command else {
            Issue.record("expected an edit request, got \(command)")
            return
        }
        #expect(request.text.isEmpty)
        #expect(request.comments[0] == "审核意见：公交政策性亏损补贴（040-阳泉市工业和信息化局）")
        #expect(request.comments.contains { $0.contains("[goal-truncated-copy]") })
        b.finishEdit(.edited("第一行\n第二行"))
        #expect(b.state.message == "已保存审核意见")
        #expect(try stored(path, 2).noteText == "第一行\n第二行")
        // A failed editor saves nothing.
        _ = b.handle(.char("c"))
        b.finishEdit(.failed("exit 1"))
        #expect(b.state.message == "编辑器失败，未保存：exit 1")
        #expect(try stored(path, 2).noteText == "第一行\n第二行")
    }

    @Test func findingsAreAcceptedDismissedWithAReasonAndWithdrawn() throws {
        let path = try database()
        var b = browser(path)
        // The last form (农村饮水) has five findings.
        b.press(.char("G"), .char("f"))
        #expect(b.state.findingCursor == 0)
        #expect(screen(b).contains("▸ ✗ 错误"))
        b.press(.char("a"))
        // The browser's order of findings: worst first.
        let findings = b.state.findings[6]
        let first = findings[0]
        let key0 = FindingKey(first, in: Sample.forms[6])
        #expect(try stored(path, 6).verdicts[key0]?.kind == .accepted)
        #expect(screen(b).contains("采纳 \(first.rule.rawValue)"))
        b.press(.char("a"))
        #expect(try stored(path, 6).verdicts[key0] == nil)
        b.press(.char("f"), .char("x"))
        b.type("模板要求")
        b.press(.enter)
        let key1 = FindingKey(findings[1], in: Sample.forms[6])
        let v = try #require(try stored(path, 6).verdicts[key1])
        #expect(v.kind == .dismissed && v.reason == "模板要求")
        #expect(try ReviewStore.open(path: path).ruleStats().first { $0.rule == findings[1].rule }?.dismissed == 1)
    }

    @Test func theReviewFilterShowsUnreviewedReturnedAndRecheck() throws {
        let path = try database()
        var b = browser(path)
        b.press(.char("G"), .char("4"))
        b.press(.char("v"))
        #expect(b.state.reviewFilter == .unreviewed && b.state.rows.count == 6)
        b.press(.char("v"))
        #expect(b.state.reviewFilter == .returned && b.state.rows == [6])
        b.press(.char("v"))
        #expect(b.state.reviewFilter == .recheck && b.state.rows.isEmpty)
        #expect(screen(b).contains("没有需复审的项目"))
        b.press(.char("v"))
        #expect(b.state.reviewFilter == .all && b.state.rows.count == 7)
    }

    @Test func aFormChangedSinceItWasGradedShowsAsRecheck() throws {
        let path = try database()
        var b = browser(path)
        b.press(.char("j"), .char("1"))
        var changed = Sample.forms
        changed[1].funds.annual.total = 1
        var again = browser(path, forms: changed)
        let text = screen(again)
        #expect(text.split(separator: "\n").contains { $0.contains(" 2 复 ") && $0.contains("人才工作经费") })
        again.press(.char("v"), .char("v"), .char("v"))
        #expect(again.state.rows == [1])
        again.press(.enter)
        #expect(screen(again).contains("⚠ 表已修改，需复审"))
    }

    @Test func theBrowserReopensWhereTheReviewerLastSaved() throws {
        let path = try database()
        var b = browser(path, reviewer: "甲")
        b.press(.char("j"), .char("j"), .char("j"), .char("j"), .char("2"))
        _ = b.handle(.char("q"))
        #expect(browser(path, reviewer: "甲").state.currentFormIndex == 4)
        // Another reviewer starts at the top; only browsing does not move the mark.
        #expect(browser(path, reviewer: "乙").state.currentFormIndex == 0)
        var c = browser(path, reviewer: "甲")
        c.press(.char("g"))
        _ = c.handle(.char("q"))
        #expect(browser(path, reviewer: "甲").state.currentFormIndex == 4)
    }

    @Test func aDamagedRecordIsShownReadOnlyAndNothingIsWritten() throws {
        let path = try database()
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: path))
        var b = browser(path)
        let text = screen(b)
        #expect(text.contains("已审 0/7 只读"))
        #expect(b.state.message?.hasPrefix("审核数据库 \(path) 已损坏") == true)
        // In full in the detail pane's 审核 section (the status line may cut it).
        #expect(text.contains("⚠ 审核数据库 /tmp/"))
        b.press(.char("1"))
        #expect(b.state.message?.hasPrefix("只读，未保存：") == true)
        b.press(.char("c"))
        #expect(b.state.overlay == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a database")
    }

    @Test func everyRowKeepsItsWidthWithBadgesAtEverySize() throws {
        let path = try database()
        var b = browser(path)
        b.press(.char("1"), .char("j"), .char("4"), .char("G"), .char("f"))
        for (w, h) in [(120, 40), (80, 24), (40, 12), (20, 6)] {
            b.press(.resize(width: w, height: h))
            expectRowWidths(b.grid())
        }
    }

    @Test func catalogIsComplete() {
        #expect(ReviewBrowserMessages.catalogProblems.isEmpty, "\(ReviewBrowserMessages.catalogProblems)")
    }
}
