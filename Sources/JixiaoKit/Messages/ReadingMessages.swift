/// Texts of the reader about inputs it cannot read as they are: binary and encrypted
/// spreadsheets, damaged workbooks, hidden sheets (docs/format.md).
public enum ReadingMessages: String, MessageKey {
    case binarySpreadsheet
    case encryptedWorkbook
    case damagedWorkbook
    case missingPart
    case hiddenSheetSkipped
    case sheetUnreadable

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
    ]
}
