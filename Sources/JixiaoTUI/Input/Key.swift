/// A key or mouse event, as the backend decodes it from the terminal.
public enum KeyEvent: Sendable, Hashable {
    case char(Character)
    /// Ctrl plus a letter, lowercase (`ctrl("c")`).
    case ctrl(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, tab, backTab, escape, backspace, delete
    case resize(width: Int, height: Int)
    /// Mouse wheel at a screen position; `delta` is negative for up.
    case wheel(x: Int, y: Int, delta: Int)
    /// A click (button 1 press) at a screen position.
    case click(x: Int, y: Int)
}
