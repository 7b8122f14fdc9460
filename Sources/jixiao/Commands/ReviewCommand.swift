import ArgumentParser
import Foundation
import JixiaoKit
import JixiaoReview

/// `jixiao review …`: the review record on the command line (docs/review.md).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: CLIMessages.helpReviewAbstract(),
        discussion: CLIMessages.helpReviewDiscussion(),
        subcommands: [
            ReviewStatusCommand.self, ReviewExportCommand.self, ReviewSetCommand.self, ReviewLogCommand.self,
            ReviewStatsCommand.self,
        ]
    )
}

/// Where the record is and who is writing: shared by `review …` and the browser.
struct ReviewOptions: ParsableArguments {
    @Option(help: ArgumentHelp(CLIMessages.helpDB(), valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp(CLIMessages.helpReviewer(), valueName: "name"))
    var reviewer: String?

    var path: String { db ?? ReviewStore.defaultPath() }

    /// Opens the record; a problem (read-only, damaged …) is printed on stderr, naming the file.
    func open(reporting: Bool = true) -> ReviewSession {
        let store = ReviewStore.open(path: path)
        if reporting, let p = store.problem { Console.error("jixiao: \(p)") }
        return ReviewSession(store: store, reviewer: reviewer ?? ReviewSession.defaultReviewer())
    }
}

extension ExitCodes {
    /// `review set`: nothing saved (database read-only, locked or damaged).
    static let notSaved: Int32 = 3
}

/// The forms `query` names among `forms` (as `show` finds them): all of them with `all`,
/// else exactly one; prints the choices and exits 1 otherwise.
func reviewMatches(_ query: String, in forms: [Form], all: Bool) throws -> [Int] {
    let matches = FormLookup.find(query, in: forms)
    if matches.isEmpty {
        Console.error("jixiao: \(ReviewMessages.noMatch(query))")
        throw ExitCode(ExitCodes.notFound)
    }
    if matches.count > 1, !all {
        Console.error("jixiao: \(ReviewMessages.severalMatch(matches.count, query))")
        printList(matches.map { forms[$0] })
        throw ExitCode(ExitCodes.notFound)
    }
    return matches
}
