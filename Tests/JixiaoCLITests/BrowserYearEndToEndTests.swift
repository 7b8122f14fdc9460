import Foundation
import Testing

/// The real binary in tmux at 160×48 on a generated year of 10,000 forms: the department column,
/// a department filter, `:3`, the summary with its 合计, and `o` through a pager.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct BrowserYearEndToEndTests {
    /// 10,000 forms from `jixiao-gen` (built beside `jixiao`), made once per run.
    static let year: String? = {
        let gen = URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent("jixiao-gen").path
        guard FileManager.default.isExecutableFile(atPath: gen), let dir = try? Binary.tempDir() else { return nil }
        let out = dir.appendingPathComponent("year-10000.txt").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: gen)
        p.arguments = ["--forms", "10000", "--seed", "7", "--out", out]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        p.waitUntilExit()
        return p.terminationStatus == 0 ? out : nil
    }()

    @Test func aYearAt160x48() throws {
        let file = try #require(BrowserYearEndToEndTests.year, "jixiao-gen did not write the year")
        let tmux = try Tmux(width: 160, height: 48)
        defer { tmux.kill() }
        // A pager that notes its arguments, to see what `o` opens.
        let pagerLog = file + ".pager"
        let pager = file + ".pager.sh"
        try "#!/bin/sh\necho \"$@\" > '\(pagerLog)'\n".write(toFile: pager, atomically: true, encoding: .utf8)
        chmod(pager, 0o755)
        tmux.type("PAGER='\(pager)' \(Binary.path) \(file)")
        tmux.key("Enter")
        #expect(tmux.waitFor("1/10,000", timeout: 90), "\(tmux.screen())")
        #expect(tmux.screen().contains("10,000 项"), "\(tmux.screen())")

        // The department column, with codes: row 1 (form 1) shows its department's code.
        var lines = tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1].contains("主管部门"), "\(lines[1])")
        let first = lines[2]
        let code = try #require(Self.departmentCode(inRow: first), "no department code in \(first)")

        // The department picker: type the code, Enter; only that department's forms remain.
        tmux.key("d")
        #expect(tmux.waitFor("（全部）", timeout: 60), "\(tmux.screen())")
        tmux.type(code)
        tmux.key("Enter")
        #expect(tmux.waitFor("筛选 主管部门=\(code) · ", timeout: 60), "\(tmux.screen())")
        lines = tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rows = lines[2..<(lines.count - 1)].filter { Self.formNumber(inRow: $0) != nil }
        #expect(!rows.isEmpty)
        for row in rows { #expect(Self.departmentCode(inRow: row) == code, "\(row)") }

        // :3 lands on form 3 (the filter is cleared when form 3 is not in it).
        tmux.key(":")
        tmux.type("3")
        tmux.key("Enter")
        #expect(tmux.waitFor("第 3 项", timeout: 60), "\(tmux.screen())")
        lines = tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.hasPrefix("▌") && Self.formNumber(inRow: $0) == 3 }, "\(tmux.screen())")

        // o: the pager gets +LINE and the file.
        tmux.key("o")
        Thread.sleep(forTimeInterval: 1)
        let opened = (try? String(contentsOfFile: pagerLog, encoding: .utf8)) ?? ""
        #expect(opened.hasPrefix("+") && opened.contains(file), "pager got: \(opened)")
        #expect(tmux.waitFor("第 3 项", timeout: 60) || tmux.waitFor("已打开", timeout: 60), "the browser came back: \(tmux.screen())")

        // The summary, with its 合计 row over 10,000 forms.
        tmux.key("S")
        #expect(tmux.waitFor("年度汇总", timeout: 60), "\(tmux.screen())")
        #expect(tmux.waitFor("合计", timeout: 60), "\(tmux.screen())")
        #expect(tmux.screen().contains("10,000"), "\(tmux.screen())")
        tmux.key("Escape")
        tmux.key("q")
        #expect(tmux.waitFor("JIXIAO-PROMPT$", lastLine: true), "\(tmux.screen())")
    }

    /// `q` while the year is still being read: the shell is back long before the reading
    /// could have ended (against the time `list -q` takes to read the same file, measured
    /// here), the terminal is sane, and a grade given while the record was loading is saved.
    @Test func quitWhileReading() throws {
        let file = try #require(BrowserYearEndToEndTests.year, "jixiao-gen did not write the year")
        let started = Date()
        let list = try Binary.run(["list", "-q", file])
        let reading = Date().timeIntervalSince(started)
        #expect(list.status == 0)
        let db = try Binary.tempDir().appendingPathComponent("review.sqlite").path
        let tmux = try Tmux(width: 120, height: 30)
        defer { tmux.kill() }
        tmux.launch("--db \(db) --reviewer 张三 \(file)")
        #expect(tmux.waitFor("读取中", timeout: 60), "the first frame while reading: \(tmux.screen())")
        tmux.key("3")  // the first form (the record loads once every form is in)
        #expect(tmux.waitFor("审核记录载入中，载入后即保存：中 修改后重报"), "\(tmux.screen())")
        #expect(tmux.screen().contains("读取中"), "still reading when q is pressed: \(tmux.screen())")
        let pressed = Date()
        tmux.key("q")
        #expect(tmux.waitFor("JIXIAO-PROMPT$", lastLine: true, timeout: 60), "\(tmux.screen())")
        let quitting = Date().timeIntervalSince(pressed)
        #expect(quitting < reading / 3, "q took \(quitting) s; reading the file takes \(reading) s")
        // Cooked mode again: both icanon and echo are on (not -icanon, -echo).
        #expect(tmux.run("echo modes=$(stty -a | tr ' ' '\\n' | grep -cx -e icanon -e echo)").contains("modes=2"), "\(tmux.screen())")
        #expect(tmux.run("pgrep -f '\(file)' > /dev/null; echo rc=$?").contains("rc=1"), "no jixiao left: \(tmux.screen())")
        // The grade is in the record: the first form's project.
        let head = try #require(FileHandle(forReadingAtPath: file)).readData(ofLength: 1 << 16)
        let line = try #require(String(decoding: head, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("项目名称") })
        let project = try #require(line.split(separator: "\t").dropFirst().first)
        var log = try Binary.run(["review", "log", String(project), "--db", db, "--all"])
        #expect(log.stdout.contains("张三  评定 中 修改后重报"), "\(log.stdout)\(log.stderr)")

        // Ctrl-C the same: at once, and the grade given meanwhile is saved too.
        tmux.launch("--db \(db) --reviewer 李四 \(file)")
        #expect(tmux.waitFor("读取中", timeout: 60), "\(tmux.screen())")
        tmux.key("4")
        #expect(tmux.waitFor("审核记录载入中，载入后即保存：差"), "\(tmux.screen())")
        #expect(tmux.screen().contains("读取中"), "still reading when Ctrl-C is pressed: \(tmux.screen())")
        let interrupted = Date()
        tmux.key("C-c")
        #expect(tmux.waitFor("JIXIAO-PROMPT$", lastLine: true, timeout: 60), "\(tmux.screen())")
        #expect(Date().timeIntervalSince(interrupted) < reading / 3)
        log = try Binary.run(["review", "log", String(project), "--db", db, "--all"])
        #expect(log.stdout.contains("李四  评定 差"), "\(log.stdout)\(log.stderr)")
    }

    /// The number at the start of a list row (after the selection bar, if any).
    static func formNumber(inRow row: String) -> Int? {
        let t = row.drop { $0 == "▌" || $0 == " " }
        return Int(t.prefix { $0.isNumber })
    }

    /// The department code in a list row: the first run of three digits followed by a space
    /// and a CJK character, after the project name.
    static func departmentCode(inRow row: String) -> String? {
        let listPart = row.split(separator: "│").first.map(String.init) ?? row
        let chars = Array(listPart)
        guard chars.count > 4 else { return nil }
        for i in 8..<(chars.count - 4) where chars[i - 1] == " " && chars[i...(i + 2)].allSatisfy(\.isNumber) && chars[i + 3] == " " {
            if let u = chars[i + 4].unicodeScalars.first, u.value >= 0x4E00 { return String(chars[i...(i + 2)]) }
        }
        return nil
    }
}
