import ArgumentParser
import JixiaoKit

/// `jixiao export`: the reading as JSON (the reference schema), JSON lines, or CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: CLIMessages.helpExportAbstract()
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, csv }

    @Option(name: .shortAndLong, help: ArgumentHelp(CLIMessages.helpExportFormat()))
    var format: Format = .json

    @Flag(help: ArgumentHelp(CLIMessages.helpBOM()))
    var bom = false

    @Flag(name: .customLong("raw-csv"), help: ArgumentHelp(CLIMessages.helpRawCSV()))
    var rawCSV = false

    @OptionGroup var input: InputOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let result = try input.read()
        switch format {
        // JSON and CSV go out as bytes in chunks, never as one String (docs/benchmarks.md, output).
        case .json: FormJSON.write(result.forms, format: .document, to: Console.bytes)
        case .jsonl: FormJSON.write(result.forms, format: .lines, to: Console.bytes)
        case .csv: CSVExport.write(result.forms, bom: bom, raw: rawCSV, to: Console.bytes)
        }
        Console.exitSucceeded(keeping: result)
    }
}
