#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import JixiaoTUI

/// The curses backend: owns the terminal while the browser runs. It reads keys, follows resizes
/// and copies the `Grid` a `Screen` renders to the terminal; ncurses then sends only the cells
/// that changed. Nothing here knows what a form is.
///
///     guard CursesTerminal.isInteractive else { printPlainList(); return }
///     let terminal = try CursesTerminal()
///     defer { terminal.close() }
///     terminal.run(&screen)
///
/// Input is in raw mode: Ctrl-C arrives as a key and quits through the normal path (the terminal
/// is restored by `close`), Ctrl-Z suspends through ncurses' own SIGTSTP handler, and Ctrl-S/Ctrl-Q
/// never freeze the screen. The terminal is restored on every exit: `close()` (also from
/// `deinit`), an atexit handler, and signal handlers for SIGINT/SIGTERM/SIGHUP/SIGQUIT (exit
/// 128+sig) and crash signals (re-raised to the previous handler). See docs/terminal.md.
///
/// One instance at a time: ncurses keeps a current screen per process.
final class CursesTerminal {
    struct Options: Sendable {
        /// Ask for mouse wheel and click events where the terminal offers them. Mouse reporting
        /// takes the terminal's own text selection (most terminals give it back with Shift-drag).
        var mouse = true
        /// Colours unless the environment's `NO_COLOR` is set and non-empty.
        var color = true
        /// Milliseconds to wait after Esc for the rest of a key sequence. `nil`: the `ESCDELAY`
        /// environment variable if set, else 25.
        var escapeDelay: Int? = nil

        init(mouse: Bool = true, color: Bool = true, escapeDelay: Int? = nil) {
            self.mouse = mouse
            self.color = color
            self.escapeDelay = escapeDelay
        }
    }

    /// Whether the browser can run here: stdin and stdout are both terminals. When false, print
    /// a plain list instead.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// The terminal's size now, in columns and rows.
    var width: Int { Int(jx_cols()) }
    var height: Int { Int(jx_lines()) }
    /// Whether colours are in use (false under `NO_COLOR` or on a monochrome terminal).
    var usesColor: Bool { palette.usesColor }
    /// The codeset in force for output (after the fall back to C.UTF-8 under `LANG=C`).
    let codeset: String

    private var screenPointer: OpaquePointer?
    private let palette: CursesPalette
    /// Repaint every cell at the next `draw` (after Ctrl-L, a resize, a resume).
    var fullRepaintPending = false
    /// The grid drawn last (when it had the terminal's size): `draw` writes only what differs.
    private var lastGrid: Grid?
    /// The read timeout in force (ms; -1 blocks), so a nested read can put it back.
    var readTimeout: Int32 = -1 {
        didSet { if readTimeout != oldValue { timeout(readTimeout) } }
    }
    /// Scratch for one cell's wide characters (a spacing character, combining marks, NUL).
    private var cellChars = [wchar_t](repeating: 0, count: Int(jx_ccharw_max()) + 1)

    /// Takes over the terminal: locale, `newterm`, raw mode, keypad, colours, mouse.
    /// - Throws: `TerminalError.notATerminal` when stdin/stdout is not a tty;
    ///   `TerminalError.cannotOpen(term:)` when ncurses does not know `TERM`;
    ///   `TerminalError.noCursorAddressing(term:)` for `TERM=dumb` and the like.
    init(options: Options = Options(), environment: [String: String] = CursesTerminal.environment()) throws {
        guard Self.isInteractive else { throw TerminalError.notATerminal }
        codeset = TerminalLocale.prepare()

        TerminalSignals.install()
        // newterm, not initscr: initscr prints and exits the process when TERM is unknown.
        let term = environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
        guard let sp = jx_newterm(nil) else {
            TerminalSignals.restore()
            throw TerminalError.cannotOpen(term: term)
        }
        guard jx_has_cursor_addressing() != 0 else {
            // Nothing has been drawn yet: endwin only resets the tty modes newterm set.
            endwin()
            delscreen(sp)
            TerminalSignals.restore()
            throw TerminalError.noCursorAddressing(term: term)
        }
        screenPointer = sp
        TerminalSignals.setCursesActive(true)

        let win = jx_stdscr()
        raw()  // Ctrl-C, Ctrl-Z, Ctrl-S, Ctrl-Q arrive as keys; see the type's documentation.
        noecho()
        nonl()  // Enter arrives as 13; no LF→CRLF translation, so cursor motion is cheaper.
        keypad(win, true)
        intrflush(win, false)
        leaveok(win, true)  // no cursor is shown, so ncurses need not move it back after output
        scrollok(win, false)
        let delay = options.escapeDelay ?? environment["ESCDELAY"].flatMap { Int($0) } ?? 25
        set_escdelay(Int32(max(0, min(delay, 1000))))
        curs_set(0)  // ERR on terminals without it: harmless

        palette = CursesPalette(wantColor: options.color && !CursesPalette.noColorRequested(environment))

        if options.mouse {
            let wanted = jx_button1_pressed() | jx_button4_pressed() | jx_button5_pressed()
            if mousemask(wanted, nil) != 0 {
                mouseinterval(0)  // report presses at once, no waiting to tell clicks apart
            }
        }
    }

