/// `jixiao summary --format json|csv`: the year summary as data. Amounts stay in 元 as on the
/// forms (exact, not rounded to 万元) with how many forms gave a figure; keys are English.
public enum SummaryExport {
    /// `{"departments":[…],"total":{…}}`; each row: code, name, forms, annual and implementation
    /// (`{"yuan":…, "given":…}`, `yuan` null when no form gave a figure), indicators and, when the
    /// checks ran, findings (`{"error":…,"warning":…,"info":…}`).
    public static func json(_ summary: YearSummary) -> String {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.field("departments")
        w.beginArray()
        for r in summary.rows { write(r, into: &w) }
        w.endArray()
        w.field("total")
        write(summary.total, into: &w)
        w.endObject()
        return w.out + "\n"
    }

    static func write(_ r: YearSummary.Row, into w: inout JSONWriter) {
        w.beginObject()
        w.field("code", r.department.code)
        w.field("name", r.department.name)
        w.field("forms"); w.int(r.forms)
        for (key, t) in [("annual", r.annual), ("implementation", r.implementation)] {
            w.field(key)
            w.beginObject()
            w.field("yuan", number: t.value)
            w.field("given"); w.int(t.given)
            w.endObject()
        }
        w.field("indicators"); w.int(r.indicators)
        if let f = r.findings {
            w.field("findings")
            w.beginObject()
            for s in [Severity.error, .warning, .info] { w.field(s.rawValue); w.int(f[s]) }
            w.endObject()
        }
        w.endObject()
    }

    /// The CSV header in the current language: amounts in 元 (empty when no form gave one).
    public static var csvHeader: [String] {
        [KitMessages.csvCode, .csvDepartmentName, .csvForms, .csvAnnualYuan, .csvAnnualGiven, .csvImplementationYuan,
         .csvImplementationGiven, .csvIndicators, .csvErrors, .csvWarnings, .csvInfos].map { $0() }
    }

    /// One row per department, then the total (code empty, name `合计`); CSV as `CSVExport`
    /// writes it (RFC 4180, CRLF, sanitized).
    public static func csv(_ summary: YearSummary, bom: Bool = false) -> String {
        var out = bom ? "\u{FEFF}" : ""
        out += CSVExport.line(csvHeader)
        let rows = summary.rows + [summary.total]
        for (i, r) in rows.enumerated() {
            let name = i == rows.count - 1 ? SummaryMessages.total.text(.zh) : r.department.name
            var fields = [r.department.code, name, String(r.forms), number(r.annual.value), String(r.annual.given),
                          number(r.implementation.value), String(r.implementation.given), String(r.indicators)]
            fields += [Severity.error, .warning, .info].map { s in r.findings.map { String($0[s]) } ?? "" }
            out += CSVExport.line(fields)
        }
        return out
    }

    /// A number as the JSON export writes it (integer when whole), empty for nil.
    static func number(_ d: Double?) -> String {
        var w = JSONWriter(pretty: false)
        w.number(d)
        return d == nil ? "" : w.out
    }
}
