import Foundation
import Testing

/// `jixiao check` end to end: output shape, exit codes, options.
@Suite struct CheckCommandTests {
    /// The 购买…公共文化服务 form alone (lines 125–158 of the sample): no error-level finding.
    static func cultureForm() throws -> String {
        let lines = try String(contentsOfFile: Binary.sample, encoding: .utf8).components(separatedBy: "\n")
        let dir = try Binary.tempDir()
        let file = dir.appendingPathComponent("culture.txt")
        try Data((lines[124..<158].joined(separator: "\n") + "\n").utf8).write(to: file)
        return file.path
    }

    @Test func sampleHasErrorsAndExitsOne() throws {
        let r = try Binary.run(["check", Binary.sample])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > 10)
        #expect(lines.allSatisfy { $0.hasPrefix("error ") || $0.hasPrefix("warning ") || $0.hasPrefix("info ") })
        #expect(lines.contains { $0.contains("人才工作经费") && $0.contains("funds-one-year-mismatch") && $0.contains("58,372,000") })
        #expect(lines.contains { $0.contains(Binary.sample + ":246") && $0.contains("time-target-past") })
        // The summary goes to stderr, so stdout holds only findings.
        #expect(r.stderr.contains("7 forms checked"))
        let quiet = try Binary.run(["check", "-q", Binary.sample])
        #expect(quiet.stderr.isEmpty && quiet.stdout == r.stdout)
    }

    @Test func columnsAreAligned() throws {
        let r = try Binary.run(["check", Binary.sample])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let ruleIDs = try Binary.run(["check", "--list-rules"]).stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        // The rule column starts at the same display column on every line, CJK projects included.
        let starts = lines.map { line -> Int in
            let id = ruleIDs.first { line.contains("  \($0)  ") }!
            return Binary.columns(String(line[..<line.range(of: "  \(id)  ")!.lowerBound]))
        }
        #expect(Set(starts).count == 1, "\(lines)")
    }

    @Test func noErrorExitsZero() throws {
        let r = try Binary.run(["check", try Self.cultureForm()])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(!r.stdout.contains("error "))
    }

    @Test func ignoringTheErrorRulesExitsZero() throws {
        let errorRules = try Binary.run(["check", "--list-rules"]).stdout.split(separator: "\n")
            .filter { $0.contains(" error ") }.map { String($0.split(separator: " ")[0]) }
        #expect(errorRules.contains("funds-sum"))
        let r = try Binary.run(["check", "--ignore", errorRules.joined(separator: ","), Binary.sample])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("error "))
        // Repeated --ignore works as well as commas.
        let repeated = try Binary.run(["check"] + errorRules.flatMap { ["--ignore", $0] } + [Binary.sample])
        #expect(repeated.status == 0 && repeated.stdout == r.stdout)
    }

    @Test func ignoreDropsOneRule() throws {
        let all = try Binary.run(["check", Binary.sample])
        #expect(all.stdout.contains("narrative-duplicate"))
        let r = try Binary.run(["check", "--ignore", "narrative-duplicate", Binary.sample])
        #expect(!r.stdout.contains("narrative-duplicate"))
        #expect(r.stdout.split(separator: "\n").count == all.stdout.split(separator: "\n").count - 5)
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

    @Test func jsonIsValidAndMatchesTheText() throws {
        let r = try Binary.run(["check", "--format", "json", Binary.sample])
        #expect(r.status == 1)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(doc["findings"] as? [[String: Any]])
        let summary = try #require(doc["summary"] as? [String: Any])
        let text = try Binary.run(["check", Binary.sample]).stdout.split(separator: "\n")
        #expect(findings.count == text.count)
        #expect(summary["forms"] as? Int == 7)
        #expect(summary["errors"] as? Int == findings.filter { $0["severity"] as? String == "error" }.count)
        for f in findings {
            #expect(["error", "warning", "info"].contains(f["severity"] as? String ?? ""))
            #expect(f["file"] as? String == Binary.sample)
            #expect((f["line"] as? Int ?? 0) > 0)
            #expect(f["formIndex"] is Int && f["rule"] is String && f["message"] is String && f["project"] is String)
        }
        let time = try #require(findings.first { $0["rule"] as? String == "time-target-past" })
        #expect(time["line"] as? Int == 246 && time["project"] as? String == "农村饮水安全项目（市本级）")
        let rules = try Binary.run(["check", "--list-rules", "-f", "json"])
        let list = try #require((try JSONSerialization.jsonObject(with: Data(rules.stdout.utf8)) as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(list.count >= 20 && list.allSatisfy { $0["rationale"] is String && $0["severity"] is String })
    }

    @Test func minSatisfactionMovesTheThreshold() throws {
        let normal = try Binary.run(["check", Binary.sample])
        #expect(!normal.stdout.contains("satisfaction-low"))
        // The sample's satisfaction targets are ≥95% (four forms), ≥90% (two) and 100% (one).
        // At 96 the ≥95% rows fall below: one finding a row, two for 人才 whose 年度 name is cut.
        let strict = try Binary.run(["check", "--min-satisfaction", "96", Binary.sample])
        let low = strict.stdout.split(separator: "\n").filter { $0.contains("satisfaction-low") }
        #expect(low.count == 7)
        #expect(low.allSatisfy { $0.contains("below 96%") })
        let ninetyOne = try Binary.run(["check", "--min-satisfaction", "91", Binary.sample])
        #expect(ninetyOne.stdout.split(separator: "\n").filter { $0.contains("satisfaction-low") }.count == 2)
        #expect(try Binary.run(["check", "--min-satisfaction", "150", Binary.sample]).status == 64)
    }

    @Test func listRulesNeedsNoInput() throws {
        let r = try Binary.run(["check", "--list-rules"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count >= 20)
        #expect(lines.first?.hasPrefix("funds-sum") == true)
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

}
