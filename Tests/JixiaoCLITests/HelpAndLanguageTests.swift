import Foundation
import Testing
@testable import jixiao

/// `--lang` anywhere on the line, and the `--help` screens in Chinese (English with `--lang en`
/// or `JIXIAO_LANG=en`), on the built binary.
@Suite struct HelpAndLanguageTests {
    /// Every command, its arguments, and a text of its output that only the English has.
    static func commands(db: String) -> [(args: [String], english: String)] {
        [
            (["list", Binary.sample], "Project"),
            (["summary", Binary.sample], "Department"),
            (["export", "-f", "csv", Binary.sample], "project,department,side"),
            (["check", Binary.sample], "Completeness"),
            (["show", "公交", Binary.sample], "Findings ("),
            (["review", "status", "--db", db, Binary.sample], "reviewed 0/7"),
            (["review", "stats", "--db", db], "no verdicts"),
            (["review", "export", "--db", db, Binary.sample], "project,department"),
            (["review", "log", "公交", "--db", db, Binary.sample], "(no review record)"),
            ([Binary.sample], "Project"),  // the browser prints the list when piped
        ]
    }

    @Test func langGoesBeforeOrAfterTheSubcommand() throws {
        let dir = try Binary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("review.sqlite").path
        for (args, english) in Self.commands(db: db) {
            let chinese = try Binary.run(args)
            let after = try Binary.run(args + ["--lang", "en"])
            let before = try Binary.run(["--lang", "en"] + args)
            let equals = try Binary.run(["--lang=en"] + args)
            let environment = try Binary.run(args, env: ["JIXIAO_LANG": "en"])
            #expect(after.status == chinese.status, "\(args): \(after.stderr)")
            #expect(after.stdout.contains(english) || after.stderr.contains(english), "\(args): \(after.stdout.prefix(300))")
            #expect(!chinese.stdout.contains(english), "\(args)")
            for other in [before, equals, environment] {
                #expect(other.status == after.status, "\(args): \(other.stderr)")
                #expect(other.stdout == after.stdout, "\(args)")
            }
            // --lang zh before the subcommand beats JIXIAO_LANG=en.
            let forced = try Binary.run(["--lang", "zh"] + args, env: ["JIXIAO_LANG": "en"])
            #expect(forced.stdout == chinese.stdout, "\(args)")
        }
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let r = try Binary.run(["--lang", "fr", "list", Binary.sample])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--lang 只能是 zh 或 en（给的是“fr”）"))
        #expect(r.stdout.isEmpty)
        // `--lang` at the end without a value is the parser's error, not swallowed.
        let missing = try Binary.run(["list", Binary.sample, "--lang"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("'--lang <zh|en>' 缺少值"))
        // After `--` it is a path like any other.
        let dashes = try Binary.run(["list", "--", "--lang", "en", Binary.sample])
        #expect(dashes.stderr.contains("--lang"))
        // What was typed comes back in the error, never as a live escape sequence.
        let escape = try Binary.run(["--lang", "\u{1B}]0;x\u{07}", "list", Binary.sample])
        #expect(escape.status == 64)
        #expect(!escape.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(escape.stderr.debugDescription)")
        let option = try Binary.run(["list", "--\u{1B}[2J", Binary.sample])
        #expect(option.status == 64)
        #expect(!option.stderr.unicodeScalars.contains("\u{1B}"), "\(option.stderr.debugDescription)")
    }

    @Test func rootHelpIsChineseByDefault() throws {
        let zh = try Binary.run(["--help"])
        #expect(zh.status == 0)
        for text in ["概述：浏览并审核项目支出绩效目标表。", "用法：jixiao [--lang <zh|en>] <subcommand>", "选项：", "--lang <zh|en>", "界面语言", "子命令：", "browse（默认）", "显示帮助信息。", "审核各表：按表、按审核要点"] {
            #expect(zh.stdout.contains(text), "\(text)\n\(zh.stdout)")
        }
        for text in ["OVERVIEW", "SUBCOMMANDS", "Show help information", "Review the forms"] { #expect(!zh.stdout.contains(text), "\(text)") }
        Self.expectFits(zh.stdout, 80)
        for en in [try Binary.run(["--lang", "en", "--help"]), try Binary.run(["--help", "--lang", "en"]), try Binary.run(["--help"], env: ["JIXIAO_LANG": "en"])] {
            #expect(en.status == 0)
            for text in ["OVERVIEW: Browse and check Chinese budget performance-target forms", "SUBCOMMANDS:", "browse (default)", "Show help information.", "Review the forms"] {
                #expect(en.stdout.contains(text), "\(text)\n\(en.stdout)")
            }
            #expect(!en.stdout.contains("概述"))
            Self.expectFits(en.stdout, 80)
        }
    }

    @Test func checkHelpIsChineseByDefault() throws {
        let zh = try Binary.run(["check", "--help"])
        #expect(zh.status == 0)
        for text in ["概述：审核各表", "参数：", "选项：", "--min-satisfaction<percent>", "满意度目标的最低可接受值", "（默认：90.0）",
                     "（可选：text,json；默认：text）", "--lang<zh|en>", "界面语言", "--list-rules", "列出每条规则及其严重程度，然后退出。"] {
            // Lines joined: a text may be wrapped anywhere.
            #expect(Self.flat(zh.stdout).contains(text), "\(text)\n\(zh.stdout)")
        }
        #expect(!zh.stdout.contains("OPTIONS") && !zh.stdout.contains("(default"))
        Self.expectFits(zh.stdout, 80)
        // The option names are never cut at a hyphen.
        #expect(!zh.stdout.contains("--list-\n") && !zh.stdout.contains("cost-\n"))
        let narrow = try Binary.run(["check", "--help"], env: ["COLUMNS": "60"])
        Self.expectFits(narrow.stdout, 60)
        let en = try Binary.run(["check", "--help", "--lang", "en"])
        for text in ["OVERVIEW:Reviewtheforms", "OPTIONS:", "(default:90.0)", "(values:text,json;default:text)", "Thelowestacceptablesatisfactiontarget"] {
            #expect(Self.flat(en.stdout).contains(text), "\(text)\n\(en.stdout)")
        }
        Self.expectFits(en.stdout, 80)
        // `help check` is the same screen.
        #expect(try Binary.run(["--lang", "en", "help", "check"]).stdout == en.stdout)
        #expect(try Binary.run(["help", "check"]).stdout == zh.stdout)
    }

    @Test func everyCommandsHelpIsInTheLanguage() throws {
        for command in [["browse"], ["show"], ["list"], ["summary"], ["export"], ["check"], ["review"], ["review", "status"],
                        ["review", "export"], ["review", "set"], ["review", "log"], ["review", "stats"]] {
            let zh = try Binary.run(command + ["--help"])
            let en = try Binary.run(command + ["--help"], env: ["JIXIAO_LANG": "en"])
            #expect(zh.status == 0 && en.status == 0)
            #expect(zh.stdout.hasPrefix("概述："), "\(command)")
            #expect(en.stdout.hasPrefix("OVERVIEW: "), "\(command)")
            #expect(!zh.stdout.contains("Show the version"), "\(command)")
            #expect(zh.stdout.contains("--lang <zh|en>"), "\(command)")
            Self.expectFits(zh.stdout, 80)
        }
    }

    @Test func usageErrorsAreChineseFirst() throws {
        let zh = try Binary.run(["list", "--frob", Binary.sample])
        #expect(zh.status == 64)
        #expect(zh.stderr.contains("错误：未知选项 '--frob'"))
        #expect(zh.stderr.contains("用法：jixiao list"))
        let en = try Binary.run(["list", "--frob", Binary.sample, "--lang", "en"])
        #expect(en.status == 64)
        #expect(en.stderr.contains("Error: Unknown option '--frob'"))
        let format = try Binary.run(["check", "-f", "xml", Binary.sample])
        #expect(format.stderr.contains("错误：'xml' 不是 '-f <format>' 可取的值；可取：'text'、'json'"), "\(format.stderr)")
    }

    /// Completions and the man page's input (`--experimental-dump-help`) still come out whole.
    @Test func completionsAndTheManualsInput() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try Binary.run(["--generate-completion-script", shell])
            #expect(r.status == 0)
            #expect(r.stdout.contains("jixiao") && r.stdout.contains("lang") && r.stdout.contains("min-satisfaction"), "\(shell)")
        }
        let dump = try Binary.run(["--experimental-dump-help"], env: ["JIXIAO_LANG": "en"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let command = try #require(json["command"] as? [String: Any])
        #expect((command["abstract"] as? String)?.hasPrefix("Browse and check") == true)
        let chinese = try Binary.run(["--experimental-dump-help"])
        #expect(chinese.stdout.contains("浏览并审核项目支出绩效目标表"))
    }

    @Test func wrapKeepsWordsAndPunctuation() {
        let lines = HelpText.wrap("不运行的检查规则（规则 id 见 jixiao check --list-rules）；可重复，或用逗号分隔。", first: 30, rest: 30)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { Binary.columns($0) <= 30 })
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "不运行的检查规则（规则id见jixiaocheck--list-rules）；可重复，或用逗号分隔。")
        #expect(lines.contains { $0.contains("--list-rules）；") })
        #expect(!lines.contains { $0.hasPrefix("，") || $0.hasPrefix("。") || $0.hasPrefix("）") || $0.hasPrefix("；") })
    }

    /// `text` without spaces and line breaks.
    static func flat(_ text: String) -> String { text.filter { $0 != " " && $0 != "\n" } }

    static func expectFits(_ text: String, _ width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in text.split(separator: "\n") where Binary.columns(String(line)) > width {
            // Only an unbreakable word longer than the line may pass it.
            let longestWord = line.split(separator: " ").map { Binary.columns(String($0)) }.max() ?? 0
            #expect(longestWord > width - 26, "over \(width): \(line)", sourceLocation: sourceLocation)
        }
    }
}
