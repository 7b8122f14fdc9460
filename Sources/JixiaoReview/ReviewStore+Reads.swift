import Foundation
import GRDB
import JixiaoKit

/// Reading the record: the current review of forms (the latest row of each kind), a form's
/// history, where a reviewer stopped, and the verdicts per rule.
extension ReviewStore {
    /// The current review of each key, in order (`FormReview.empty` for forms never reviewed).
    public func reviews(keys: [String]) throws -> [FormReview] {
        let all = try currentReviews(only: keys.count == 1 ? keys[0] : nil)
        return keys.map { all[$0] ?? .empty }
    }

    /// The current review of one form.
    public func review(key: String) throws -> FormReview {
        try reviews(keys: [key])[0]
    }

    /// Every reviewed form's current review, by key (or only `key`'s).
    func currentReviews(only key: String? = nil) throws -> [String: FormReview] {
        let filter = key == nil ? "" : "WHERE form_key = ?"
        let args: StatementArguments = key.map { [$0] } ?? []
        return try db.read { db in
            var out: [String: FormReview] = [:]
            let decisions = try Row.fetchCursor(db, sql: """
                SELECT form_key, grade, fingerprint, reviewer, at FROM decision
                WHERE id IN (SELECT max(id) FROM decision \(filter) GROUP BY form_key)
                """, arguments: args)
            while let r = try decisions.next() {
                let grade = Grade(rawValue: r["grade"]) ?? .unreviewed
                out[r["form_key"], default: .empty].decision = Decision(grade: grade, fingerprint: r["fingerprint"], stamp: Self.stamp(r))
            }
            let notes = try Row.fetchCursor(db, sql: """
                SELECT form_key, indicator, text, reviewer, at FROM note
                WHERE id IN (SELECT max(id) FROM note \(filter) GROUP BY form_key, indicator)
                """, arguments: args)
            while let r = try notes.next() {
                let note = ReviewNote(text: r["text"], stamp: Self.stamp(r))
                let indicator: String = r["indicator"]
                if indicator.isEmpty {
                    out[r["form_key"], default: .empty].note = note
                } else if !note.text.isEmpty {
                    out[r["form_key"], default: .empty].indicatorNotes[indicator] = note
                }
            }
            let verdicts = try Row.fetchCursor(db, sql: """
                SELECT form_key, finding, rule, verdict, reason, message, reviewer, at FROM verdict
                WHERE id IN (SELECT max(id) FROM verdict \(filter) GROUP BY form_key, finding)
                """, arguments: args)
            while let r = try verdicts.next() {
                guard let kind = VerdictKind(rawValue: r["verdict"]), kind != .withdrawn else { continue }
                let key = FindingKey(rawValue: r["finding"])
                out[r["form_key"], default: .empty].verdicts[key] = Verdict(
                    finding: key, rule: RuleID(r["rule"] as String), kind: kind, reason: r["reason"],
                    message: r["message"], stamp: Self.stamp(r))
            }
            return out
        }
    }

    /// Where `reviewer` was when they last left.
    public func position(reviewer: String) -> String? {
        try? db.read { try String.fetchOne($0, sql: "SELECT form_key FROM position WHERE reviewer = ?", arguments: [reviewer]) }
    }

