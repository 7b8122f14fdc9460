import JixiaoKit

/// The browser's texts about the review record (grades, notes, verdicts, the progress).
public enum ReviewBrowserMessages: String, MessageKey {
    case saved, savedNote, savedNoteCleared, savedIndicatorNote, savedAccepted, savedDismissed, savedWithdrawn
    case notWritable, noForm, noFindings, noIndicator, noteCancelled, noteUnchanged, editorFailed
    case filterReturned, filterRecheck, filterOn, filterOff, filterEmpty, progress, readOnly
    case notePrompt, reasonPrompt, indicatorPrompt, promptKeys
    case sectionTitle, gradeLabel, gradeLine, recheck, noteLabel, indicatorLabel, unreviewedHint, acceptedTag, dismissedTag
    case editorTitle, editorHelp, editorFindings, editorIndicator
    case loading, gradeQueued
    // The key map's help (KeyMap, contexts 审核 and 意见输入).
    case contextReview, contextNote
    case keyGradeExcellent, keyGradeGood, keyGradeFair, keyGradePoor, keyGradeClear, keyNote, keyNextFinding, keyPreviousFinding, keyAccept, keyDismiss, keyReviewFilter, keyIndicatorNote, keyNoteType, keyNoteDelete, keyNoteClear, keyNoteSave, keyNoteCancel

    public static let catalog: [Self: Message] = [
        .saved: Message("已保存：{1}", "saved: {1}"),
        .savedNote: Message("已保存审核意见", "note saved"),
        .savedNoteCleared: Message("已清除审核意见", "note cleared"),
        .savedIndicatorNote: Message("已保存指标意见：{1}", "indicator note saved: {1}"),
        .savedAccepted: Message("已采纳：{1}", "accepted: {1}"),
        .savedDismissed: Message("已记为误报：{1}", "dismissed: {1}"),
        .savedWithdrawn: Message("已撤销对 {1} 的判断", "verdict on {1} withdrawn"),
        .notWritable: Message("只读，未保存：{1}", "read-only, not saved: {1}"),
        .noForm: Message("没有选中的项目", "no project selected"),
        .noFindings: Message("本项目没有问题", "this project has no findings"),
        .noIndicator: Message("光标不在指标上", "the cursor is not on an indicator"),
        .noteCancelled: Message("已取消，未保存", "cancelled, nothing saved"),
        .noteUnchanged: Message("意见未改变", "note unchanged"),
        .loading: Message("审核记录载入中，请稍候", "the review record is loading, a moment"),
        .gradeQueued: Message("审核记录载入中，载入后即保存：{1}", "the review record is loading; saved once it is in: {1}"),
        .editorFailed: Message("编辑器失败，未保存：{1}", "the editor failed, nothing saved: {1}"),
        .filterReturned: Message("退回", "returned"),
        .filterRecheck: Message("需复审", "to recheck"),
        .filterOn: Message("只看{1}（{2} 项）", "only {1} ({2})"),
        .filterEmpty: Message("没有{1}的项目（r 切换）", "no project is {1} (r switches)"),
        .filterOff: Message("显示全部审核状态", "all review states shown"),
        .progress: Message("已审 {1}/{2}", "reviewed {1}/{2}"),
        .readOnly: Message("只读", "read-only"),
        .notePrompt: Message("意见：", "note: "),
        .reasonPrompt: Message("误报理由（可空）：", "reason (optional): "),
        .indicatorPrompt: Message("指标意见：", "indicator note: "),
        .promptKeys: Message("Enter 保存 · Esc 取消", "Enter save · Esc cancel"),
        .sectionTitle: Message("审核", "review"),
        .gradeLabel: Message("等级", "grade"),
        .gradeLine: Message("{1} · {2} {3}", "{1} · {2} {3}"),
        .recheck: Message("表已修改，需复审", "form changed since graded: review again"),
        .noteLabel: Message("意见", "note"),
        .indicatorLabel: Message("指标", "indicator"),
        .unreviewedHint: Message("未审 · 1–4 评等级（优 良 中 差），e 写意见，f 选问题后 a 采纳 / x 误报", "not reviewed · 1–4 grade, e note, f then a accept / x dismiss"),
        .acceptedTag: Message("采纳", "accepted"),
        .dismissedTag: Message("误报", "dismissed"),
        .editorTitle: Message("审核意见：{1}（{2}）", "note on: {1} ({2})"),
        .editorHelp: Message("以 # 开头的行不会保存；保存并退出编辑器即记录，内容为空则清除意见。", "Lines starting with # are dropped; save and quit to record, empty clears the note."),
        .editorFindings: Message("问题：", "findings:"),
        .editorIndicator: Message("指标：{1}", "indicator: {1}"),
        .contextReview: Message("审核（任何窗格）", "review (any pane)"),
        .contextNote: Message("意见输入（状态行）", "note input (status line)"),
        .keyGradeExcellent: Message("评为 优（通过）", "grade 优 (approved)"),
        .keyGradeGood: Message("评为 良（协商后通过，小修）", "grade 良 (approved after consultation, minor changes)"),
        .keyGradeFair: Message("评为 中（修改后重报）", "grade 中 (revise and resubmit)"),
        .keyGradePoor: Message("评为 差（退回，不予安排）", "grade 差 (returned, not funded)"),
        .keyGradeClear: Message("清除等级（未审）", "clear the grade (not reviewed)"),
        .keyNote: Message("写审核意见（$VISUAL / $EDITOR；未设置时在状态行输入）", "write the review note ($VISUAL / $EDITOR; else on the status line)"),
        .keyNextFinding: Message("下一个问题（a / x 的对象，详情中以 ▸ 标出）", "next finding (what a / x act on, marked ▸ in the detail)"),
        .keyPreviousFinding: Message("上一个问题", "previous finding"),
        .keyAccept: Message("采纳 ▸ 处的问题，写入审核意见（再按撤销）", "accept the finding at ▸ into the opinion (again: withdraw)"),
        .keyDismiss: Message("误报：▸ 处的问题不是问题，可写理由（再按撤销）", "dismiss the finding at ▸ as not a problem, with a reason (again: withdraw)"),
        .keyReviewFilter: Message("按审核状态筛选：全部 → 未审 → 退回 → 需复审", "filter by review state: all → not reviewed → returned → to recheck"),
        .keyIndicatorNote: Message("给光标处的指标写意见", "write a note on the indicator under the cursor"),
        .keyNoteType: Message("输入（中文输入法可用）", "type (Chinese input works)"),
        .keyNoteDelete: Message("删除一个字", "delete one character"),
        .keyNoteClear: Message("清空（保存空意见即清除）", "clear (saving an empty note removes it)"),
        .keyNoteSave: Message("保存", "save"),
        .keyNoteCancel: Message("取消，不保存", "cancel, save nothing"),
    ]
}
