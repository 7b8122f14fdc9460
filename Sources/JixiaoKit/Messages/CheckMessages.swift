/// Texts of the review checks: finding messages, why a rule could not run, the headings and
/// severities, and the lines of `jixiao check` and of the card's 问题 section. Form terms
/// (实施期, 年度, 指标值, 成本指标 …) stay Chinese in English: they are the labels printed on the form.
public enum CheckMessages: String, MessageKey {
    // Severities and headings.
    case severityError, severityWarning, severityInfo
    case headingCompleteness, headingRelevance, headingAppropriateness, headingFeasibility

    // Pieces shared by several messages.
    case sidePrefix, bothSides, listJoin, borrowed, verbatim, allFields, noTier2

    // Funds.
    case fundsTotalMissing, fundsSum, fundsAnnualExceeds, fundsOneYearMismatch, fundsAllZero
    // Header.
    case periodMismatch, projectNameRepeated
    // Indicators.
    case sideEmpty, tierEmpty, tierEmptyDeclared, indicatorNoName, indicatorNoValue
    case placeholderValue, placeholderName, noNumber, noNumberOtherSide, satisfactionLow
    case indicatorDuplicate, sideUnmatched, annualUnquantified
    case vagueTarget, moneyAsOutput, costFloor, rateNoNumber, unitMissing
    case unitPercent, unitCount, unitMoney, unitTime
    case unitCostOverFunds, costIndicatorMissing, goalPlaceholder
    // Truncation.
    case truncatedName, truncatedValue, goalTruncatedCopy
    // Narratives and goals.
    case goalEmpty, narrativeEmpty, narrativeDuplicate, goalsCopyNarrative, goalCopiesNarrative
    // Dates.
    case filedAtMissing, filedAtDigits, filedAtNotDigits, filedAtImpossible, filedTooEarly, filedAfter
    case timeTargetName, timeTargetValue

    // Why a rule could not run (`check --format json`, outcomes).
    case notCheckedIgnored, notCheckedNoSide, notCheckedNoIndicators, notCheckedNoBothSides
    case notCheckedNoNumber, notCheckedNoTotal, notCheckedNoPairing, notCheckedAmbiguous
    case notCheckedNotOneYear, notCheckedNoFiscalYear, notCheckedInvalidDate, notCheckedNoGoal
    case notCheckedNoYears, notCheckedNoSubject, notCheckedNoFunds

    // `jixiao check` and the card.
    case summary, headingCount, headingWithCount, findingsTitle, none, lineNumber, noProject
    case unknownRule, minSatisfactionRange, noInput

