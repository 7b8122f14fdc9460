import JixiaoKit

/// The `/` prompt while it is open: the text typed, the forms it matches, and the view to go
/// back to on Esc.
public struct SearchPrompt: Sendable {
    public internal(set) var text: String
    /// Form indices (ascending) matching `text`; nil while `text` is empty.
    var matches: [Int]?
    var saved: SavedView
    /// The matches of every text typed since `/`: Backspace (or typing a text again) costs a
    /// lookup, and a longer text searches only within the matches of its longest cached prefix.
    var cache: [String: [Int]] = [:]
    /// How many searches of the index this prompt made (the rest came from `cache`).
    var searches = 0
}

/// What Esc in the search prompt restores.
struct SavedView: Sendable {
    var filter: String
    var filterMatches: [Int]?
    var highlight: String
    var rows: [Int]
    var selected: Int
    var listTop: Int
    var focus: Pane
    var detailTop: Int
    var treeCursor: Int
    var treeTop: Int
    var lastStop: MatchStop?
}

/// A place `n`/`N` stops at: a line of the detail pane or of the indicator tree of one form.
struct MatchStop: Sendable, Equatable {
    var form: Int
    /// Index into the form's list of stops.
    var index: Int
}

extension ScopedQuery {
    /// What the panes light up for this query: its text, or nothing for a rule id (rule ids
    /// are not in the form's text).
    var highlight: String { scope == .rule ? "" : text }
}
