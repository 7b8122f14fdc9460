import Foundation
import JixiaoKit
import JixiaoReview
import Testing
@testable import JixiaoTUI

/// The review record loaded on another thread while the browser streams its forms
/// (`attachReview(_:externalEditor:loadedFrom:)`): keys work meanwhile, a grade given before
/// the record arrives is saved after it — never lost, never overwritten by the load — on a
/// real SQLite file behind the real `ReviewSession`.
@Suite struct ReviewLoadTests {
    static let forms = Sample.forms

    func database() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-tui-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("review.sqlite").path
    }

    func stored(_ path: String, _ form: Int) throws -> FormReview {
        try ReviewStore.open(path: path).review(key: FormIdentity.of(Self.forms)[form].key)
    }

    /// A streaming browser (three forms first, the rest arriving) with the record loading
    /// elsewhere; the reading is over when it returns.
    func opened(_ session: ReviewSession, _ reviews: ReviewInbox) -> Browser {
        let formsInbox = FormsInbox()
        var b = Browser(
            forms: Array(Self.forms.prefix(3)), findingsFrom: FindingsInbox(), formsFrom: formsInbox,
            reading: ReadProgress(forms: 3, bytesRead: 10, bytesTotal: 100))
        _ = b.handle(.resize(width: 120, height: 30))
        b.attachReview(session, externalEditor: false, loadedFrom: reviews)
        formsInbox.add(Array(Self.forms.dropFirst(3)), ReadProgress(forms: 7, bytesRead: 100, bytesTotal: 100))
        formsInbox.finish(Self.forms)
        _ = b.idle()
        return b
    }

    @Test func aGradeGivenWhileTheRecordLoadsIsSavedAfterItAndKept() throws {
        let path = try database()
        let ids = FormIdentity.of(Self.forms)
        // Another reviewer's record: form 3 差, form 4 良.
        let other = ReviewSession(store: ReviewStore.open(path: path), reviewer: "李四")
        _ = try other.setGrade(.poor, of: ids[2])
        _ = try other.setGrade(.good, of: ids[3])
        let session = ReviewSession(store: ReviewStore.open(path: path), reviewer: "张三")
        let inbox = ReviewInbox()
        var b = opened(session, inbox)
        #expect(b.state.forms.count == 7 && b.state.review == nil && b.isWaiting)
        // The load is taken now, before the keys: it says form 3 is 差.
        let loaded = LoadedReview(forms: Self.forms, ledger: session)

        // Keys work while it loads: moving, and a grade, which waits for the record.
        b.press(.char("j"), .char("j"))
        #expect(b.state.currentFormIndex == 2)
        b.press(.char("1"))
        #expect(b.state.message == "审核记录载入中，载入后即保存：优 通过")
        #expect(try stored(path, 2).grade == .poor)  // not saved yet: the screen did not say so
        b.press(.char("j"), .char("4"))
        b.press(.char("c"))
        #expect(b.state.overlay == nil && b.state.message == "审核记录载入中，请稍候")

        inbox.deliver(loaded)
        let changed = b.idle()
        #expect(changed && b.state.review != nil)
        let review = try #require(b.state.review)
        // The load did not overwrite the grades given meanwhile: they were saved after it.
        #expect(review.reviews[2].grade == .excellent && review.reviews[3].grade == .poor)
        #expect(try stored(path, 2).grade == .excellent && stored(path, 2).decision?.stamp.reviewer == "张三")
        #expect(try stored(path, 3).grade == .poor)
        #expect(b.state.message == "已保存：差 退回，不予安排")
        #expect(review.reviewed == 2)
        // The selection stayed where the reviewer moved it.
        #expect(b.state.currentFormIndex == 3)
        // The history keeps both, in order.
        let log = try ReviewStore.open(path: path).history(key: ids[2].key).map(\.text)
        #expect(log.count == 2 && log[0].contains("差") && log[1].contains("优"))
    }

    @Test func theRecordShowsWhenItArrivesAndResumesWhereTheReviewerStopped() throws {
        let path = try database()
        let ids = FormIdentity.of(Self.forms)
        let session = ReviewSession(store: ReviewStore.open(path: path), reviewer: "张三")
        _ = try session.setGrade(.fair, of: ids[5])
        session.recordPosition(ids[5].key)
        let inbox = ReviewInbox()
        var b = opened(session, inbox)
        #expect(!screen(b).contains("已审"))
        // Delivered from another thread, as the browse command does.
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            inbox.deliver(LoadedReview(forms: Self.forms, ledger: session))
            done.signal()
        }
        done.wait()
        _ = b.idle()
        #expect(b.state.currentFormIndex == 5)
        #expect(screen(b).contains("已审 1/7"))
    }

    @Test func quittingBeforeTheRecordArrivesSavesTheQueuedGrade() throws {
        let path = try database()
        let session = ReviewSession(store: ReviewStore.open(path: path), reviewer: "张三")
        var b = opened(session, ReviewInbox())
        b.press(.char("j"), .char("3"))
        #expect(try stored(path, 1).grade == .unreviewed)
        #expect(b.handle(.char("q")) == .quit)
        #expect(try stored(path, 1).grade == .fair)
    }

    func screen(_ b: Browser) -> String { (0..<b.state.height).map { b.grid().rowText($0) }.joined(separator: "\n") }
}