    /// Every row recorded for a form, oldest first.
    public func history(key: String) throws -> [HistoryEntry] {
        try db.read { db in
            var out: [HistoryEntry] = []
            for r in try Row.fetchAll(db, sql: "SELECT id, grade, fingerprint, reviewer, at FROM decision WHERE form_key = ?", arguments: [key]) {
                out.append(HistoryEntry(stamp: Self.stamp(r), order: (r["at"], 0, r["id"]), kind: .decision(Grade(rawValue: r["grade"]) ?? .unreviewed), fingerprint: r["fingerprint"]))
            }
            for r in try Row.fetchAll(db, sql: "SELECT id, indicator, text, fingerprint, reviewer, at FROM note WHERE form_key = ?", arguments: [key]) {
                out.append(HistoryEntry(stamp: Self.stamp(r), order: (r["at"], 1, r["id"]), kind: .note(indicator: r["indicator"], text: r["text"]), fingerprint: r["fingerprint"]))
            }
            for r in try Row.fetchAll(db, sql: "SELECT id, rule, verdict, reason, message, fingerprint, reviewer, at FROM verdict WHERE form_key = ?", arguments: [key]) {
                let kind = VerdictKind(rawValue: r["verdict"]) ?? .withdrawn
                out.append(HistoryEntry(stamp: Self.stamp(r), order: (r["at"], 2, r["id"]), kind: .verdict(kind, rule: r["rule"], message: r["message"], reason: r["reason"]), fingerprint: r["fingerprint"]))
            }
            return out.sorted { $0.order < $1.order }
        }
    }

    /// The forms the record knows (as last seen), in key order.
    public func knownForms() throws -> [FormIdentity] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT key, fiscal_year, department_code, department, project FROM form ORDER BY key").map {
                FormIdentity(key: $0["key"], fingerprint: "", fiscalYear: $0["fiscal_year"], departmentCode: $0["department_code"], department: $0["department"], project: $0["project"])
            }
        }
    }

    /// Per rule, how its findings were judged (the latest verdict on each finding), most judged first.
    public func ruleStats() throws -> [RuleStat] {
        try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT rule, sum(verdict = '采纳') AS accepted, sum(verdict = '误报') AS dismissed FROM verdict
                WHERE id IN (SELECT max(id) FROM verdict GROUP BY form_key, finding) AND verdict != '撤销'
                GROUP BY rule
                """).map { RuleStat(rule: RuleID($0["rule"] as String), accepted: $0["accepted"], dismissed: $0["dismissed"]) }
                .sorted { ($1.judged, $0.rule) < ($0.judged, $1.rule) }
        }
    }

    /// How many decision rows the file holds (every reviewer's).
    public func decisionCount() throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM decision") ?? 0 }
    }

    static func stamp(_ r: Row) -> Stamp { Stamp(reviewer: r["reviewer"], at: r["at"]) }
}

/// One row of a form's history.
public struct HistoryEntry: Sendable {
    public enum Kind: Sendable, Equatable {
        case decision(Grade)
        case note(indicator: String, text: String)
        case verdict(VerdictKind, rule: String, message: String, reason: String)
    }
    public var stamp: Stamp
    var order: (Date, Int, Int64)
    public var kind: Kind
    /// The form's fingerprint when the row was written.
    public var fingerprint: String

    /// The row in words (`评定 中 修改后重报`).
    public var text: String {
        switch kind {
        case .decision(let g): return ReviewMessages.logDecision(g.labelWithMeaning)
        case .note(let indicator, let text):
            if !indicator.isEmpty { return ReviewMessages.logIndicatorNote(IndicatorPath.display(indicator), text) }
            return text.isEmpty ? ReviewMessages.logNoteCleared() : ReviewMessages.logNote(text)
        case .verdict(let kind, let rule, let message, let reason):
            switch kind {
            case .accepted: return ReviewMessages.logAccepted(rule, message)
            case .dismissed:
                return reason.isEmpty ? ReviewMessages.logDismissed(rule, message) : ReviewMessages.logDismissedReason(rule, message, reason)
            case .withdrawn: return ReviewMessages.logWithdrawn(rule)
            }
        }
    }
}

/// How a rule's findings were judged: the measured precision of a check.
public struct RuleStat: Sendable, Equatable {
    public var rule: RuleID
    public var accepted: Int
    public var dismissed: Int
    public var judged: Int { accepted + dismissed }
    /// accepted / judged, nil when none was judged.
    public var precision: Double? { judged == 0 ? nil : Double(accepted) / Double(judged) }
}
