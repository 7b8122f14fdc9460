import Foundation
import JixiaoKit
import Testing
@testable import JixiaoReview

/// Real processes on a real file: what one process saved, another reads; a writer killed with
/// SIGKILL loses nothing it reported saved; two writers at once both succeed and see each other.
@Suite(.serialized) struct ReviewProcessTests {
    @Test func whatAnotherProcessSavedIsReadHere() throws {
        let path = try Fixture.database()
        let (status, out) = try Fixture.runBench(["review-writes", "--db", path, "--count", "20", "--forms", "20", "--reviewer", "王五"])
        #expect(status == 0)
        let saved = Fixture.savedLines(out)
        #expect(saved.count == 20)
        let store = ReviewStore.open(path: path)
        let reviews = try store.reviews(keys: saved.map(\.key))
        for (s, r) in zip(saved, reviews) {
            #expect(r.grade.rawValue == s.grade)
            #expect(r.decision?.stamp.reviewer == "王五")
        }
    }

    @Test func aWriterKilledWithSIGKILLLosesNothingItReportedSaved() throws {
        let path = try Fixture.database()
        let (p, out) = try Fixture.startBench(["review-writes", "--db", path, "--count", "1000000", "--forms", "50"])
        // Read what it reports until at least 200 saves, then kill it mid-loop.
        var text = ""
        while Fixture.savedLines(text).count < 200 {
            let chunk = out.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGKILL)
        // Lines already in the pipe were printed after their commit, so they count too.
        text += String(decoding: out.readDataToEndOfFile(), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A line cut off by the kill is not a report.
        let complete = lines.last == "" ? text : lines.dropLast().joined(separator: "\n")
        let saved = Fixture.savedLines(complete)
        #expect(saved.count >= 200)

        let store = ReviewStore.open(path: path)
        #expect(store.isWritable && store.problem == nil)
        // Every reported row is there, and the last report for each form is at most one row behind
        // the file's latest (the kill may fall between a commit and its report).
        #expect(try store.decisionCount() >= saved.count)
        var lastReported: [String: String] = [:]
        for s in saved { lastReported[s.key] = s.grade }
        let keys = Array(lastReported.keys)
        let reviews = try store.reviews(keys: keys)
        let maxIndex = saved.map(\.index).max()!
        for (k, r) in zip(keys, reviews) {
            let reported = lastReported[k]!
            if r.grade.rawValue != reported {
                // Only the one write after the last report may differ.
                let next = Grade.given[(maxIndex + 1) % 4].rawValue
                #expect(r.grade.rawValue == next && k == "2026|999|项目\((maxIndex + 1) % 50)")
            }
        }
        let history = try store.history(key: "2026|999|项目0")
        #expect(history.count >= saved.filter { $0.key == "2026|999|项目0" }.count)
    }

    @Test func twoWritersAtOnceBothSucceedAndSeeEachOther() throws {
        let path = try Fixture.database()
        _ = ReviewStore.open(path: path)  // the schema, so both start on the same file
        let n = 300
        let a = try Fixture.startBench(["review-writes", "--db", path, "--count", "\(n)", "--forms", "40", "--reviewer", "甲", "--expect-total", "\(2 * n)"])
        let b = try Fixture.startBench(["review-writes", "--db", path, "--count", "\(n)", "--forms", "40", "--reviewer", "乙", "--expect-total", "\(2 * n)"])
        let outA = String(decoding: a.1.readDataToEndOfFile(), as: UTF8.self)
        let outB = String(decoding: b.1.readDataToEndOfFile(), as: UTF8.self)
        a.0.waitUntilExit()
        b.0.waitUntilExit()
        #expect(a.0.terminationStatus == 0 && b.0.terminationStatus == 0)
        #expect(Fixture.savedLines(outA).count == n && Fixture.savedLines(outB).count == n)
        // Each saw all 2n decisions: its own and the other's.
        #expect(outA.contains("seen \(2 * n)") && outB.contains("seen \(2 * n)"))
        let store = ReviewStore.open(path: path)
        #expect(try store.decisionCount() == 2 * n)
        let reviewers = Set(try store.history(key: "2026|999|项目0").map(\.stamp.reviewer))
        #expect(reviewers == ["甲", "乙"])
    }
}
