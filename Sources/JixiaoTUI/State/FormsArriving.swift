import JixiaoKit

/// Forms read on another thread while the browser is already on screen
/// (`FormReader.read(paths:batches:)`): the reader `add`s batches as they are read and
/// `finish`es with the whole reading; the browser takes whatever has arrived since it last
/// looked, all batches at once. Thread-safe.
public final class FormsInbox: Sendable {
    private struct Pending {
        var forms: [Form] = []
        var progress: ReadProgress?
        var all: [Form]?
    }

    private let pending = Locked(Pending())

    public init() {}

    /// Forms read since the last batch, in file order, and how far the reading is.
    public func add(_ forms: [Form], _ progress: ReadProgress) {
        pending.withValue { p in
            p.forms += forms
            p.progress = progress
        }
    }

    /// The reading is over: `all` is every form, in order (what `add` brought, or — when a file
    /// had to be read again another way — its corrected reading).
    public func finish(_ all: [Form]) {
        pending.withValue { $0.all = all }
    }

    /// What arrived since the last call: new forms, the latest progress, and every form once
    /// the reading is over.
    func take() -> (forms: [Form], progress: ReadProgress?, all: [Form]?) {
        pending.withValue { p in
            defer { p = Pending() }
            return (p.forms, p.progress, p.all)
        }
    }
}

extension BrowserState {
    // MARK: - Forms arriving while the rest is read

    /// Whether forms are still being read (`reading` holds how far).
    public var isReading: Bool { reading != nil }

    /// Forms read since the last batch join the list: in file order they go at the end; in
    /// another order they are sorted among themselves and merged into the order (the same
    /// order as sorting every form, for a batch's cost, not the whole list's). The selection
    /// stays on its project, on the same screen row; the counts, funds column and findings
    /// grow with the forms. Search and the checks need every form: they start once the
    /// reading is over.
    mutating func receiveForms(_ batch: [Form], progress: ReadProgress?) {
        if let progress { reading = progress }
        guard !batch.isEmpty else { return }
        let keep = currentFormIndex
        let screenRow = selected - listTop
        let first = forms.count
        forms += batch
        findings += Array(repeating: [], count: batch.count)
        summaries += Array(repeating: FindingSummary(), count: batch.count)
        fundsColumnWidth = max(fundsColumnWidth, BrowserState.fundsColumnWidth(batch))
        // Every order made so far takes the new forms in; the file's order always grows.
        orders[.file] = orders[.file] ?? Array(0..<first)
        for (mode, order) in orders {
            orders[mode] = BrowserState.mergeOrder(order, from: first, mode, forms, summaries: summaries)
        }
        rebuildRows(matches: listMatches, keeping: keep)
        // Forms sorted in above the selection push it down: the list follows, so it stays put.
        if keep != nil, keep == currentFormIndex {
            listTop = scrollTop(max(0, selected - screenRow), cursor: selected, visible: listRows, count: rows.count)
        }
    }

    /// The reading is over: `all` holds every form — normally the forms already shown, in the
    /// same order (taking them frees the copies the batches brought). When a file was read
    /// again another way (it turned out not to be UTF-8), its reading replaces what was shown,
    /// and the selection stays at its position.
    mutating func finishReading(_ all: [Form]) {
        reading = nil
        let sameCount = all.count == forms.count
        forms = all
        guard !sameCount else { return }
        let keep = currentFormIndex.map { min($0, max(0, all.count - 1)) }
        setFindings([])
        fundsColumnWidth = BrowserState.fundsColumnWidth(all)
        orders = [.file: Array(all.indices)]
        rebuildRows(matches: nil, keeping: all.isEmpty ? nil : keep)
    }

    /// `读取中 35,000 表 · 42%` while forms are read; nil after.
    var readingLabel: String? {
        guard let r = reading else { return nil }
        return BrowserMessages.reading(grouped(forms.count), "\(Int((r.fraction * 100).rounded(.down)))")
    }
}
