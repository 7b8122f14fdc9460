import Foundation
import JixiaoKit

/// Everything the browser shows, as a plain value. `update(_:_:)` makes the next state;
/// `render` draws one.
public struct BrowserState: Sendable {
    /// All forms, in file order.
    /// All forms, in file order. Grows while the reading goes on (`receiveForms`).
    public internal(set) var forms: [Form]
    /// How far the reading is, while forms still arrive from it; nil once all are in.
    public internal(set) var reading: ReadProgress?
    /// The review checks' findings per form (same count as `forms`; empty lists for none, and
    /// all empty until they arrive when `findingsStatus` is `.pending`).
    public internal(set) var findings: [[Finding]] = []
    /// Changes whenever `findings` do (a key of the cached detail document).
    var findingsVersion = 0
    /// The detail document and indicator tree of the forms last shown.
    let derived = DerivedCache()
    /// Counts per severity of each form's findings.
    var summaries: [FindingSummary] = []
    /// Forms with at least one finding.
    public internal(set) var formsWithFindings = 0
    public internal(set) var findingsStatus: FindingsStatus
    /// `!`: the list shows only projects with findings.
    public internal(set) var onlyWithFindings = false
    /// Columns of the list's badge column (0 without checks).
    var badgeWidth = 0
    /// The search index; nil while it is built on another thread (it arrives as
    /// `.searchIndexReady`). Until then the `/` prompt takes text but narrows nothing, and a
    /// text accepted with Enter filters once the index is in.
    var index: SearchIndex?

    /// The screen size the last `.resize` reported (layout for paging, clicks and wheel).
    public internal(set) var width = 80
    public internal(set) var height = 24

    public internal(set) var focus: Pane = .list
    /// The list's share of a wide screen (`w`).
    public internal(set) var listShare: ListShare = .auto
    /// The department / severity / rule filters (`d`, `e`, `r`).
    public internal(set) var listFilter = ListFilter()
    /// 填报日期 as written instead of as a date (`R`).
    public internal(set) var showRawDate = false
    public internal(set) var sort: SortMode = .file
    /// Cached orders of all forms, per sort mode.
    var orders: [SortMode: [Int]] = [:]

    /// Form indices shown in the list, in display order (sorted, then filtered).
    public internal(set) var rows: [Int]
    /// The selected position in `rows`.
    public internal(set) var selected = 0
    var listTop = 0

    /// The committed filter (`/` then Enter); empty for none.
    public internal(set) var filter = ""
    var filterMatches: [Int]?
    /// The term highlighted in every pane and stepped through by `n`/`N`.
    public internal(set) var highlight = ""
    public internal(set) var prompt: SearchPrompt?
    /// A search of the prompt (or of the filter it became) whose first rows are shown while the
    /// `Browser` runs the rest on another thread (PendingSearch.swift); nil for none.
    public internal(set) var pendingSearch: SearchRequest?
    /// Numbers the pending searches.
    var searchSerial = 0
    /// Candidates left to read after a screenful from which a keystroke shows the screenful at
    /// once and leaves the rest to `pendingSearch` (at 170 ns a form, about 0.7 ms); a year of
    /// fewer forms is always searched whole.
    var progressiveMinimum = 4096
    var lastStop: MatchStop?

    /// First line of the detail pane shown.
    public internal(set) var detailTop = 0
    /// The cursor of the indicator tree: a position among its visible lines.
    public internal(set) var treeCursor = 0
    var treeTop = 0
    /// Folded tree nodes, by node id; kept while paging through forms.
    public internal(set) var folded: Set<String> = []
    /// The side the tree shows when too narrow for both.
    public internal(set) var side: Side = .implementation

    /// The view drawn over the panes (help, indicator card), which takes the keys; nil for none.
    public internal(set) var overlay: Overlay?
    /// A one-off note in the status bar, cleared by the next key.
    public internal(set) var message: String?

    /// The review record (nil when the browser runs without one).
    public internal(set) var review: ReviewModel?
    /// `v`: the review state the list is narrowed to (`listFilter.review`), `.all` for none.
    public var reviewFilter: ReviewFilter { listFilter.review ?? .all }
    /// The finding `a`/`x` act on, an index into the current form's findings (`f`/`F` move it).
    public internal(set) var findingCursor: Int?
    /// Changes whenever a review or the finding cursor does (a key of the cached detail document).
    var reviewVersion = 0

    /// Widest annual-funds text in the list (computed once).
    var fundsColumnWidth: Int

