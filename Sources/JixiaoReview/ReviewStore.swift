import Foundation
import GRDB
import JixiaoKit

/// The review database: one SQLite file (WAL, busy timeout, schema migrations), opened so that a
/// problem never stops the caller. `open` always returns a store; when the file is missing and
/// cannot be created, read-only, locked, damaged or from a newer jixiao, the store is read-only
/// (showing what it can read, or nothing) and `problem` says why, naming the file.
///
/// Every write is one transaction committed before the call returns.
public final class ReviewStore: @unchecked Sendable {
    /// The database file.
    public let path: String
    /// Whether writes are possible.
    public let isWritable: Bool
    /// Why the store is read-only (or empty), for the reviewer; nil when all is well.
    public let problem: String?
    let db: any DatabaseWriter

    init(path: String, db: any DatabaseWriter, isWritable: Bool, problem: String?) {
        self.path = path
        self.db = db
        self.isWritable = isWritable
        self.problem = problem
    }

    /// `$XDG_DATA_HOME/jixiao/review.sqlite`, else `~/.local/share/jixiao/review.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("jixiao/review.sqlite")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/jixiao/review.sqlite")
    }

    /// Opens (creating when missing) the database at `path`. Never throws: see the type's doc.
    /// - Parameter busyTimeout: how long a write waits for another writer before giving up.
    public static func open(path: String, busyTimeout: TimeInterval = 5) -> ReviewStore {
        let fm = FileManager.default
        let existed = fm.fileExists(atPath: path)
        if !existed {
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty, let failure = makeDirectories(dir) {
                return empty(path, ReviewMessages.cannotCreate(path, failure))
            }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration(busyTimeout: busyTimeout))
            if try pool.read({ try ReviewSchema.migrator.hasBeenSuperseded($0) }) {
                return readOnly(path, pool, ReviewMessages.newerSchema(path))
            }
            try ReviewSchema.migrator.migrate(pool)
            // A write lock taken and given back: fails at once on a file we may not write.
            try pool.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE; ROLLBACK") }
            return ReviewStore(path: path, db: pool, isWritable: true, problem: nil)
        } catch {
            let problem = describe(error, path: path, existed: existed)
            // What can still be read is shown; never write to a file that failed to open.
            if existed, let reader = openReadOnly(path) { return readOnly(path, reader, problem) }
            return empty(path, problem)
        }
    }

    static func configuration(busyTimeout: TimeInterval, readonly: Bool = false) -> Configuration {
        var c = Configuration()
        c.busyMode = .timeout(busyTimeout)
        c.readonly = readonly
        c.label = "jixiao-review"
        c.prepareDatabase { db in
            // FULL: a commit is on disk (the WAL synced) before the caller hears "saved".
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return c
    }

    /// The file opened read-only, when it holds our tables. A WAL file in a folder we may not
    /// write cannot get its shared-memory file, so the last try opens it as `immutable` (read
    /// as it is on disk: rows still in another writer's WAL are not seen).
    static func openReadOnly(_ path: String) -> DatabaseQueue? {
        var candidates = [path]
        if let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))) {
            candidates.append("file:\(encoded)?immutable=1")
        }
        for candidate in candidates {
            if let q = try? DatabaseQueue(path: candidate, configuration: configuration(busyTimeout: 1, readonly: true)),
               (try? q.read({ try $0.tableExists("decision") && $0.tableExists("verdict") && $0.tableExists("note") })) == true {
                return q
            }
        }
        return nil
    }

    static func readOnly(_ path: String, _ db: any DatabaseWriter, _ problem: String) -> ReviewStore {
        ReviewStore(path: path, db: db, isWritable: false, problem: problem)
    }

    /// An empty in-memory record (with the schema), for when the file cannot be read at all.
    static func empty(_ path: String, _ problem: String) -> ReviewStore {
        let q = try! DatabaseQueue()
        try! ReviewSchema.migrator.migrate(q)
        return ReviewStore(path: path, db: q, isWritable: false, problem: problem)
    }

    /// The opening problem in the reviewer's words.
    static func describe(_ error: Error, path: String, existed: Bool) -> String {
        guard let e = error as? DatabaseError else { return ReviewMessages.cannotOpen(path, reason(error)) }
        switch e.resultCode {
        case .SQLITE_READONLY, .SQLITE_PERM: return ReviewMessages.readOnly(path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return ReviewMessages.locked(path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return ReviewMessages.corrupt(path, e.message ?? "\(e.resultCode)")
        case .SQLITE_CANTOPEN where existed: return ReviewMessages.readOnly(path)
        default: return ReviewMessages.cannotOpen(path, e.message ?? "\(e.resultCode)")
        }
    }

    /// The reason of a failed write, naming the file.
    func saveError(_ error: Error) -> ReviewLedgerError {
        if let e = error as? ReviewLedgerError { return e }
        guard let e = error as? DatabaseError else { return ReviewLedgerError(ReviewMessages.notSaved(path, Self.reason(error))) }
        switch e.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return ReviewLedgerError(ReviewMessages.lockedNotSaved(path))
        case .SQLITE_READONLY: return ReviewLedgerError(ReviewMessages.readOnlyNotSaved(path))
        default: return ReviewLedgerError(ReviewMessages.notSaved(path, e.message ?? "\(e.resultCode)"))
        }
    }

    /// `mkdir -p`; the reason in words when it fails.
    static func makeDirectories(_ dir: String) -> String? {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) {
            return isDir.boolValue ? nil : errnoText(ENOTDIR)
        }
        let parent = (dir as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != dir, let failure = makeDirectories(parent) { return failure }
        if mkdir(dir, 0o755) != 0, errno != EEXIST { return errnoText(errno) }
        return nil
    }

    /// A system error in the reviewer's language.
    static func errnoText(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return ReviewMessages.reasonPermission()
        case EROFS: return ReviewMessages.reasonReadOnlyFileSystem()
        case ENOTDIR: return ReviewMessages.reasonNotDirectory()
        case ENOSPC: return ReviewMessages.reasonNoSpace()
        default: return String(cString: strerror(code))
        }
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? CocoaError, let u = e.userInfo[NSUnderlyingErrorKey] as? NSError {
            return u.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}
