import JixiaoKit

/// Texts of the command line (`list`, `show`, `summary`, `export`, input errors, usage errors,
/// and every `--help` screen). Chinese first; English with `--lang en` / `JIXIAO_LANG=en`.
enum CLIMessages: String, MessageKey {
    case noMatch, severalMatches, numberHint, noSuchNumber, queryOrIndex, unknownCommand
    case nothingRead, giveInputs, badLanguage

    // `--help`: the commands' abstracts and discussions.
    case helpRootAbstract, helpRootDiscussion, helpBrowseAbstract, helpBrowseDiscussion
    case helpShowAbstract, helpShowDiscussion, helpListAbstract, helpListDiscussion
    case helpSummaryAbstract, helpSummaryDiscussion, helpExportAbstract
    case helpCheckAbstract, helpCheckDiscussion, helpReviewAbstract, helpReviewDiscussion
    case helpReviewStatusAbstract, helpReviewExportAbstract, helpReviewSetAbstract, helpReviewSetDiscussion
    case helpReviewLogAbstract, helpReviewLogDiscussion, helpReviewStatsAbstract

    // `--help`: options and arguments.
    case helpPaths, helpOptionalPaths, helpQuiet, helpStrict, helpLang, helpProject, helpNoMouse
    case helpIgnore, helpMinSatisfaction, helpDB, helpReviewer
    case helpCheckFormat, helpRequireCost, helpListRules, helpCheckQuiet
    case helpExportFormat, helpSummaryFormat, helpReviewExportFormat, helpBOM, helpRawCSV
    case helpShowArguments, helpIndex, helpAll, helpQuery
    case helpGrade, helpNote, helpIndicator, helpAccept, helpDismiss, helpReason

    // The frame argument-parser prints around them (`HelpText` swaps the English for these).
    case helpOverview, helpUsage, helpArguments, helpOptions, helpSubcommands
    case helpShowHelp, helpShowVersion, helpDefault, helpValuesDefault, helpDefaultSubcommand, helpSeeSubcommand
    case errorPrefix, errorUsage, errorHelp, errorSeeHelp
    case errorUnknownOption, errorDidYouMean, errorMissingValue, errorMissingArgument, errorUnexpectedArgument
    case errorInvalidValue, errorOneOf

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
        .badLanguage: Message("--lang 只能是 zh 或 en（给的是“{1}”）", "--lang takes zh or en (not “{1}”)"),

