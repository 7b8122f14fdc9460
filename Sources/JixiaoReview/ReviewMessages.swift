import JixiaoKit

/// Texts of the review database and the `review` commands, Chinese first.
public enum ReviewMessages: String, MessageKey {
    // Opening and saving.
    case reasonPermission, reasonReadOnlyFileSystem, reasonNotDirectory, reasonNoSpace
    case cannotCreate, cannotOpen, readOnly, locked, corrupt, newerSchema, notSaved, lockedNotSaved, readOnlyNotSaved
    // History lines.
    case logDecision, logNote, logNoteCleared, logIndicatorNote, logAccepted, logDismissed, logDismissedReason, logWithdrawn
    // Status.
    case statusOverall, statusGrades, statusRecheck, statusDepartmentHeader, statusColumns
    // Stats.
    case statsHeader, statsNone
    // The `review` commands.
    case saved, savedGrade, savedNote, savedIndicatorNote, savedVerdict, noMatch, severalMatch, nothingToSet, unknownGrade
    case ruleNotOnForm, indicatorNotFound, logEmpty, dbInUse
    // Export headings.
    case exportProject, exportDepartment, exportUnit, exportYear, exportFunds, exportGrade, exportMeaning, exportReviewer
    case exportDate, exportNote, exportAccepted, exportState, exportIndicatorNotes, exportTitle, exportNoNote, exportNoFinding
    case exportConclusion

