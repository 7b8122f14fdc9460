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
        // The first frame comes first: the search index and the checks are made on another
        // thread once it is on screen (the index first: `/` needs it; the browser shows
        // 检查中… until the checks are done). Before, they delayed it by about a third at
        // 10,000 forms. With --project the index is built before (the match is selected).
        let inbox = FindingsInbox()
        let indexInbox: SearchIndexInbox? = project == nil ? SearchIndexInbox() : nil
        var screen = Browser(forms: forms, findingsFrom: inbox, searchIndexFrom: indexInbox, initialQuery: project)
        // The review record: opened before the first frame (badges, progress, where this
        // reviewer stopped); a problem is shown in the status line, never fatal.
        screen.attachReview(review.open(reporting: false), externalEditor: ExternalEditor.command() != nil)
        let terminal = try openTerminal()
        defer { terminal.close() }
        terminal.run(&screen) {
            Thread.detachNewThread {
                if let indexInbox { indexInbox.deliver(SearchIndex(forms: forms)) }
                inbox.deliver(Checker.check(forms, options: options))
            }
        }
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
            Thread.detachNewThread {
                reviewInbox.deliver(LoadedReview(forms: reading.result().forms, ledger: session))
            }
            Thread.detachNewThread {
                let forms = reading.result().forms
                indexInbox.deliver(SearchIndex(forms: forms))
                inbox.deliver(Checker.check(forms, options: options))
            }
        }
        terminal.close()
        try InputOptions.report(reading.result(), quiet: input.quiet, printingFormNotes: false)
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
