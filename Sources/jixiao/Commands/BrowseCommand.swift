import ArgumentParser
import JixiaoKit
import JixiaoTUI

/// `jixiao PATH…`: the browser; prints the list when stdin or stdout is not a terminal.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser over all forms (the default command)."
    )

    @Option(help: "Open with the first project matching this query selected (e.g. 公交).")
    var project: String?

    @Flag(help: "Do not take over the mouse (keeps the terminal's own text selection).")
    var noMouse = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let result = try input.read()
        guard CursesTerminal.isInteractive else {
            printList(result.forms)
            return
        }
        let notes = result.forms.map { form in
            form.readingNotes.map { FormNote(severity: $0.severity.rawValue, message: "第\($0.location.line)行 \($0.message)") }
        }
        var screen = Browser(forms: result.forms, notes: notes, initialQuery: project)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: .init(mouse: !noMouse))
        } catch {
            Console.error("jixiao: \(error)")
            throw ExitCode.failure
        }
        defer { terminal.close() }
        terminal.run(&screen)
    }
}
