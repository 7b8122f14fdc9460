import Foundation
import JixiaoKit

/// The orders the project list can be shown in; `s` cycles through them.
public enum SortMode: Int, Sendable, CaseIterable, Hashable {
    case file, fundsDescending, department, name, findingsDescending

    /// The name shown in the status bar.
    public var label: String {
        switch self {
        case .file: BrowserMessages.sortFile()
        case .fundsDescending: BrowserMessages.sortFunds()
        case .department: BrowserMessages.sortDepartment()
        case .name: BrowserMessages.sortName()
        case .findingsDescending: BrowserMessages.sortFindings()
        }
    }

    var next: SortMode { SortMode(rawValue: (rawValue + 1) % SortMode.allCases.count)! }
}

extension BrowserState {
    // MARK: - Ordering

    /// All form indices in `mode`'s order, cached.
    mutating func order(_ mode: SortMode) -> [Int] {
        if let o = orders[mode] { return o }
        let o = BrowserState.computeOrder(mode, forms, summaries: summaries)
        orders[mode] = o
        return o
    }

    static func computeOrder(_ mode: SortMode, _ forms: [Form], summaries: [FindingSummary] = []) -> [Int] {
        let idx = Array(forms.indices)
        // Chinese collation: names by pinyin.
        let locale = Locale(identifier: "zh_CN")
        switch mode {
        case .file:
            return idx
        case .fundsDescending:
            return idx.sorted { a, b in
                let x = forms[a].funds.annual.total ?? -.infinity
                let y = forms[b].funds.annual.total ?? -.infinity
                return x != y ? x > y : a < b
            }
        case .department:
            return idx.sorted { a, b in
                let x = forms[a].department, y = forms[b].department
                if x.code != y.code {
                    if let p = Int(x.code), let q = Int(y.code), p != q { return p < q }
                    return x.code < y.code
                }
                if x.name != y.name {
                    return x.name.compare(y.name, options: [], range: nil, locale: locale) == .orderedAscending
                }
                return a < b
            }
        case .findingsDescending:
            // Most findings first; among equals, the worse worst severity, then file order.
            func key(_ i: Int) -> (Int, Int) {
                guard summaries.indices.contains(i) else { return (0, 0) }
                let s = summaries[i]
                return (s.count, s.errors * 2 + (s.warnings > 0 ? 1 : 0))
            }
            return idx.sorted { a, b in
                let x = key(a), y = key(b)
                return x != y ? x > y : a < b
            }
        case .name:
            return idx.sorted { a, b in
                let r = forms[a].project.compare(forms[b].project, options: [], range: nil, locale: locale)
                return r == .orderedSame ? a < b : r == .orderedAscending
            }
        }
    }
}
