/// Texts of the year summary and the list (`jixiao summary`, `list` and its 合计 footer, the
/// browser's summary view).
public enum SummaryMessages: String, MessageKey {
    case department, project, forms, annualFunds, implementationFunds, indicators, errors, warnings, infos
    case annualShort, implementationShort, total, noDepartment, partialFunds, listTotal

    public static let catalog: [Self: Message] = [
        .department: Message("主管部门", "Department"),
        .project: Message("项目名称", "Project"),
        .forms: Message("表数", "Forms"),
        .annualFunds: Message("年度资金(万元)", "Annual (10k yuan)"),
        .implementationFunds: Message("实施期资金(万元)", "Period (10k yuan)"),
        .annualShort: Message("年度(万元)", "Year (10k)"),
        .implementationShort: Message("实施期(万元)", "Period (10k)"),
        .indicators: Message("指标", "Indicators"),
        .errors: Message("错误", "Errors"),
        .warnings: Message("警告", "Warnings"),
        .infos: Message("提示", "Info"),
        .total: Message("合计", "Total"),
        .noDepartment: Message("（无主管部门）", "(no department)"),
        .partialFunds: Message("* 有表未填资金总额：空白不计为 0，合计只含已填的", "* some forms leave the total empty: an empty cell is not 0, the sum holds only the figures given"),
        .listTotal: Message("合计 {1} 表 · {2} 个部门", "Total: {1} forms · {2} departments"),
    ]
}
