import JixiaoKit

/// The review record of every form, loaded on another thread: the identities and fingerprints
/// of every form, then every current review and where this reviewer stopped. At 10,000 forms
/// with a full record this takes about half a second (docs/benchmarks.md, the review record),
/// which on the browser's own thread stalled the keys once the reading ended.
public struct LoadedReview: Sendable {
    let model: ReviewModel
    let lastPosition: String?

    /// Loads the record of `forms` (every form, in the order the browser holds them) from
    /// `ledger`. Call it off the browser's thread, then `deliver` it to the browser's
    /// `ReviewInbox`.
    public init(forms: [Form], ledger: any ReviewLedger) {
        let ids = FormIdentity.of(forms)
        let reviews = ledger.reviews(of: ids)
        model = ReviewModel(identities: ids, reviews: reviews, isWritable: ledger.isWritable, problem: ledger.problem)
        lastPosition = ledger.lastPosition()
    }
}

/// The review record (`LoadedReview`), from another thread.
public typealias ReviewInbox = Inbox<LoadedReview>

extension Browser {
    /// Attaches the review record whose load runs elsewhere: changes go to `ledger` from now
    /// on, and the badges, `已审 n/N` and the resume position come when `inbox` is filled
    /// (picked up by `idle()` or the next key, once every form is in). A grade given before
    /// then is queued and saved right after the record is attached — in the order given, so
    /// the load never overwrites it; other review keys say the record is loading.
    public mutating func attachReview(_ ledger: any ReviewLedger, externalEditor: Bool, loadedFrom inbox: ReviewInbox) {
        self.ledger = ledger
        usesExternalEditor = externalEditor
        reviewInbox = inbox
    }

    /// Whether the record is attached but not loaded yet.
    var isLoadingReview: Bool { reviewInbox != nil && state.review == nil }

    /// The loaded record arrives: as `attachReview` shows it, then the grades given meanwhile
    /// are saved one by one (each says 已保存 after its commit, as always).
    mutating func receiveLoadedReview(_ loaded: LoadedReview) {
        guard loaded.model.identities.count == state.forms.count else { return }
        // Resuming where the reviewer stopped must not move a selection the reviewer already
        // moved while the forms were arriving.
        let untouched = state.selected == 0 && queuedGrades.isEmpty
        let resume = state.highlight.isEmpty && untouched ? loaded.lastPosition : nil
        state.attachReview(loaded.model, resumeAt: resume)
        let queued = queuedGrades
        queuedGrades = []
        for (i, grade) in queued where loaded.model.identities.indices.contains(i) {
            saveGrade(grade, form: i, id: loaded.model.identities[i])
        }
    }

    /// A grade key before the record is in: remembered for the current form.
    mutating func queueGrade(_ grade: Grade) {
        guard let i = state.currentFormIndex else { return }
        queuedGrades.append((i, grade))
        state.message = ReviewBrowserMessages.gradeQueued(grade.labelWithMeaning)
    }

    /// Quitting before the record arrived: the queued grades are saved now, on this thread
    /// (the identities of every form are computed here, once).
    mutating func saveQueuedGradesNow() {
        guard !queuedGrades.isEmpty, let ledger, ledger.isWritable else { return }
        let ids = FormIdentity.of(state.forms)
        for (i, grade) in queuedGrades where ids.indices.contains(i) {
            if (try? ledger.setGrade(grade, of: ids[i])) != nil { savedThisSession = true }
        }
        queuedGrades = []
    }
}
