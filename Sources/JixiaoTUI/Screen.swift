/// What the terminal backend drives: a pure value that takes key events and renders to a grid.
public protocol Screen {
    /// Applies one event; the result tells the backend what to do next.
    mutating func handle(_ event: KeyEvent) -> ScreenCommand
    /// Draws the whole screen into a grid of the given size.
    func render(width: Int, height: Int) -> Grid
    /// Whether work running elsewhere (the review checks on another thread) will change the
    /// screen: the backend then calls `idle()` every so often instead of only waiting for keys.
    var isWaiting: Bool { get }
    /// Called while `isWaiting` when no key came for a moment; true when the screen changed.
    mutating func idle() -> Bool
    /// The outcome of an `.edit` the backend ran (the external editor).
    mutating func finishEdit(_ result: EditResult)
}

extension Screen {
    public var isWaiting: Bool { false }
    public mutating func idle() -> Bool { false }
    public mutating func finishEdit(_ result: EditResult) {}
}

/// The backend's next step after an event.
public enum ScreenCommand: Sendable, Equatable {
    case none
    /// Leave the browser and restore the terminal.
    case quit
    /// Repaint the whole terminal (Ctrl-L), not just the difference.
    case repaint
    /// Leave the screen, show `path` at `line` in the user's pager (`$PAGER`, else `$EDITOR`,
    /// else `less`), and come back.
    case open(path: String, line: Int)
    /// Put `text` (already sanitized) on the terminal's clipboard (OSC 52).
    case copy(String)
    /// Leave the screen for the reviewer's editor on this text; the outcome comes back through
    /// `finishEdit`.
    case edit(EditRequest)
}

/// A text to edit in the reviewer's editor: the text, and lines shown as `#` comments (dropped
/// from the result).
public struct EditRequest: Sendable, Equatable {
    public var text: String
    public var comments: [String]
    public init(text: String, comments: [String]) {
        self.text = text
        self.comments = comments
    }
}

/// What came back from the editor.
public enum EditResult: Sendable, Equatable {
    /// The text as saved, comment lines dropped.
    case edited(String)
    /// The editor could not run or failed: nothing is saved. Why.
    case failed(String)
}
