import ArgumentParser
import Foundation
import JixiaoKit
import JixiaoReview

/// `jixiao review stats`: per rule, how often its findings were accepted and dismissed.
struct ReviewStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: CLIMessages.helpReviewStatsAbstract()
    )

    @OptionGroup var review: ReviewOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let stats = try review.open().store.ruleStats()
        if stats.isEmpty {
            Console.line(ReviewMessages.statsNone())
            Console.flush()
            return
        }
        let heads = ReviewMessages.statsHeader().split(separator: " ").map(String.init)
        let ruleWidth = max(DisplayWidth.of(heads[0]), stats.map { DisplayWidth.of($0.rule.rawValue) }.max() ?? 0)
        func row(_ cells: [String]) -> String {
            ([TextLayout.pad(cells[0], to: ruleWidth)] + cells.dropFirst().enumerated().map { TextLayout.pad($1, to: max(6, DisplayWidth.of(heads[$0 + 1])), align: .right) })
                .joined(separator: "  ")
        }
        Console.line(row(heads))
        for s in stats {
            let precision = s.precision.map { String(format: "%.0f%%", $0 * 100) } ?? "—"
            Console.line(FormList.trimRight(row([Sanitizer.clean(s.rule.rawValue), String(s.accepted), String(s.dismissed), precision])))
        }
        Console.flush()
    }
}
