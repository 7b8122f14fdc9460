/// The review record as the browser sees it: one reviewer's session on one database. Implemented
/// by JixiaoReview (`ReviewSession`, SQLite); the browser calls it synchronously, so a change is
/// committed before the call returns and the screen says 已保存.
///
/// Every method that changes something appends a row (history is never overwritten) and returns
/// the form's review as it now stands; it throws `ReviewLedgerError` when nothing was saved.
public protocol ReviewLedger: AnyObject {
    /// Who the rows are stamped with.
    var reviewer: String { get }
    /// Whether changes can be saved. A read-only ledger still shows what it has.
    var isWritable: Bool { get }
    /// Why the ledger is read-only or empty (naming the file), for the status line; nil when fine.
    var problem: String? { get }

    /// The current review of each form, in the order given.
    func reviews(of forms: [FormIdentity]) -> [FormReview]
    func setGrade(_ grade: Grade, of form: FormIdentity) throws -> FormReview
    /// The note on the form (`indicator` nil) or on one indicator (`IndicatorPath.key`).
    func setNote(_ text: String, indicator: String?, of form: FormIdentity) throws -> FormReview
    func setVerdict(_ kind: VerdictKind, reason: String, on finding: Finding, key: FindingKey, of form: FormIdentity) throws -> FormReview
    /// The form this reviewer was on when they last left (`FormIdentity.key`).
    func lastPosition() -> String?
    /// Remembers the form this reviewer is on (best effort: failures are ignored).
    func recordPosition(_ key: String)
}

/// Why a change was not saved, in words for the reviewer (naming the database file).
public struct ReviewLedgerError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
