import JixiaoKit

/// A list to choose one entry from, with type-to-filter: the department picker (`d`) and the
/// rule picker (`r`). Its entries are made when it opens.
public struct Picker: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case department, rule }

    /// One entry: what choosing it sets, its label and how many forms it holds.
    public struct Entry: Sendable, Equatable {
        /// nil: the "all" entry, which clears the filter.
        public var department: Department?
        public var rule: RuleID?
        public var label: String
        public var count: Int
    }

    public var kind: Kind
    public var entries: [Entry]
    /// What was typed to narrow the entries.
    public internal(set) var typed = ""
    /// The cursor among the shown entries.
    public internal(set) var cursor = 0
    var top = 0

    /// The entries matching `typed` (as search matches: pinyin initials, full-width folded).
    public var shown: [Entry] {
        guard !typed.isEmpty else { return entries }
        return entries.filter { $0.department == nil && $0.rule == nil || !SearchIndex.ranges(of: typed, in: $0.label).isEmpty }
    }
}

extension BrowserState {
    /// Opens the picker of `kind` with its entries, the current choice under the cursor.
    mutating func openPicker(_ kind: Picker.Kind) {
        var entries: [Picker.Entry] = [Picker.Entry(department: nil, rule: nil, label: BrowserMessages.pickerAll(), count: forms.count)]
        switch kind {
        case .department:
            var counts: [Department: Int] = [:]
            for f in forms { counts[f.department, default: 0] += 1 }
            let sorted = counts.keys.sorted { a, b in
                if a.code.isEmpty != b.code.isEmpty { return b.code.isEmpty }
                return (a.code, a.name) < (b.code, b.name)
            }
            entries += sorted.map { Picker.Entry(department: $0, rule: nil, label: $0.display.isEmpty ? BrowserMessages.noDepartment() : $0.display, count: counts[$0]!) }
        case .rule:
            if let why = findingsUnavailable {
                message = why
                return
            }
            var counts: [RuleID: Int] = [:]
            for list in findings {
                for r in Set(list.map(\.rule)) { counts[r, default: 0] += 1 }
            }
            entries += counts.keys.sorted().map { Picker.Entry(department: nil, rule: $0, label: $0.rawValue, count: counts[$0]!) }
        }
        var p = Picker(kind: kind, entries: entries)
        let current = entries.firstIndex { e in kind == .department ? e.department == listFilter.department : e.rule == listFilter.rule }
        p.cursor = current ?? 0
        overlay = .picker(p)
    }

    mutating func applyInPicker(_ picker: Picker, _ action: Action) {
        var p = picker
        let shown = p.shown
        switch action {
        case .moveDown: p.cursor += 1
        case .moveUp: p.cursor -= 1
        case .pageDown, .halfPageDown: p.cursor += 10
        case .pageUp, .halfPageUp: p.cursor -= 10
        case .top: p.cursor = 0
        case .bottom: p.cursor = shown.count - 1
        case .wheel(_, _, let d): p.cursor += 3 * d
        case .insert(let c):
            p.typed.append(c)
            p.cursor = p.shown.count > 1 && !p.typed.isEmpty ? 1 : 0
        case .deleteBackward:
            if p.typed.isEmpty { overlay = nil; return }
            p.typed.removeLast()
        case .clearPrompt: p.typed = ""
        case .cancel, .click:
            overlay = nil
            return
        case .confirm:
            overlay = nil
            guard shown.indices.contains(p.cursor) else { return }
            let e = shown[p.cursor]
            var f = listFilter
            switch p.kind {
            case .department: f.department = e.department
            case .rule: f.rule = e.rule
            }
            setListFilter(f)
            return
        default: break
        }
        p.cursor = clamp(p.cursor, 0, max(0, p.shown.count - 1))
        overlay = .picker(p)
    }
}
