import Foundation
import Testing
@testable import JixiaoKit

/// The review rules on the seven real forms of the sample: what a reviewer finds by hand.
@Suite struct CheckSampleTests {
    static let forms = FormReader.read(file: TestData.sampleURL.path).forms
    static let findings = Checker.check(forms)

    /// The findings of the form whose project starts with `prefix`.
    func findings(_ prefix: String) -> [Finding] {
        let i = Self.forms.firstIndex { $0.project.hasPrefix(prefix) }!
        return Self.findings[i]
    }

    func has(_ fs: [Finding], _ rule: String, line: Int? = nil, _ words: String...) -> Bool {
        fs.contains { f in f.rule.rawValue == rule && (line == nil || f.location.line == line) && words.allSatisfy { f.message.contains($0) } }
    }

    @Test func manyFormsAreCheckedInParallelAsOneByOne() {
        // 350 forms: past the threshold, so in chunks on all cores; the same findings, in order.
        let many = (0..<50).flatMap { _ in Self.forms }
        let perForm = Checker.check(many)
        #expect(perForm.count == many.count)
        for (i, form) in many.enumerated() {
            var one = Checker.check(form)
            for k in one.indices { one[k].formIndex = i }
            #expect(perForm[i] == one, "form \(i)")
        }
    }

    @Test func pensionTopUp() {
        let fs = findings("城乡居民养老出入口补")
        #expect(has(fs, "funds-all-zero"))
        #expect(has(fs, "side-empty", "年度"))
        #expect(!has(fs, "side-empty", "实施期"))
        #expect(has(fs, "goal-annual-empty"))
        #expect(has(fs, "narrative-duplicate", "项目概况", "项目设立必要性"))
        #expect(has(fs, "narrative-duplicate", "立项依据", "保证项目实施的制度、措施"))
        // No year side to compare with: nothing unmatched, nothing cut.
        #expect(!has(fs, "side-unmatched") && !has(fs, "truncated-cell"))
        #expect(fs.allSatisfy { $0.location.file == TestData.sampleURL.path })
    }

    @Test func talentWork() {
        let fs = findings("人才工作经费")
        #expect(has(fs, "narrative-duplicate", "4个栏目内容相同", "项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施"))
        #expect(has(fs, "truncated-cell", line: 78, "「优秀人才对我市」", "「优秀人才对我市人才政策满意度」"))
        let truncated = fs.first { $0.rule == "truncated-cell" }
        #expect(truncated?.side == .annual)
        #expect(has(fs, "funds-one-year-mismatch", "58,372,000", "43,000,000"))
        #expect(!has(fs, "funds-annual-exceeds"))
    }

    @Test func busSubsidy() {
        let fs = findings("公交政策性亏损补贴")
        #expect(has(fs, "goal-truncated-copy", "年度目标", "实施期目标"))
        // 2024年月票卡亏损额 names a base year, not a deadline; 万元 beside 万元/年 is not a cut.
        #expect(!has(fs, "time-target-past"))
        #expect(!has(fs, "truncated-cell"))
        // The one-sided sub-tables pair up completely.
        #expect(!has(fs, "side-unmatched"))
        #expect(!fs.contains { $0.severity == .error })
    }

    @Test func wasteIncineration() {
        let fs = findings("阳泉市生活垃圾焚烧发电厂生活垃圾处理费")
        #expect(has(fs, "funds-one-year-mismatch", "22,151,600", "16,560,000"))
        #expect(has(fs, "cost-no-number", line: 183, "按合同价", "110元/吨/年"))
    }

    @Test func gasSubsidy() {
        let fs = findings("山西晋东华润燃气")
        #expect(has(fs, "truncated-cell", line: 214, "「完成资金支付时」", "「完成资金支付时间」"))
        #expect(has(fs, "truncated-cell", line: 217, "「保障民生用气稳」"))
        #expect(has(fs, "funds-one-year-mismatch", "8,415,000", "8,410,000"))
        #expect(has(fs, "project-name-repeated", "2024-2025年度供暖季掺混天然气补贴"))
        // ≥90% is at the threshold, not below it.
        #expect(!has(fs, "satisfaction-low"))
    }

    @Test func ruralDrinkingWater() {
        let fs = findings("农村饮水安全项目")
        #expect(has(fs, "filed-at-invalid", line: 253, "2025122620250", "13位数字"))
        #expect(has(fs, "time-target-past", line: 246, "截至2025年12月底", "2025", "2026"))
        #expect(has(fs, "placeholder-target", line: 247, "「是/否」"))
        #expect(has(fs, "narrative-duplicate", "立项依据", "项目设立必要性", "保证项目实施的制度、措施"))
        // Both sides say the same on one row: one finding, not two.
        #expect(fs.filter { $0.rule == "placeholder-target" }.count == 1)
        #expect(fs.first { $0.rule == "placeholder-target" }?.message.hasPrefix("实施期和年度：") == true)
        #expect(fs.first { $0.rule == "placeholder-target" }?.text.rendered(.en).hasPrefix("实施期 and 年度: ") == true)
    }

