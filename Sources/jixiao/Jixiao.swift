import ArgumentParser

/// `jixiao`: browse, show, list, export and check 项目支出绩效目标表 from their text export.
@main
struct Jixiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "Browse and check Chinese budget performance-target forms (项目支出绩效目标表).",
        discussion: """
            A bare `jixiao PATH…` opens the browser (or prints the list when stdout is not a terminal).
            Exit codes: 0 ok; 1 no or several matches (show), error-level findings (check);
            2 nothing could be read; 64 usage error.
            """,
        version: "0.1.0",
        subcommands: [BrowseCommand.self, ShowCommand.self, ListCommand.self, SummaryCommand.self, ExportCommand.self, CheckCommand.self, ReviewCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
