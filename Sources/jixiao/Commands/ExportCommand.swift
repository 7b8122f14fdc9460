import ArgumentParser
import JixiaoKit

/// `jixiao export`: the reading as JSON (the reference schema), JSON lines, or CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the forms as json ({\"forms\":[…]}), jsonl (one form a line) or csv (one indicator a row)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, csv }

    @Option(name: .shortAndLong, help: "json, jsonl or csv.")
    var format: Format = .json

    @Flag(help: "Start CSV with a UTF-8 BOM (for spreadsheet programs on Chinese Windows).")
    var bom = false

    @Flag(name: .customLong("raw-csv"), help: "Leave CSV fields starting with = + - @ as they are (by default they get a leading ' so a spreadsheet never runs them).")
    var rawCSV = false

    @OptionGroup var input: InputOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let result = try input.read()
        switch format {
        // JSON goes out as bytes in chunks, never as one String (docs/benchmarks.md, output).
        case .json: FormJSON.write(result.forms, format: .document, to: Console.bytes)
        case .jsonl: FormJSON.write(result.forms, format: .lines, to: Console.bytes)
        case .csv: Console.raw(CSVExport.document(result.forms, bom: bom, raw: rawCSV))
        }
        Console.flush()
    }
}