    @Test func cultureServiceHasNoError() {
        let fs = findings("购买阳泉市戏剧和歌舞创作研究中心公共文化服务")
        #expect(!fs.contains { $0.severity == .error }, "\(fs)")
    }

    @Test func findingsPointAtTheLineOfTheirField() {
        let pension = Self.forms[0]
        #expect(pension.fieldLines[.project] == 7 && pension.fieldLines[.period] == 9 && pension.fieldLines[.fundsTotal] == 10)
        #expect(pension.fieldLines[.overview] == 16 && pension.fieldLines[.plan] == 20)
        #expect(pension.fieldLines[.goals] == 22 && pension.fieldLines[.filedAt] == 36)
        #expect(has(findings("城乡居民养老"), "goal-annual-empty", line: 22))
        #expect(has(findings("城乡居民养老"), "filed-at-out-of-cycle", line: 36))
        #expect(has(findings("城乡居民养老"), "funds-all-zero", line: 10))
        #expect(has(findings("人才工作经费"), "funds-one-year-mismatch", line: 45))
        #expect(has(findings("山西晋东华润燃气"), "project-name-repeated", line: 195))
        // No finding points at a form's title line: every field the sample prints has its line.
        for (i, fs) in Self.findings.enumerated() {
            #expect(fs.allSatisfy { $0.location.line != Self.forms[i].source.line }, "\(fs.filter { $0.location.line == Self.forms[i].source.line })")
        }
    }

    @Test func targetRulesOnTheSample() {
        // 戏剧: its four qualitative targets, on the rows that hold them, both sides at once.
        let culture = findings("购买阳泉市戏剧").filter { $0.rule == "vague-target" }
        #expect(culture.map(\.location.line) == [148, 152, 153, 155])
        #expect(culture.allSatisfy { $0.side == nil && $0.message.hasPrefix("实施期和年度：") })
        #expect(culture.map { $0.message.contains("「良好」") || $0.message.contains("「有效推动」") || $0.message.contains("「显著提升」") || $0.message.contains("「长期影响」") } == [true, true, true, true])
        // 垃圾: the 年度 side's unit cost × quantity is above its money; the 实施期's is not.
        let waste = findings("阳泉市生活垃圾焚烧发电厂").filter { $0.rule == "unit-cost-over-funds" }
        #expect(waste.count == 1 && waste.first?.side == .annual && waste.first?.location.line == 183)
        #expect(waste.first?.message == "年度：单位成本 110元/吨/年（取自实施期） × 数量 200750吨/年 = 2,208.25万元，超过年度资金总额 1,656.00万元")
        #expect(waste.first?.text.rendered(.en).contains("unit cost 110元/吨/年 (from 实施期) × quantity 200750吨/年 = 2,208.25万元") == true)
        // 燃气: 563.40万方 × 1.49元/立方米 = 839.47万元 is within either side's money.
        #expect(!has(findings("山西晋东华润燃气"), "unit-cost-over-funds"))
        // 公交: its losses listed under 数量指标, on each side's row; not its 公里.
        let bus = findings("公交政策性亏损补贴").filter { $0.rule == "money-as-output" }
        #expect(bus.map(\.location.line) == [102, 103, 107, 108])
        // 人才: two subsidies written as floors; not the ≤ one.
        #expect(findings("人才工作经费").filter { $0.rule == "cost-floor" }.map(\.location.line) == [69, 70])
        // 养老: `65岁以上增加2` is no floor; `按月发放` is a schedule.
        #expect(!has(findings("城乡居民养老"), "cost-floor"))
        #expect(!has(findings("城乡居民养老"), "vague-target", line: 27))
        #expect(has(findings("阳泉市生活垃圾焚烧发电厂"), "rate-no-number", line: 182, "垃圾处理及时率"))
    }

    @Test func findingsCarryTheirFormIndexAndProject() {
        for (i, fs) in Self.findings.enumerated() {
            #expect(fs.allSatisfy { $0.formIndex == i && $0.project == Self.forms[i].project })
            // Ordered by line.
            #expect(fs.map(\.location.line) == fs.map(\.location.line).sorted())
        }
        #expect(Checker.check(Self.forms[0]).allSatisfy { $0.formIndex == nil })
    }

    @Test func summaryGivesCountAndWorst() {
        let s = FindingSummary(Self.findings[1])
        #expect(s.worst == .error && s.count == Self.findings[1].count)
        let culture = FindingSummary(findings("购买"))
        #expect(culture.worst != .error)
        #expect(FindingSummary([Finding]()).worst == nil)
        #expect(Severity.allCases.max() == .error && Severity.info < .warning)
    }