    deinit { close() }

    /// Gives the terminal back (endwin) and removes the signal handlers. Idempotent; call it
    /// from a `defer` right after `init`.
    func close() {
        guard let sp = screenPointer else { return }
        screenPointer = nil
        let wipe = Self.clearWithoutAlternateScreen()
        endwin()
        if let wipe {
            // No alternate screen (vt100, linux, ansi): the last frame would stay under the
            // shell's prompt. Clear it and put the cursor home.
            putp(wipe)
            fflush(nil)  // every output stream: stdout, where putp wrote
        }
        TerminalSignals.setCursesActive(false)
        delscreen(sp)
        TerminalSignals.restore()
    }

    /// The terminal's `clear` when it has no alternate screen (`smcup`); nil where leaving the
    /// alternate screen gives the shell its screen back by itself.
    static func clearWithoutAlternateScreen() -> UnsafeMutablePointer<CChar>? {
        let absent = UnsafeMutablePointer<CChar>(bitPattern: -1)
        if let smcup = tigetstr("smcup"), smcup != absent, smcup.pointee != 0 { return nil }
        guard let clear = tigetstr("clear"), clear != absent, clear.pointee != 0 else { return nil }
        return clear
    }

    static func environment() -> [String: String] {
        var env: [String: String] = [:]
        for name in ["TERM", "NO_COLOR", "ESCDELAY"] {
            if let v = getenv(name) { env[name] = String(cString: v) }
        }
        return env
    }

    // MARK: - The loop

    /// Runs a screen until it says `.quit`, Ctrl-C is pressed, or input ends. Each turn renders
    /// the whole screen at the terminal's size, lets ncurses send the difference, and waits for
    /// the next event. Keys that are already waiting (key repeat, a paste, a wheel burst over a
    /// slow link) are all handled before the next render.
    ///
    /// The backend itself acts on Ctrl-C (quit), Ctrl-Z (suspend) and Ctrl-L (repaint, also
    /// passed to the screen); every other event, `.resize` included, goes to the screen.
    ///
    /// While the screen `isWaiting` (work running on another thread), the wait for a key is cut
    /// into short slices, and between them the screen's `idle()` picks up what has arrived.
    ///
    /// `afterFirstFrame` runs once, right after the first frame has been sent to the terminal:
    /// the place to start work the screen waits for (so it does not delay what the user sees).
    func run(_ screen: inout some Screen, afterFirstFrame: (() -> Void)? = nil) {
        var needsDraw = true
        var firstFrame = afterFirstFrame
        while screenPointer != nil {
            if needsDraw { draw(screen.render(width: width, height: height)) }
            if let start = firstFrame {
                firstFrame = nil
                start()
            }
            needsDraw = true
            var event: KeyEvent?
            if screen.isWaiting {
                event = readEvent(waitingAtMost: 50)
                if event == nil {
                    needsDraw = screen.idle()
                    continue
                }
            } else {
                event = readEvent()
            }
            var handled = 0
            while let current = event {
                switch apply(current, to: &screen) {
                case .quit: return
                case .repaint: fullRepaintPending = true
                case .open(let path, let line): openInPager(path: path, line: line)
                case .copy(let text): copyToClipboard(text)
                case .none: break
                case .edit(let request):
                    screen.finishEdit(runEditor(request))
                }
                handled += 1
                event = handled < 256 ? pollEvent() : nil
            }
            if handled == 0 { return }  // input ended (the terminal went away)
        }
    }

    private func apply(_ event: KeyEvent, to screen: inout some Screen) -> ScreenCommand {
        switch event {
        case .ctrl("c"):
            _ = screen.handle(event)  // the screen saves what it must before it goes (as `q`)
            return .quit
        case .ctrl("z"):
            suspend()
            return .none
        case .ctrl("l"):
            _ = screen.handle(event)
            return .repaint
        case .resize:
            fullRepaintPending = true
            return screen.handle(event)
        default:
            return screen.handle(event)
        }
    }

