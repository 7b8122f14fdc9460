import ArgumentParser
import JixiaoKit

/// `jixiao list`: one aligned line per form, numbered, with a 合计 footer.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: CLIMessages.helpListAbstract(),
        discussion: CLIMessages.helpListDiscussion()
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let result = try input.read()
        printList(result.forms)
        Console.exitSucceeded(keeping: result)
    }
}

/// Prints the list at the terminal's width (80 when piped).
func printList(_ forms: [Form]) {
    FormList.write(forms, width: Console.width, to: Console.bytes)
    Console.flush()
}
