import ArgumentParser
import Foundation
import JixiaoKit

/// The input options every subcommand shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(CLIMessages.helpPaths()))
    var paths: [String]

    @Flag(name: .shortAndLong, help: ArgumentHelp(CLIMessages.helpQuiet()))
    var quiet = false

    @Flag(help: ArgumentHelp(CLIMessages.helpStrict()))
    var strict = false

    /// Reads the inputs, reports problems on stderr, and exits with 2 when nothing was read.
    func read() throws -> ReadResult {
        try Self.read(paths: paths, quiet: quiet, strict: strict)
    }

    /// Reads `paths` as `read()` does. `printingFormNotes: false` leaves out the warnings kept in
    /// a form's `readingNotes` (`check` reports those as findings).
    static func read(paths: [String], quiet: Bool, strict: Bool = false, printingFormNotes: Bool = true) throws -> ReadResult {
        let result = FormReader.read(paths: paths, strict: strict)
        try report(result, quiet: quiet, printingFormNotes: printingFormNotes)
        return result
    }

    /// Prints the problems of a reading on stderr as `read` does, and exits with 2 when nothing
    /// was read.
    static func report(_ result: ReadResult, quiet: Bool, printingFormNotes: Bool = true) throws {
        var attached: Set<String> = []
        if !printingFormNotes {
            for f in result.forms { for n in f.readingNotes { attached.insert(n.description) } }
        }
        for d in result.diagnostics where d.severity == .error || (!quiet && !attached.contains(d.description)) {
            Console.error(d.description)
        }
        if result.forms.isEmpty {
            Console.error(CLIMessages.nothingRead())
            throw ExitCode(ExitCodes.nothingRead)
        }
    }
}

/// Exit codes, documented in README.md.
enum ExitCodes {
    static let ok: Int32 = 0
    /// `show`: no match, or several without `--all`.
    static let notFound: Int32 = 1
    /// `check`: at least one error-level finding.
    static let errorFindings: Int32 = 1
    /// Nothing could be read from any input.
    static let nothingRead: Int32 = 2
}
