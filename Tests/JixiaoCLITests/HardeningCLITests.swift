import Foundation
import Testing

/// Issue 12 end to end with the real binary: bad bytes keep the file, devices and endless pipes
/// end at once in bounded memory, folders name what they cannot read, a huge cell is quoted
/// short, CSV carries no live formula, and a terminal without an alternate screen is left clean.
@Suite struct HardeningCLITests {
    /// Runs `command` with /bin/sh, stdin from /dev/null, under a hang guard (`timeout`).
    static func shell(_ command: String, guardSeconds: Int = 20) throws -> Binary.Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "timeout -k 2 \(guardSeconds) sh -c '\(command.replacingOccurrences(of: "'", with: "'\\''"))'"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Binary.Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), stdoutBytes: [UInt8](o))
    }

    static let jixiao = "'\(Binary.path)'"

    static var sampleBytes: [UInt8] { [UInt8](FileManager.default.contents(atPath: Binary.sample)!) }

    /// The numbered form rows of `list`'s output (its header and 合计 footer left out).
    static func formRows(_ stdout: String) -> Int {
        stdout.split(separator: "\n").filter { $0.first.map { $0.isNumber } ?? false }.count
    }

    @Test func oneBadByteKeepsEveryFormAndStrictRefuses() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes = Self.sampleBytes
        bytes.insert(0xFF, at: 17343)
        let file = dir.appendingPathComponent("bad.txt").path
        FileManager.default.createFile(atPath: file, contents: Data(bytes))
        let r = try Binary.run(["list", file])
        #expect(r.status == 0)
        #expect(Self.formRows(r.stdout) == 7)
        #expect(r.stderr.contains("\(file):138:7: 警告:"), "\(r.stderr)")
        #expect(r.stderr.contains("UTF-8") && r.stderr.contains("0xFF"))
        for command in ["list", "check", "export"] {
            let strict = try Binary.run([command, "--strict", file])
            #expect(strict.status == 2, "\(command)")
            #expect(strict.stderr.contains("\(file):138:7: 错误:"), "\(strict.stderr)")
        }
    }

    @Test func devZeroAndEndlessPipesEndAtOnceUnderAMemoryLimit() throws {
        // 256 MB of address space: the old reader grew until it aborted (exit 134).
        let limit = "prlimit --as=\(256 << 20)"
        let device = try Self.shell("\(limit) \(Self.jixiao) list /dev/zero")
        #expect(device.status == 2, "\(device.stderr)")
        #expect(device.stderr.hasPrefix("/dev/zero: 错误: 不是普通文件（字符设备）"), "\(device.stderr)")
        let zeros = try Self.shell("cat /dev/zero | \(limit) \(Self.jixiao) list /dev/stdin")
        #expect(zeros.status == 2, "\(zeros.stderr)")
        #expect(zeros.stderr.contains("二进制文件（偏移 0 处有 NUL 字节）"), "\(zeros.stderr)")
        let text = try Self.shell("yes 项目名称 | \(limit) \(Self.jixiao) list /dev/stdin")
        #expect(text.status == 2, "\(text.stderr)")
        #expect(text.stderr.contains("输入超过 64 MB 上限"), "\(text.stderr)")
    }

    @Test func aFIFOInAFolderIsSkippedWithANote() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: Binary.sample, toPath: dir.appendingPathComponent("a.txt").path)
        let fifo = dir.appendingPathComponent("b.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let r = try Self.shell("\(Self.jixiao) list '\(dir.path)'")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.formRows(r.stdout) == 7)
        #expect(r.stderr.contains("\(fifo): 警告: 已跳过：不是普通文件（管道）"), "\(r.stderr)")
        // Named on purpose, a FIFO is read.
        let named = try Self.shell("cat '\(Binary.sample)' > '\(fifo)' & \(Self.jixiao) list '\(fifo)'")
        #expect(named.status == 0, "\(named.stderr)")
        #expect(Self.formRows(named.stdout) == 7)
    }

    @Test func aLinkToItselfIsALoopNotAMissingFile() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("self.txt").path
        #expect(symlink(link, link) == 0)
        let r = try Binary.run(["list", link])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(link): 错误: 符号链接循环"), "\(r.stderr)")
        #expect(!r.stderr.contains("没有这个文件"))
    }

    /// Root reads every file whatever its mode: the run drops to an unprivileged uid (as CI runs
    /// as root) so that the permission bits count.
    static var unprivileged: String? {
        if getuid() != 0 { return "" }
        return FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : nil
    }

    @Test(.enabled(if: unprivileged != nil, "running as root without setpriv"))
    func unreadableFilesAndSubFoldersAreNamed() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        try fm.copyItem(atPath: Binary.sample, toPath: dir.appendingPathComponent("a.txt").path)
        try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dir.appendingPathComponent("a.txt").path)
        let locked = dir.appendingPathComponent("locked")
        try fm.createDirectory(at: locked, withIntermediateDirectories: true)
        try fm.copyItem(atPath: Binary.sample, toPath: locked.appendingPathComponent("inside.txt").path)
        try fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path)
        let secret = dir.appendingPathComponent("secret.txt").path
        try fm.copyItem(atPath: Binary.sample, toPath: secret)
        try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secret)
        if getuid() == 0 {
            // Owned by root, so the unprivileged uid cannot read them.
            #expect(chown(locked.path, 0, 0) == 0 && chown(secret, 0, 0) == 0)
        }
        let r = try Self.shell("\(Self.unprivileged!)\(Self.jixiao) list -q '\(dir.path)'")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.formRows(r.stdout) == 7)
        #expect(r.stderr.contains("\(locked.path): 错误: 无法读取文件夹"), "\(r.stderr)")
        #expect(r.stderr.contains("\(secret): 错误: 无法打开文件"), "\(r.stderr)")
    }

    @Test func aHugeCellIsQuotedShort() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.txt").path
        var bytes = Self.sampleBytes
        bytes += Array(String(repeating: "项", count: 4_000_000).utf8) + [0x0A]  // a 12 MB cell
        FileManager.default.createFile(atPath: file, contents: Data(bytes))
        for command in ["list", "check"] {
            let r = try Binary.run([command, file])
            #expect(r.stdout.utf8.count + r.stderr.utf8.count < 20_000, "\(command): \(r.stdout.utf8.count) + \(r.stderr.utf8.count) bytes")
            // Wrapped lines may split the excerpt's tail: compare without white space.
            let all = (r.stdout + r.stderr).filter { !$0.isWhitespace }
            #expect(all.contains("…（共4000000字）"), "\(command): \(r.stderr.prefix(2000))")
        }
    }

    @Test func csvCarriesNoLiveFormula() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("f.txt").path
        var text = String(decoding: Self.sampleBytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "年运营公里数", with: "=HYPERLINK(\"http://x\",\"点我\")")
        text = text.replacingOccurrences(of: "公交政策性亏损补贴", with: "\u{3000}+cmd|' /C calc'!A0")
        FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        let r = try Binary.run(["export", "-f", "csv", file])
        #expect(r.status == 0)
        let rows = r.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.contains { $0.hasPrefix("'+cmd|' /C calc'!A0,") })
        #expect(rows.contains { $0.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",") })
        for row in rows { #expect(!row.hasPrefix("+") && !row.contains(",=") && !row.contains(",\"=") && !row.contains(",+"), "\(row)") }
        let raw = try Binary.run(["export", "-f", "csv", "--raw-csv", file])
        #expect(raw.stdout.contains("\r\n+cmd|' /C calc'!A0,"))
    }
}

/// A terminal without an alternate screen keeps what was drawn last: the browser wipes it on
/// exit, so the shell's prompt comes back on a clean screen, at the top.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct NoAlternateScreenTests {
    @Test(arguments: ["vt100", "linux", "ansi"])
    func exitLeavesTheScreenClean(term: String) throws {
        let tmux = try Tmux(width: 80, height: 24)
        defer { tmux.kill() }
        tmux.type("TERM=\(term) \(Binary.path) \(Binary.sample)")
        tmux.key("Enter")
        #expect(tmux.waitFor("公交政策性亏损补贴"), "\(tmux.screen())")
        tmux.key("q")
        #expect(tmux.waitFor("JIXIAO-PROMPT$", lastLine: true), "\(tmux.screen())")
        let lines = tmux.screen().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("JIXIAO-PROMPT$") == true, "not cleared and homed: \(lines)")
        #expect(!lines.contains { $0.contains("公交政策性亏损补贴") || $0.contains("项目名称") }, "\(lines)")
    }
}
