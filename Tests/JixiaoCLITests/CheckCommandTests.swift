import Foundation
import Testing

/// `jixiao check` end to end: a reviewer's list grouped by heading, width, languages, exit
/// codes, options, JSON with outcomes.
@Suite struct CheckCommandTests {
    /// The 购买…公共文化服务 form alone (lines 125–158 of the sample): no error-level finding.
    static func cultureForm() throws -> String {
        let lines = try String(contentsOfFile: Binary.sample, encoding: .utf8).components(separatedBy: "\n")
        let dir = try Binary.tempDir()
        let file = dir.appendingPathComponent("culture.txt")
        try Data((lines[124..<158].joined(separator: "\n") + "\n").utf8).write(to: file)
        return file.path
    }

    /// The rule ids that end the lines of a text report, one per finding, in order.
    static func rules(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
            let id = line[line.index(after: open)..<line.index(before: line.endIndex)]
            return id.allSatisfy({ $0.isLowercase || $0 == "-" }) && !id.isEmpty ? String(id) : nil
        }
    }

    @Test func sampleReadsAsAChineseReviewersList() throws {
        let r = try Binary.run(["check", Binary.sample])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Piped: every line fits 80 columns.
        #expect(lines.allSatisfy { Binary.columns($0) <= 80 }, "\(lines.filter { Binary.columns($0) > 80 })")
        // One title per form with findings (#N as in `list`), then the headings in their order.
        #expect(lines.filter { $0.hasPrefix("#") }.count == 7)
        #expect(lines.contains("#2 人才工作经费"))
        for heading in ["  完整性（", "  相关性（", "  适当性（", "  可行性（"] { #expect(lines.contains { $0.hasPrefix(heading) }, "\(heading)") }
        // Severities in Chinese; each finding points at its field's line.
        #expect(lines.contains { $0.hasPrefix("    错误 Samples/yangquan-2026.txt:22 年度目标为空") || $0.hasPrefix("    错误 \(Binary.sample):22 年度目标为空") })
        #expect(r.stdout.contains(":253 填报日期「2025122620250」"))
        #expect(r.stdout.contains(":246 实施期和年度：「截至2025年12月底"))
        #expect(!r.stdout.contains("error ") && !r.stdout.contains("warning "))
        // The summary goes to stderr in Chinese, with the count under each heading.
        #expect(r.stderr.contains("共检查 7 个项目：错误 6 个"))
        #expect(r.stderr.contains("完整性 ") && r.stderr.contains(" · 可行性 "))
        let quiet = try Binary.run(["check", "-q", Binary.sample])
        #expect(quiet.stderr.isEmpty && quiet.stdout == r.stdout)
    }

    @Test func linesWrapToColumns() throws {
        for width in [60, 80, 100] {
            let r = try Binary.run(["check", Binary.sample], env: ["COLUMNS": "\(width)"])
            let lines = r.stdout.split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { Binary.columns($0) <= width }, "\(width)")
            #expect(Self.rules(r.stdout).count == Self.rules(try Binary.run(["check", Binary.sample]).stdout).count)
        }
        // Paths under the working directory are shown relative.
        let r = try Binary.run(["check", Binary.sample], env: ["COLUMNS": "200"])
        let cwd = FileManager.default.currentDirectoryPath
        if Binary.sample.hasPrefix(cwd + "/") {
            #expect(!r.stdout.contains(cwd + "/"))
        }
    }

    @Test func englishOnRequest() throws {
        let zh = try Binary.run(["check", Binary.sample])
        for (args, env) in [(["check", "--lang", "en", Binary.sample], [String: String]()), (["check", Binary.sample], ["JIXIAO_LANG": "en"])] {
            let en = try Binary.run(args, env: env)
            #expect(en.status == zh.status)
            #expect(en.stdout.contains("  Completeness (") && en.stdout.contains("  Appropriateness ("))
            #expect(en.stdout.contains("    error ") && en.stdout.contains("年度目标 is empty"))
            #expect(!en.stdout.contains("错误") && !en.stdout.contains("警告"))
            #expect(en.stderr.contains("7 forms checked: 6 errors"))
            // The same findings in the same order.
            #expect(Self.rules(en.stdout) == Self.rules(zh.stdout))
        }
        // --lang beats JIXIAO_LANG.
        let forced = try Binary.run(["check", "--lang", "zh", Binary.sample], env: ["JIXIAO_LANG": "en"])
        #expect(forced.stdout == zh.stdout)
        let rules = try Binary.run(["check", "--list-rules", "--lang", "en"])
        #expect(rules.stdout.contains("funds-sum") && rules.stdout.contains("Feasibility") && !rules.stdout.contains("可行性"))
    }

    @Test func newRulesFireOnTheSample() throws {
        let r = try Binary.run(["check", Binary.sample])
        let forms = r.stdout.components(separatedBy: "\n#")
        let culture = try #require(forms.first { $0.contains("戏剧和歌舞") })
        #expect(Self.rules(culture).filter { $0 == "vague-target" }.count == 4)
        let waste = try #require(forms.first { $0.contains("垃圾焚烧发电厂") })
        #expect(waste.contains("年度：单位成本 110元/吨/年（取自实施期）"))
        #expect(Self.rules(waste).filter { $0 == "unit-cost-over-funds" }.count == 1)
        let gas = try #require(forms.first { $0.contains("华润燃气") })
        #expect(!Self.rules(gas).contains("unit-cost-over-funds"))
    }

    @Test func noErrorExitsZero() throws {
        let r = try Binary.run(["check", try Self.cultureForm()])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(!r.stdout.contains("    错误 "))
    }

    @Test func requireCostMakesAMissingCostIndicatorAnError() throws {
        let dir = try Binary.tempDir()
        let text = try String(contentsOfFile: try Self.cultureForm(), encoding: .utf8)
            .components(separatedBy: "\n").filter { !$0.contains("预算控制率") }.joined(separator: "\n")
        let file = dir.appendingPathComponent("nocost.txt")
        try Data(text.utf8).write(to: file)
        let lenient = try Binary.run(["check", file.path])
        #expect(lenient.status == 0)
        #expect(Self.rules(lenient.stdout).contains("cost-indicator-missing"))
        let strict = try Binary.run(["check", "--require-cost", file.path])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("    错误 ") && strict.stdout.contains("没有成本指标"))
    }

    @Test func ignoringTheErrorRulesExitsZero() throws {
        let errorRules = try Binary.run(["check", "--list-rules"]).stdout.split(separator: "\n")
            .filter { $0.contains(" 错误 ") }.map { String($0.split(separator: " ")[0]) }
        #expect(errorRules.contains("funds-sum"))
        let r = try Binary.run(["check", "--ignore", errorRules.joined(separator: ","), Binary.sample])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("    错误 "))
        // Repeated --ignore works as well as commas.
        let repeated = try Binary.run(["check"] + errorRules.flatMap { ["--ignore", $0] } + [Binary.sample])
        #expect(repeated.status == 0 && repeated.stdout == r.stdout)
    }

    @Test func ignoreDropsOneRule() throws {
        let all = try Binary.run(["check", Binary.sample])
        #expect(Self.rules(all.stdout).filter { $0 == "narrative-duplicate" }.count == 5)
        let r = try Binary.run(["check", "--ignore", "narrative-duplicate", Binary.sample])
        #expect(!r.stdout.contains("narrative-duplicate"))
        #expect(Self.rules(r.stdout).count == Self.rules(all.stdout).count - 5)
        let bad = try Binary.run(["check", "--ignore", "no-such-rule", Binary.sample])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("no-such-rule"))
    }

    @Test func nothingReadExitsTwo() throws {
        let r = try Binary.run(["check", "/nonexistent/forms.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/forms.txt"))
        #expect(r.stdout.isEmpty)
        let none = try Binary.run(["check"])
        #expect(none.status == 64)
    }

    @Test func jsonHasFindingsAndOutcomes() throws {
        let r = try Binary.run(["check", "--format", "json", Binary.sample])
        #expect(r.status == 1)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(doc["findings"] as? [[String: Any]])
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect(findings.count == Self.rules(try Binary.run(["check", Binary.sample]).stdout).count)
        #expect(summary["forms"] as? Int == 7)
        #expect(summary["errors"] as? Int == findings.filter { $0["severity"] as? String == "error" }.count)
        let byHeading = try #require(summary["byHeading"] as? [String: Int])
        #expect(byHeading.values.reduce(0, +) == findings.count)
        for f in findings {
            #expect(["error", "warning", "info"].contains(f["severity"] as? String ?? ""))
            #expect(["completeness", "relevance", "appropriateness", "feasibility"].contains(f["heading"] as? String ?? ""))
            #expect(f["file"] as? String == Binary.sample)
            #expect((f["line"] as? Int ?? 0) > 0)
            #expect(f["formIndex"] is Int && f["rule"] is String && f["message"] is String && f["project"] is String)
        }
        let time = try #require(findings.first { $0["rule"] as? String == "time-target-past" })
        #expect(time["line"] as? Int == 246 && time["project"] as? String == "农村饮水安全项目（市本级）")
        #expect((time["message"] as? String)?.contains("早于 2026 预算年度") == true)
        // Outcomes: every rule on every form, failed / passed / notChecked with a reason.
        let outcomes = try #require(doc["outcomes"] as? [[String: Any]])
        #expect(outcomes.count == 7)
        let ruleCount = try Self.ruleIDs().count
        for (i, o) in outcomes.enumerated() {
            let rules = try #require(o["rules"] as? [[String: Any]])
            #expect(o["formIndex"] as? Int == i && rules.count == ruleCount)
            let failed = Set(rules.filter { $0["outcome"] as? String == "failed" }.compactMap { $0["rule"] as? String })
            let found = Set(findings.filter { $0["formIndex"] as? Int == i }.compactMap { $0["rule"] as? String })
            #expect(failed == found)
            for r in rules where r["outcome"] as? String == "notChecked" { #expect((r["reason"] as? String)?.isEmpty == false) }
        }
        // The pension form has no 年度 indicators: the rules that compare sides did not pass.
        let pension = try #require((outcomes[0]["rules"] as? [[String: Any]])?.first { $0["rule"] as? String == "side-unmatched" })
        #expect(pension["outcome"] as? String == "notChecked")
        let en = try Binary.run(["check", "--format", "json", "--lang", "en", Binary.sample])
        #expect(en.stdout.contains("\"outcome\"") && en.stdout.contains("one side has no indicators to compare with"))
        let rules = try Binary.run(["check", "--list-rules", "-f", "json"])
        let list = try #require((try JSONSerialization.jsonObject(with: Data(rules.stdout.utf8)) as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(list.count == ruleCount && list.allSatisfy { $0["rationale"] is String && $0["severity"] is String && $0["heading"] is String })
    }

    static func ruleIDs() throws -> [String] {
        try Binary.run(["check", "--list-rules"]).stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { String($0.split(separator: " ")[0]) }
    }

    @Test func minSatisfactionMovesTheThreshold() throws {
        let normal = try Binary.run(["check", Binary.sample])
        #expect(!normal.stdout.contains("satisfaction-low"))
        // The sample's satisfaction targets are ≥95% (four forms), ≥90% (two) and 100% (one).
        // At 96 the ≥95% rows fall below: one finding a row, two for 人才 whose 年度 name is cut.
        let strict = try Binary.run(["check", "--min-satisfaction", "96", Binary.sample])
        #expect(Self.rules(strict.stdout).filter { $0 == "satisfaction-low" }.count == 7)
        #expect(strict.stdout.contains("低于 96%"))
        let ninetyOne = try Binary.run(["check", "--min-satisfaction", "91", Binary.sample])
        #expect(Self.rules(ninetyOne.stdout).filter { $0 == "satisfaction-low" }.count == 2)
        #expect(try Binary.run(["check", "--min-satisfaction", "150", Binary.sample]).status == 64)
    }

    @Test func listRulesNeedsNoInput() throws {
        let r = try Binary.run(["check", "--list-rules"])
        #expect(r.status == 0)
        let ids = try Self.ruleIDs()
        #expect(ids.count >= 30 && ids.first == "funds-sum")
        #expect(r.stdout.contains("完整性") && r.stdout.split(separator: "\n").allSatisfy { Binary.columns(String($0)) <= 80 })
    }

    @Test func formTextIsSanitized() throws {
        let dir = try Binary.tempDir()
        let text = try String(contentsOfFile: Binary.sample, encoding: .utf8)
            .replacingOccurrences(of: "公交政策性亏损补贴", with: "\u{1B}]0;pwned\u{07}公交")
            .replacingOccurrences(of: "优秀人才对我市\t", with: "优秀\u{1B}[31m人才\t")
        let file = dir.appendingPathComponent("evil.txt")
        try Data(text.utf8).write(to: file)
        let r = try Binary.run(["check", file.path])
        #expect(!r.stdoutBytes.contains(0x1B) && !r.stdoutBytes.contains(0x07))
        #expect(r.stdout.contains("pwned"))
        let json = try Binary.run(["check", "-f", "json", file.path])
        #expect(!json.stdoutBytes.contains(0x1B))
        #expect(json.stdout.contains("\\u001b"))
    }

    @Test func otherCommandsTakeTheLanguageToo() throws {
        let show = try Binary.run(["show", "农村饮水", "--lang", "en", Binary.sample])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Findings (") && show.stdout.contains("  Completeness ("))
        #expect(try Binary.run(["list", "--lang", "en", Binary.sample]).status == 0)
        #expect(try Binary.run(["export", "--lang", "en", "--format", "json", Binary.sample]).status == 0)
    }
}
