import ArgumentParser
import JixiaoKit

/// `jixiao summary PATH…`: the year at a glance, per department (docs: README, docs/text.md).
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Per department: forms, 年度/实施期 funds (万元), indicators, findings by severity; a 合计 row.",
        discussion: """
            The review checks of `jixiao check` run to count the findings; --ignore and
            --min-satisfaction as for `check`. json and csv keep the amounts in 元, exact.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Option(name: .shortAndLong, help: "text (aligned table), json or csv.")
    var format: Format = .text

    @Flag(help: "Start CSV with a UTF-8 BOM (for spreadsheet programs on Chinese Windows).")
    var bom = false

    @OptionGroup var rules: CheckRuleOptions

    @OptionGroup var input: InputOptions

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
