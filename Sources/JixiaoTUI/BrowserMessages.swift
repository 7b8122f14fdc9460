import JixiaoKit

/// Every text the browser shows, Chinese first, English when `Language.current == .en`.
/// `BrowserMessagesTests` fails when an entry lacks a language or a placeholder.
enum BrowserMessages: String, MessageKey {
    // Filters (`d`, `e`, `r`, Esc).
    case filterDepartment, filterErrors, filterWarnings, filterAnyFinding, filterRule
    case filterSet, filtersCleared, filterCleared, highlightCleared, filtersClearedToShow
    case pickerAll, noDepartment, pickerDepartmentTitle, pickerRuleTitle, pickerFooter, pickerCount
    // Go to / next / previous.
    case noSuchForm, wentToForm, lastProject, firstProject, gotoRange, gotoHint
    // Layout.
    case listWidth, listShareAuto, listShareWide, listShareNarrow
    // 填报日期.
    case rawDateShown, dateShown
    // The tree.
    case oneSideOnly
    // The summary view.
    case summaryTitle, summaryInfo, summaryChecking
    // Source and copy.
    case noSource, openedSource, copied, copiedNothing, copyIndicator, copySection, copyForm

    static let catalog: [Self: Message] = [
        .filterDepartment: Message("主管部门={1}", "department={1}"),
        .filterErrors: Message("有错误", "with errors"),
        .filterWarnings: Message("有警告", "with warnings"),
        .filterAnyFinding: Message("有问题", "with findings"),
        .filterRule: Message("规则={1}", "rule={1}"),
        .filterSet: Message("筛选 {1} · {2} 项", "Filter {1} · {2} projects"),
        .filtersCleared: Message("已清除部门、严重程度和规则筛选", "Department, severity and rule filters cleared"),
        .filterCleared: Message("已清除筛选", "Filter cleared"),
        .highlightCleared: Message("已清除高亮", "Highlight cleared"),
        .filtersClearedToShow: Message(" · 已清除筛选", " · filters cleared"),
        .pickerAll: Message("（全部）", "(all)"),
        .noDepartment: Message("（无主管部门）", "(no department)"),
        .pickerDepartmentTitle: Message("主管部门", "Department"),
        .pickerRuleTitle: Message("检查规则", "Check rule"),
        .pickerFooter: Message(" Enter 选择 · Esc 关闭 ", " Enter choose · Esc close "),
        .pickerCount: Message("{1} 项", "{1}"),
        .noSuchForm: Message("没有第 {1} 项（共 {2} 项）", "There is no project {1} (of {2})"),
        .wentToForm: Message("第 {1} 项 · {2}", "Project {1} · {2}"),
        .lastProject: Message("已是最后一个项目", "Already at the last project"),
        .firstProject: Message("已是第一个项目", "Already at the first project"),
        .gotoRange: Message("跳到第 N 项（1–{1}）", "Go to project N (1–{1})"),
        .gotoHint: Message("Enter 跳转 · Esc 取消", "Enter go · Esc cancel"),
        .listWidth: Message("列表宽度：{1}", "List width: {1}"),
        .listShareAuto: Message("自动", "auto"),
        .listShareWide: Message("宽", "wide"),
        .listShareNarrow: Message("窄", "narrow"),
        .rawDateShown: Message("填报日期：显示原文", "Filing date: as written"),
        .dateShown: Message("填报日期：显示为日期", "Filing date: as a date"),
        .oneSideOnly: Message("这个项目只有{1}一侧", "This project prints the {1} side only"),
        .summaryTitle: Message("年度汇总", "Year summary"),
        .summaryInfo: Message("{1} 个主管部门 · {2} 项 · 金额单位 万元 · S/Esc 关闭", "{1} departments · {2} projects · amounts in 10k yuan · S/Esc close"),
        .summaryChecking: Message("检查中…", "checking…"),
        .noSource: Message("这个项目没有来源文件", "This project has no source file"),
        .openedSource: Message("已打开 {1}", "Opened {1}"),
        .copied: Message("已复制{1}（{2} 字，OSC 52）", "Copied {1} ({2} characters, OSC 52)"),
        .copiedNothing: Message("没有可复制的内容", "Nothing to copy"),
        .copyIndicator: Message("指标", "the indicator"),
        .copySection: Message("本节", "the section"),
        .copyForm: Message("整个项目", "the whole project"),
    ]
}
