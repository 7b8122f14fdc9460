import Foundation
import Testing

/// The real binary in a real terminal (tmux): keys in, screen out — as a reviewer would use it.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct BrowserEndToEndTests {
    @Test func browseSearchHelpAndQuit() throws {
        let tmux = try Tmux(width: 120, height: 40)
        defer { tmux.kill() }
        tmux.launch(Binary.sample)
        #expect(tmux.waitFor("公交政策性亏损补贴"), "\(tmux.screen())")
        #expect(tmux.waitFor("1/7"), "status bar: \(tmux.screen())")
        // The checks run in the background: their badges appear in the list.
        #expect(tmux.waitFor("!11 公交政策性亏损补贴"), "\(tmux.screen())")
        #expect(tmux.waitFor("✗10 城乡居民养老出入口补"), "\(tmux.screen())")

        tmux.key("j")
        #expect(tmux.waitFor("2/7"), "\(tmux.screen())")

        // `w` twice: the list back to a third of the screen (from 120 columns it takes half).
        tmux.key("w")
        tmux.key("w")
        #expect(tmux.waitFor("列表宽度：窄"), "\(tmux.screen())")
        tmux.key("/")
        tmux.type("公交")
        tmux.key("Enter")
        // The 公交 form is selected: its facts and 问题 section in the detail pane, 年运营公里数 in the tree.
        #expect(tmux.waitFor("问题（"), "\(tmux.screen())")
        #expect(tmux.waitFor("年运营公里数"), "\(tmux.screen())")

        tmux.key("?")
        #expect(tmux.waitFor("Ctrl-L") || tmux.waitFor("帮助"), "\(tmux.screen())")
        tmux.key("Escape")
        #expect(tmux.waitFor("年运营公里数"), "\(tmux.screen())")
        // The 公交 form's finding, and p among the projects with findings.
        #expect(tmux.waitFor("goal-truncated-copy"), "\(tmux.screen())")
        tmux.key("p")
        #expect(tmux.waitFor("有问题的项目 1/1"), "\(tmux.screen())")

        tmux.key("q")
        #expect(tmux.waitFor("JIXIAO-PROMPT$", lastLine: true), "\(tmux.screen())")
        let after = tmux.screen()
        #expect(!after.contains("年运营公里数"), "the browser's screen was not cleaned up: \(after)")
        #expect(tmux.run("stty -a | grep -o ' echo ' | head -1").contains("echo"))
    }

    @Test func narrowWindowAndResize() throws {
        let tmux = try Tmux(width: 80, height: 24)
        defer { tmux.kill() }
        tmux.launch("--project 公交 \(Binary.sample)")
        #expect(tmux.waitFor("公交政策性亏损补贴"), "\(tmux.screen())")
        tmux.resize(width: 20, height: 6)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!tmux.screen().isEmpty)
        tmux.resize(width: 10, height: 3)
        Thread.sleep(forTimeInterval: 0.3)
        tmux.resize(width: 100, height: 30)
        #expect(tmux.waitFor("公交政策性亏损补贴"), "\(tmux.screen())")
        tmux.key("C-c")
        #expect(tmux.waitFor("JIXIAO-PROMPT$", lastLine: true), "\(tmux.screen())")
    }
}

/// A private tmux server running a plain shell, driven with send-keys and read with capture-pane.
struct Tmux {
    static var available: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    let socket = "jixiao-e2e-\(UUID().uuidString.prefix(8))"
    let target = "e2e"

    init(width: Int, height: Int) throws {
        let shell = "env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color PS1='JIXIAO-PROMPT$ ' bash --norc --noprofile"
        _ = tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", target, shell])
        _ = tmux(["set-option", "-g", "default-terminal", "tmux-256color"])
        guard waitFor("JIXIAO-PROMPT$", lastLine: true) else { throw TmuxError.noShell }
    }

    enum TmuxError: Error { case noShell }

    /// Runs a tmux client with posix_spawn and waitpid. Foundation's Process is not used here:
    /// the server that the first call forks inherits the client's descriptors, and Process then
    /// waits forever for the client it watches.
    @discardableResult
    func tmux(_ args: [String], capture: Bool = false) -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + args
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for a in cargs { free(a) } }
        // A clean signal state: the test runner's blocked or ignored signals must not reach the
        // tmux server, or it never exits on kill-server.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, &cargs, environ) == 0 else { return "" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard capture else { return "" }
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    /// Types `jixiao ARGS` at the prompt and presses Enter.
    func launch(_ arguments: String) {
        type("\(Binary.path) \(arguments)")
        key("Enter")
    }

    func type(_ text: String) { tmux(["send-keys", "-t", target, "-l", text]) }
    func key(_ name: String) { tmux(["send-keys", "-t", target, name]) }
    func screen() -> String { tmux(["capture-pane", "-p", "-t", target], capture: true) }
    func resize(width: Int, height: Int) { tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"]) }
    /// Stops the server and everything in it (SIGKILL if it lingers).
    func kill() {
        let pid = pid_t(tmux(["display-message", "-p", "#{pid}"], capture: true).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        tmux(["kill-server"])
        guard pid > 0 else { return }
        for _ in 0..<20 where Foundation.kill(pid, 0) == 0 { Thread.sleep(forTimeInterval: 0.05) }
        if Foundation.kill(pid, 0) == 0 { Foundation.kill(pid, SIGKILL) }
    }

    /// Runs a shell command at the prompt and returns the screen afterwards.
    func run(_ command: String) -> String {
        type(command)
        key("Enter")
        Thread.sleep(forTimeInterval: 0.3)
        return screen()
    }

    /// Polls the screen until `text` shows (on the last non-empty line when `lastLine`).
    func waitFor(_ text: String, lastLine: Bool = false, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let s = screen()
            if lastLine {
                if let last = s.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
                   last.trimmingCharacters(in: .whitespaces).hasSuffix(text) { return true }
            } else if s.contains(text) {
                return true
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