        .helpRootAbstract: Message("浏览并审核项目支出绩效目标表。", "Browse and check Chinese budget performance-target forms (项目支出绩效目标表)."),
        .helpRootDiscussion: Message(
            """
            直接运行 jixiao 路径… 即打开浏览器（标准输出不是终端时打印列表）。--lang en（或 JIXIAO_LANG=en）改用英文，可放在命令行任何位置。
            退出码：0 成功；1 没有或有多个匹配（show）、有错误级问题（check）；2 没有读到任何内容；3 审核记录无法保存（review set）；64 用法错误。
            """,
            """
            A bare `jixiao PATH…` opens the browser (or prints the list when stdout is not a terminal). --lang en (or JIXIAO_LANG=en) switches to English, anywhere on the line.
            Exit codes: 0 ok; 1 no or several matches (show), error-level findings (check); 2 nothing could be read; 3 nothing could be saved (review set); 64 usage error.
            """),
        .helpBrowseAbstract: Message("打开浏览器，浏览全部表（默认命令）。", "Open the browser over all forms (the default command)."),
        .helpBrowseDiscussion: Message(
            "浏览器打开时，jixiao check 的审核检查在后台运行：有问题的项目在列表中标出（✗ 错误、! 警告、· 提示，附数量），p/P 在它们之间跳转，! 只显示它们。在浏览器中按 ? 查看全部按键。",
            "The review checks of `jixiao check` run in the background as the browser opens: projects with findings are marked in the list (✗ error, ! warning, · info, with their count), `p`/`P` jump between them and `!` shows only them. `?` in the browser lists every key."),
        .helpShowAbstract: Message("把项目名称、主管部门或代码匹配 QUERY 的表打印为一张卡片。", "Print the form whose project name, department or code matches QUERY as a card."),
        .helpShowDiscussion: Message(
            "QUERY '#3'（或 --index 3）是 jixiao list 中的第 3 个表（在所有输入中按文件顺序的位置，从 1 起）。只含数字的查询只在与部门代码完全相同时匹配该代码。有多个匹配时列出它们的编号并以 1 退出，加 --all 则打印每一张卡片。",
            "QUERY '#3' (or --index 3) is form 3 of `jixiao list` (its 1-based position in file order across all inputs). A query of digits only matches a department code only when equal to it. Several matches are listed with their numbers and exit 1, unless --all prints every card."),
        .helpListAbstract: Message("每个表一行：编号、项目、主管部门、年度资金（万元）、指标数；末行合计。", "One line per form: number, project, department, annual funds (万元), indicator count; a 合计 footer."),
        .helpListDiscussion: Message(
            "编号是表在所有输入中按文件顺序的位置（从 1 起）：jixiao show '#3' 显示第 3 个表。",
            "The number is the form's 1-based position in file order across all inputs: `jixiao show '#3'` shows form 3."),
        .helpSummaryAbstract: Message(
            "按主管部门：表数、年度/实施期资金（万元）、指标数、各严重程度的问题数；末行合计。",
            "Per department: forms, 年度/实施期 funds (万元), indicators, findings by severity; a 合计 row."),
        .helpSummaryDiscussion: Message(
            "为统计问题会运行 jixiao check 的审核检查；--ignore、--min-satisfaction 与 check 相同。json 和 csv 的金额以元为单位，精确不取整。",
            "The review checks of `jixiao check` run to count the findings; --ignore and --min-satisfaction as for `check`. json and csv keep the amounts in 元, exact."),
        .helpExportAbstract: Message(
            "把各表输出为 json（{\"forms\":[…]}）、jsonl（每行一个表）或 csv（每行一个指标）。",
            "Print the forms as json ({\"forms\":[…]}), jsonl (one form a line) or csv (one indicator a row)."),
        .helpCheckAbstract: Message(
            "审核各表：按表、按审核要点（完整性、相关性、适当性、可行性）列出问题。",
            "Review the forms: findings by form and by heading (完整性, 相关性, 适当性, 可行性)."),
        .helpCheckDiscussion: Message(
            """
            规则及其依据：jixiao check --list-rules 与 docs/checks.md。
            每行按 COLUMNS 折行（否则按终端宽度，输出到管道时为 80）。
            退出码：0 没有错误级问题；1 至少有一个；2 没有读到任何内容。
            汇总写到标准错误（--quiet 时不写），标准输出只有问题。
            --format json 另给出每条规则在每个表上的结果（failed、passed、notChecked）。
            """,
            """
            Rules and their reasons: `jixiao check --list-rules` and docs/checks.md.
            Lines wrap to COLUMNS (else the terminal's width, 80 when piped).
            Exit codes: 0 no error-level finding; 1 at least one; 2 nothing could be read.
            The summary goes to stderr (not with --quiet), so stdout holds only findings.
            --format json adds each rule's outcome per form (failed, passed, notChecked).
            """),
        .helpReviewAbstract: Message(
            "审核记录：进度、审核意见导出、供脚本使用的评级与意见、历史、规则精确率。",
            "The review record: progress, 审核意见 export, grades and notes for scripts, history, rule precision."),
        .helpReviewDiscussion: Message(
            "各项决定保存在一个 SQLite 文件中：--db，否则 $XDG_DATA_HOME/jixiao/review.sqlite（再否则 ~/.local/share/jixiao/review.sqlite）。改动无法保存时退出码为 3。",
            "Decisions are kept in one SQLite file: --db, else $XDG_DATA_HOME/jixiao/review.sqlite (else ~/.local/share/jixiao/review.sqlite). Exit 3 when a change could not be saved."),
        .helpReviewStatusAbstract: Message("这些表的审核进度：已审 n/N、评级、需复审，按主管部门分列。", "Progress of the review of these forms: 已审 n/N, grades, 需复审, per department."),
        .helpReviewExportAbstract: Message(
            "输出审核意见：csv（每表一行）、md（每表一份可打印的审核意见书）或 json。",
            "Print the 审核意见: csv (one row per form), md (one printable 审核意见书 per form) or json."),
        .helpReviewSetAbstract: Message("为 QUERY 所指的表记录评级、意见或对问题的判定。", "Record a grade, a note, or verdicts on findings for the form QUERY names."),
        .helpReviewSetDiscussion: Message(
            """
            QUERY 的查找方式与 show 相同。每次改动都是历史中新的一行（review log）。
            没有或有多个匹配（未加 --all）时退出码为 1；无法保存时为 3。
            """,
            """
            QUERY is found as `show` finds it. Each change is a new row of the history (review log).
            Exit 1 when no form or several match (without --all); 3 when nothing could be saved.
            """),
        .helpReviewLogAbstract: Message("QUERY 所指表的历史：每次评级、意见和判定，附审核人和时间。", "The history of the form QUERY names: each decision, note and verdict with reviewer and time."),
        .helpReviewLogDiscussion: Message("不给路径时，在数据库已知的表中查找。", "Without PATH the forms the database knows are searched."),
        .helpReviewStatsAbstract: Message("按检查规则：问题被采纳、判为误报的次数，以及实测精确率。", "Per check rule: findings accepted (采纳) and dismissed (误报), and the measured precision."),

