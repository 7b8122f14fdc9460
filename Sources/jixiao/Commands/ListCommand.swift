import ArgumentParser
import JixiaoKit

/// `jixiao list`: one aligned line per form, numbered, with a 合计 footer.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "One line per form: number, project, department, annual funds (万元), indicator count; a 合计 footer.",
        discussion: "The number is the form's 1-based position in file order across all inputs: `jixiao show '#3'` shows form 3."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let result = try input.read()
        printList(result.forms)
    }
}

/// Prints the list at the terminal's width (80 when piped).
func printList(_ forms: [Form]) {
    for line in FormList.lines(forms, width: Console.width) { Console.line(line) }
    Console.flush()
}
