import ArgumentParser
import JixiaoKit
import JixiaoReview

/// `jixiao review export PATH…`: the 审核意见, one per form.
struct ReviewExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: CLIMessages.helpReviewExportAbstract()
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, md, json }

    @Option(name: .shortAndLong, help: ArgumentHelp(CLIMessages.helpReviewExportFormat()))
    var format: Format = .csv

    @Flag(help: ArgumentHelp(CLIMessages.helpBOM()))
    var bom = false

    @OptionGroup var review: ReviewOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var global: GlobalOptions

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
