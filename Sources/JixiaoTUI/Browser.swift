import JixiaoKit

/// The forms browser as a `Screen`: the terminal backend feeds it key events and copies what it
/// renders. Paging, clicks and the wheel use the size of the last `.resize` — or, when the
/// backend sent none, the size last rendered at (applied as a `.resize` before the next event).
public struct Browser: Screen {
    /// Everything on screen; changed only by `handle(_:)` and `idle()` (through `update(_:_:)`).
    public internal(set) var state: BrowserState
    /// The size `render` was last asked for.
    private let rendered = RenderedSize()
    /// Where findings checked on another thread arrive (nil once they have).
    private var inbox: FindingsInbox?
    /// Where the search index built on another thread arrives (nil once it has).
    private var indexInbox: SearchIndexInbox?
    /// The review record, reached synchronously (BrowserReview.swift); nil without one.
    var ledger: (any ReviewLedger)?
    /// Whether notes are written in `$VISUAL`/`$EDITOR` (else in the line editor).
    var usesExternalEditor = false
    /// What the external editor is writing, while it runs.
    var pendingEdit: NoteTarget?
    /// Something was saved since the start (then quitting remembers where the reviewer is).
    var savedThisSession = false
    /// Where forms still being read arrive (nil once all have).
    private var formsInbox: FormsInbox?
    /// The review record handed over while forms were still arriving: attached once all are in
    /// (identities and reviews are of every form).
    var pendingReview: (ledger: any ReviewLedger, externalEditor: Bool)?
    /// Whether forms are still arriving.
    var isReading: Bool { formsInbox != nil }
    /// Where the review record loaded on another thread arrives (nil once it has, or when the
    /// record is attached here: BrowserReviewLoad.swift).
    var reviewInbox: ReviewInbox?
    /// Grades given before the record arrived, in order: saved right after it is attached.
    var queuedGrades: [(form: Int, grade: Grade)] = []
    /// Runs the state's pending searches on another thread (BrowserSearch.swift).
    let searchWorker = SearchWorker()
    /// The serial of the last pending search started.
    var startedSearch = 0

    /// - Parameters:
    ///   - forms: the forms to browse, in file order.
    ///   - findings: `Checker.check(forms)`: findings per form (same order as `forms`), shown
    ///     as list badges and a 问题 section; nil when no checks were run.
    ///   - initialQuery: open with the first project matching it selected (`--project 公交`).
    public init(forms: [Form], findings: [[Finding]]? = nil, initialQuery: String? = nil) {
        state = BrowserState(forms: forms, findings: findings, initialQuery: initialQuery)
    }

    /// A browser that opens at once while the checks run elsewhere: it shows `检查中…` until
    /// `inbox` is filled, then the findings (picked up by `idle()` or the next key).
    ///
    /// With `searchIndexFrom`, the search index is built elsewhere too and arrives the same
    /// way; until it does, `/` takes text and narrows once the index is in. With an
    /// `initialQuery` the index is built here (the first match must be selected at once), and
    /// nothing needs to be delivered to `indexInbox`.
    ///
    /// With `formsFrom`, `forms` are the first ones read and the rest arrive from it while the
    /// browser is on screen (`读取中 35,000 表 · 42%`); the index and the findings are then made
    /// over all forms, once the reading is over.
    public init(
        forms: [Form], findingsFrom inbox: FindingsInbox, searchIndexFrom indexInbox: SearchIndexInbox? = nil,
        initialQuery: String? = nil, formsFrom formsInbox: FormsInbox? = nil, reading: ReadProgress? = nil
    ) {
        state = BrowserState(
            forms: forms, findingsPending: true, searchIndexPending: indexInbox != nil, initialQuery: initialQuery)
        state.reading = formsInbox == nil ? nil : reading ?? ReadProgress(forms: forms.count, bytesRead: 0, bytesTotal: 0)
        self.inbox = inbox
        self.indexInbox = state.index == nil ? indexInbox : nil
        self.formsInbox = formsInbox
        collect()
    }

    public mutating func handle(_ event: KeyEvent) -> ScreenCommand {
        collect()
        // Once per render: a backend that sends no `.resize` still gets events laid out for the
        // screen the user sees; an explicit `.resize` wins.
        if let size = rendered.take(), size != (state.width, state.height) {
            if case .resize = event {} else { state.apply(.resize(width: size.0, height: size.1)) }
        }
        guard let action = KeyMap.action(for: event, in: state) else { return .none }
        if let command = performReview(action) { return command }
        switch action {
        case .quit:
            leaving()
            return .quit
        case .repaint:
            state.apply(action)
            return .repaint
        case .openSource where state.overlay == nil:
            state.apply(action)
            guard let place = state.sourcePlace() else {
                state.message = BrowserMessages.noSource()
                return .none
            }
            state.message = BrowserMessages.openedSource("\(place.path):\(place.line)")
            return .open(path: place.path, line: place.line)
        case .copy where state.overlay == nil:
            state.apply(action)
            guard let (what, text) = state.copyText(), !text.isEmpty else {
                state.message = BrowserMessages.copiedNothing()
                return .none
            }
            state.message = BrowserMessages.copied(what, text.count)
            return .copy(text)
        default:
            state.apply(action)
            startPendingSearch()
            return .none
        }
    }

    public func render(width: Int, height: Int) -> Grid {
        rendered.record(width, height)
        return JixiaoTUI.render(state, width: width, height: height)
    }

    public var isWaiting: Bool {
        inbox != nil || indexInbox != nil || formsInbox != nil || reviewInbox != nil || state.pendingSearch != nil
    }

    public mutating func idle() -> Bool { collect() }

    /// Takes what has arrived from the inboxes, as actions.
    @discardableResult
    private mutating func collect() -> Bool {
        var changed = collectSearch()
        // Forms first: the index and the findings that follow are made over all of them.
        if let arrived = formsInbox?.take() {
            let moved = arrived.progress.map { $0 != state.reading } ?? false
            if !arrived.forms.isEmpty || moved {
                state.receiveForms(arrived.forms, progress: arrived.progress)
                changed = true
            }
            if let all = arrived.all {
                formsInbox = nil
                state.finishReading(all)
                attachPendingReview()
                changed = true
            }
        }
        // Made over every form: taken only once all forms are in.
        if formsInbox == nil, let loaded = reviewInbox?.take() {
            reviewInbox = nil
            receiveLoadedReview(loaded)
            changed = true
        }
        if formsInbox == nil, let index = indexInbox?.take() {
            indexInbox = nil
            state.apply(.searchIndexReady(BuiltSearchIndex(index)))
            changed = true
        }
        if formsInbox == nil, let findings = inbox?.take() {
            inbox = nil
            state.apply(.findingsArrived(findings))
            changed = true
        }
        // The index arriving narrows a prompt that has text: its search may be left pending.
        startPendingSearch()
        return changed
    }
}

/// Remembers the size of the last render, so events are laid out for the screen the user sees.
private struct RenderedSize: Sendable {
    private let size = Locked<(Int, Int)?>(nil)
    func record(_ w: Int, _ h: Int) { size.withValue { $0 = (w, h) } }
    func take() -> (Int, Int)? {
        size.withValue { s in
            defer { s = nil }
            return s
        }
    }
}
