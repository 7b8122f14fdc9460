import Foundation
import JixiaoKit

/// One form's 审核意见 as it stands: the form, its review, and the findings the reviewer
/// accepted, worded as the checks word them now (in the current language).
public struct ReviewOpinion: Sendable {
    public var form: Form
    public var identity: FormIdentity
    public var review: FormReview
    /// The accepted findings: rule and message, in the form's finding order.
    public var accepted: [(rule: RuleID, message: String)]

    public var grade: Grade { review.grade }
    /// Graded on an older version of the form.
    public var needsRecheck: Bool { review.needsRecheck(identity.fingerprint) }

    /// The opinions of `forms`, in order. `findings` are `Checker.check(forms)` (run when nil).
    public static func of(_ forms: [Form], store: ReviewStore, findings: [[Finding]]? = nil) throws -> [ReviewOpinion] {
        let ids = FormIdentity.of(forms)
        let reviews = try store.reviews(keys: ids.map(\.key))
        let perForm = findings ?? Checker.check(forms)
        return forms.indices.map { i in
            let review = reviews[i]
            var accepted: [(RuleID, String)] = []
            var shown: Set<FindingKey> = []
            for f in perForm[i] {
                let key = FindingKey(f, in: forms[i])
                if review.verdicts[key]?.kind == .accepted, shown.insert(key).inserted { accepted.append((f.rule, f.message)) }
            }
            // Accepted findings the checks no longer report keep the words they had.
            for v in review.accepted where !shown.contains(v.finding) { accepted.append((v.rule, v.message)) }
            return ReviewOpinion(form: forms[i], identity: ids[i], review: review, accepted: accepted)
        }
    }
}
