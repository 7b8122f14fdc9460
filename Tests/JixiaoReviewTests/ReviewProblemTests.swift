import Foundation
import GRDB
import JixiaoKit
import Testing
@testable import JixiaoReview

/// A database that is damaged, locked or not writable: a message naming the file, a store that
/// still answers (read-only), nothing written. (Read-only as root: JixiaoCLITests drops to
/// another user with setpriv.)
@Suite struct ReviewProblemTests {
    let form = FormIdentity(Fixture.sample()[0])

    @Test func aDamagedFileIsNamedLeftUntouchedAndTheStoreIsReadOnly() throws {
        let path = try Fixture.database()
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        try garbage.write(to: URL(fileURLWithPath: path))
        let store = ReviewStore.open(path: path)
        #expect(!store.isWritable)
        #expect(store.problem == ReviewMessages.corrupt(path, "file is not a database"))
        #expect(try store.reviews(keys: [form.key]) == [.empty])
        #expect(throws: ReviewLedgerError.self) { try store.setGrade(.good, of: form, reviewer: "a") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test func aFileFromANewerJixiaoIsReadButNotWritten() throws {
        let path = try Fixture.database()
        let first = ReviewStore.open(path: path)
        try first.setGrade(.good, of: form, reviewer: "a")
        let q = try DatabaseQueue(path: path)
        try q.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')") }
        let store = ReviewStore.open(path: path)
        #expect(!store.isWritable)
        #expect(store.problem == ReviewMessages.newerSchema(path))
        #expect(try store.review(key: form.key).grade == .good)
    }

    @Test func aWriteThatMeetsALockIsReportedNotSaved() throws {
        let path = try Fixture.database()
        let store = ReviewStore.open(path: path, busyTimeout: 0.2)
        try store.setGrade(.good, of: form, reviewer: "a")
        // Another connection holds the write lock for longer than the timeout.
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect {
                try store.setGrade(.poor, of: form, reviewer: "a")
            } throws: { ($0 as? ReviewLedgerError)?.message == ReviewMessages.lockedNotSaved(path) }
            try db.execute(sql: "ROLLBACK")
        }
        // Readers are not blocked by a writer (WAL), and the failed write left nothing.
        #expect(try store.review(key: form.key).grade == .good)
        try store.setGrade(.poor, of: form, reviewer: "a")
        #expect(try store.review(key: form.key).grade == .poor)
    }

    @Test func aFolderThatCannotBeMadeIsNamed() throws {
        let base = try Fixture.database()
        // A file where a folder should be: fails for root too.
        try Data("x".utf8).write(to: URL(fileURLWithPath: base))
        let path = base + "/sub/review.sqlite"
        let store = ReviewStore.open(path: path)
        #expect(!store.isWritable)
        #expect(store.problem == ReviewMessages.cannotCreate(path, ReviewMessages.reasonNotDirectory()))
        #expect(try store.reviews(keys: [form.key]) == [.empty])
    }
}
