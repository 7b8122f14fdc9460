/// Why the curses backend could not start. `description` is the message for a person, without a
/// program-name prefix: the front end prints `jixiao: \(error)` to stderr and exits non-zero.
enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, cron, CI). The caller should print a
    /// plain list instead of opening the browser; check `CursesTerminal.isInteractive` first.
    case notATerminal
    /// ncurses does not know the terminal type (`TERM` unknown, unset, or no terminfo entry).
    case cannotOpen(term: String?)
    /// The terminal type is known but cannot move the cursor (`TERM=dumb`, a hardcopy
    /// terminal, some editors' shells). The caller should print a plain list instead.
    case noCursorAddressing(term: String?)

    var description: String {
        switch self {
        case .notATerminal:
            return "the browser needs a terminal: stdin and stdout must be a tty"
        case .cannotOpen(let term):
            return "cannot open the terminal (TERM=\(term ?? "(unset)"))"
        case .noCursorAddressing(let term):
            return "the terminal cannot move the cursor (TERM=\(term ?? "(unset)")); the browser needs one that can"
        }
    }
}
