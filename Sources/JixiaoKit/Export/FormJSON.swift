/// The JSON export: exactly the schema of the reference reading (`{"forms":[…]}`), plus extra
/// fields a tool may use: `source` (file, line, and `sheet` for a workbook), `sides`, `origin`,
/// `owner`, `sealUnit`, `funds.unit` and each side's `fiscal`, `indicators.notApplicable`,
/// and, per indicator, `tier1Kind`/`tier2Kind` (canonical tiers) and `parsed` (comparator,
/// number, unit) where the value has that shape. Every key is listed in docs/format.md.
public enum FormJSON {
    /// All forms as one JSON document.
    public static func document(_ forms: [Form], pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.field("forms")
        w.beginArray()
        for f in forms { write(f, into: &w) }
        w.endArray()
        w.endObject()
        return w.out + "\n"
    }

    /// One form as a single line (for `jsonl`).
    public static func line(_ form: Form) -> String {
        var w = JSONWriter(pretty: false)
        write(form, into: &w)
        return w.out
    }

    static func write(_ f: Form, into w: inout JSONWriter) {
        w.beginObject()
        w.field("title", f.title)
        w.field("fiscalYear"); w.int(f.fiscalYear)
        w.field("project", f.project)
        w.field("department")
        w.beginObject()
        w.field("code", f.department.code)
        w.field("name", f.department.name)
        w.endObject()
        w.field("implementingUnit", f.implementingUnit)
        w.field("attribute", f.attribute)
        w.field("origin", f.origin)
        w.field("owner", f.owner)
        w.field("sealUnit", f.sealUnit)
        w.field("period", f.period)
        w.field("sides")
        w.beginArray()
        for side in f.sides { w.string(side.rawValue) }
        w.endArray()
        w.field("funds")
        w.beginObject()
        for side in Side.allCases {
            w.field(side.rawValue)
            w.beginObject()
            w.field("total", number: f.funds[side].total)
            for s in FundsSide.allSources { w.field(s.key, number: f.funds[side][keyPath: s.path]) }
            w.endObject()
        }
        w.field("unit", f.funds.unit.rawValue)
        w.endObject()
        w.field("narrative")
        w.beginObject()
        for n in Narrative.fields { w.field(n.key, f.narrative[keyPath: n.path]) }
        w.endObject()
        w.field("goals")
        w.beginObject()
        w.field("implementation", f.goals.implementation)
        w.field("annual", f.goals.annual)
        w.endObject()
        w.field("indicators")
        w.beginObject()
        for side in Side.allCases {
            w.field(side.rawValue)
            w.beginArray()
            for i in f.indicators[side] { write(i, into: &w) }
            w.endArray()
        }
        w.field("notApplicable")
        w.beginArray()
        for side in Side.allCases {
            for d in f.indicators.notApplicable(side) {
                w.beginObject()
                w.field("side", side.rawValue)
                w.field("tier1", d.tier1)
                w.field("tier2", d.tier2)
                w.field("text", d.notApplicable ?? "")
                w.field("line"); w.int(d.line)
                w.endObject()
            }
        }
        w.endArray()
        w.endObject()
        w.field("signoff")
        w.beginObject()
        w.field("leader", f.signoff.leader)
        w.field("handler", f.signoff.handler)
        w.field("phone", f.signoff.phone)
        w.field("filedAt", f.signoff.filedAt)
        w.endObject()
        w.field("source")
        w.beginObject()
        w.field("file", f.source.file)
        w.field("line"); w.int(f.source.line)
        if let sheet = f.source.sheet { w.field("sheet", sheet) }
        w.endObject()
        w.endObject()
    }

    static func write(_ i: Indicator, into w: inout JSONWriter) {
        w.beginObject()
        w.field("tier1", i.tier1)
        w.field("tier2", i.tier2)
        w.field("name", i.name)
        w.field("value", i.value)
        w.field("tier1Kind", i.tier1Kind?.rawValue ?? "")
        w.field("tier2Kind", i.tier2Kind?.rawValue ?? "")
        if let p = i.parsedValue {
            w.field("parsed")
            w.beginObject()
            w.field("comparator", p.comparator)
            w.field("number", number: p.number)
            w.field("unit", p.unit)
            w.endObject()
        }
        w.field("line"); w.int(i.line)
        w.endObject()
    }
}
