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
        guard mode != .file else { return idx }
        return idx.sorted(by: precedes(mode, forms, summaries: summaries))
    }

    /// `order` (every form before `first`, in `mode`'s order) with the forms from `first` on
    /// merged in: the new ones are sorted among themselves, then merged, O(b log b + n) for b
    /// new of n forms. The result is the order `computeOrder` gives over every form: ties go
    /// by file order, and every new form comes after every old one in the file.
    static func mergeOrder(
        _ order: [Int], from first: Int, _ mode: SortMode, _ forms: [Form], summaries: [FindingSummary] = []
    ) -> [Int] {
        let added = Array(first..<forms.count)
        guard mode != .file else { return order + added }
        let before = precedes(mode, forms, summaries: summaries)
        let batch = added.sorted(by: before)
        var out: [Int] = []
        out.reserveCapacity(order.count + batch.count)
        var i = 0, j = 0
        while i < order.count, j < batch.count {
            // An old form goes first unless the new one strictly precedes it (stable).
            if before(batch[j], order[i]) {
                out.append(batch[j])
                j += 1
            } else {
                out.append(order[i])
                i += 1
            }
        }
        out += order[i...]
        out += batch[j...]
        return out
    }

    /// Whether form `a` comes before form `b` in `mode`'s order; equal keys go by file order,
    /// so no two forms tie.
    static func precedes(_ mode: SortMode, _ forms: [Form], summaries: [FindingSummary]) -> (Int, Int) -> Bool {
        // Chinese collation: names by pinyin.
        let locale = Locale(identifier: "zh_CN")
        switch mode {
        case .file:
            return { $0 < $1 }
        case .fundsDescending:
            return { a, b in
                let x = forms[a].funds.annual.total ?? -.infinity
                let y = forms[b].funds.annual.total ?? -.infinity
                return x != y ? x > y : a < b
            }
        case .department:
            return { a, b in
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
            return { a, b in
                let x = key(a), y = key(b)
                return x != y ? x > y : a < b
            }
        case .name:
            return { a, b in
                let r = forms[a].project.compare(forms[b].project, options: [], range: nil, locale: locale)
                return r == .orderedSame ? a < b : r == .orderedAscending
            }
        }
    }
}
