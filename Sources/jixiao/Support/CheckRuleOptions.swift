import ArgumentParser
import JixiaoKit

/// The options of the review checks (rules) that `browse` and `summary` take as `check` does:
/// `--ignore RULE…` and `--min-satisfaction N`.
struct CheckRuleOptions: ParsableArguments {
    @Option(name: .customLong("ignore"), help: ArgumentHelp(CLIMessages.helpIgnore(), valueName: "rule"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp(CLIMessages.helpMinSatisfaction(), valueName: "percent"))
    var minSatisfaction: Double = 90

    /// The options as the checker takes them.
    var options: CheckOptions { CheckOptions(ignored: CheckCommand.ruleIDs(ignore), minSatisfaction: minSatisfaction) }

    func validate() throws {
        try CheckCommand.validate(ignored: CheckCommand.ruleIDs(ignore), minSatisfaction: minSatisfaction)
    }
}
