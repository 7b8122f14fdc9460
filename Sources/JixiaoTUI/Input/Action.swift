import JixiaoKit

/// What a key means to the browser. Keys map to actions through `KeyMap`; `update(_:_:)`
/// turns an action and a state into the next state.
public enum Action: Sendable, Equatable {
    // Moving (the list selection, the detail scroll or the tree cursor, by focus).
    case moveDown, moveUp, top, bottom
    case halfPageDown, halfPageUp, pageDown, pageUp
    // Panes.
    case focusNext, focusPrevious
    /// List: show the selected project's detail.
    case open
    /// Detail: back to the list.
    case back
    // Detail.
    case nextSection, previousSection
    // Tree.
    case toggleFold, fold, unfold, foldAll, unfoldAll, toggleSide
    /// Close the indicator card (opened by Enter on an indicator).
    case closeCard
    // List.
    case cycleSort
    // Findings (the review checks).
    case nextWithFindings, previousWithFindings, toggleOnlyWithFindings
    /// The checks, run on another thread, are done: their findings, one list per form.
    case findingsArrived([[Finding]])
    /// The search index, built on another thread, is ready.
    case searchIndexReady(BuiltSearchIndex)
    /// A pending search (`BrowserState.pendingSearch`), run on another thread, is done.
    case searchCompleted(CompletedSearch)
    // Search.
    case startSearch, nextMatch, previousMatch
    /// Esc: close the help, else clear the filter and highlight.
    case cancel
    case insert(Character)
    case deleteBackward, clearPrompt, acceptSearch, cancelSearch
    // A year of forms.
    /// `:`: go to form N (opens the number prompt).
    case startGoto
    /// `J` / `K`: the next / previous project, from any pane.
    case nextProject, previousProject
    /// `d` / `r`: the department / rule picker.
    case pickDepartment, pickRule
    /// `e`: the severity filter.
    case cycleSeverity
    /// `w`: the list's share of a wide screen.
    case cycleListWidth
    /// `S`: the year's summary per department.
    case showSummary
    /// `o`: the form's source at its line, in `$PAGER` (the `Browser` asks the backend).
    case openSource
    /// `y`: copy the indicator, section or form under the cursor as text (OSC 52).
    case copy
    /// `R`: 填报日期 as written instead of as a date (and back).
    case toggleRawDate
    /// Enter where a choice is taken (the picker, the go-to prompt).
    case confirm
    // Review (docs/review.md): grade, note, verdicts, the review filter.
    case setGrade(Grade)
    case editNote, editIndicatorNote
    case nextFinding, previousFinding, acceptFinding, dismissFinding
    case cycleReviewFilter
    /// The line editor: save (Enter) or cancel (Esc).
    case saveNote, cancelNote
    /// Open the line editor on a draft (when no external editor is set).
    case openNote(NoteDraft)
    /// The ledger committed a change: form, its review now, the message to show.
    case reviewSaved(form: Int, review: FormReview, message: String)
    /// A change was not saved: why (naming the database file).
    case reviewFailed(String)
    // Screen.
    case toggleHelp, quit, repaint
    case resize(width: Int, height: Int)
    case wheel(x: Int, y: Int, delta: Int)
    case click(x: Int, y: Int)
}

/// A search index as an action carries it. Two are equal when they are the same build.
public final class BuiltSearchIndex: Sendable, Equatable {
    public let index: SearchIndex
    public init(_ index: SearchIndex) { self.index = index }
    public static func == (a: BuiltSearchIndex, b: BuiltSearchIndex) -> Bool { a === b }
}