    @Test func ignoredRulesDoNotRun() {
        let all = Set(Checker.rules.map(\.id.rawValue))
        let none = Checker.check(Self.forms, options: CheckOptions(ignored: all))
        #expect(none.allSatisfy { $0.isEmpty })
        let some = Checker.check(Self.forms, options: CheckOptions(ignored: ["narrative-duplicate", "funds-one-year-mismatch"]))
        let someIDs = some.joined().map(\.rule.rawValue)
        #expect(!someIDs.contains("narrative-duplicate") && !someIDs.contains("funds-one-year-mismatch"))
        #expect(some.joined().contains { $0.rule == "truncated-cell" })
    }

    @Test func thousandsOfFormsAreCheckedInChunksAsOneByOne() {
        // 10,010 forms through the parallel path: the same count as form by form. (Timing is
        // in docs/benchmarks.md, not here.)
        let many = Array(repeating: Self.forms, count: 1430).flatMap { $0 }
        let total = Checker.check(many).reduce(0) { $0 + $1.count }
        #expect(total == Self.findings.reduce(0) { $0 + $1.count } * 1430)
    }

    @Test func reportIsAReviewersListWithinTheWidth() {
        var form = Self.forms[2]
        form.project = "公交\u{1B}[31m红"
        form.indicators.annual[0].name = "\u{1B}]0;pwned\u{07}"
        var fs = Checker.check(form)
        for k in fs.indices { fs[k].formIndex = 2 }
        let findings = fs + Self.findings[1]
        for width in [60, 80, 120] {
            let lines = FindingReport.lines(findings, width: width, language: .zh)
            #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 })
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width): \(lines.filter { DisplayWidth.of($0) > width })")
            // A title per form, then the headings in order, each finding under its own heading.
            #expect(lines.first == "#3 " + Sanitizer.clean(form.project))
            #expect(lines.contains("#2 人才工作经费"))
            // Every finding appears once, its rule id whole at the end of a line.
            for f in findings {
                #expect(lines.contains { $0.hasSuffix("[\(f.rule.rawValue)]") })
            }
            let ids = Set(findings.map(\.rule.rawValue))
            #expect(lines.filter { l in ids.contains { l.hasSuffix("[\($0)]") } }.count == findings.count)
        }
        let lines = FindingReport.lines(Self.findings[1], width: 80, language: .zh)
        let headings = lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") }.map { String($0.dropFirst(2).prefix(3)) }
        #expect(headings == ["完整性", "相关性", "适当性", "可行性"])
        // Continuation lines start under the text, after severity.
        #expect(lines.filter { $0.hasPrefix("     ") }.allSatisfy { $0.hasPrefix("         ") && !$0.hasPrefix("          ") })
        #expect(lines.contains { $0.hasPrefix("    错误 ") } && lines.contains { $0.hasPrefix("    警告 ") })
        let english = FindingReport.lines(Self.findings[1], width: 80, language: .en)
        #expect(english.contains { $0.hasPrefix("  Completeness (") || $0.hasPrefix("  Completeness（") })
        #expect(english.contains { $0.hasPrefix("    error   ") } && !english.joined().contains("错误"))
    }

    @Test func pathsUnderTheWorkingDirectoryAreShownRelative() {
        #expect(FindingReport.relative("/home/u/data/a.txt", to: "/home/u") == "data/a.txt")
        #expect(FindingReport.relative("/home/u/data/a.txt", to: "/home/u/") == "data/a.txt")
        #expect(FindingReport.relative("/srv/a.txt", to: "/home/u") == "/srv/a.txt")
        #expect(FindingReport.relative("Samples/a.txt", to: "/home/u") == "Samples/a.txt")
        #expect(FindingReport.relative("/home/user2/a.txt", to: "/home/u") == "/home/user2/a.txt")
    }

    @Test func jsonReportIsValid() throws {
        let text = FindingReport.json(Self.findings)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let list = try #require(doc["findings"] as? [[String: Any]])
        #expect(list.count == Self.findings.joined().count)
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect(summary["forms"] as? Int == 7)
        #expect(summary["errors"] as? Int == list.filter { $0["severity"] as? String == "error" }.count)
        #expect(list.allSatisfy { $0["rule"] is String && $0["line"] is Int && $0["formIndex"] is Int })
    }

    @Test func mutatedSamplesCheckWithoutCrashing() {
        // The reader's seeded mutations (RobustnessTests), checked: every finding is well-formed.
        let sample = TestData.sampleBytes
        var findings = 0
        for seed in 0..<UInt64(600) {
            let r = FormReader.read(bytes: RobustnessTests.mutate(sample, seed: seed), file: "mutant.txt")
            for (i, fs) in Checker.check(r.forms).enumerated() {
                findings += fs.count
                #expect(fs.allSatisfy { $0.formIndex == i && $0.location.line > 0 && !$0.message.isEmpty }, "seed \(seed)")
            }
        }
        #expect(findings > 600)
    }
}