    public static let catalog: [Self: Message] = [
        .severityError: Message("错误", "error"),
        .severityWarning: Message("警告", "warning"),
        .severityInfo: Message("提示", "info"),
        .headingCompleteness: Message("完整性", "Completeness"),
        .headingRelevance: Message("相关性", "Relevance"),
        .headingAppropriateness: Message("适当性", "Appropriateness"),
        .headingFeasibility: Message("可行性", "Feasibility"),

        .sidePrefix: Message("{1}：{2}", "{1}: {2}"),
        .bothSides: Message("实施期和年度", "实施期 and 年度"),
        .listJoin: Message("{1}、{2}", "{1}, {2}"),
        .borrowed: Message("{1}（取自{2}）", "{1} (from {2})"),
        .verbatim: Message("{1}", "{1}"),
        .allFields: Message("全部{1}", "all {1}"),
        .noTier2: Message("（无二级）", "(no 二级)"),

        .fundsTotalMissing: Message("{1}资金总额未填写", "{1}资金总额 is not given"),
        .fundsSum: Message("{1}资金总额 {2} 不等于各来源之和 {3}（{4}）", "{1}资金总额 {2} ≠ sum of sources {3} ({4})"),
        .fundsAnnualExceeds: Message("年度资金总额 {1} 高于实施期资金总额 {2}", "年度资金总额 {1} is above 实施期资金总额 {2}"),
        .fundsOneYearMismatch: Message("{1}，项目期{2}：实施期资金总额 {3} 与年度资金总额 {4} 不一致", "{1} of {2}: 实施期资金总额 {3} ≠ 年度资金总额 {4}"),
        .fundsAllZero: Message("项目资金各项均为 0，却设置了 {1} 个绩效指标", "every amount of 项目资金 is 0, yet the form sets {1} indicators"),

        .periodMismatch: Message("项目属性为{1}，项目期却为{2}", "项目属性 {1} but 项目期 {2}"),
        .projectNameRepeated: Message("项目名称末尾重复了{1}", "项目名称 repeats {1} at its end"),

        .sideEmpty: Message("{1}未设置任何绩效指标", "the {1} side has no indicators"),
        .tierEmpty: Message("{1}没有{2}", "nothing under {2} on the {1} side"),
        .tierEmptyDeclared: Message("{1}没有{2}（{3}下未填指标）", "nothing under {2} on the {1} side ({3} printed with no indicator)"),
        .indicatorNoName: Message("{1}下有一个指标没有名称（指标值{2}）", "an indicator under {1} has no name (指标值 {2})"),
        .indicatorNoValue: Message("{1}没有指标值", "{1} has no 指标值"),
        .placeholderValue: Message("{1}的指标值{2}是模板占位符，不是目标值", "{2} is a placeholder, not a target ({1})"),
        .placeholderName: Message("指标名称{1}含占位符{2}", "the name {1} holds the placeholder {2}"),
        .noNumber: Message("{1}{2}的指标值{3}没有数字", "{1} {2} has no number in its target {3}"),
        .noNumberOtherSide: Message("{1}{2}的指标值{3}没有数字；{4}为{5}", "{1} {2} has no number in its target {3}; {4} has {5}"),
        .satisfactionLow: Message("满意度指标{1}的目标{2}低于 {3}%", "satisfaction target {2} of {1} is below {3}%"),
        .indicatorDuplicate: Message("{1}重复出现（另见第{2}行）", "{1} appears twice (also line {2})"),
        .sideUnmatched: Message("{1}在{2}中没有对应指标", "{1} has no {2} counterpart"),
        .annualUnquantified: Message("{1}的年度目标{2}没有数字，实施期为{3}", "the target {2} of {1} has no number; 实施期 has {3}"),
        .vagueTarget: Message("{1}的目标{2}是定性表述，既无数值也未分级分档", "the target {2} of {1} is qualitative, with neither a number nor a grade"),
        .moneyAsOutput: Message("数量指标{1}的指标值{2}是金额：资金投入不能作为产出", "数量指标 {1} is an amount of money ({2}): money put in is not an output"),
        .costFloor: Message("成本指标{1}写成下限{2}：成本目标应为上限或定额", "成本指标 {1} is written as a floor ({2}): a cost target is a ceiling or a set amount"),
        .rateNoNumber: Message("比率指标{1}的指标值{2}没有百分比或数字", "the rate {1} has no percentage or number in its target {2}"),
        .unitMissing: Message("{1}的指标值{2}没有单位（应有{3}）", "the target {2} of {1} has no unit (expected {3})"),
        .unitPercent: Message("%", "%"),
        .unitCount: Message("计量单位，如个、人、次", "a counting unit such as 个, 人, 次"),
        .unitMoney: Message("金额单位，如元、万元", "a money unit such as 元, 万元"),
        .unitTime: Message("时间单位，如天、月、年", "a time unit such as 天, 月, 年"),
        .unitCostOverFunds: Message("单位成本 {1} × 数量 {2} = {3}，超过{4}资金总额 {5}", "unit cost {1} × quantity {2} = {3}, above {4}资金总额 {5}"),
        .costIndicatorMissing: Message("{1}没有成本指标", "the {1} side has no 成本指标"),
        .goalPlaceholder: Message("{1}目标含占位符{2}", "{1}目标 holds the placeholder {2}"),

        .truncatedName: Message("三级指标{1}被截断；{2}为{3}", "三级指标 {1} is cut short; {2} reads {3}"),
        .truncatedValue: Message("{2}的指标值{1}被截断；{3}为{4}", "指标值 {1} of {2} is cut short; {3} reads {4}"),
        .goalTruncatedCopy: Message("{1}目标是{2}目标截断后的副本，止于{3}（{4}/{5}字）", "{1}目标 is a cut-off copy of the {2}目标: it stops after {3} ({4} of {5} characters)"),

        .goalEmpty: Message("{1}目标为空", "{1}目标 is empty"),
        .narrativeEmpty: Message("{1}为空", "{1} is empty"),
        .narrativeDuplicate: Message("{1}个栏目内容相同：{2}（{3}）", "{1} narrative fields hold the same text: {2} ({3})"),
        .goalsCopyNarrative: Message("实施期目标和年度目标与{1}逐字相同", "实施期目标 and 年度目标 repeat {1} word for word"),
        .goalCopiesNarrative: Message("{1}目标与{2}逐字相同", "{1}目标 repeats {2} word for word"),

        .filedAtMissing: Message("填报日期为空", "填报日期 is empty"),
        .filedAtDigits: Message("填报日期{1}不是 yyyyMMddHHmmss 格式（{2}位数字，应为14位）", "填报日期 {1} is not yyyyMMddHHmmss ({2} digits, not 14)"),
        .filedAtNotDigits: Message("填报日期{1}不是 yyyyMMddHHmmss 格式", "填报日期 {1} is not yyyyMMddHHmmss"),
        .filedAtImpossible: Message("填报日期{1}不是有效的日期时间", "填报日期 {1} is not a real date and time"),
        .filedTooEarly: Message("填报日期 {1} 早于 {2} 预算年度一年以上：是否上一周期的表？", "填报日期 {1} is more than a year before fiscal year {2}: last cycle's form?"),
        .filedAfter: Message("填报日期 {1} 晚于 {2} 预算年度", "填报日期 {1} is after fiscal year {2}"),
        .timeTargetName: Message("{1}设定的时间目标在 {2} 年，早于 {3} 预算年度", "{1} sets a time target in {2}, before fiscal year {3}"),
        .timeTargetValue: Message("{2}的目标{1}在 {3} 年，早于 {4} 预算年度", "the target {1} of {2} lies in {3}, before fiscal year {4}"),

        .notCheckedIgnored: Message("已忽略", "ignored"),
        .notCheckedNoSide: Message("无{1}侧", "no {1} side"),
        .notCheckedNoIndicators: Message("无{1}指标", "no {1} indicators"),
        .notCheckedNoBothSides: Message("缺少一侧的指标，无法对照", "one side has no indicators to compare with"),
        .notCheckedNoNumber: Message("无数值", "no numeric value"),
        .notCheckedNoTotal: Message("无资金总额", "no 资金总额"),
        .notCheckedNoPairing: Message("无可配对的单位成本与数量", "no unit cost and quantity to pair"),
        .notCheckedAmbiguous: Message("单位成本与数量配对不明确", "the unit cost and quantity do not pair up clearly"),
        .notCheckedNotOneYear: Message("不适用：非一次性1年项目", "does not apply: not a one-year 一次性项目"),
        .notCheckedNoFiscalYear: Message("无预算年度", "no fiscal year"),
        .notCheckedInvalidDate: Message("填报日期无效", "填报日期 is not valid"),
        .notCheckedNoGoal: Message("总体目标为空", "a 总体目标 is empty"),
        .notCheckedNoYears: Message("项目属性未写年限", "项目属性 names no length"),
        .notCheckedNoSubject: Message("无{1}", "no {1}"),
        .notCheckedNoFunds: Message("无资金数额", "no amounts in 项目资金"),

        .summary: Message("共检查 {1} 个项目：错误 {2} 个，警告 {3} 个，提示 {4} 个（{5} 个项目有问题）", "{1} forms checked: {2} errors, {3} warnings, {4} info ({5} forms with findings)"),
        .headingCount: Message("{1} {2}", "{1} {2}"),
        .headingWithCount: Message("{1}（{2}）", "{1} ({2})"),
        .findingsTitle: Message("问题（{1}）", "Findings ({1})"),
        .none: Message("（无）", "(none)"),
        .lineNumber: Message("第{1}行", "line {1}"),
        .noProject: Message("（无项目名称）", "(no 项目名称)"),
        .unknownRule: Message("未知规则 {1}；`jixiao check --list-rules` 列出全部规则", "unknown rule {1}; `jixiao check --list-rules` lists them"),
        .minSatisfactionRange: Message("--min-satisfaction 取 0 到 100 之间的百分数", "--min-satisfaction takes a percentage from 0 to 100"),
        .noInput: Message("请至少给出一个文件或文件夹", "give at least one file or folder"),
    ]
}

