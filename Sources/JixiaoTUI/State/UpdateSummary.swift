import JixiaoKit

extension BrowserState {
    /// The year's summary per department, with the findings when they are in.
    func yearSummary() -> YearSummary {
        derived.summary(findings: findingsVersion) {
            YearSummary(forms, findings: findingsStatus == .ready ? findings : nil)
        }
    }

    // MARK: - Summary

    /// The summary's lines at the current width (`SummaryTable`, as `jixiao summary` prints it):
    /// the column header, a line per department, the rule, 合计 and perhaps a footnote.
    func summaryLines(width: Int) -> (lines: [String], departments: Int) {
        let y = yearSummary()
        return (SummaryTable.lines(y, width: max(20, width - 2)), y.rows.count)
    }

    /// Department rows the summary view shows at the current size.
    var summaryVisibleRows: Int {
        let (lines, departments) = summaryLines(width: width)
        return max(1, Layout.summaryBody(width: width, height: height, footer: lines.count - 1 - departments).height)
    }

    mutating func applyInSummary(top: Int, _ action: Action) {
        let maxTop = max(0, yearSummary().rows.count - summaryVisibleRows)
        var top = top
        switch action {
        case .moveDown: top += 1
        case .moveUp: top -= 1
        case .pageDown, .halfPageDown: top += summaryVisibleRows
        case .pageUp, .halfPageUp: top -= summaryVisibleRows
        case .top: top = 0
        case .bottom: top = maxTop
        case .wheel(_, _, let d): top += 3 * d
        case .cancel, .showSummary:
            overlay = nil
            return
        default: break
        }
        overlay = .summary(top: clamp(top, 0, maxTop))
    }
}
