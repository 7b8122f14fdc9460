#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Foundation

extension CursesTerminal {
    /// The command that shows a file at a line: `$PAGER`, else `$EDITOR`, else `less`. Each is
    /// a shell command (it may carry options: `less -R`); it is given `+LINE PATH`, which less,
    /// more, vi, nano and emacs all read as "open at this line".
    static func viewerCommand(_ environment: [String: String]) -> String {
        for key in ["PAGER", "EDITOR"] {
            if let v = environment[key]?.trimmingCharacters(in: .whitespaces), !v.isEmpty { return v }
        }
        return "less"
    }

    /// Leaves curses mode, runs the viewer on `path` at `line` in the foreground, waits for it,
    /// and comes back with a full repaint. The path and line are passed as the shell's
    /// positional arguments, never pasted into the command, so no file name is run as code.
    func openInPager(path: String, line: Int) {
        let command = CursesTerminal.viewerCommand(ProcessInfo.processInfo.environment)
        def_prog_mode()
        endwin()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command + " \"$@\"", "jixiao-viewer", "+\(max(1, line))", path]
        do {
            try p.run()
            p.waitUntilExit()
        } catch {
            // Nothing to show it on: the screen comes back as it was.
        }
        reset_prog_mode()
        fullRepaintPending = true
    }

    /// Sends `text` to the terminal's clipboard with OSC 52 (`ESC ] 52 ; c ; base64 BEL`).
    /// Terminals that allow it (xterm with `allowWindowOps`, kitty, iTerm2, WezTerm, foot,
    /// Windows Terminal; tmux with `set -g set-clipboard on`) set the clipboard; others ignore
    /// the sequence. The text is sanitized by the caller; past 74,994 bytes (100,000 in base64,
    /// a common limit) it is cut at a character boundary.
    func copyToClipboard(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.count > 74_994 {
            var n = 74_994
            while n > 0, bytes[n] & 0xC0 == 0x80 { n -= 1 }
            bytes = Array(bytes[..<n])
        }
        let sequence = "\u{1B}]52;c;" + Data(bytes).base64EncodedString() + "\u{07}"
        _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }
}
