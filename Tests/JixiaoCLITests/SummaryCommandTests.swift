import Foundation
import Testing

/// `jixiao summary` with the real binary: its totals are the sums of the forms' funds as
/// `export` writes them (summed here, independently of the library).
@Suite struct SummaryCommandTests {
    /// Per department code: forms, annual and implementation totals (元), indicators — from `export` JSON.
    static func exportTotals(_ paths: [String]) throws -> [String: [Double]] {
        let r = try Binary.run(["export"] + paths)
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        var out: [String: [Double]] = [:]
        for f in try #require(doc["forms"] as? [[String: Any]]) {
            let code = try #require((f["department"] as? [String: Any])?["code"] as? String)
            let funds = try #require(f["funds"] as? [String: Any]).compactMapValues { $0 as? [String: Any] }
            let sides = try #require(f["indicators"] as? [String: Any])
            let inds = ["implementation", "annual"].compactMap { sides[$0] as? [Any] }
            var t = out[code] ?? [0, 0, 0, 0]
            t[0] += 1
            t[1] += (funds["annual"]?["total"] as? NSNumber)?.doubleValue ?? 0
            t[2] += (funds["implementation"]?["total"] as? NSNumber)?.doubleValue ?? 0
            t[3] += Double(inds.map(\.count).reduce(0, +))
            out[code] = t
        }
        return out
    }

    @Test func jsonTotalsEqualTheSumOfTheForms() throws {
        let expected = try Self.exportTotals([Binary.sample])
        let r = try Binary.run(["summary", "--format", "json", Binary.sample])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try #require(doc["departments"] as? [[String: Any]])
        #expect(rows.compactMap { $0["code"] as? String } == expected.keys.sorted())
        func figures(_ row: [String: Any]) -> [Double] {
            [(row["forms"] as? NSNumber)?.doubleValue ?? -1,
             ((row["annual"] as? [String: Any])?["yuan"] as? NSNumber)?.doubleValue ?? -1,
             ((row["implementation"] as? [String: Any])?["yuan"] as? NSNumber)?.doubleValue ?? -1,
             (row["indicators"] as? NSNumber)?.doubleValue ?? -1]
        }
        for row in rows {
            let code = try #require(row["code"] as? String)
            #expect(figures(row) == expected[code], "\(code)")
        }
        let total = try #require(doc["total"] as? [String: Any])
        let sums = expected.values.reduce([0, 0, 0, 0]) { a, b in zip(a, b).map(+) }
        #expect(figures(total) == sums)
        #expect(sums[1] == 122_588_800)  // the sample's 年度 total, as printed on its seven forms
        // The findings are those of `check`.
        let check = try Binary.run(["check", "--format", "json", Binary.sample])
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])?["summary"] as? [String: Any])
        let findings = try #require(total["findings"] as? [String: Any])
        for key in ["error", "warning", "info"] {
            #expect((findings[key] as? NSNumber)?.intValue == (summary[key + "s"] as? NSNumber ?? summary[key] as? NSNumber)?.intValue, "\(key) \(summary)")
        }
    }

    @Test func textTableShowsWanWithTwoDecimalsAndATotal() throws {
        let r = try Binary.run(["summary", Binary.sample])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("主管部门") == true)
        let total = try #require(lines.last)
        #expect(total.hasPrefix("合计"))
        #expect(total.contains("12,258.88") && total.contains("14,355.74"))  // 122,588,800 and 143,557,400 元
        #expect(lines.allSatisfy { Binary.columns($0) <= 80 })
        let rows = lines.filter { !$0.hasPrefix("─") }
        #expect(Set(rows.map(Binary.columns)).count == 1)  // right-aligned: every row ends at the same column
        #expect(lines.contains { $0.hasPrefix("040-") && $0.contains("3,077.08") })
    }

    @Test func csvAndOptions() throws {
        let csv = try Binary.run(["summary", "-f", "csv", "--bom", Binary.sample])
        #expect(csv.stdoutBytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 + 7 + 1)
        // The findings' counts are those `check` reports for the same forms.
        let check = try Binary.run(["check", "--format", "json", Binary.sample])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let s = try #require(doc["summary"] as? [String: Any])
        let counts = ["errors", "warnings", "infos"].map { (s[$0] as? NSNumber)?.intValue ?? -1 }
        #expect(lines.last == ",合计,7,122588800,7,143557400,7,120,\(counts[0]),\(counts[1]),\(counts[2])")
        let ignored = try Binary.run(["summary", "-f", "csv", "--ignore", "funds-sum,side-empty,narrative-duplicate,placeholder-target", Binary.sample])
        #expect(ignored.status == 0)
        #expect(ignored.stdout != csv.stdout.dropFirst())
        let bad = try Binary.run(["summary", "--ignore", "no-such-rule", Binary.sample])
        #expect(bad.status == 64)
    }

    @Test func listFooterHasTheSameTotal() throws {
        let r = try Binary.run(["list", Binary.sample])
        let footer = try #require(r.stdout.split(separator: "\n").last)
        #expect(footer.contains("合计 7 表 · 7 个部门"))
        #expect(footer.contains("12,258.88"))
        #expect(footer.hasSuffix(" 120"))
    }
}

