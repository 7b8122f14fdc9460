// ncursesw for Swift. SwiftPM drops pkg-config's cflags, so the wide-character API is switched
// on here; macros and C globals that do not import are given inline accessors (`jx_` prefix).
//
// Editing only this header does not trigger a rebuild: touch a .swift file of the jixiao target.
#ifndef JIXIAO_CNCURSESW_SHIM_H
#define JIXIAO_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t);

// MARK: - C globals (Swift 6 rejects them as shared mutable state)

static inline WINDOW *jx_stdscr(void) { return stdscr; }
static inline WINDOW *jx_curscr(void) { return curscr; }
static inline int jx_lines(void) { return LINES; }
static inline int jx_cols(void) { return COLS; }
static inline int jx_colors(void) { return COLORS; }

/// newterm on the process's own stdout/stdin; `term` NULL means $TERM. NULL when the terminal
/// type is unknown (unlike initscr, which prints and exits).
static inline SCREEN *jx_newterm(const char *term) { return newterm(term, stdout, stdin); }

/// Whether the current terminal can move the cursor (`cup`); `dumb` and hardcopy ones cannot,
/// and newterm still succeeds on them.
static inline int jx_has_cursor_addressing(void) {
    char *s = tigetstr("cup");
    return s != NULL && s != (char *)-1;
}

// MARK: - Attribute and colour macros

static inline attr_t jx_a_normal(void) { return A_NORMAL; }
static inline attr_t jx_a_bold(void) { return A_BOLD; }
static inline attr_t jx_a_dim(void) { return A_DIM; }
static inline attr_t jx_a_reverse(void) { return A_REVERSE; }
static inline attr_t jx_a_underline(void) { return A_UNDERLINE; }
static inline attr_t jx_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

// MARK: - Key codes (the plain numeric ones also import directly; listed here for one place)

static inline int jx_key_code_yes(void) { return KEY_CODE_YES; }
static inline int jx_key_resize(void) { return KEY_RESIZE; }
static inline int jx_key_mouse(void) { return KEY_MOUSE; }
static inline int jx_key_up(void) { return KEY_UP; }
static inline int jx_key_down(void) { return KEY_DOWN; }
static inline int jx_key_left(void) { return KEY_LEFT; }
static inline int jx_key_right(void) { return KEY_RIGHT; }
static inline int jx_key_home(void) { return KEY_HOME; }
static inline int jx_key_end(void) { return KEY_END; }
static inline int jx_key_npage(void) { return KEY_NPAGE; }
static inline int jx_key_ppage(void) { return KEY_PPAGE; }
static inline int jx_key_btab(void) { return KEY_BTAB; }
static inline int jx_key_backspace(void) { return KEY_BACKSPACE; }
static inline int jx_key_dc(void) { return KEY_DC; }
static inline int jx_key_enter(void) { return KEY_ENTER; }
/// Keypad corners some terminals send for Home/End/PgUp/PgDn.
static inline int jx_key_a1(void) { return KEY_A1; }
static inline int jx_key_a3(void) { return KEY_A3; }
static inline int jx_key_c1(void) { return KEY_C1; }
static inline int jx_key_c3(void) { return KEY_C3; }
/// Home/End as some terminfo entries name them (rxvt, screen over some links).
static inline int jx_key_find(void) { return KEY_FIND; }
static inline int jx_key_select(void) { return KEY_SELECT; }
static inline int jx_key_beg(void) { return KEY_BEG; }

// MARK: - Mouse

static inline mmask_t jx_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t jx_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t jx_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t jx_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t jx_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

/// The pending mouse event: 1 and its position and button state, or 0 when there is none.
static inline int jx_getmouse(int *x, int *y, mmask_t *bstate) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return 0;
    *x = ev.x;
    *y = ev.y;
    *bstate = ev.bstate;
    return 1;
}

// MARK: - Cells and input

/// Fills `out` with up to CCHARW_MAX wide characters (NUL-terminated: one spacing character
/// then combining marks) with attributes and colour pair. Returns OK or ERR.
static inline int jx_setcchar(cchar_t *out, const wchar_t *wch, attr_t attrs, int pair) {
    return setcchar(out, wch, attrs, (short)pair, NULL);
}

