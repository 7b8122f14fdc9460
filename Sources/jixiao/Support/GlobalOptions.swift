import ArgumentParser
import Foundation
import JixiaoKit

/// Options every subcommand takes: `--lang zh|en` (also `JIXIAO_LANG=en`). The language is set
/// once, at start-up, before the arguments are parsed (`Jixiao.main`), so every text — the
/// browser's included — comes out in it; the option is declared here so that each subcommand
/// accepts it and lists it in `--help`.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp("zh (default) or en; also JIXIAO_LANG=en.", valueName: "language"))
    var lang: String?

    /// The value of `--lang X` or `--lang=X` in `arguments` (the last one wins), up to `--`.
    static func explicitLanguage(in arguments: [String]) -> String? {
        var found: String?
        var k = 0
        while k < arguments.count {
            let a = arguments[k]
            if a == "--" { break }
            if a == "--lang", k + 1 < arguments.count {
                found = arguments[k + 1]
                k += 1
            } else if a.hasPrefix("--lang=") {
                found = String(a.dropFirst("--lang=".count))
            }
            k += 1
        }
        return found
    }

    /// The width text output wraps to: `COLUMNS` when set, else the terminal's, else 80.
    static var outputWidth: Int {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), c > 0 {
            return c
        }
        return Console.width
    }
}

extension Jixiao {
    /// Sets the language from `--lang` / `JIXIAO_LANG`, then runs the command line.
    static func main() {
        Language.configure(explicit: GlobalOptions.explicitLanguage(in: Array(CommandLine.arguments.dropFirst())))
        main(nil)
    }
}
