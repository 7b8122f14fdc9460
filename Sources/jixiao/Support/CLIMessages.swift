import JixiaoKit

/// Texts of the command line (`list`, `show`, `summary`, `export`, input errors, usage errors).
/// Chinese first; English with `--lang en` / `JIXIAO_LANG=en`.
enum CLIMessages: String, MessageKey {
    case noMatch, severalMatches, numberHint, noSuchNumber, queryOrIndex, unknownCommand
    case nothingRead, giveInputs

    static let catalog: [Self: Message] = [
        .noMatch: Message("jixiao：没有匹配“{1}”的项目", "jixiao: no project matches “{1}”"),
        .severalMatches: Message(
            "jixiao：{1} 个项目匹配“{2}”；请缩小查询、按编号查看（show '#3' 或 --index 3），或用 --all：",
            "jixiao: {1} projects match “{2}”; narrow the query, pick one by number (show '#3' or --index 3), or use --all:"),
        .numberHint: Message("按列表编号查看第 {1} 个表：jixiao show '#{1}' 或 --index {1}", "to show form {1} of the list: jixiao show '#{1}' or --index {1}"),
        .noSuchNumber: Message("jixiao：没有第 {1} 个表（编号 1–{2}，与 jixiao list 相同）", "jixiao: there is no form {1} (numbers run 1–{2}, as in jixiao list)"),
        .queryOrIndex: Message("请给出查询（项目名称、主管部门或代码，或 '#3'）或 --index，二者只用一个", "give a query (project, department or code, or '#3') or --index, not both"),
        .unknownCommand: Message("未知命令 “{1}”，是否要用 {2}？", "unknown command “{1}”; did you mean {2}?"),
        .nothingRead: Message("jixiao：没有读到任何表", "jixiao: no form could be read"),
        .giveInputs: Message("请给出至少一个文件或文件夹", "give at least one file or folder"),
    ]
}
