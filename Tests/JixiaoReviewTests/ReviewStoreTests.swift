import Foundation
import GRDB
import JixiaoKit
import Testing
@testable import JixiaoReview

/// The record on a real SQLite file: what is written is read back, history is kept, identity
/// and fingerprint behave as docs/review.md says.
@Suite struct ReviewStoreTests {
    let forms = Fixture.sample()

    @Test func gradeNoteAndVerdictAreReadBackFromANewConnection() throws {
        let path = try Fixture.database()
        let ids = FormIdentity.of(forms)
        let session = ReviewSession(store: ReviewStore.open(path: path), reviewer: "张三")
        #expect(session.isWritable && session.problem == nil)
        let bus = forms.firstIndex { $0.project.contains("公交") }!
        let finding = Checker.check(forms[bus])[0]
        _ = try session.setGrade(.fair, of: ids[bus])
        _ = try session.setNote("年度目标被截断。\n请补全后重报。", indicator: nil, of: ids[bus])
        _ = try session.setVerdict(.accepted, reason: "", on: finding, key: FindingKey(finding, in: forms[bus]), of: ids[bus])

        let reopened = ReviewStore.open(path: path)
        let r = try reopened.reviews(keys: ids.map(\.key))
        #expect(r[bus].grade == .fair)
        #expect(r[bus].decision?.stamp.reviewer == "张三")
        #expect(r[bus].noteText == "年度目标被截断。\n请补全后重报。")
        #expect(r[bus].accepted.map(\.rule) == [finding.rule])
        #expect(r.enumerated().filter { $0.offset != bus }.allSatisfy { $0.element == .empty })
    }

    @Test func theLatestRowWinsAndEveryRowStaysInTheHistory() throws {
        let path = try Fixture.database()
        let store = ReviewStore.open(path: path)
        let id = FormIdentity(forms[0])
        let t = Date(timeIntervalSince1970: 1_800_000_000)
        try store.setGrade(.excellent, of: id, reviewer: "a", at: t)
        try store.setGrade(.poor, of: id, reviewer: "b", at: t.addingTimeInterval(60))
        try store.setNote("一", indicator: nil, of: id, reviewer: "a", at: t)
        try store.setNote("", indicator: nil, of: id, reviewer: "a", at: t.addingTimeInterval(1))
        let r = try store.review(key: id.key)
        #expect(r.grade == .poor && r.decision?.stamp.reviewer == "b")
        #expect(r.noteText.isEmpty)
        let h = try store.history(key: id.key)
        #expect(h.map(\.kind) == [.decision(.excellent), .note(indicator: "", text: "一"), .note(indicator: "", text: ""), .decision(.poor)])
    }

    @Test func historyRowsCannotBeChangedOrDeleted() throws {
        let path = try Fixture.database()
        let store = ReviewStore.open(path: path)
        let id = FormIdentity(forms[0])
        try store.setGrade(.good, of: id, reviewer: "a")
        try store.setNote("一", indicator: nil, of: id, reviewer: "a")
        try store.setVerdict(.dismissed, rule: "funds-sum", finding: FindingKey(rawValue: "funds-sum||0"), message: "m", of: id, reviewer: "a")
        let q = try DatabaseQueue(path: path)
        for sql in ["UPDATE decision SET grade = '优'", "DELETE FROM decision", "UPDATE note SET text = ''", "DELETE FROM verdict"] {
            #expect(throws: DatabaseError.self) { try q.write { try $0.execute(sql: sql) } }
        }
        let r = try store.review(key: id.key)
        #expect(r.grade == .good && r.noteText == "一" && r.verdicts.count == 1)
    }

    @Test func identityIgnoresFileAndLineButTheFingerprintSeesContent() {
        var moved = forms[2]
        moved.source = SourceLocation(file: "other/export.txt", line: 9999)
        moved.project = " " + moved.project.replacingOccurrences(of: "公交", with: "公　交") + " "
        #expect(FormIdentity(moved).key == FormIdentity(forms[2]).key)
        var edited = forms[2]
        #expect(FormIdentity(edited).fingerprint == FormIdentity(forms[2]).fingerprint)
        edited.indicators.annual[0].value += "0"
        #expect(FormIdentity(edited).key == FormIdentity(forms[2]).key)
        #expect(FormIdentity(edited).fingerprint != FormIdentity(forms[2]).fingerprint)
        var otherYear = forms[2]
        otherYear.fiscalYear = 2027
        #expect(FormIdentity(otherYear).key != FormIdentity(forms[2]).key)
    }

    @Test func repeatedFormsInOneInputGetTheirOwnKeys() {
        let ids = FormIdentity.of([forms[0], forms[1], forms[0]])
        #expect(ids[2].key == ids[0].key + "#2")
        #expect(Set(ids.map(\.key)).count == 3)
    }

