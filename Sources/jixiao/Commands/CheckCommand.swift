import ArgumentParser
import JixiaoKit

/// `jixiao check`: the review rules (docs/checks.md), one finding a line.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Review the forms: one finding a line — severity, file:line, project, rule, message.",
        discussion: """
            Rules and their reasons: `jixiao check --list-rules` and docs/checks.md.
            Exit codes: 0 no error-level finding; 1 at least one; 2 nothing could be read.
            The summary goes to stderr (not with --quiet), so stdout holds only findings.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .shortAndLong, help: "text (aligned lines) or json.")
    var format: Format = .text

    @Option(name: .customLong("ignore"), help: ArgumentHelp("A rule id not to run; repeat it or separate ids with commas.", valueName: "rule"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("The lowest acceptable satisfaction target, in percent (satisfaction-low).", valueName: "percent"))
    var minSatisfaction: Double = 90

    @Flag(help: "List every rule with its severity and exit.")
    var listRules = false

    // The inputs as in InputOptions, but optional: `--list-rules` reads nothing.
    @Argument(help: "Files or folders (folders are searched for *.txt recursively).")
    var paths: [String] = []

    @Flag(name: .shortAndLong, help: "Print neither reading warnings outside forms nor the summary.")
    var quiet = false

    @Flag(help: "Refuse a file holding bytes that are text in no encoding (by default they are read as �, each spot named).")
    var strict = false

    var ignoredRules: Set<String> { Self.ruleIDs(ignore) }

    /// The rule ids of `--ignore` values (repeated, or separated by commas).
    static func ruleIDs(_ values: [String]) -> Set<String> {
        Set(values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// Checks `--ignore` and `--min-satisfaction` (shared with `browse`).
    static func validate(ignored: Set<String>, minSatisfaction: Double) throws {
        let unknown = ignored.filter { Checker.rule($0) == nil }.sorted()
        if !unknown.isEmpty {
            throw ValidationError("unknown rule \(unknown.joined(separator: ", ")); `jixiao check --list-rules` lists them")
        }
        guard minSatisfaction.isFinite, (0...100).contains(minSatisfaction) else {
            throw ValidationError("--min-satisfaction takes a percentage from 0 to 100")
        }
    }

    func validate() throws {
        try Self.validate(ignored: ignoredRules, minSatisfaction: minSatisfaction)
        if !listRules, paths.isEmpty {
            throw ValidationError("give at least one file or folder")
        }
    }

    func run() throws {
        if listRules {
            switch format {
            case .text: for line in FindingReport.ruleLines() { Console.line(line) }
            case .json: Console.raw(FindingReport.rulesJSON())
            }
            Console.flush()
            return
        }
        // Reading warnings that belong to a form are reported as `reading-warning` findings.
        let result = try InputOptions.read(paths: paths, quiet: quiet, strict: strict, printingFormNotes: false)
        let options = CheckOptions(ignored: ignoredRules, minSatisfaction: minSatisfaction)
        let perForm = Checker.check(result.forms, options: options)
        switch format {
        case .text:
            for line in FindingReport.lines(perForm.flatMap { $0 }) { Console.line(line) }
        case .json:
            Console.raw(FindingReport.json(perForm))
        }
        Console.flush()
        if !quiet { Console.error(FindingReport.summary(perForm)) }
        if FindingSummary(perForm).errors > 0 { throw ExitCode(ExitCodes.errorFindings) }
    }
}
