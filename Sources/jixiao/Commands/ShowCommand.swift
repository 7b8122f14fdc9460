import ArgumentParser
import JixiaoKit

/// `jixiao show QUERY PATH…`: the quick lookup, one form as a readable card.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: CLIMessages.helpShowAbstract(),
        discussion: CLIMessages.helpShowDiscussion()
    )

    // The query is the first argument unless --index names the form; the rest are the inputs
    // (as in InputOptions, which cannot follow an optional argument).
    @Argument(help: ArgumentHelp(CLIMessages.helpShowArguments(), valueName: "query-and-paths"))
    var arguments: [String] = []

    @Option(name: .customLong("index"), help: ArgumentHelp(CLIMessages.helpIndex(), valueName: "n"))
    var index: Int?

    @Flag(help: ArgumentHelp(CLIMessages.helpAll()))
    var all = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(CLIMessages.helpQuiet()))
    var quiet = false

    var query: String? { index == nil ? arguments.first : nil }
    var paths: [String] { index == nil ? Array(arguments.dropFirst()) : arguments }

    func validate() throws {
        if index == nil, arguments.isEmpty { throw ValidationError(CLIMessages.queryOrIndex()) }
        if paths.isEmpty { throw ValidationError(CLIMessages.giveInputs()) }
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let forms = try InputOptions.read(paths: paths, quiet: quiet).forms
        let matches = try Self.matches(query: query, index: index, in: forms)
        if matches.count > 1, !all {
            Console.error(CLIMessages.severalMatches(matches.count, query ?? ""))
            for line in FormList.lines(matches.map { forms[$0] }, width: Console.width, numbers: matches.map(FormNumber.of), footer: false) {
                Console.line(line)
            }
            Console.flush()
            throw ExitCode(ExitCodes.notFound)
        }
        for (k, i) in matches.enumerated() {
            if k > 0 { Console.line("") }
            let form = forms[i]
            for line in FormCard.lines(form, number: FormNumber.of(index: i), count: forms.count, width: Console.width) { Console.line(line) }
            for line in FormCard.findingLines(Checker.check(form), width: Console.width) { Console.line(line) }
        }
        Console.flush()
    }

    /// The indices `query` or `index` names; exits 1 with a message when none.
    static func matches(query: String?, index: Int?, in forms: [Form]) throws -> [Int] {
        if let number = index ?? query.flatMap(FormNumber.parse) {
            guard let i = FormNumber.index(of: number, count: forms.count) else {
                Console.error(CLIMessages.noSuchNumber(number, forms.count))
                throw ExitCode(ExitCodes.notFound)
            }
            return [i]
        }
        let query = query ?? ""
        let found = FormLookup.find(query, in: forms)
        if found.isEmpty {
            Console.error(CLIMessages.noMatch(query))
            let folded = FormLookup.fold(query)
            if let n = Int(folded), !folded.isEmpty, folded.allSatisfy(\.isASCII), FormNumber.index(of: n, count: forms.count) != nil {
                Console.error(CLIMessages.numberHint(n))
            }
            throw ExitCode(ExitCodes.notFound)
        }
        return found
    }
}