static inline int jx_ccharw_max(void) { return CCHARW_MAX; }

/// get_wch on stdscr: returns 0 for a character (in *code), 1 for a KEY_ code (in *code), and
/// -1 when nothing was read (ERR: end of input, interrupted, or timeout).
static inline int jx_get_wch(int *code) {
    wint_t w = 0;
    int r = wget_wch(stdscr, &w);
    *code = (int)w;
    if (r == OK) return 0;
    if (r == KEY_CODE_YES) return 1;
    return -1;
}

// MARK: - Restoring the terminal from a signal

// Signals that end the process (SIGINT, SIGTERM, SIGHUP, SIGQUIT) restore the terminal and
// `_exit(128 + sig)`. Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE) restore
// the terminal and re-raise with the handler that was there before (Swift's backtracer, or the
// default), so the report lands on the normal screen. endwin is not on POSIX's list of
// async-signal-safe functions, but it is what every curses program does here; the handler
// touches nothing else but a flag, sigaction, raise and _exit.
//
// The state below is `static`: call jx_signals_install and jx_signals_restore from ONE Swift
// file (a debug build compiles each Swift file to its own object with its own copy).

enum { JX_NSIG_SAVED = 10 };
static const int jx_signals_list[JX_NSIG_SAVED] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE,
};
// Initialised explicitly: Swift does not emit a tentative definition, which then fails to link.
static struct sigaction jx_signals_saved[JX_NSIG_SAVED] = {{{0}}};
static volatile sig_atomic_t jx_signals_installed = 0;
static volatile sig_atomic_t jx_curses_active = 0;

static void jx_signal_handler(int sig) {
    if (jx_curses_active) {
        jx_curses_active = 0;
        endwin();
    }
    for (int i = 0; i < JX_NSIG_SAVED; i++) {
        if (jx_signals_list[i] != sig) continue;
        if (i < 4) _exit(128 + sig);
        sigaction(sig, &jx_signals_saved[i], NULL);
        raise(sig);
        return;
    }
    _exit(128 + sig);
}

static inline void jx_signals_install(void) {
    if (jx_signals_installed) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = jx_signal_handler;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < JX_NSIG_SAVED; i++) {
        int sig = jx_signals_list[i];
        if (sigaction(sig, NULL, &jx_signals_saved[i]) != 0) continue;
        // A signal the parent set to be ignored (nohup, SIGINT in a background job) stays ignored.
        if (i < 4 && jx_signals_saved[i].sa_handler == SIG_IGN) continue;
        // SA_RESETHAND for crash signals: a second fault while restoring goes to the default.
        sa.sa_flags = i < 4 ? 0 : (int)SA_RESETHAND;
        sigaction(sig, &sa, NULL);
    }
    jx_signals_installed = 1;
}

static inline void jx_signals_restore(void) {
    if (!jx_signals_installed) return;
    for (int i = 0; i < JX_NSIG_SAVED; i++) sigaction(jx_signals_list[i], &jx_signals_saved[i], NULL);
    jx_signals_installed = 0;
}

/// Whether the signal handlers should call endwin (set while curses owns the terminal).
static inline void jx_set_curses_active(int active) { jx_curses_active = active; }

static void jx_atexit_handler(void) {
    if (jx_curses_active) {
        jx_curses_active = 0;
        endwin();
    }
}

/// Registers (once) an atexit handler that calls endwin if curses still owns the terminal, for
/// code that calls exit() from deep inside (argument parsing, a library).
static inline void jx_atexit_install(void) {
    static int done = 0;
    if (done) return;
    done = 1;
    atexit(jx_atexit_handler);
}

/// Suspends the process as the shell's Ctrl-Z would (raw mode delivers Ctrl-Z as a key);
/// ncurses' own SIGTSTP handler leaves curses mode and restores it on SIGCONT.
static inline void jx_suspend(void) { raise(SIGTSTP); }

#endif
