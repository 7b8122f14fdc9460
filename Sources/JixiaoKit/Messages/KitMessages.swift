/// Texts of JixiaoKit that reach a user outside the review findings (reading errors and notes).
public enum KitMessages: String, MessageKey {
    case unreadableInput, warningWord, errorWord
    // Column headers of the CSV exports (a spreadsheet's first row: Chinese by default).
    case csvProject, csvDepartment, csvSide, csvTier1, csvTier2, csvName, csvValue
    case csvCode, csvDepartmentName, csvForms, csvAnnualYuan, csvAnnualGiven, csvImplementationYuan
    case csvImplementationGiven, csvIndicators, csvErrors, csvWarnings, csvInfos

    public static let catalog: [Self: Message] = [
        .unreadableInput: Message("无法读取 {1}：{2}", "cannot read {1}: {2}"),
        .warningWord: Message("警告", "warning"),
        .errorWord: Message("错误", "error"),
        .csvProject: Message("项目名称", "project"),
        .csvDepartment: Message("主管部门", "department"),
        .csvSide: Message("期间", "side"),
        .csvTier1: Message("一级指标", "tier1"),
        .csvTier2: Message("二级指标", "tier2"),
        .csvName: Message("三级指标", "name"),
        .csvValue: Message("指标值", "value"),
        .csvCode: Message("部门代码", "code"),
        .csvDepartmentName: Message("主管部门", "name"),
        .csvForms: Message("表数", "forms"),
        .csvAnnualYuan: Message("年度资金（元）", "annualYuan"),
        .csvAnnualGiven: Message("填报年度资金的表数", "annualGiven"),
        .csvImplementationYuan: Message("实施期资金（元）", "implementationYuan"),
        .csvImplementationGiven: Message("填报实施期资金的表数", "implementationGiven"),
        .csvIndicators: Message("指标数", "indicators"),
        .csvErrors: Message("错误", "errors"),
        .csvWarnings: Message("警告", "warnings"),
        .csvInfos: Message("提示", "infos"),
    ]
}
