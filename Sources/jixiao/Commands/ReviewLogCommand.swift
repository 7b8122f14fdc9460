import ArgumentParser
import JixiaoKit
import JixiaoReview

/// `jixiao review log QUERY [PATH…]`: every row recorded for a form, oldest first.
struct ReviewLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: CLIMessages.helpReviewLogAbstract(),
        discussion: CLIMessages.helpReviewLogDiscussion()
    )

    @Argument(help: ArgumentHelp(CLIMessages.helpQuery()))
    var query: String

    @Argument(help: ArgumentHelp(CLIMessages.helpOptionalPaths()))
    var paths: [String] = []

    @Flag(help: ArgumentHelp(CLIMessages.helpAll()))
    var all = false

    @OptionGroup var review: ReviewOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = review.open()
        let targets: [FormIdentity]
        if paths.isEmpty {
            let known = try session.store.knownForms()
            let pseudo = known.map { Form(fiscalYear: $0.fiscalYear, project: $0.project, department: Department(code: $0.departmentCode, name: $0.department)) }
            targets = try reviewMatches(query, in: pseudo, all: all).map { known[$0] }
        } else {
            let forms = try InputOptions.read(paths: paths, quiet: true).forms
            let ids = FormIdentity.of(forms)
            targets = try reviewMatches(query, in: forms, all: all).map { ids[$0] }
        }
        for (n, id) in targets.enumerated() {
            if n > 0 { Console.line("") }
            Console.line(Sanitizer.clean("\(id.project) · \(id.department)"))
            let entries = try session.store.history(key: id.key)
            if entries.isEmpty { Console.line("  " + ReviewMessages.logEmpty()) }
            for e in entries {
                let stale = !id.fingerprint.isEmpty && e.fingerprint != id.fingerprint ? " *" : ""
                // A multi-line note continues on indented lines.
                let text = Sanitizer.cleanKeepingNewlines(e.text).replacingOccurrences(of: "\n", with: "\n      ")
                Console.line("  \(ReviewDates.minute(e.stamp.at))  \(Sanitizer.clean(e.stamp.reviewer))  \(text)\(stale)")
            }
        }
        Console.flush()
    }
}
