import ArgumentParser
import JixiaoKit

/// `jixiao show QUERY PATH…`: the quick lookup, one form as a readable card.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the form whose project name, department or code matches QUERY as a card.",
        discussion: "Several matches are listed and exit 1, unless --all prints every card."
    )

    @Argument(help: "Part of a project name, a department name, or a department code (e.g. 公交, 040).")
    var query: String

    @Flag(help: "Print every matching form.")
    var all = false

    @OptionGroup var input: InputOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let result = try input.read()
        let matches = FormLookup.find(query, in: result.forms)
        if matches.isEmpty {
            Console.error("jixiao: no project matches \(query)")
            throw ExitCode(ExitCodes.notFound)
        }
        if matches.count > 1, !all {
            Console.error("jixiao: \(matches.count) projects match \(query); narrow the query or use --all:")
            printList(matches.map { result.forms[$0] })
            throw ExitCode(ExitCodes.notFound)
        }
        for (k, i) in matches.enumerated() {
            if k > 0 { Console.line("") }
            let form = result.forms[i]
            for line in FormCard.lines(form, width: Console.width) { Console.line(line) }
            for line in FormCard.findingLines(Checker.check(form), width: Console.width) { Console.line(line) }
        }
        Console.flush()
    }
}
