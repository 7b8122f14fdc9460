import ArgumentParser
import Foundation
import JixiaoKit

/// Options every subcommand takes: `--lang zh|en` (also `JIXIAO_LANG=en`). The language is set
/// once, at start-up, before the arguments are parsed (`Jixiao.main`), so every text — the
/// help screens and the browser's included — comes out in it. `main` takes `--lang` out of the
/// arguments wherever it stands (before or after the subcommand); the option is declared here
/// so that each command lists it in `--help`.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(CLIMessages.helpLang(), valueName: "zh|en"))
    var lang: String?

    /// The value of `--lang X` or `--lang=X` in `arguments` (the last one wins), up to `--`, and
    /// the arguments without them. A `--lang` with no value after it is left for the parser
    /// to report.
    static func takeLanguage(from arguments: [String]) -> (language: String?, rest: [String]) {
        var found: String?
        var rest: [String] = []
        var k = 0
        while k < arguments.count {
            let a = arguments[k]
            if a == "--" {
                rest += arguments[k...]
                break
            }
            if a == "--lang", k + 1 < arguments.count {
                found = arguments[k + 1]
                k += 2
                continue
            }
            if a.hasPrefix("--lang=") {
                found = String(a.dropFirst("--lang=".count))
            } else {
                rest.append(a)
            }
            k += 1
        }
        return (found, rest)
    }

    /// Whether `value` names a language `--lang` takes (zh, en, and their longer forms).
    static func isLanguage(_ value: String) -> Bool { Language.named(value) != nil }

    /// The width text output wraps to: `COLUMNS` when set, else the terminal's, else 80.
    static var outputWidth: Int {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), c > 0 {
            return c
        }
        return Console.width
    }
}

extension Jixiao {
    /// Sets the language from `--lang` (anywhere on the line) / `JIXIAO_LANG`, then runs the
    /// command line; help and usage errors are printed by `exit(localizing:)`.
    static func main() {
        let (language, arguments) = GlobalOptions.takeLanguage(from: Array(CommandLine.arguments.dropFirst()))
        Language.configure(explicit: language)
        if let language, !GlobalOptions.isLanguage(language) {
            exit(localizing: ValidationError(CLIMessages.badLanguage(language)))
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(localizing: error)
        }
    }

    /// `exit(withError:)` in the current language: the help screen through `HelpText.help`
    /// (wrapped by display width), errors through `HelpText.error`; anything else (a completion
    /// script, `--experimental-dump-help`) as argument-parser gives it.
    static func exit(localizing error: Error) -> Never {
        let code = exitCode(for: error)
        let text: String
        let unwrapped = fullMessage(for: error, columns: HelpText.unwrapped)
        if code.isSuccess, HelpText.isHelp(unwrapped) {
            text = HelpText.help(unwrapped, width: GlobalOptions.outputWidth)
        } else if !code.isSuccess {
            text = HelpText.error(fullMessage(for: error))
        } else {
            text = fullMessage(for: error)
        }
        Console.flush()
        if !text.isEmpty {
            // An error repeats what was typed (`--lang …`, an unknown option): never raw.
            if code.isSuccess { print(text) } else { FileHandle.standardError.write(Data((Sanitizer.cleanKeepingNewlines(text) + "\n").utf8)) }
        }
        Foundation.exit(code.rawValue)
    }
}
