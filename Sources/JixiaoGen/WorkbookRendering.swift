import Foundation

/// Renders a text export (TAB-separated rows, forms starting at title lines) into workbook
/// sheets, the ways budget systems write the same forms (docs/format.md, "Workbooks"): all
/// forms on one sheet or one sheet per form, cells moved right or down, amounts as numeric
/// cells with a number format, 填报日期 as a date serial or a 14-digit number, whole percents
/// as `0%` cells. Every choice keeps the forms' meaning, so a faithful reader reads the
/// workbook exactly as the text.
public struct WorkbookRendering: Sendable {
    public enum Layout: Sendable { case oneSheet, sheetPerForm }
    public enum DateCells: Sendable { case text, number, serial }

    public var layout: Layout = .oneSheet
    /// Empty columns and rows before the forms.
    public var columnShift = 0
    public var rowShift = 0
    /// Funds amounts as numbers (`#,##0` for whole numbers, `0.00` otherwise).
    public var numericAmounts = true
    public var dates = DateCells.serial
    /// `100%` as the number 1 formatted `0%`.
    public var numericPercents = true
    /// Merge the title cell across the row (the value stays in the top-left cell).
    public var mergeTitles = true

    public init() {}

    /// The sheets of `text`; `sheetName` names the sheets (`name(index, title)`).
    public func sheets(_ text: String, sheetName: (Int, String) -> String = { i, _ in "表\(i + 1)" }) -> [XLSXWriter.Sheet] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> [String] in
            var l = Substring(line)
            if l.hasSuffix("\r") { l = l.dropLast() }
            return l.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        // Forms start at title lines: one cell ending in 项目支出绩效目标表.
        var starts: [Int] = []
        for (i, cells) in lines.enumerated() {
            let kept = cells.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if kept.count == 1, kept[0].trimmingCharacters(in: .whitespaces).hasSuffix("项目支出绩效目标表") { starts.append(i) }
        }
        if starts.isEmpty || layout == .oneSheet { starts = [0] }
        var sheets: [XLSXWriter.Sheet] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : lines.count
            let title = lines[start].first { !$0.isEmpty } ?? ""
            var sheet = XLSXWriter.Sheet(name: sheetName(k, title))
            for i in start..<end {
                let cells = lines[i]
                var out: [(column: Int, cell: XLSXWriter.Cell)] = []
                let funds = cells.contains { $0.contains("资金总额") || $0.hasPrefix("其中") || $0.contains("单位自筹") || $0.contains("其他资金") || $0.contains("财政") }
                var afterDate = false
                for (c, raw) in cells.enumerated() {
                    let t = raw.trimmingCharacters(in: .whitespaces)
                    if t.isEmpty { continue }
                    out.append((c + columnShift, cell(t, fundsRow: funds, afterDateLabel: afterDate)))
                    afterDate = t.hasPrefix("填报日期")
                }
                if out.isEmpty { continue }  // a blank line: the row is left out
                let row = i - start + 1 + rowShift
                sheet.rows.append((row, out))
                if mergeTitles, i == start, out.count == 1 {
                    let c = out[0].column
                    sheet.merges.append("\(XLSXWriter.columnName(c))\(row):\(XLSXWriter.columnName(c + 7))\(row)")
                }
            }
            sheets.append(sheet)
        }
        return sheets
    }

    private func cell(_ t: String, fundsRow: Bool, afterDateLabel: Bool) -> XLSXWriter.Cell {
        if numericAmounts, fundsRow, let (v, decimals) = Self.amount(t) {
            return .number(v, decimals ? .twoDecimals : .thousands)
        }
        if afterDateLabel, t.count == 14, t.allSatisfy(\.isASCII), let n = Double(t) {
            switch dates {
            case .text: break
            case .number: return .number(n, .integer)
            case .serial: if let serial = Self.serial(t) { return .number(serial, .dateTime) }
            }
        }
        if numericPercents, t.hasSuffix("%"), let n = Int(t.dropLast()), String(n) == t.dropLast() {
            return .number(Double(n) / 100, .percent)
        }
        return .text(t)
    }

    /// `58,372,000` → (58372000, false); `120.50` → (120.5, true).
    static func amount(_ t: String) -> (Double, Bool)? {
        guard let first = t.first, first.isASCII, first.isNumber else { return nil }
        let plain = t.replacingOccurrences(of: ",", with: "")
        guard plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let v = Double(plain) else { return nil }
        return (v, plain.contains("."))
    }

    /// `yyyyMMddHHmmss` → an Excel date serial (1900 system); nil when not a real moment.
    public static func serial(_ t: String) -> Double? {
        let d = Array(t.utf8).map { Int($0) - 48 }
        guard d.count == 14, d.allSatisfy({ (0...9).contains($0) }) else { return nil }
        func n(_ a: Int, _ len: Int) -> Int { d[a..<(a + len)].reduce(0) { $0 * 10 + $1 } }
        let (y, m, day, h, mi, s) = (n(0, 4), n(4, 2), n(6, 2), n(8, 2), n(10, 2), n(12, 2))
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1901...9999).contains(y), (1...12).contains(m), (1...monthDays[m - 1]).contains(day), h < 24, mi < 60, s < 60 else { return nil }
        // Days from 1970-01-01 (Howard Hinnant's days_from_civil).
        let yy = m <= 2 ? y - 1 : y
        let era = yy / 400
        let yoe = yy - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Double(days + 25_569) + Double(h * 3600 + mi * 60 + s) / 86_400
    }
}
