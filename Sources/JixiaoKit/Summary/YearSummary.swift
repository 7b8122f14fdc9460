import Foundation

/// A year at a glance: per department (主管部门, ordered by code) the number of forms, the
/// 年度 and 实施期 funds totals, the indicator count and the findings by severity, with a 合计
/// row over all forms. Feeds `jixiao summary`, `list`'s footer and the browser's summary view.
///
/// Funds stay in 元 (`Double`), as on the forms; an empty cell is "not given", not zero, so each
/// total also counts how many forms gave a figure (`FundsTotal.given`).
public struct YearSummary: Sendable, Equatable {
    /// One department's figures (or the 合计 row, whose department is empty).
    public struct Row: Sendable, Equatable {
        /// 主管部门 (code and name); empty for the 合计 row.
        public var department: Department
        /// Number of forms.
        public var forms: Int = 0
        /// 年度 项目资金 total (资金总额 of the annual side).
        public var annual = FundsTotal()
        /// 实施期 项目资金 total.
        public var implementation = FundsTotal()
        /// Indicators of both sides.
        public var indicators: Int = 0
        /// Findings by severity; nil when no findings were given (checks not run).
        public var findings: FindingSummary?

        public init(department: Department) { self.department = department }

        /// The funds total of `side`.
        public subscript(side: Side) -> FundsTotal { side == .annual ? annual : implementation }

        mutating func add(_ figures: Figures, _ findings: [Finding]?) {
            forms += 1
            annual.add(figures.annual)
            implementation.add(figures.implementation)
            indicators += figures.indicators
            if let findings {
                var s = self.findings ?? FindingSummary()
                for f in findings { s.add(f.severity) }
                self.findings = s
            }
        }
    }

    /// What a form adds to its row: read once from the form (never copying it).
    struct Figures {
        var annual: Double?
        var implementation: Double?
        var indicators: Int

        init(_ form: borrowing Form) {
            annual = form.funds.annual.total
            implementation = form.funds.implementation.total
            indicators = form.indicators.count
        }
    }

    /// A sum of amounts in 元 that knows how many forms contributed one.
    public struct FundsTotal: Sendable, Equatable {
        /// The sum of the given amounts, in 元 (0 when none was given).
        public var sum: Double = 0
        /// How many forms gave a figure.
        public var given: Int = 0

        public init() {}

        /// The sum, or nil when no form gave a figure ("not given", never 0).
        public var value: Double? { given > 0 ? sum : nil }

        mutating func add(_ amount: Double?) {
            guard let amount, amount.isFinite else { return }
            sum += amount
            given += 1
        }
    }

    /// One row per department, ordered by code (then name; departments without a code last).
    public var rows: [Row]
    /// 合计: all forms.
    public var total: Row

    /// Sums `forms`; `findings`, when given, is aligned with `forms` (as `Checker.check` returns).
    public init(_ forms: [Form], findings: [[Finding]]? = nil) {
        let grouped = Self.grouped(forms, findings: findings)
        self.rows = grouped.rows.sorted(by: Self.ordered)
        self.total = grouped.total
    }

    /// The departments' rows in the order they first appear (not yet ordered by code) and the
    /// 合计 row (`list`'s footer counts the same departments with `DepartmentCount`, without
    /// the rows). Departments are found by their bytes (code and
    /// name compare as UTF-8, no Unicode normalisation on a year's worth of forms: the same
    /// code in composed and decomposed form makes two rows, as copy-paste keeps them apart).
    static func grouped(_ forms: [Form], findings: [[Finding]]? = nil) -> (rows: [Row], total: Row) {
        precondition(findings == nil || findings!.count == forms.count, "findings must be aligned with forms")
        var rows: [Row] = []
        var index: [DepartmentKey: Int] = [:]
        index.reserveCapacity(min(forms.count, 1 << 14))
        var total = Self.emptyRow(Department(), findings != nil)
        // Through a buffer pointer: reading a form in the array copied it whole (10,000 copies).
        forms.withUnsafeBufferPointer { forms in
            for i in forms.indices {
                let fs = findings?[i]
                let department = forms[i].department
                let next = rows.count
                // One lookup: a department not seen yet is entered with the next row's index.
                let k = Self.value(&index[DepartmentKey(department), default: next])
                if k == next { rows.append(Self.emptyRow(department, findings != nil)) }
                let figures = Figures(forms[i])
                rows[k].add(figures, fs)
                total.add(figures, fs)
            }
        }
        return (rows, total)
    }

    @inline(__always) private static func value(_ v: inout Int) -> Int { v }

    /// Order of the rows: by code as UTF-8 bytes, then by name; departments without a code last.
    static func ordered(_ a: Row, _ b: Row) -> Bool {
        let (x, y) = (a.department, b.department)
        if x.code.isEmpty != y.code.isEmpty { return y.code.isEmpty }
        let c = compareBytes(x.code, y.code)
        return c != 0 ? c < 0 : compareBytes(x.name, y.name) < 0
    }

    /// <0, 0 or >0 as `a`'s UTF-8 bytes come before, equal or after `b`'s.
    static func compareBytes(_ a: String, _ b: String) -> Int {
        CheckText.bytes(a) { p in
            CheckText.bytes(b) { q in
                let n = min(p.count, q.count)
                let c = n == 0 ? 0 : Int(memcmp(p.baseAddress!, q.baseAddress!, n))
                return c != 0 ? c : p.count - q.count
            }
        }
    }

    /// A department as a dictionary key by its bytes: a code or name written in two Unicode
    /// forms (composed and decomposed) is two departments, as `ByteKey` keeps it elsewhere.
    private struct DepartmentKey: Hashable {
        let code: ByteKey
        let name: ByteKey
        init(_ d: Department) { (code, name) = (ByteKey(d.code), ByteKey(d.name)) }
    }

    private static func emptyRow(_ d: Department, _ withFindings: Bool) -> Row {
        var r = Row(department: d)
        if withFindings { r.findings = FindingSummary() }
        return r
    }
}
