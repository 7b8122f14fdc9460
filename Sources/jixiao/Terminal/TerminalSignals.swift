import CNcursesw

/// The signal handlers that give the terminal back when the process is ended from outside.
///
/// SIGINT, SIGTERM, SIGHUP, SIGQUIT: `endwin()` then `_exit(128 + sig)`. Crash signals (SIGSEGV,
/// SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE): `endwin()` then the previous handler (Swift's
/// backtracer or the default) runs, so its report lands on the normal screen. The handler itself
/// is C (`jx_signal_handler` in shim.h): no Swift runtime runs inside a signal handler.
///
/// All calls into the shim's signal state live in this one file: the state is `static` in the
/// header, and a debug build gives each Swift file its own copy.
enum TerminalSignals {
    /// Installs the handlers (idempotent). Done before `newterm`, so ncurses does not put in its
    /// own SIGINT/SIGTERM handlers; it still installs SIGTSTP (suspend) and SIGWINCH (resize).
    /// Also registers an atexit handler that restores the terminal if something calls `exit()`.
    static func install() {
        jx_atexit_install()
        jx_signals_install()
    }

    /// Puts back the handlers that were there before `install`.
    static func restore() { jx_signals_restore() }

    /// Whether a handler should call `endwin()`: true exactly while curses owns the terminal.
    static func setCursesActive(_ active: Bool) { jx_set_curses_active(active ? 1 : 0) }
}
