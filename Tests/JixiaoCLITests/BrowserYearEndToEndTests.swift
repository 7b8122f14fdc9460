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
