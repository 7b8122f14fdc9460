import ArgumentParser

/// `jixiao`: browse, show, list, export and check 项目支出绩效目标表 from their text export.
@main
struct Jixiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: CLIMessages.helpRootAbstract(),
        discussion: CLIMessages.helpRootDiscussion(),
        version: "0.1.0",
        subcommands: [BrowseCommand.self, ShowCommand.self, ListCommand.self, SummaryCommand.self, ExportCommand.self, CheckCommand.self, ReviewCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
