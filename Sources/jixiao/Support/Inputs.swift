import ArgumentParser
import Foundation
import JixiaoKit

/// The input options every subcommand shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders (folders are searched for *.txt recursively).")
    var paths: [String]

    @Flag(name: .shortAndLong, help: "Do not print reading warnings (cells that could not be placed).")
    var quiet = false

    /// Reads the inputs, reports problems on stderr, and exits with 2 when nothing was read.
    func read() throws -> ReadResult {
        let result = FormReader.read(paths: paths)
        for d in result.diagnostics where d.severity == .error || !quiet {
            Console.error(d.description)
        }
        if result.forms.isEmpty {
            Console.error("jixiao: no form could be read")
            throw ExitCode(ExitCodes.nothingRead)
        }
        return result
    }
}

/// Exit codes, documented in README.md.
enum ExitCodes {
    static let ok: Int32 = 0
    /// `show`: no match, or several without `--all`; `check`: error-level findings.
    static let notFound: Int32 = 1
    /// Nothing could be read from any input.
    static let nothingRead: Int32 = 2
}
