import ArgumentParser
import Foundation
import JixiaoKit

/// `jixiao check`: the review rules (docs/checks.md), a reviewer's list grouped by form and by
/// the four headings of 绩效目标审核 (完整性, 相关性, 适当性, 可行性).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Review the forms: findings by form and by heading (完整性, 相关性, 适当性, 可行性).",
        discussion: """
            Rules and their reasons: `jixiao check --list-rules` and docs/checks.md.
            Lines wrap to COLUMNS (else the terminal's width, 80 when piped).
            Exit codes: 0 no error-level finding; 1 at least one; 2 nothing could be read.
            The summary goes to stderr (not with --quiet), so stdout holds only findings.
            --format json adds each rule's outcome per form (failed, passed, notChecked).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .shortAndLong, help: "text (aligned lines) or json.")
    var format: Format = .text

    @Option(name: .customLong("ignore"), help: ArgumentHelp("A rule id not to run; repeat it or separate ids with commas.", valueName: "rule"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("The lowest acceptable satisfaction target, in percent (satisfaction-low).", valueName: "percent"))
    var minSatisfaction: Double = 90

    @Flag(help: "Make a side without any 成本指标 an error (cost-indicator-missing), not a warning.")
    var requireCost = false

    @Flag(help: "List every rule with its severity and exit.")
    var listRules = false

    // The inputs as in InputOptions, but optional: `--list-rules` reads nothing.
    @Argument(help: "Files or folders (folders are searched for *.txt recursively).")
    var paths: [String] = []

    @Flag(name: .shortAndLong, help: "Print neither reading warnings outside forms nor the summary.")
    var quiet = false

    @Flag(help: "Refuse a file holding bytes that are text in no encoding (by default they are read as �, each spot named).")
    var strict = false

    @OptionGroup var global: GlobalOptions

    var ignoredRules: Set<String> { Self.ruleIDs(ignore) }

    /// The rule ids of `--ignore` values (repeated, or separated by commas).
    static func ruleIDs(_ values: [String]) -> Set<String> {
        Set(values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// Checks `--ignore` and `--min-satisfaction` (shared with `browse`).
    static func validate(ignored: Set<String>, minSatisfaction: Double) throws {
        let unknown = ignored.filter { Checker.rule($0) == nil }.sorted()
        if !unknown.isEmpty {
            throw ValidationError(CheckMessages.unknownRule(unknown.joined(separator: ", ")))
        }
        guard minSatisfaction.isFinite, (0...100).contains(minSatisfaction) else {
            throw ValidationError(CheckMessages.minSatisfactionRange())
        }
    }

    func validate() throws {
        try Self.validate(ignored: ignoredRules, minSatisfaction: minSatisfaction)
        if !listRules, paths.isEmpty {
            throw ValidationError(CheckMessages.noInput())
        }
    }

    func run() throws {
        let width = GlobalOptions.outputWidth
        if listRules {
            switch format {
            case .text: for line in FindingReport.ruleLines(width: width) { Console.line(line) }
            case .json: Console.raw(FindingReport.rulesJSON())
            }
            Console.flush()
            return
        }
        // Reading warnings that belong to a form are reported as `reading-warning` findings.
        let result = try InputOptions.read(paths: paths, quiet: quiet, strict: strict, printingFormNotes: false)
        let options = CheckOptions(ignored: ignoredRules, minSatisfaction: minSatisfaction, requireCost: requireCost)
        let perForm: [[Finding]]
        switch format {
        case .text:
            perForm = Checker.check(result.forms, options: options)
            let cwd = FileManager.default.currentDirectoryPath
            for line in FindingReport.lines(perForm.flatMap { $0 }, width: width, cwd: cwd) { Console.line(line) }
        case .json:
            let reviews = Checker.review(result.forms, options: options)
            perForm = reviews.map(\.findings)
            Console.raw(FindingReport.json(reviews: reviews))
        }
        Console.flush()
        if !quiet { for line in FindingReport.summary(perForm) { Console.error(line) } }
        if FindingSummary(perForm).errors > 0 { throw ExitCode(ExitCodes.errorFindings) }
    }
}
