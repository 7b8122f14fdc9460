import ArgumentParser
import JixiaoKit

/// `jixiao summary PATH…`: the year at a glance, per department (docs: README, docs/text.md).
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: CLIMessages.helpSummaryAbstract(),
        discussion: CLIMessages.helpSummaryDiscussion()
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Option(name: .shortAndLong, help: ArgumentHelp(CLIMessages.helpSummaryFormat()))
    var format: Format = .text

    @Flag(help: ArgumentHelp(CLIMessages.helpBOM()))
    var bom = false

    @OptionGroup var rules: CheckRuleOptions

    @OptionGroup var input: InputOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        // Reading warnings that belong to a form are counted as its `reading-warning` findings.
        let result = try InputOptions.read(paths: input.paths, quiet: input.quiet, printingFormNotes: false)
        let summary = YearSummary(result.forms, findings: Checker.check(result.forms, options: rules.options))
        switch format {
        case .text: for line in SummaryTable.lines(summary, width: Console.width) { Console.line(line) }
        case .json: Console.raw(SummaryExport.json(summary))
        case .csv: Console.raw(SummaryExport.csv(summary, bom: bom))
        }
        Console.flush()
    }
}
