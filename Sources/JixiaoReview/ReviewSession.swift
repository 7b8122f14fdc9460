import Foundation
import JixiaoKit

/// One reviewer working on one database: the `ReviewLedger` the browser is given.
public final class ReviewSession: ReviewLedger, @unchecked Sendable {
    public let store: ReviewStore
    public let reviewer: String
    /// A read problem met after opening (a damaged page), shown like an opening problem.
    private var readProblem: String?

    public init(store: ReviewStore, reviewer: String) {
        self.store = store
        self.reviewer = reviewer
    }

    /// `--reviewer`, else `$USER`, else `$LOGNAME`, else `reviewer`.
    public static func defaultReviewer(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for k in ["USER", "LOGNAME"] { if let v = environment[k], !v.isEmpty { return v } }
        return "reviewer"
    }

    public var isWritable: Bool { store.isWritable }
    public var problem: String? { store.problem ?? readProblem }

    public func reviews(of forms: [FormIdentity]) -> [FormReview] {
        do {
            return try store.reviews(keys: forms.map(\.key))
        } catch {
            readProblem = ReviewStore.describe(error, path: store.path, existed: true)
            return forms.map { _ in .empty }
        }
    }

    public func setGrade(_ grade: Grade, of form: FormIdentity) throws -> FormReview {
        try store.setGrade(grade, of: form, reviewer: reviewer)
        return try current(form)
    }

    public func setNote(_ text: String, indicator: String?, of form: FormIdentity) throws -> FormReview {
        try store.setNote(text, indicator: indicator, of: form, reviewer: reviewer)
        return try current(form)
    }

    public func setVerdict(_ kind: VerdictKind, reason: String, on finding: Finding, key: FindingKey, of form: FormIdentity) throws -> FormReview {
        try store.setVerdict(kind, reason: reason, rule: finding.rule, finding: key, message: finding.message, of: form, reviewer: reviewer)
        return try current(form)
    }

    public func lastPosition() -> String? { store.position(reviewer: reviewer) }

    public func recordPosition(_ key: String) { try? store.setPosition(key, reviewer: reviewer) }

    /// The form's review after a write (the write is committed; a failed read is reported as such).
    private func current(_ form: FormIdentity) throws -> FormReview {
        do { return try store.review(key: form.key) } catch { throw store.saveError(error) }
    }
}
