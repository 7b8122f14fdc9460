#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Foundation

/// Writing a note in the reviewer's own editor, as `git commit` does: `$VISUAL`, else `$EDITOR`
/// (a command line, run by `/bin/sh`, so `code --wait` works), on a temporary file holding the
/// note and, as `#` lines, what the reviewer needs to see; the `#` lines are dropped afterwards.
/// docs/browser.md (审核).
enum ExternalEditor {
    /// The editor command, nil when neither variable is set (the browser's own line editor is used).
    static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        for name in ["VISUAL", "EDITOR"] {
            if let v = environment[name]?.trimmingCharacters(in: .whitespaces), !v.isEmpty { return v }
        }
        return nil
    }

    /// The file's text: the note, a blank line, then each comment line behind `# `.
    static func document(text: String, comments: [String]) -> String {
        var out = text
        if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" }
        out += "\n"
        for c in comments { out += c.isEmpty ? "#\n" : "# \(c)\n" }
        return out
    }

    /// The note in an edited file: `#` lines dropped, trailing blank lines and spaces trimmed.
    static func note(from edited: String) -> String {
        let lines = edited.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }
            .map { line -> Substring in
                var l = line
                while l.last == " " || l.last == "\t" { l.removeLast() }
                return l
            }
        return lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    enum Outcome: Equatable {
        case edited(String)
        /// The editor could not be started or exited with a failure: nothing is saved.
        case failed(String)
    }

    /// Runs `command` on a temporary file holding `document(text:comments:)` and waits for it.
    /// The caller leaves curses mode before and restores it after. SIGINT and SIGQUIT are
    /// ignored here meanwhile (Ctrl-C belongs to the editor); the editor gets the defaults.
    static func run(_ command: String, text: String, comments: [String]) -> Outcome {
        let dir = FileManager.default.temporaryDirectory
        let file = dir.appendingPathComponent("jixiao-note-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        do {
            try Data(document(text: text, comments: comments).utf8).write(to: file, options: .atomic)
        } catch {
            return .failed(error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: file) }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGDEF))
        // "$0" as in git: the command line may carry arguments; the file is one more.
        let args = ["/bin/sh", "-c", "\(command) \"$1\"", command, file.path]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        let oldInt = signal(SIGINT, SIG_IGN), oldQuit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, oldInt)
            signal(SIGQUIT, oldQuit)
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", nil, &attr, &argv, environ)
        guard rc == 0 else { return .failed(String(cString: strerror(rc))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7F) == 0
        let code = (status >> 8) & 0xFF
        guard exited, code == 0 else { return .failed(exited ? "exit \(code)" : "signal \(status & 0x7F)") }
        guard let data = try? Data(contentsOf: file) else { return .failed("the file is gone") }
        return .edited(note(from: String(decoding: data, as: UTF8.self)))
    }
}

extension CursesTerminal {
    /// Leaves curses mode, runs the editor, and takes the terminal back (repainted in full).
    func edit(_ command: String, text: String, comments: [String]) -> ExternalEditor.Outcome {
        def_prog_mode()
        endwin()
        TerminalSignals.setCursesActive(false)
        let outcome = ExternalEditor.run(command, text: text, comments: comments)
        TerminalSignals.setCursesActive(true)
        reset_prog_mode()
        requestRepaint()
        return outcome
    }
}
