import JixiaoKit

/// The review record as the browser holds it: each form's identity and current review, and
/// whether changes can be saved. `Browser` reaches the record through its `ReviewLedger` and
/// hands the results to the state as actions (`.reviewSaved`), so the state stays a value.
public struct ReviewModel: Sendable, Equatable {
    /// Per form (same order as `BrowserState.forms`).
    public let identities: [FormIdentity]
    public private(set) var reviews: [FormReview]
    public let isWritable: Bool
    /// Why the record is read-only (naming the file); nil when all is well.
    public let problem: String?
    /// Forms graded 优良中差.
    public private(set) var reviewed = 0

    public init(identities: [FormIdentity], reviews: [FormReview], isWritable: Bool, problem: String?) {
        self.identities = identities
        self.reviews = reviews
        self.isWritable = isWritable
        self.problem = problem
        reviewed = reviews.reduce(0) { $0 + ($1.grade == .unreviewed ? 0 : 1) }
    }

    mutating func set(_ review: FormReview, at i: Int) {
        guard reviews.indices.contains(i) else { return }
        reviewed += (review.grade == .unreviewed ? 0 : 1) - (reviews[i].grade == .unreviewed ? 0 : 1)
        reviews[i] = review
    }

    /// Where form `i` stands.
    public func state(_ i: Int) -> ReviewState {
        guard reviews.indices.contains(i) else { return .unreviewed }
        return reviews[i].state(identities[i].fingerprint)
    }

    func matches(_ filter: ReviewFilter, _ i: Int) -> Bool {
        switch filter {
        case .all: return true
        case .unreviewed: return state(i) == .unreviewed
        case .returned: return reviews.indices.contains(i) && reviews[i].grade == .poor
        case .recheck: return state(i) == .recheck
        }
    }
}

/// `v`: which forms the list shows by review state (a field of `ListFilter`).
public enum ReviewFilter: Sendable, CaseIterable, Equatable {
    case all, unreviewed, returned, recheck

    var next: ReviewFilter {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// `未审`, `退回`, `需复审`; "" for all.
    var label: String {
        switch self {
        case .all: ""
        case .unreviewed: ReviewTerms.unreviewed()
        case .returned: ReviewBrowserMessages.filterReturned()
        case .recheck: ReviewBrowserMessages.filterRecheck()
        }
    }
}

/// What the one-line note editor writes to.
public enum NoteTarget: Sendable, Equatable {
    /// The form's note (审核意见).
    case form(Int)
    /// A note on one indicator (`IndicatorPath.key`), shown as `label`.
    case indicator(form: Int, key: String, label: String)
    /// The reason for dismissing finding `finding` (its index in the form's findings) as 误报.
    case dismissal(form: Int, finding: Int)

    var form: Int {
        switch self {
        case .form(let f), .indicator(let f, _, _), .dismissal(let f, _): f
        }
    }
}

/// The browser's own line editor while it is open (when no `$VISUAL`/`$EDITOR` is set, and for
/// the reason of a dismissal): the text so far. Multi-byte input (Chinese) arrives as whole
/// characters, and Backspace removes one character.
public struct NoteDraft: Sendable, Equatable {
    public var target: NoteTarget
    public var text: String
    public init(target: NoteTarget, text: String) {
        self.target = target
        self.text = text
    }
}