        .helpPaths: Message(
            "文件或文件夹（文件夹内递归查找 *.txt、*.xlsx、*.xlsm；指名的 FIFO 或 /dev/stdin 也会读取）。",
            "Files or folders (folders are searched recursively for *.txt, *.xlsx, *.xlsm; a FIFO or /dev/stdin is read when named)."),
        .helpOptionalPaths: Message("文件或文件夹（可省略）。", "Files or folders (optional)."),
        .helpQuiet: Message("不打印读取警告（无法归位的单元格）。", "Do not print reading warnings (cells that could not be placed)."),
        .helpStrict: Message(
            "拒绝含有任何编码都解读不了的字节的文件（默认读作 �，并逐处指出位置）。",
            "Refuse a file holding bytes that are text in no encoding (by default they are read as �, each spot named)."),
        .helpLang: Message("界面语言：zh（默认）或 en；也可设 JIXIAO_LANG=en。可放在命令行任何位置。", "zh (default) or en; also JIXIAO_LANG=en. Goes anywhere on the line."),
        .helpProject: Message("打开时选中第一个匹配此查询的项目（如 公交）。", "Open with the first project matching this query selected (e.g. 公交)."),
        .helpNoMouse: Message("不接管鼠标（保留终端自己的文本选择）。", "Do not take over the mouse (keeps the terminal's own text selection)."),
        .helpIgnore: Message(
            "不运行的检查规则（规则 id 见 jixiao check --list-rules）；可重复，或用逗号分隔。",
            "A check rule not to run (ids: jixiao check --list-rules); repeat it or separate ids with commas."),
        .helpMinSatisfaction: Message("满意度目标的最低可接受值，单位 %（规则 satisfaction-low）。", "The lowest acceptable satisfaction target, in percent (rule satisfaction-low)."),
        .helpDB: Message("审核数据库（默认：$XDG_DATA_HOME/jixiao/review.sqlite）。", "The review database (default: $XDG_DATA_HOME/jixiao/review.sqlite)."),
        .helpReviewer: Message("记录决定时署的审核人（默认：$USER）。", "Who decisions are stamped with (default: $USER)."),
        .helpCheckFormat: Message("text（对齐的行）或 json。", "text (aligned lines) or json."),
        .helpRequireCost: Message(
            "某一期间没有任何成本指标时记为错误（cost-indicator-missing），而不是警告。",
            "Make a side without any 成本指标 an error (cost-indicator-missing), not a warning."),
        .helpListRules: Message("列出每条规则及其严重程度，然后退出。", "List every rule with its severity and exit."),
        .helpCheckQuiet: Message("既不打印表外的读取警告，也不打印汇总。", "Print neither reading warnings outside forms nor the summary."),
        .helpExportFormat: Message("json、jsonl 或 csv。", "json, jsonl or csv."),
        .helpSummaryFormat: Message("text（对齐的表）、json 或 csv。", "text (aligned table), json or csv."),
        .helpReviewExportFormat: Message("csv、md 或 json。", "csv, md or json."),
        .helpBOM: Message("CSV 以 UTF-8 BOM 开头（供中文 Windows 上的 Excel/WPS 打开）。", "Start CSV with a UTF-8 BOM (for Excel/WPS on Chinese Windows)."),
        .helpRawCSV: Message(
            "以 = + - @ 开头的 CSV 字段保持原样（默认在前面加 '，电子表格就不会把它当公式执行）。",
            "Leave CSV fields starting with = + - @ as they are (by default they get a leading ' so a spreadsheet never runs them)."),
        .helpShowArguments: Message(
            "QUERY——项目名称、主管部门名称或部门代码的一部分（如 公交、040），或列表编号（'#3'）——给了 --index 时省去；其后是文件或文件夹。",
            "QUERY — part of a project name, a department name, a department code (e.g. 公交, 040), or a list number ('#3') — unless --index is given; then files or folders."),
        .helpIndex: Message("jixiao list 中编号为此数的表（从 1 起）。", "The form with this number in `jixiao list` (1-based)."),
        .helpAll: Message("对每个匹配的表都执行（默认只许匹配一个）。", "Every matching form (by default exactly one must match)."),
        .helpQuery: Message("项目名称、主管部门名称或部门代码的一部分。", "Part of a project name, a department name, or a department code."),
        .helpGrade: Message("优 良 中 差（或 1–4）；未审 清除评级。", "优 良 中 差 (or 1–4); 未审 clears the decision."),
        .helpNote: Message("审核意见（空文本清除）。", "The 审核意见 (an empty text clears it)."),
        .helpIndicator: Message("把 --note 记在这个指标上，而不是整个表（指标名称或其一部分）。", "Put --note on this indicator instead of the form (its name, or part of it)."),
        .helpAccept: Message("把此规则在该表上的问题采纳进审核意见（采纳）。", "Accept the form's findings of this rule into the opinion (采纳)."),
        .helpDismiss: Message("把此规则在该表上的问题判为误报（误报）。", "Dismiss the form's findings of this rule as not a problem (误报)."),
        .helpReason: Message("判为误报的理由。", "Why the findings are dismissed."),

