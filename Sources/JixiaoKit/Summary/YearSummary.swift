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

        mutating func add(_ form: borrowing Form, _ findings: [Finding]?) {
            forms += 1
            annual.add(form.funds.annual.total)
            implementation.add(form.funds.implementation.total)
            indicators += form.indicators.count
            if let findings {
                var s = self.findings ?? FindingSummary()
                for f in findings { s.add(f.severity) }
                self.findings = s
            }
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
        precondition(findings == nil || findings!.count == forms.count, "findings must be aligned with forms")
        // Rows found by code (ASCII, cheap to hash), then by name among the code's rows; names
        // and codes compare as UTF-8 bytes (no Unicode normalisation on a year's worth of forms).
        var rows: [Row] = []
        var byCode: [String: [Int]] = [:]
        var total = Self.emptyRow(Department(), findings != nil)
        for i in forms.indices {
            let fs = findings?[i]
            let code = forms[i].department.code, name = forms[i].department.name
            let k: Int
            if let found = byCode[code]?.first(where: { rows[$0].department.name.utf8.elementsEqual(name.utf8) }) {
                k = found
            } else {
                k = rows.count
                rows.append(Self.emptyRow(Department(code: code, name: name), findings != nil))
                byCode[code, default: []].append(k)
            }
            rows[k].add(forms[i], fs)
            total.add(forms[i], fs)
        }
        self.rows = rows.sorted { a, b in
            let (x, y) = (a.department, b.department)
            if x.code.isEmpty != y.code.isEmpty { return y.code.isEmpty }
            if !x.code.utf8.elementsEqual(y.code.utf8) { return x.code.utf8.lexicographicallyPrecedes(y.code.utf8) }
            return x.name.utf8.lexicographicallyPrecedes(y.name.utf8)
        }
        self.total = total
    }

    private static func emptyRow(_ d: Department, _ withFindings: Bool) -> Row {
        var r = Row(department: d)
        if withFindings { r.findings = FindingSummary() }
        return r
    }
}