    /// Stops the process as Ctrl-Z does in a shell (raw mode delivers it as a key). ncurses'
    /// SIGTSTP handler leaves curses mode and restores it on `fg`; the screen is then repainted.
    func suspend() {
        jx_suspend()
        fullRepaintPending = true
    }

    /// Repaints every cell at the next `draw`, not just the difference (Ctrl-L).
    func requestRepaint() { fullRepaintPending = true }

    // MARK: - Drawing

    /// Copies a grid to the terminal. Cells outside the grid are blank; cells beyond the terminal
    /// are dropped. A wide character is written once from its cell, its continuation cell is
    /// skipped. Then `wnoutrefresh` + `doupdate`: ncurses sends only what changed, unless a full
    /// repaint is pending.
    ///
    /// Only what changed since the last grid is written into curses' window: per row, the span
    /// from the first to the last cell that differs (an unchanged row costs one comparison of
    /// its cells, and ncurses has nothing to compare at `doupdate`). A change of size, a full
    /// repaint (Ctrl-L, a resize, a resume) or a grid that is not the terminal's size writes
    /// every cell, as before.
    func draw(_ grid: Grid) {
        guard screenPointer != nil else { return }
        let win = jx_stdscr()
        let rows = height, cols = width
        let sameSize = grid.width == cols && grid.height == rows
        let previous = fullRepaintPending || !sameSize ? nil : lastGrid.flatMap { $0.width == cols && $0.height == rows ? $0 : nil }
        var cc = cchar_t()
        var written = 0
        for y in 0..<rows {
            var x = 0
            var end = cols
            if let previous {
                guard let span = grid.changedSpan(from: previous, row: y) else { continue }  // as drawn last time
                x = span.lowerBound
                end = span.upperBound
            }
            written += 1
            while x < end {
                let cell = (y < grid.height && x < grid.width) ? grid[x, y] : Cell.blank
                let advance = fill(&cc, with: cell, at: x, columns: cols)
                // The bottom-right cell returns ERR (the cursor cannot wrap without scrolling),
                // but the cell is stored and ncurses' refresh writes it safely: ignore the result.
                _ = mvwadd_wch(win, Int32(y), Int32(x), &cc)
                x += advance
            }
        }
        lastGrid = sameSize ? grid : nil
        if written == 0 { return }  // nothing changed: nothing to send
        if fullRepaintPending {
            clearok(jx_curscr(), true)
            fullRepaintPending = false
        }
        wnoutrefresh(win)
        doupdate()
    }

    /// Fills `cc` for one grid cell at column `x`; returns how many columns the terminal will
    /// advance. Text the terminal cannot place (a continuation cell with no wide character before
    /// it, a wide character in the last column, an unprintable character) becomes a space or `?`,
    /// so nothing shifts the rest of the row.
    private func fill(_ cc: inout cchar_t, with cell: Cell, at x: Int, columns: Int) -> Int {
        let (attrs, pair) = palette.attributes(for: cell.style)
        let maxChars = cellChars.count - 1
        var n = 0
        var columnsTaken = 1
        if cell.width > 0 {
            for scalar in cell.text.unicodeScalars {
                guard n < maxChars else { break }
                let wc = wchar_t(bitPattern: scalar.value)
                let w = Int(wcwidth(wc))
                if n == 0 {
                    if w < 0 || scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                        cellChars[0] = wchar_t(UInt8(ascii: "?"))
                        n = 1
                        continue
                    }
                    if w == 0 {  // a lone combining mark: put it on a space
                        cellChars[0] = wchar_t(UInt8(ascii: " "))
                        n = 1
                    } else if x + w > columns {  // a wide character that does not fit
                        break
                    } else {
                        columnsTaken = w
                    }
                } else if w != 0 {
                    break  // a cell holds one spacing character and its combining marks
                }
                cellChars[n] = wc
                n += 1
            }
        }
        if n == 0 {
            cellChars[0] = wchar_t(UInt8(ascii: " "))
            n = 1
            columnsTaken = 1
        }
        cellChars[n] = 0
        cellChars.withUnsafeBufferPointer { buf in
            _ = jx_setcchar(&cc, buf.baseAddress, attrs, pair)
        }
        // The grid says 2 but the terminal says 1: the grid's continuation cell is then drawn
        // as a blank of its own, so the row stays aligned with the grid.
        return columnsTaken
    }
}