        .helpOverview: Message("概述：", "OVERVIEW: "),
        .helpUsage: Message("用法：", "USAGE: "),
        .helpArguments: Message("参数：", "ARGUMENTS:"),
        .helpOptions: Message("选项：", "OPTIONS:"),
        .helpSubcommands: Message("子命令：", "SUBCOMMANDS:"),
        .helpShowHelp: Message("显示帮助信息。", "Show help information."),
        .helpShowVersion: Message("显示版本号。", "Show the version."),
        .helpDefault: Message("（默认：{1}）", " (default: {1})"),
        .helpValuesDefault: Message("（可选：{1}；默认：{2}）", " (values: {1}; default: {2})"),
        .helpDefaultSubcommand: Message("（默认）", " (default)"),
        .helpSeeSubcommand: Message("子命令的详细帮助：{1} <subcommand>", "See '{1} <subcommand>' for detailed help."),
        .errorPrefix: Message("错误：", "Error: "),
        .errorUsage: Message("用法：", "Usage: "),
        .errorHelp: Message("说明：", "Help:  "),
        .errorSeeHelp: Message("详见 '{1}'", "See '{1}' for more information."),
        .errorUnknownOption: Message("未知选项 '{1}'", "Unknown option '{1}'"),
        .errorDidYouMean: Message("，是否要用 '{1}'？", ". Did you mean '{1}'?"),
        .errorMissingValue: Message("'{1}' 缺少值", "Missing value for '{1}'"),
        .errorMissingArgument: Message("缺少参数 '{1}'", "Missing expected argument '{1}'"),
        .errorUnexpectedArgument: Message("多余的参数 '{1}'", "Unexpected argument '{1}'"),
        .errorInvalidValue: Message("'{1}' 不是 '{2}' 可取的值", "The value '{1}' is invalid for '{2}'"),
        .errorOneOf: Message("；可取：{1}", ". Please provide one of {1}."),
    ]
}
