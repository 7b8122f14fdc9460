import ArgumentParser
import Foundation
import JixiaoKit

/// `jixiao check`: the review rules (docs/checks.md), a reviewer's list grouped by form and by
/// the four headings of 绩效目标审核 (完整性, 相关性, 适当性, 可行性).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: CLIMessages.helpCheckAbstract(),
        discussion: CLIMessages.helpCheckDiscussion()
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .shortAndLong, help: ArgumentHelp(CLIMessages.helpCheckFormat()))
    var format: Format = .text

    @Option(name: .customLong("ignore"), help: ArgumentHelp(CLIMessages.helpIgnore(), valueName: "rule"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp(CLIMessages.helpMinSatisfaction(), valueName: "percent"))
    var minSatisfaction: Double = 90

    @Flag(help: ArgumentHelp(CLIMessages.helpRequireCost()))
    var requireCost = false

    @Flag(help: ArgumentHelp(CLIMessages.helpListRules()))
    var listRules = false

    // The inputs as in InputOptions, but optional: `--list-rules` reads nothing.
    @Argument(help: ArgumentHelp(CLIMessages.helpPaths()))
    var paths: [String] = []

    @Flag(name: .shortAndLong, help: ArgumentHelp(CLIMessages.helpCheckQuiet()))
    var quiet = false

    @Flag(help: ArgumentHelp(CLIMessages.helpStrict()))
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
