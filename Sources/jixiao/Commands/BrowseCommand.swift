import ArgumentParser
import JixiaoKit

/// `jixiao PATH…`: the browser; prints the list when stdout is not a terminal.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser over all forms (the default command)."
    )

    @Option(help: "Open with the first project matching this query selected.")
    var project: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        let result = try input.read()
        printList(result.forms)
    }
}
