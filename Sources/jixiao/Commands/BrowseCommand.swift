import ArgumentParser
import Foundation
import JixiaoKit
import JixiaoReview
import JixiaoTUI

/// `jixiao PATH…`: the browser; prints the list when stdin or stdout is not a terminal.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: CLIMessages.helpBrowseAbstract(),
        discussion: CLIMessages.helpBrowseDiscussion()
    )

    @Option(help: ArgumentHelp(CLIMessages.helpProject()))
    var project: String?

    @Flag(help: ArgumentHelp(CLIMessages.helpNoMouse()))
    var noMouse = false

    @OptionGroup var rules: CheckRuleOptions

    @OptionGroup var review: ReviewOptions

    @OptionGroup var input: InputOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        try CommandSuggestion.check(input.paths)
    }

    func run() throws {
        guard CursesTerminal.isInteractive else {
            printList(try input.read().forms)
            return
        }
        let options = rules.options
        // Without --project the browser opens on the first forms read, the rest streaming in.
        if project == nil { return try runWhileReading(options) }
        // Reading warnings that belong to a form are shown as its `reading-warning` findings.
        let result = try InputOptions.read(paths: input.paths, quiet: input.quiet, strict: input.strict, printingFormNotes: false)
        let forms = result.forms
        // With --project the search index is built before the first frame (the match is
        // selected); the checks are made on another thread once it is on screen (the browser
        // shows 检查中… until they are done).
        let inbox = FindingsInbox()
        var screen = Browser(forms: forms, findingsFrom: inbox, initialQuery: project)
        // The review record: opened before the first frame (badges, progress, where this
        // reviewer stopped); a problem is shown in the status line, never fatal.
        screen.attachReview(review.open(reporting: false), externalEditor: ExternalEditor.command() != nil)
        let terminal = try openTerminal()
        terminal.run(&screen) {
            Thread.detachNewThread { inbox.deliver(Checker.check(forms, options: options)) }
        }
        terminal.close()
        Self.exitAfterBrowsing(screen)
    }

    /// The browser is closed and what it saved is committed: the process ends now, without
    /// freeing the forms, the index and the findings (0.4 s at 100,000 forms) and without
    /// waiting for the threads still at work (none writes to the terminal or a file).
    private static func exitAfterBrowsing(_ screen: Browser) -> Never {
        Console.exitSucceeded(keeping: screen)
    }

    /// The browser on the first forms read (`StreamedReading`): its first frame comes after
    /// about a megabyte of input, whatever the size; the rest of the forms arrive while it is
    /// on screen, then the search index and the checks are made over all of them. Problems
    /// of the reading are printed once the browser is closed (stderr would tear the screen).
    private func runWhileReading(_ options: CheckOptions) throws {
        let reading = StreamedReading(paths: input.paths, strict: input.strict)
        guard let start = reading.waitForFirstForms() else {
            // Nothing at all could be read: as without the browser.
            try InputOptions.report(reading.result(), quiet: input.quiet, printingFormNotes: false)
            return
        }
        let inbox = FindingsInbox()
        let indexInbox = SearchIndexInbox()
        var screen = Browser(
            forms: start.forms, findingsFrom: inbox, searchIndexFrom: indexInbox, formsFrom: reading.inbox, reading: start.progress)
        // The review record: loaded on its own thread once every form is in (identities,
        // fingerprints, every review: half a second at 10,000 forms), then attached (badges,
        // progress, where this reviewer stopped); a problem is shown in the status line, never
        // fatal. Grades given meanwhile are saved once it is in.
        let session = review.open(reporting: false)
        let reviewInbox = ReviewInbox()
        screen.attachReview(session, externalEditor: ExternalEditor.command() != nil, loadedFrom: reviewInbox)
        let terminal = try openTerminal()
        terminal.run(&screen) {
            reading.whenRead { forms in reviewInbox.deliver(LoadedReview(forms: forms, ledger: session)) }
            reading.whenRead { forms in
                indexInbox.deliver(SearchIndex(forms: forms))
                inbox.deliver(Checker.check(forms, options: options))
            }
        }
        // Quitting saved what the screen shows as saved (grades given while the record loaded
        // included: `Browser.leaving`); the terminal is given back at once.
        terminal.close()
        guard reading.isDone else {
            // Closed before the reading ended: the process exits now, without waiting for the
            // reading thread (a province: seconds).
            reading.abandon()
            Self.exitAfterBrowsing(screen)
        }
        try InputOptions.report(reading.result(), quiet: input.quiet, printingFormNotes: false)
        Self.exitAfterBrowsing(screen)
    }

    /// The curses terminal, or a failure naming why it could not be opened.
    private func openTerminal() throws -> CursesTerminal {
        do {
            return try CursesTerminal(options: .init(mouse: !noMouse))
        } catch {
            Console.error("jixiao: \(error)")
            throw ExitCode.failure
        }
    }
}
