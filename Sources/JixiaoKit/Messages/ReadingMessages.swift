/// Texts of the reader about inputs it cannot read as they are: binary and encrypted
/// spreadsheets, damaged workbooks, hidden sheets (docs/format.md).
public enum ReadingMessages: String, MessageKey {
    case binarySpreadsheet
    case encryptedWorkbook
    case damagedWorkbook
    case missingPart
    case hiddenSheetSkipped
    case sheetUnreadable
    // What is wrong with an XML part of a workbook (Workbook/XMLBytes.swift).
    case xmlMalformed, notUTF8, partDamaged
    case xmlCutShort, xmlTextOutsideRoot, xmlDoctype, xmlBadTag, xmlBadCharacter, xmlBadReference, xmlDuplicateAttribute, xmlMismatchedTag
    // Notes of the reader on cells and rows it could not place (shown with file:line).
    case textOutsideForm, rowsWithoutHeader, rowNotPlaced, formWithoutTable, untitled, formWithoutProject
    case amountNotNumber, cellNotPlaced, cellNotPlacedInTable, tier2NotBorrowed

    public static let catalog: [Self: Message] = [
        .binarySpreadsheet: Message(
            "二进制表格文件（.xls/.et 等），无法直接读取；请先转换为 .xlsx：libreoffice --headless --convert-to xlsx {1}",
            "binary spreadsheet (.xls, .et …) cannot be read as it is; convert it to .xlsx first: libreoffice --headless --convert-to xlsx {1}"),
        .encryptedWorkbook: Message(
            "工作簿已加密（设有打开密码），无法读取；请在 Excel 或 WPS 中取消密码后另存为 .xlsx",
            "the workbook is encrypted (it has an open password); remove the password in Excel or WPS and save it as .xlsx"),
        .damagedWorkbook: Message(
            "工作簿已损坏，无法读取（{1}）",
            "the workbook is damaged and cannot be read ({1})"),
        .missingPart: Message(
            "缺少部件 {1}",
            "part {1} is missing"),
        .hiddenSheetSkipped: Message(
            "隐藏的工作表「{1}」未读取",
            "hidden sheet “{1}” skipped"),
        .sheetUnreadable: Message(
            "工作表「{1}」无法读取：{2}",
            "sheet “{1}” cannot be read: {2}"),
        .xmlMalformed: Message("{1}：XML 格式错误（第 {2} 行：{3}）", "{1}: malformed XML (line {2}: {3})"),
        .notUTF8: Message("{1}：第 {2} 字节起不是 UTF-8 编码", "{1}: not UTF-8 at byte {2}"),
        .partDamaged: Message("{1}：部件已损坏（{2}）", "{1}: damaged part ({2})"),
        .xmlCutShort: Message("文件提前结束", "the part ends too early"),
        .xmlTextOutsideRoot: Message("根元素之外有内容", "content outside the root element"),
        .xmlDoctype: Message("含有 DTD 声明", "a DTD declaration"),
        .xmlBadTag: Message("标记不完整或有误", "a malformed tag"),
        .xmlBadCharacter: Message("含有控制字符", "a control character"),
        .xmlBadReference: Message("字符引用或实体有误", "a malformed character or entity reference"),
        .xmlDuplicateAttribute: Message("属性重复", "a repeated attribute"),
        .xmlMismatchedTag: Message("结束标记与开始标记不配对", "an end tag that does not match its start tag"),
        .textOutsideForm: Message("表格之外的文字：{1}", "text outside any form: {1}"),
        .rowsWithoutHeader: Message("指标行之前没有表头行", "indicator rows without a header row"),
        .rowNotPlaced: Message("无法归位的行：{1}", "row could not be placed: {1}"),
        .formWithoutTable: Message("表“{1}”没有绩效指标表", "form {1} has no indicator table"),
        .untitled: Message("（无项目名称）", "(untitled)"),
        .formWithoutProject: Message("表中没有项目名称", "form has no 项目名称"),
        .amountNotNumber: Message("资金数额不是数字：{1}", "funds amount is not a number: {1}"),
        .cellNotPlaced: Message("无法归位的单元格：{1}", "cell could not be placed: {1}"),
        .cellNotPlacedInTable: Message("指标表中无法归位的单元格：{1}", "cell could not be placed in the indicator table: {1}"),
        .tier2NotBorrowed: Message("指标「{1}」在{2}一侧没有二级，另一侧也没有可借用的", "indicator {1} has no 二级 on the {2} side and none to borrow from the other side"),
    ]
}