/// One line per rule: what it finds (`jixiao check --list-rules`). Keyed by rule id.
public enum RuleSummaries: String, MessageKey {
    case fundsSum = "funds-sum", fundsTotalMissing = "funds-total-missing", fundsAnnualExceeds = "funds-annual-exceeds"
    case fundsOneYearMismatch = "funds-one-year-mismatch", fundsAllZero = "funds-all-zero", unitCostOverFunds = "unit-cost-over-funds"
    case periodMismatch = "period-mismatch", projectNameRepeated = "project-name-repeated"
    case sideEmpty = "side-empty", tierEmpty = "tier-empty", costIndicatorMissing = "cost-indicator-missing"
    case indicatorBlank = "indicator-blank", placeholderTarget = "placeholder-target", goalPlaceholder = "goal-placeholder"
    case quantityNoNumber = "quantity-no-number", costNoNumber = "cost-no-number", rateNoNumber = "rate-no-number"
    case unitMissing = "unit-missing", vagueTarget = "vague-target", moneyAsOutput = "money-as-output", costFloor = "cost-floor"
    case satisfactionLow = "satisfaction-low", indicatorDuplicate = "indicator-duplicate", sideUnmatched = "side-unmatched"
    case annualUnquantified = "annual-unquantified", truncatedCell = "truncated-cell", goalTruncatedCopy = "goal-truncated-copy"
    case goalImplementationEmpty = "goal-implementation-empty", goalAnnualEmpty = "goal-annual-empty"
    case narrativeEmpty = "narrative-empty", narrativeDuplicate = "narrative-duplicate", goalCopiesNarrative = "goal-copies-narrative"
    case filedAtInvalid = "filed-at-invalid", filedAtOutOfCycle = "filed-at-out-of-cycle", timeTargetPast = "time-target-past"
    case readingWarning = "reading-warning"

