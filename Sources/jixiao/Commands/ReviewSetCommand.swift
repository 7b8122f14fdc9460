import ArgumentParser
import JixiaoKit
import JixiaoReview

/// `jixiao review set QUERY PATH… --grade 中 --note "…"`: the browser's decisions, for scripts.
struct ReviewSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: CLIMessages.helpReviewSetAbstract(),
        discussion: CLIMessages.helpReviewSetDiscussion()
    )

    @Argument(help: ArgumentHelp(CLIMessages.helpQuery()))
    var query: String

    @Option(help: ArgumentHelp(CLIMessages.helpGrade(), valueName: "grade"))
    var grade: String?

    @Option(help: ArgumentHelp(CLIMessages.helpNote(), valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp(CLIMessages.helpIndicator(), valueName: "name"))
    var indicator: String?

    @Option(help: ArgumentHelp(CLIMessages.helpAccept(), valueName: "rule"))
    var accept: [String] = []

    @Option(help: ArgumentHelp(CLIMessages.helpDismiss(), valueName: "rule"))
    var dismiss: [String] = []

    @Option(help: ArgumentHelp(CLIMessages.helpReason(), valueName: "text"))
    var reason = ""

    @Flag(help: ArgumentHelp(CLIMessages.helpAll()))
    var all = false

    @OptionGroup var review: ReviewOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if grade == nil, note == nil, accept.isEmpty, dismiss.isEmpty { throw ValidationError(ReviewMessages.nothingToSet()) }
        if let g = grade, Grade(argument: g) == nil { throw ValidationError(ReviewMessages.unknownGrade(g)) }
        if indicator != nil, note == nil { throw ValidationError(ReviewMessages.nothingToSet()) }
    }

    func run() throws {
        let forms = try input.read().forms
        let matches = try reviewMatches(query, in: forms, all: all)
        let session = review.open()
        let ids = FormIdentity.of(forms)
        do {
            for i in matches { try apply(to: forms[i], ids[i], session) }
        } catch let e as ReviewLedgerError {
            Console.error("jixiao: \(e.message)")
            throw ExitCode(ExitCodes.notSaved)
        }
        Console.flush()
    }

    private func apply(to form: Form, _ id: FormIdentity, _ session: ReviewSession) throws {
        let name = Sanitizer.clean(form.project)
        if let g = grade.flatMap(Grade.init(argument:)) {
            _ = try session.setGrade(g, of: id)
            Console.line(ReviewMessages.saved(ReviewMessages.savedGrade(name, g.labelWithMeaning)))
        }
        if let note {
            if let indicator {
                let q = FormLookup.fold(indicator)
                let keys = Side.allCases.flatMap { side in
                    form.indicators[side].filter { FormLookup.fold($0.name).contains(q) }.map { IndicatorPath.key($0, side: side) }
                }
                if keys.isEmpty {
                    Console.error("jixiao: \(ReviewMessages.indicatorNotFound(name, indicator))")
                    throw ExitCode(ExitCodes.notFound)
                }
                for k in keys {
                    _ = try session.setNote(note, indicator: k, of: id)
                    Console.line(ReviewMessages.saved(ReviewMessages.savedIndicatorNote(name, Sanitizer.clean(IndicatorPath.display(k)))))
                }
            } else {
                _ = try session.setNote(note, indicator: nil, of: id)
                Console.line(ReviewMessages.saved(ReviewMessages.savedNote(name)))
            }
        }
        let findings = (accept.isEmpty && dismiss.isEmpty) ? [] : Checker.check(form)
        for (rules, kind) in [(accept, VerdictKind.accepted), (dismiss, .dismissed)] {
            for rule in CheckCommand.ruleIDs(rules).sorted() {
                let hits = findings.filter { $0.rule.rawValue == rule }
                if hits.isEmpty {
                    Console.error("jixiao: \(ReviewMessages.ruleNotOnForm(name, rule))")
                    throw ExitCode(ExitCodes.notFound)
                }
                for f in hits {
                    _ = try session.setVerdict(kind, reason: kind == .dismissed ? reason : "", on: f, key: FindingKey(f, in: form), of: id)
                }
                Console.line(ReviewMessages.saved(ReviewMessages.savedVerdict(name, kind.label, rule, hits.count)))
            }
        }
    }
}
