import ArgumentParser
import JixiaoKit
import JixiaoReview

/// `jixiao review status PATH…`: how far the review has come, overall and per department.
struct ReviewStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: CLIMessages.helpReviewStatusAbstract()
    )

    @OptionGroup var review: ReviewOptions
    @OptionGroup var input: InputOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let forms = try input.read().forms
        let session = review.open()
        let ids = FormIdentity.of(forms)
        for line in ReviewProgress(ids, session.reviews(of: ids)).lines() { Console.line(FormList.trimRight(line)) }
        Console.flush()
    }
}