    public static let catalog: [Self: Message] = [
        .fundsSum: Message("资金总额不等于各来源（中央、省级、市县、自筹、其他）之和", "A side's 资金总额 differs from the sum of its sources (中央, 省级, 市县, 自筹, 其他)."),
        .fundsTotalMissing: Message("资金总额未填写", "A side's 资金总额 is not given (empty cell)."),
        .fundsAnnualExceeds: Message("年度资金总额高于实施期资金总额", "年度资金总额 is above 实施期资金总额."),
        .fundsOneYearMismatch: Message("一次性1年项目的实施期资金与年度资金不一致", "A 一次性项目 of 1年 whose 实施期资金总额 differs from its 年度资金总额."),
        .fundsAllZero: Message("项目资金全部为 0，却设置了绩效指标", "Every amount of 项目资金 is zero, yet the form sets indicators."),
        .unitCostOverFunds: Message("单位成本 × 数量超过该侧资金总额", "A unit cost times the quantity in its unit is above the side's 资金总额."),
        .periodMismatch: Message("项目属性写明的年限与项目期不符", "项目属性 names a length (`一次性项目（1年结束）`) that 项目期 contradicts."),
        .projectNameRepeated: Message("项目名称末尾重复", "项目名称 ends with the same text twice."),
        .sideEmpty: Message("一侧（实施期或年度）没有任何绩效指标", "A side (实施期 or 年度) has no indicators at all."),
        .tierEmpty: Message("一侧缺少产出、效益或满意度指标", "A side has nothing under one of 产出指标, 效益指标, 满意度指标."),
        .costIndicatorMissing: Message("一侧没有成本指标（--require-cost 时为错误）", "A side has no 成本指标 (an error with --require-cost)."),
        .indicatorBlank: Message("指标名称或指标值为空", "An indicator with an empty name (三级指标) or an empty target (指标值)."),
        .placeholderTarget: Message("指标值或名称是模板占位符（是/否、XX、**、某某、-）", "A template placeholder instead of a target: `是/否`, `XX`, `**`, `某某`, a lone `-`."),
        .goalPlaceholder: Message("总体目标含占位符（某某、XX、××、**）", "A 总体目标 holds a placeholder (某某, XX, ××, **)."),
        .quantityNoNumber: Message("数量指标的指标值没有数字", "A 数量指标 whose target holds no number."),
        .costNoNumber: Message("成本指标的指标值没有数字", "A 成本指标 (or 经济成本指标) whose target holds no number."),
        .rateNoNumber: Message("比率指标（…率、…比例）的指标值没有百分比或数字", "A rate (…率, …比例) whose target has no percentage or number."),
        .unitMissing: Message("指标值是不带单位的数字，而指标名称需要单位", "A bare number where the indicator's name calls for a unit."),
        .vagueTarget: Message("定性指标值既无数值也未分级分档（有效保障、显著提升、长期、及时、良好）", "A qualitative target with neither a number nor a grade (有效保障, 显著提升, 长期, 及时, 良好)."),
        .moneyAsOutput: Message("数量指标的指标值是金额（投入不能作为产出）", "A 数量指标 whose target is an amount of money (money put in is not an output)."),
        .costFloor: Message("成本指标写成下限（≥、不低于）", "A 成本指标 written as a floor (≥, 不低于)."),
        .satisfactionLow: Message("满意度目标低于阈值（--min-satisfaction，默认 90%）", "A satisfaction target below the threshold (--min-satisfaction, default 90%)."),
        .indicatorDuplicate: Message("同一侧同一指标出现两次", "The same indicator (三级 name) twice on one side."),
        .sideUnmatched: Message("一侧的指标在另一侧没有对应", "An indicator on one side with no counterpart of the same name on the other side."),
        .annualUnquantified: Message("年度指标值没有数字，而实施期有", "A 年度 target with no number where the 实施期 target of the same indicator has one."),
        .truncatedCell: Message("单元格被截断（是另一侧对应单元格的前缀）", "A cell that is a strict prefix of the matching cell on the other side (cut off)."),
        .goalTruncatedCopy: Message("一侧总体目标是另一侧截断后的副本", "One 总体目标 is a cut-off copy of the other."),
        .goalImplementationEmpty: Message("实施期目标为空", "The 实施期目标 is empty."),
        .goalAnnualEmpty: Message("年度目标为空", "The 年度目标 is empty."),
        .narrativeEmpty: Message("项目概况、立项依据、必要性、制度措施或实施计划为空", "One of 项目概况, 立项依据, 项目设立必要性, 保证项目实施的制度、措施, 项目实施计划 is empty."),
        .narrativeDuplicate: Message("多个叙述栏目内容相同", "Two or more narrative fields hold the same text."),
        .goalCopiesNarrative: Message("总体目标逐字照抄叙述栏目", "A 总体目标 repeats a narrative field word for word."),
        .filedAtInvalid: Message("填报日期缺失或不是 yyyyMMddHHmmss", "填报日期 is missing or not a valid yyyyMMddHHmmss."),
        .filedAtOutOfCycle: Message("填报日期早于预算年度一年以上，或晚于预算年度", "填报日期 lies more than a year before the fiscal year, or after it."),
        .timeTargetPast: Message("时间目标早于预算年度（2026 年的表写“截至2025年12月底”）", "A time target that lies before the fiscal year (`截至2025年12月底` in a 2026 form)."),
        .readingWarning: Message("读取时无法归位的单元格", "A cell the reader could not place while reading the form."),
    ]
}