/// One numbering: `list`'s first column is what `show '#N'` and `--index N` take; digits never
/// match inside a department code; a mistyped subcommand is a usage error.
@Suite struct NumberingTests {
    @Test func showTakesTheListNumber() throws {
        let list = try Binary.run(["list", Binary.sample]).stdout.split(separator: "\n").map(String.init)
        for n in 1...7 {
            let row = list[n]
            #expect(row.hasPrefix("\(n) "))
            let byHash = try Binary.run(["show", "#\(n)", Binary.sample])
            let byIndex = try Binary.run(["show", "--index", "\(n)", Binary.sample])
            #expect(byHash.status == 0 && byIndex.status == 0)
            #expect(byHash.stdout == byIndex.stdout)
            #expect(byHash.stdout.contains("编号            #\(n) / 7"))
            // The card is of the form on that row: its project (as the list shows it, maybe cut) starts the card.
            let project = row.dropFirst(3).prefix { $0 != " " && $0 != "…" }
            #expect(byHash.stdout.hasPrefix(String(project)), "\(n): \(row)")
        }
        let out = try Binary.run(["show", "#8", Binary.sample])
        #expect(out.status == 1)
        #expect(out.stderr.contains("没有第 8 个表"))
        let twoFiles = try Binary.run(["show", "--index", "10", Binary.sample, Binary.sample])
        #expect(twoFiles.status == 0)
        #expect(twoFiles.stdout.contains("#10 / 14"))
        #expect(twoFiles.stdout.hasPrefix("公交政策性亏损补贴"))  // 10 = the second file's third form
    }

    @Test func digitsMatchACodeOnlyWhenEqual() throws {
        let three = try Binary.run(["show", "3", Binary.sample])
        #expect(three.status == 1)  // no code is 3; 033 and 005-…3… are not matched silently
        #expect(three.stdout.isEmpty)
        #expect(three.stderr.contains("show '#3'"))
        let code = try Binary.run(["show", "033", Binary.sample])
        #expect(code.status == 0)
        #expect(code.stdout.contains("033-阳泉市发展和改革委员会"))
        #expect(code.stdout.contains("#6 / 7"))
    }

    @Test func ambiguousQueryListsCandidatesWithTheirNumbers() throws {
        let r = try Binary.run(["show", "阳泉市", Binary.sample])
        #expect(r.status == 1)
        let rows = r.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(rows.map { $0.prefix { $0 != " " } } == ["2", "3", "4", "5", "6", "7"])
        #expect(!r.stdout.contains("合计"))
    }

    @Test func mistypedSubcommandIsAUsageError() throws {
        for (typo, meant) in [("chek", "check"), ("lsit", "list"), ("summry", "summary"), ("exprot", "export")] {
            let r = try Binary.run([typo, Binary.sample])
            #expect(r.status == 64, "\(typo)")
            #expect(r.stderr.contains("未知命令 “\(typo)”，是否要用 \(meant)？"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test func anExistingPathIsNeverASubcommand() throws {
        let dir = try Binary.tempDir()
        let sample = try Data(contentsOf: URL(fileURLWithPath: Binary.sample))
        try sample.write(to: dir.appendingPathComponent("chek"))
        // A file named like a typo is read as a file (run in its folder, as a user would).
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Binary.path)
        p.arguments = ["chek"]
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text.contains("公交政策性亏损补贴"))
        // A subcommand's own name is the subcommand, not a path.
        let list = try Binary.run(["list", Binary.sample])
        #expect(list.stdout.contains("合计"))
    }
}