    public static let catalog: [Self: Message] = [
        .reasonPermission: Message("没有权限", "permission denied"),
        .reasonReadOnlyFileSystem: Message("文件系统只读", "read-only file system"),
        .reasonNotDirectory: Message("路径中有一项不是目录", "a part of the path is not a folder"),
        .reasonNoSpace: Message("磁盘已满", "no space left on the disk"),
        .cannotCreate: Message(
            "无法创建审核数据库 {1}：{2}。本次只读，审核结果不会保存。",
            "cannot create the review database {1}: {2}. Read-only this time; decisions will not be saved."),
        .cannotOpen: Message(
            "无法打开审核数据库 {1}：{2}。本次只读，审核结果不会保存。",
            "cannot open the review database {1}: {2}. Read-only this time; decisions will not be saved."),
        .readOnly: Message(
            "审核数据库 {1} 只读（没有写权限）：可以查看已有结果，不能保存新的审核结果。",
            "the review database {1} is read-only (no write permission): existing decisions are shown, new ones cannot be saved."),
        .locked: Message(
            "审核数据库 {1} 被其他程序锁定：本次只读，请稍后重新打开。",
            "the review database {1} is locked by another program: read-only this time; reopen later."),
        .corrupt: Message(
            "审核数据库 {1} 已损坏或不是 jixiao 的数据库（{2}）：本次只读，不会改动该文件。请备份并移走它，或用 --db 指定其他文件。",
            "the review database {1} is damaged or not a jixiao database ({2}): read-only this time, the file is left untouched. Back it up and move it away, or use --db."),
        .newerSchema: Message(
            "审核数据库 {1} 由更新版本的 jixiao 创建：本次只读，请升级 jixiao。",
            "the review database {1} was made by a newer jixiao: read-only this time; upgrade jixiao."),
        .notSaved: Message("未保存：审核数据库 {1} 写入失败：{2}", "not saved: writing the review database {1} failed: {2}"),
        .lockedNotSaved: Message(
            "未保存：审核数据库 {1} 正被其他程序写入（等待超时），请重试。",
            "not saved: another program is writing the review database {1} (timed out); try again."),
        .readOnlyNotSaved: Message("未保存：审核数据库 {1} 只读。", "not saved: the review database {1} is read-only."),
        .logDecision: Message("评定 {1}", "graded {1}"),
        .logNote: Message("审核意见：{1}", "note: {1}"),
        .logNoteCleared: Message("清除审核意见", "note cleared"),
        .logIndicatorNote: Message("指标意见（{1}）：{2}", "indicator note ({1}): {2}"),
        .logAccepted: Message("采纳问题 [{1}] {2}", "accepted finding [{1}] {2}"),
        .logDismissed: Message("误报 [{1}] {2}", "dismissed finding [{1}] {2}"),
        .logDismissedReason: Message("误报 [{1}] {2}（理由：{3}）", "dismissed finding [{1}] {2} (reason: {3})"),
        .logWithdrawn: Message("撤销对问题 [{1}] 的判断", "withdrew the verdict on [{1}]"),
        .statusOverall: Message("已审 {1}/{2}（{3}%）", "reviewed {1}/{2} ({3}%)"),
        .statusGrades: Message("优 {1} · 良 {2} · 中 {3} · 差 {4} · 未审 {5}", "优 {1} · 良 {2} · 中 {3} · 差 {4} · not reviewed {5}"),
        .statusRecheck: Message("表已修改，需复审：{1}", "changed since graded, to review again: {1}"),
        .statusDepartmentHeader: Message("主管部门", "department"),
        .statusColumns: Message("表 已审 优 良 中 差 未审 需复审", "forms reviewed 优 良 中 差 open recheck"),
        .statsHeader: Message("规则 采纳 误报 精确率", "rule accepted dismissed precision"),
        .statsNone: Message("还没有对问题的判断（采纳或误报）。", "no verdicts on findings yet (accepted or dismissed)."),
        .saved: Message("已保存：{1}", "saved: {1}"),
        .savedGrade: Message("{1} → {2}", "{1} → {2}"),
        .savedNote: Message("{1} → 审核意见已记录", "{1} → note recorded"),
        .savedIndicatorNote: Message("{1} → 指标意见已记录（{2}）", "{1} → indicator note recorded ({2})"),
        .savedVerdict: Message("{1} → {2} [{3}] ×{4}", "{1} → {2} [{3}] ×{4}"),
        .noMatch: Message("没有匹配“{1}”的项目", "no project matches “{1}”"),
        .severalMatch: Message("有 {1} 个项目匹配“{2}”；请缩小查询范围或加 --all：", "{1} projects match “{2}”; narrow the query or use --all:"),
        .nothingToSet: Message("请至少给出 --grade、--note、--accept 或 --dismiss 之一", "give at least one of --grade, --note, --accept, --dismiss"),
        .unknownGrade: Message("无法识别的等级“{1}”：可用 优 良 中 差（或 1–4），未审 表示清除", "unknown grade “{1}”: use 优 良 中 差 (or 1–4), 未审 to clear"),
        .ruleNotOnForm: Message("{1}：没有规则 {2} 的问题", "{1}: no finding of rule {2}"),
        .indicatorNotFound: Message("{1}：没有名为“{2}”的指标", "{1}: no indicator named “{2}”"),
        .logEmpty: Message("（没有审核记录）", "(no review record)"),
        .dbInUse: Message("审核数据库：{1}", "review database: {1}"),
        .exportProject: Message("项目名称", "project"),
        .exportDepartment: Message("主管部门", "department"),
        .exportUnit: Message("实施单位", "implementing unit"),
        .exportYear: Message("年度", "year"),
        .exportFunds: Message("年度资金（万元）", "annual funds (10k yuan)"),
        .exportGrade: Message("等级", "grade"),
        .exportMeaning: Message("含义", "meaning"),
        .exportReviewer: Message("审核人", "reviewer"),
        .exportDate: Message("审核日期", "date"),
        .exportNote: Message("审核意见", "note"),
        .exportAccepted: Message("存在问题（已采纳）", "accepted findings"),
        .exportState: Message("状态", "state"),
        .exportIndicatorNotes: Message("指标意见", "indicator notes"),
        .exportTitle: Message("项目支出绩效目标审核意见书", "Performance target review opinion"),
        .exportNoNote: Message("（无）", "(none)"),
        .exportNoFinding: Message("（无）", "(none)"),
        .exportConclusion: Message("审核结论", "conclusion"),
    ]
}