/// Why each rule matters to a reviewer (`jixiao check --list-rules --format json`). Keyed by rule id.
public enum RuleRationales: String, MessageKey {
    case fundsSum = "funds-sum", fundsTotalMissing = "funds-total-missing", fundsAnnualExceeds = "funds-annual-exceeds"
    case fundsOneYearMismatch = "funds-one-year-mismatch", fundsAllZero = "funds-all-zero", unitCostOverFunds = "unit-cost-over-funds"
    case periodMismatch = "period-mismatch", projectNameRepeated = "project-name-repeated"
    case sideEmpty = "side-empty", tierEmpty = "tier-empty", costIndicatorMissing = "cost-indicator-missing"
    case indicatorBlank = "indicator-blank", placeholderTarget = "placeholder-target", goalPlaceholder = "goal-placeholder"
    case quantityNoNumber = "quantity-no-number", costNoNumber = "cost-no-number", rateNoNumber = "rate-no-number"
    case unitMissing = "unit-missing", vagueTarget = "vague-target", moneyAsOutput = "money-as-output", costFloor = "cost-floor"
    case satisfactionLow = "satisfaction-low", indicatorDuplicate = "indicator-duplicate", sideUnmatched = "side-unmatched"
    case annualUnquantified = "annual-unquantified", truncatedCell = "truncated-cell", goalTruncatedCopy = "goal-truncated-copy"
    case goalImplementationEmpty = "goal-implementation-empty", goalAnnualEmpty = "goal-annual-empty"
    case narrativeEmpty = "narrative-empty", narrativeDuplicate = "narrative-duplicate", goalCopiesNarrative = "goal-copies-narrative"
    case filedAtInvalid = "filed-at-invalid", filedAtOutOfCycle = "filed-at-out-of-cycle", timeTargetPast = "time-target-past"
    case readingWarning = "reading-warning"

