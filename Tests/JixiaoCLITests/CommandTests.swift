import Foundation
import Testing

/// The command line end to end: subcommands, formats, exit codes, errors, sanitizing.
@Suite struct CommandTests {
    @Test func exportJSONReadsTheSample() throws {
        let r = try Binary.run(["export", Binary.sample])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let forms = try #require(doc["forms"] as? [[String: Any]])
        #expect(forms.count == 7)
        #expect(forms[2]["project"] as? String == "公交政策性亏损补贴")
    }

    @Test func exportJSONLinesAndCSV() throws {
        let jsonl = try Binary.run(["export", "--format", "jsonl", Binary.sample])
        #expect(jsonl.stdout.split(separator: "\n").count == 7)
        let csv = try Binary.run(["export", "-f", "csv", Binary.sample])
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "项目名称,主管部门,期间,一级指标,二级指标,三级指标,指标值")
        #expect(lines.dropFirst().first?.contains(",实施期,") == true)
        let english = try Binary.run(["export", "-f", "csv", "--lang", "en", Binary.sample])
        #expect(english.stdout.hasPrefix("project,department,side,tier1,tier2,name,value\r\n"))
        #expect(english.stdout.contains(",implementation,"))
        #expect(lines.count == 1 + 120)
        // A name holding commas is quoted.
        #expect(lines.contains { $0.contains("\"营造全市尊重视人才的氛围,调动人才干事创业的热情,推动全市经济社会稳步发展\"") })
        let bom = try Binary.run(["export", "-f", "csv", "--bom", Binary.sample])
        #expect(bom.stdoutBytes.prefix(3) == [0xEF, 0xBB, 0xBF])
    }

    @Test func listIsAlignedAndFitsTheWidth() throws {
        let r = try Binary.run(["list", Binary.sample])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 7 + 2)  // header, forms, rule, 合计
        #expect(lines.allSatisfy { Binary.columns($0) <= 80 })
        // The funds column ends at the same display column on every row, the 合计 row included.
        let rows = lines.dropFirst().filter { !$0.hasPrefix("─") }
        let ends = rows.map { line -> Int in
            let beforeCount = line[..<line.range(of: " ", options: .backwards)!.lowerBound]
            return Binary.columns(String(beforeCount.reversed().drop { $0 == " " }.reversed()))
        }
        #expect(Set(ends).count == 1)
        #expect(lines[3].contains("公交政策性亏损补贴") && lines[3].contains("3,077.08"))
        #expect(lines.last?.contains("合计 7 表") == true)
    }

    @Test func bareCommandPrintsTheListWhenPiped() throws {
        let r = try Binary.run([Binary.sample])
        #expect(r.status == 0)
        #expect(r.stdout == (try Binary.run(["list", Binary.sample])).stdout)
    }

    @Test func browseTakesTheCheckOptions() throws {
        // Piped, the browser prints the list; the check options are still validated.
        let ok = try Binary.run(["--ignore", "side-empty,funds-sum", "--min-satisfaction", "80", Binary.sample])
        #expect(ok.status == 0)
        #expect(ok.stdout == (try Binary.run(["list", Binary.sample])).stdout)
        let unknown = try Binary.run(["browse", "--ignore", "no-such-rule", Binary.sample])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("未知规则 no-such-rule"))
        let percent = try Binary.run(["--min-satisfaction", "120", Binary.sample])
        #expect(percent.status == 64)
    }

    @Test func showPrintsOneCard() throws {
        let r = try Binary.run(["show", "公交", Binary.sample])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("公交政策性亏损补贴\n"))
        #expect(r.stdout.contains("立项依据"))
        #expect(r.stdout.contains("2011年经政府批准"))
        #expect(r.stdout.contains("年运营公里数"))
        #expect(r.stdout.contains("30,770,800"))
        #expect(r.stdout.split(separator: "\n").allSatisfy { Binary.columns(String($0)) <= 80 })
        let byCode = try Binary.run(["show", "040", Binary.sample])
        #expect(byCode.stdout == r.stdout)
    }

    @Test func showWithSeveralMatchesListsThemAndFails() throws {
        let r = try Binary.run(["show", "阳泉市", Binary.sample])
        #expect(r.status == 1)
        #expect(r.stderr.contains("6 个项目匹配“阳泉市”"))
        #expect(r.stdout.contains("城乡居民养老出入口补") == false || r.stdout.contains("#"))
        let all = try Binary.run(["show", "--all", "阳泉市", Binary.sample])
        #expect(all.status == 0)
        #expect(all.stdout.components(separatedBy: "绩效指标").count - 1 >= 2)
        let none = try Binary.run(["show", "不存在的项目", Binary.sample])
        #expect(none.status == 1)
        #expect(none.stderr.contains("没有匹配“不存在的项目”的项目"))
    }

    @Test func errorsNameThePathAndExitTwoWhenNothingIsRead() throws {
        let dir = try Binary.tempDir()
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let binary = dir.appendingPathComponent("x.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: binary)
        let noForm = dir.appendingPathComponent("notes.txt")
        try Data("会议纪要\n".utf8).write(to: noForm)

        for (path, words) in [("/nonexistent/a.txt", "没有这个文件"), (empty.path, "没有可读取的 .txt"), (binary.path, "二进制文件"), (noForm.path, "未找到表格")] {
            let r = try Binary.run(["list", path])
            #expect(r.status == 2, "\(path)")
            #expect(r.stderr.contains(path), "\(r.stderr)")
            #expect(r.stderr.contains(words), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 2)  // the problem, then the summary
        }
        let mixed = try Binary.run(["list", "/nonexistent/a.txt", Binary.sample])
        #expect(mixed.status == 0)
        #expect(mixed.stderr.contains("/nonexistent/a.txt"))
        #expect(mixed.stdout.contains("公交政策性亏损补贴"))
    }

    @Test func foldersAreReadRecursivelyInPathOrder() throws {
        let dir = try Binary.tempDir()
        let sub = dir.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let sample = try Data(contentsOf: URL(fileURLWithPath: Binary.sample))
        try sample.write(to: sub.appendingPathComponent("2.txt"))
        try sample.write(to: dir.appendingPathComponent("a.txt"))
        try Data("ignored".utf8).write(to: dir.appendingPathComponent("readme.md"))
        let r = try Binary.run(["export", "-f", "jsonl", dir.path])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 14)
        #expect(lines.first?.contains("a.txt") == true)
        #expect(lines.last?.contains("b/2.txt") == true)
    }

    @Test func untrustedTextNeverReachesTheTerminalRaw() throws {
        let dir = try Binary.tempDir()
        let evil = "\u{1B}]0;pwned\u{07}公交\u{202E}反向\u{1B}[31m红"
        let text = try String(contentsOfFile: Binary.sample, encoding: .utf8).replacingOccurrences(of: "公交政策性亏损补贴", with: evil)
        let file = dir.appendingPathComponent("evil.txt")
        try Data(text.utf8).write(to: file)
        let before = try Data(contentsOf: file)
        for args in [["list"], ["show", "pwned"], ["export", "-f", "csv"], ["export"], ["export", "-f", "jsonl"]] {
            let r = try Binary.run(args + [file.path])
            #expect(r.status == 0, "\(args)")
            #expect(!r.stdoutBytes.contains(0x1B), "\(args) wrote ESC")
            #expect(!r.stdoutBytes.contains(0x07), "\(args) wrote BEL")
            #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x202E }, "\(args) wrote a bidi control")
        }
        let json = try Binary.run(["export", file.path])
        #expect(json.stdout.contains("\\u001b]0;pwned\\u0007"))  // the data is kept, escaped
        #expect(try Data(contentsOf: file) == before)  // inputs are never written
    }

    @Test func usageErrorsExit64() throws {
        let r = try Binary.run(["export", "--format", "xml", Binary.sample])
        #expect(r.status == 64)
    }

}

/// `show` ends its card with the form's review findings.
@Suite struct ShowFindingsTests {
    @Test func cardListsFindings() throws {
        let r = try Binary.run(["show", "农村饮水", Binary.sample])
        #expect(r.status == 0)
        let tail = r.stdout.components(separatedBy: "\n问题").last ?? ""
        #expect(tail.contains("placeholder-target"))
        #expect(tail.contains("filed-at-invalid"))
        // Grouped under the review headings; most severe first within one.
        let completeness = try #require(tail.components(separatedBy: "  完整性（").last?.components(separatedBy: "\n  相关性").first)
        let error = try #require(completeness.range(of: "    错误 第247行"))
        let warning = try #require(completeness.range(of: "    警告 第253行"))
        #expect(error.lowerBound < warning.lowerBound)
        let vague = try Binary.run(["show", "戏剧", Binary.sample])
        #expect(vague.stdout.contains("问题（4）") && vague.stdout.contains("  相关性（4）"))
    }
}
