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
}

extension Screen {
    public var isWaiting: Bool { false }
    public mutating func idle() -> Bool { false }
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
}
