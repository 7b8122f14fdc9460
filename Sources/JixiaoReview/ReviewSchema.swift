import GRDB

/// The database schema, versioned with GRDB's migrator from v1 on. Never edit a registered
/// migration: add the next one. docs/review.md describes the tables.
enum ReviewSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            // The forms the record speaks of, as last seen (display only; rows point at `key`).
            try db.execute(sql: """
                CREATE TABLE form (
                    key TEXT PRIMARY KEY NOT NULL,
                    fiscal_year INTEGER,
                    department_code TEXT NOT NULL,
                    department TEXT NOT NULL,
                    project TEXT NOT NULL
                );
                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    form_key TEXT NOT NULL REFERENCES form(key),
                    grade TEXT NOT NULL CHECK (grade IN ('未审', '优', '良', '中', '差')),
                    fingerprint TEXT NOT NULL,
                    reviewer TEXT NOT NULL,
                    at DATETIME NOT NULL
                );
                CREATE INDEX decision_by_form ON decision(form_key, id);
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    form_key TEXT NOT NULL REFERENCES form(key),
                    indicator TEXT NOT NULL DEFAULT '',
                    text TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    reviewer TEXT NOT NULL,
                    at DATETIME NOT NULL
                );
                CREATE INDEX note_by_form ON note(form_key, indicator, id);
                CREATE TABLE verdict (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    form_key TEXT NOT NULL REFERENCES form(key),
                    finding TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    verdict TEXT NOT NULL CHECK (verdict IN ('采纳', '误报', '撤销')),
                    reason TEXT NOT NULL DEFAULT '',
                    message TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    reviewer TEXT NOT NULL,
                    at DATETIME NOT NULL
                );
                CREATE INDEX verdict_by_form ON verdict(form_key, finding, id);
                CREATE INDEX verdict_by_rule ON verdict(rule);
                CREATE TABLE position (
                    reviewer TEXT PRIMARY KEY NOT NULL,
                    form_key TEXT NOT NULL,
                    at DATETIME NOT NULL
                );
                """)
            // History is append-only: rows of decisions, notes and verdicts are never changed.
            for table in ["decision", "note", "verdict"] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;
                    CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
                    BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;
                    """)
            }
        }
        return m
    }
}