    @Test func aGradeOnAnOlderVersionOfTheFormNeedsARecheck() throws {
        let path = try Fixture.database()
        let store = ReviewStore.open(path: path)
        try store.setGrade(.good, of: FormIdentity(forms[3]), reviewer: "a")
        var changed = forms
        changed[3].funds.annual.total = (changed[3].funds.annual.total ?? 0) + 100
        let before = ReviewProgress(FormIdentity.of(forms), try store.reviews(keys: FormIdentity.of(forms).map(\.key)))
        let ids = FormIdentity.of(changed)
        let reviews = try store.reviews(keys: ids.map(\.key))
        #expect(before.overall.recheck == 0)
        #expect(reviews[3].needsRecheck(ids[3].fingerprint))
        #expect(reviews[3].state(ids[3].fingerprint) == .recheck)
        let after = ReviewProgress(ids, reviews)
        #expect(after.overall.recheck == 1 && after.overall.reviewed == 1)
        #expect(after.lines().contains(ReviewMessages.statusRecheck(1)))
        let opinions = try ReviewOpinion.of(changed, store: store)
        #expect(opinions[3].needsRecheck && !opinions[2].needsRecheck)
        // Grading again on the new version clears it.
        try store.setGrade(.good, of: ids[3], reviewer: "a")
        #expect(!(try store.review(key: ids[3].key)).needsRecheck(ids[3].fingerprint))
    }

    @Test func ruleStatsCountTheLatestVerdictOnEachFinding() throws {
        let path = try Fixture.database()
        let store = ReviewStore.open(path: path)
        let id0 = FormIdentity(forms[0]), id1 = FormIdentity(forms[1])
        func verdict(_ k: VerdictKind, _ rule: RuleID, _ finding: String, _ id: FormIdentity) throws {
            try store.setVerdict(k, rule: rule, finding: FindingKey(rawValue: finding), message: "m", of: id, reviewer: "a")
        }
        try verdict(.dismissed, "funds-sum", "funds-sum||1", id0)
        try verdict(.accepted, "funds-sum", "funds-sum||1", id0)  // changed mind: counts once, as accepted
        try verdict(.dismissed, "funds-sum", "funds-sum||1", id1)
        try verdict(.dismissed, "narrative-duplicate", "narrative-duplicate||0", id1)
        try verdict(.accepted, "goal-empty", "goal-empty|annual|0", id1)
        try verdict(.withdrawn, "goal-empty", "goal-empty|annual|0", id1)
        let stats = try store.ruleStats()
        #expect(stats == [
            RuleStat(rule: "funds-sum", accepted: 1, dismissed: 1),
            RuleStat(rule: "narrative-duplicate", accepted: 0, dismissed: 1),
        ])
        #expect(stats[0].precision == 0.5)
        #expect(try store.review(key: id1.key).verdicts.count == 2)
    }

    @Test func positionIsRememberedPerReviewer() throws {
        let path = try Fixture.database()
        let a = ReviewSession(store: ReviewStore.open(path: path), reviewer: "a")
        let b = ReviewSession(store: ReviewStore.open(path: path), reviewer: "b")
        #expect(a.lastPosition() == nil)
        a.recordPosition("k1")
        b.recordPosition("k2")
        a.recordPosition("k3")
        #expect(ReviewSession(store: ReviewStore.open(path: path), reviewer: "a").lastPosition() == "k3")
        #expect(b.lastPosition() == "k2")
    }

    @Test func theDefaultPathFollowsXDG() {
        #expect(ReviewStore.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/h"]) == "/x/data/jixiao/review.sqlite")
        #expect(ReviewStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/jixiao/review.sqlite")
        #expect(ReviewStore.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/jixiao/review.sqlite")
    }

    @Test func theFileIsInWALModeAndVersioned() throws {
        let path = try Fixture.database()
        _ = ReviewStore.open(path: path)
        let q = try DatabaseQueue(path: path)
        #expect(try q.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try q.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == ["v1"])
    }

    @Test func gradesAreReadFromWhatReviewersType() {
        #expect(Grade(argument: "中") == .fair)
        #expect(Grade(argument: "4") == .poor)
        #expect(Grade(argument: "未审") == .unreviewed)
        #expect(Grade(argument: "甲") == nil)
        #expect(Grade.poor.labelWithMeaning == "差 退回，不予安排")
        #expect(Grade.given.map(\.number) == [1, 2, 3, 4])
    }

    @Test func catalogIsComplete() {
        #expect(ReviewMessages.catalogProblems.isEmpty, "\(ReviewMessages.catalogProblems)")
    }
}