    /// - Parameters:
    ///   - findings: `Checker.check(forms)`, one list per form in the order of `forms` (missing
    ///     entries mean none); nil when no checks were run.
    ///   - findingsPending: the checks are running elsewhere and will arrive as
    ///     `.findingsArrived` (`findings` is then ignored).
    ///   - searchIndexPending: the search index is built elsewhere and will arrive as
    ///     `.searchIndexReady` (else it is built here, which takes about 16 ms per 1,000 forms).
    ///     With an `initialQuery` it is built here anyway: the first match must be selected.
    ///   - initialQuery: selects the first form matching it and highlights it (`--project`).
    public init(
        forms: [Form], findings: [[Finding]]? = nil, findingsPending: Bool = false,
        searchIndexPending: Bool = false, initialQuery: String? = nil, width: Int = 80, height: Int = 24
    ) {
        self.forms = forms
        let query = initialQuery?.trimmingCharacters(in: .whitespaces) ?? ""
        if !searchIndexPending || !query.isEmpty { index = SearchIndex(forms: forms) }
        findingsStatus = findingsPending ? .pending : findings == nil ? .none : .ready
        self.width = width
        self.height = height
        rows = Array(forms.indices)
        orders[.file] = rows
        fundsColumnWidth = BrowserState.fundsColumnWidth(forms)
        setFindings(findingsPending ? [] : findings ?? [])
        if findingsStatus == .none { badgeWidth = 0 }
        if !query.isEmpty, let index {
            let q = query
            highlight = q
            if let first = index.matches(q).first {
                selected = first
                listTop = scrollTop(0, cursor: first, visible: listRows, count: rows.count)
            } else {
                message = BrowserMessages.noMatchProjects(q)
            }
        }
    }

    /// Columns for the annual funds (万元): the widest amount, at least the header's, at most 14.
    /// The widest text is that of the largest or of the most negative amount (more digits, or a
    /// minus sign), so only those two are formatted, not every form's.
    static func fundsColumnWidth(_ forms: [Form]) -> Int {
        var lo = Double.infinity, hi = -Double.infinity
        for f in forms {
            guard let v = f.funds.annual.total, v.isFinite else { continue }
            lo = min(lo, v)
            hi = max(hi, v)
        }
        var widest = DisplayWidth.of(BrowserMessages.columnFunds())
        if lo <= hi {
            if max(-lo, hi) / 100 >= 9e15 {
                // Too large to print (`Amounts.wan` shows —): measure them all.
                for f in forms { widest = max(widest, DisplayWidth.of(Amounts.wan(f.funds.annual.total))) }
            } else {
                widest = max(widest, DisplayWidth.of(Amounts.wan(lo)), DisplayWidth.of(Amounts.wan(hi)))
            }
        }
        return min(widest, 14)
    }

    // MARK: - Derived

    /// The layout at the current size and focus.
    var layout: Layout { Layout(width: width, height: height, focus: focus, listShare: listShare) }

    /// The form index under the list selection.
    public var currentFormIndex: Int? { rows.indices.contains(selected) ? rows[selected] : nil }
    /// The form under the list selection.
    public var currentForm: Form? { currentFormIndex.map { forms[$0] } }

    /// The term highlighted now: what is being typed, else the committed one.
    var activeQuery: String { prompt.map { ScopedQuery(parsing: $0.text).highlight } ?? highlight }

    /// The rectangle a pane would have if it were on screen (narrow mode shows one at a time).
    func paneRect(_ pane: Pane) -> Rect {
        let l = Layout(width: width, height: height, focus: pane, listShare: listShare)
        return l.rect(pane) ?? Rect(x: 0, y: 0, width: max(1, width), height: max(2, height - 1))
    }

    /// Rows of list entries shown (below the title bar and column header).
    public var listRows: Int { Layout.listBody(paneRect(.list)).height }
    var detailRows: Int { max(1, paneRect(.detail).belowTitle.height) }
    var detailWidth: Int { max(1, paneRect(.detail).width) }
    var treeRows: Int { max(1, paneRect(.tree).belowTitle.height) }
    var treeWidth: Int { max(1, paneRect(.tree).width) }

    /// Whether the tree shows both sides in two columns (else `treeSide` alone).
    var treeShowsBothSides: Bool { treeShowsBothSides(width: treeWidth) }

    /// Whether a tree pane `width` columns wide shows both sides: wide enough, and the current
    /// form prints both (a form with a 年度 side only shows that one).
    func treeShowsBothSides(width: Int) -> Bool {
        Layout.treeShowsBothSides(width: width) && (currentForm?.sides.count ?? 2) > 1
    }

    /// The side the tree shows alone: `side`, or the form's only side when it prints one.
    var treeSide: Side {
        guard let f = currentForm, !f.hasSide(side), let only = f.sides.first else { return side }
        return only
    }

    /// The detail pane's lines for form `form` (the current one by default) in a pane `width`
    /// columns wide (the detail pane's by default); built once per form, width and findings.
    func detailDocument(width: Int? = nil, form: Int? = nil) -> DetailDocument {
        guard let i = form ?? currentFormIndex, forms.indices.contains(i) else { return DetailDocument(lines: [], sections: []) }
        let key = DerivedCache.DetailKey(form: i, width: width ?? detailWidth, findings: findingsVersion, rawDate: showRawDate, review: reviewVersion)
        return derived.detail(key) {
            DetailDocument(forms[i], findings: findings[i], width: key.width, rawDate: showRawDate, review: detailReview(form: i))
        }
    }

    /// The indicator tree of the current form.
    func treeModel() -> IndicatorTree {
        guard let i = currentFormIndex else { return IndicatorTree(groups: []) }
        return derived.tree(form: i) { IndicatorTree(forms[i].indicators) }
    }

    /// The visible lines of the current tree.
    func treeLines(_ model: IndicatorTree? = nil) -> [TreeLine] {
        (model ?? treeModel()).lines(folded: folded, side: treeShowsBothSides ? nil : treeSide)
    }
}
