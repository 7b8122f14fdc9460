import ArgumentParser
import JixiaoKit
import JixiaoReview

/// `jixiao review export PATH…`: the 审核意见, one per form.
struct ReviewExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the 审核意见: csv (one row per form), md (one printable 审核意见书 per form) or json."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, md, json }

    @Option(name: .shortAndLong, help: "csv, md or json.")
    var format: Format = .csv

    @Flag(help: "Start CSV with a UTF-8 BOM (for Excel/WPS on Chinese Windows).")
    var bom = false

    @OptionGroup var review: ReviewOptions
    @OptionGroup var input: InputOptions

    func run() throws {
        let forms = try input.read().forms
        let session = review.open()
        let opinions = try ReviewOpinion.of(forms, store: session.store)
        switch format {
        case .csv: Console.raw(ReviewExport.csv(opinions, bom: bom))
        case .md: Console.raw(ReviewExport.markdown(opinions))
        case .json: Console.raw(ReviewExport.json(opinions))
        }
        Console.flush()
    }
}
