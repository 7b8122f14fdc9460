import Foundation
import GRDB
import JixiaoKit

/// Appending to the record: each call is one committed transaction that adds a row (and keeps
/// the form's display row current). Throws `ReviewLedgerError`, naming the file, when nothing
/// was saved.
extension ReviewStore {
    public func setGrade(_ grade: Grade, of form: FormIdentity, reviewer: String, at: Date = Date()) throws {
        try append(form) { db in
            try db.execute(
                sql: "INSERT INTO decision (form_key, grade, fingerprint, reviewer, at) VALUES (?, ?, ?, ?, ?)",
                arguments: [form.key, grade.rawValue, form.fingerprint, reviewer, at])
        }
    }

    /// A note on the form (`indicator` nil) or on one indicator (`IndicatorPath.key`); an empty
    /// text clears it (as a new row).
    public func setNote(_ text: String, indicator: String?, of form: FormIdentity, reviewer: String, at: Date = Date()) throws {
        try append(form) { db in
            try db.execute(
                sql: "INSERT INTO note (form_key, indicator, text, fingerprint, reviewer, at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [form.key, indicator ?? "", text, form.fingerprint, reviewer, at])
        }
    }

    public func setVerdict(
        _ kind: VerdictKind, reason: String = "", rule: RuleID, finding: FindingKey, message: String,
        of form: FormIdentity, reviewer: String, at: Date = Date()
    ) throws {
        try append(form) { db in
            try db.execute(
                sql: """
                    INSERT INTO verdict (form_key, finding, rule, verdict, reason, message, fingerprint, reviewer, at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [form.key, finding.rawValue, rule.rawValue, kind.rawValue, reason, message, form.fingerprint, reviewer, at])
        }
    }

    /// Remembers where `reviewer` is (one row per reviewer, replaced: not history).
    public func setPosition(_ key: String, reviewer: String, at: Date = Date()) throws {
        guard isWritable else { throw ReviewLedgerError(ReviewMessages.readOnlyNotSaved(path)) }
        do {
            try db.write { db in
                try db.execute(
                    sql: "INSERT OR REPLACE INTO position (reviewer, form_key, at) VALUES (?, ?, ?)",
                    arguments: [reviewer, key, at])
            }
        } catch { throw saveError(error) }
    }

    private func append(_ form: FormIdentity, _ body: (Database) throws -> Void) throws {
        guard isWritable else { throw ReviewLedgerError(ReviewMessages.readOnlyNotSaved(path)) }
        do {
            try db.write { db in
                try Self.upsertForm(form, db)
                try body(db)
            }
        } catch { throw saveError(error) }
    }

    /// Keeps the form's display row current.
    static func upsertForm(_ form: FormIdentity, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO form (key, fiscal_year, department_code, department, project) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET fiscal_year = excluded.fiscal_year,
                    department_code = excluded.department_code, department = excluded.department,
                    project = excluded.project
                """,
            arguments: [form.key, form.fiscalYear, form.departmentCode, form.department, form.project])
    }
}

extension ReviewStore {
    /// Many decisions with a note each in one transaction (a year graded at once, for benchmarks
    /// and imports).
    public func record(_ rows: [(FormIdentity, Grade, String)], reviewer: String, at: Date = Date()) throws {
        guard isWritable else { throw ReviewLedgerError(ReviewMessages.readOnlyNotSaved(path)) }
        do {
            try db.write { db in
                for (form, grade, note) in rows {
                    try Self.upsertForm(form, db)
                    try db.execute(
                        sql: "INSERT INTO decision (form_key, grade, fingerprint, reviewer, at) VALUES (?, ?, ?, ?, ?)",
                        arguments: [form.key, grade.rawValue, form.fingerprint, reviewer, at])
                    try db.execute(
                        sql: "INSERT INTO note (form_key, indicator, text, fingerprint, reviewer, at) VALUES (?, '', ?, ?, ?, ?)",
                        arguments: [form.key, note, form.fingerprint, reviewer, at])
                }
            }
        } catch { throw saveError(error) }
    }
}