    public static let catalog: [Self: Message] = [
        .fundsSum: Message("各来源是总额的分解；加总不符说明至少有一个数字有误，预算无法与目标对应。", "The sources are a breakdown of the total; when they do not add up, at least one figure is wrong and the budget cannot be matched to the targets."),
        .fundsTotalMissing: Message("每张目标表都要写明申请多少资金；空着不等于 0，而是缺项。", "Every target form states how much money it asks for; an empty total is not zero, it is missing."),
        .fundsAnnualExceeds: Message("年度是实施期的一部分，年度资金不能超过整个实施期。", "The year is part of the implementation period, so its money cannot exceed the whole period's."),
        .fundsOneYearMismatch: Message("一年内结束的一次性项目，实施期就是本年度，两项总额应是同一个数。", "For a one-off project that ends within the year, the period is the year: the two totals must be the same figure."),
        .fundsAllZero: Message("绩效目标是为资金设定的；没有资金却有目标，通常是资金栏没有填写。", "A performance target exists to justify money; targets with no money usually mean the funds block was never filled in."),
        .unitCostOverFunds: Message("适当性审核要看资金规模与绩效目标是否匹配：按表中单位成本完成表中数量所需的资金超过了该侧资金总额，目标过高或资金不足。", "Appropriateness asks whether the money matches the targets: at the form's unit cost, the form's quantity costs more than the side's total, so the target is too high or the money too little."),
        .periodMismatch: Message("项目属性与项目期说的是同一件事；二者矛盾时，无法判断资金总额对应哪个期限。", "项目属性 and 项目期 describe the same thing; when they disagree, the funds rules cannot tell which period the totals cover."),
        .projectNameRepeated: Message("名称重复是粘贴了两次；不影响阅读，但项目按此名称归档。", "A name that repeats itself was pasted twice; harmless for reading, but it is what the project is filed under."),
        .sideEmpty: Message("每一侧的指标是该期末考核的依据；没有指标，这一侧无法评价。", "Each side's targets are what is assessed at the end of that period; a side without them cannot be evaluated."),
        .tierEmpty: Message("指标体系要求写明产出、效益和服务对象满意度；缺少一个一级指标，这一方面就无从考核。", "The framework asks every project for outputs, outcomes and the satisfaction of those it serves; a missing 一级 leaves that dimension unassessed."),
        .costIndicatorMissing: Message("绩效目标应包括达到预期产出所需的成本；没有成本指标，就无法把花费与产出对照。", "A target states what the outputs cost; without a 成本指标, what is spent cannot be set against what is delivered."),
        .indicatorBlank: Message("一个指标由名称和目标值组成；缺任何一个都无法衡量。", "An indicator is a name and a target; without either there is nothing to measure."),
        .placeholderTarget: Message("模板的选项或空白没有填写，这个指标没有目标值，等同于空。", "The template's choice or blank was never filled in, so the indicator has no target; it is as good as empty."),
        .goalPlaceholder: Message("总体目标里留着模板占位符，说明目标没有写完，不明确。", "A placeholder left in the overall goal means the goal was never finished; it is not clear what it promises."),
        .quantityNoNumber: Message("相关性审核要求指标细化、量化；数量指标是一个数，“有效保障”无法与实际完成量对照。", "Indicators must be detailed and quantified; a quantity target is a count, and `有效保障` cannot be checked against what was delivered."),
        .costNoNumber: Message("成本目标是金额或单位成本；“依据标准进行补助”无法与实际支出对照。", "A cost target is an amount or a unit cost; `依据标准进行补助` cannot be set against what was spent."),
        .rateNoNumber: Message("比率本身就是一个数；“及时”写在及时率下，考核时无法判断是否达到。", "A rate is a number by definition; `及时` under a 及时率 cannot be judged met or missed."),
        .unitMissing: Message("数字没有单位，含义不明：95 是 95% 还是 95 分，500 是人还是次。", "A number without its unit is unclear: is 95 a percentage or a score, 500 people or visits."),
        .vagueTarget: Message("指标应尽量定量，不能量化的应采用分级分档的定性表述（财预〔2021〕101号）；“有效保障”“显著提升”无法判定是否达成。", "Targets are quantified where possible and otherwise written as grades (财预〔2021〕101号); `有效保障` or `显著提升` cannot be judged met or missed."),
        .moneyAsOutput: Message("产出是用资金做成的事；把投入的金额列为数量指标，是以投入代替产出。", "An output is what the money achieves; listing the money as a quantity target puts the input in place of the output."),
        .costFloor: Message("成本目标是控制花费的上限或定额；写成“≥”等于鼓励多花钱，目标方向不当。", "A cost target caps or fixes spending; written as a floor it rewards spending more, the wrong way round."),
        .satisfactionLow: Message("满意度目标一般不低于 90%；过低的目标容易达成，目标设置偏低。", "Satisfaction targets are expected at 90% or above; a lower target sets the bar where it is easy to pass."),
        .indicatorDuplicate: Message("同一指标出现两次，一个目标被计了两遍，通常是复制粘贴时本该改成别的指标。", "A repeated indicator counts one target twice and is usually a copy-paste slip; one of the two was meant to be something else."),
        .sideUnmatched: Message("年度目标是实施期目标在本年度的分解；只在一侧出现的指标多是改了名或漏填。", "The year's targets are the period's targets for one year; an indicator on one side only is often a renamed or forgotten row."),
        .annualUnquantified: Message("年度目标最先被考核，至少应与实施期一样可衡量。", "The year's target is the one assessed first; it should be at least as measurable as the period's."),
        .truncatedCell: Message("导出时单元格被截断，另一侧可以看出原意；但表中写的就是截断的文字，批复前应改正。", "The export cut the cell off; the other side shows what was meant, but the cut text is what the form says and should be corrected before approval."),
        .goalTruncatedCopy: Message("目标从另一侧粘贴时丢了结尾，填报的目标没有说完要达成什么。", "The goal was pasted from the other side and lost its end; as filed it does not say what the project will achieve."),
        .goalImplementationEmpty: Message("总体目标是指标分解的来源；没有它，指标没有明确的目的。", "The overall goal is what the indicators break down; without it the targets have no stated purpose."),
        .goalAnnualEmpty: Message("年度目标是本年度预算要买到的东西，也是年末考核的内容；表中没有写。", "The year's goal is what the year's budget buys and what is assessed at the end of the year; the form leaves it open."),
        .narrativeEmpty: Message("每个栏目回答审核必问的一个问题（做什么、依据、为何、如何保障、何时完成）；空着就是没有回答。", "Each field answers a question a reviewer must ask (what, on what basis, why, how safeguarded, when); an empty one is unanswered."),
        .narrativeDuplicate: Message("可行性审核要看目标是否经过充分论证、措施是否可行；同一段文字粘贴到几个栏目，至多回答了其中一个。", "Feasibility asks whether the targets were argued and the measures are workable; one text pasted into several fields answers at most one of them."),
        .goalCopiesNarrative: Message("目标应说明要达成什么；照抄项目概况通常只是在描述项目。值得一看，本身未必有错。", "A goal states what will be achieved; a copy of the overview usually describes the project instead. Worth a look, not wrong in itself."),
        .filedAtInvalid: Message("填报日期确定表所属的预算周期和重报先后；格式错误则无法判断。不影响目标本身，故为警告。", "The filing date places the form in a budget cycle and orders resubmissions; a malformed one cannot. It changes no target, hence a warning."),
        .filedAtOutOfCycle: Message("N 年的目标在 N−1 年编制或 N 年调整；N−2 年填报的表多是上一周期的表重报，目标未必经过本年度测算。", "Targets for year N are set in N−1 or adjusted in N; a form filed in N−2 is usually last cycle's form sent again, its targets not worked out for this year."),
        .timeTargetPast: Message("预算年度开始前已过的期限无法在本年度考核，也无法如期实现，几乎都是上年的表沿用下来。", "A deadline that has passed before the year starts cannot be met or assessed in that year; it is almost always a row carried over from last year."),
        .readingWarning: Message("读取时无法归位的内容不会进入其他任何检查，需要人工查看文件中的这一行。", "Whatever the reader could not place is missing from every other check; a person has to look at that row of the file."),
    ]
}
