/// The JSON export: exactly the schema of the reference reading (`{"forms":[…]}`), plus extra
/// fields a tool may use: `source` (file, line, and `sheet` for a workbook), `sides`, `origin`,
/// `owner`, `sealUnit`, `fundsUnit` and each side's `fiscal`, `notApplicable`,
/// and, per indicator, `tier1Kind`/`tier2Kind` (canonical tiers) and `parsed` (comparator,
/// number, unit) where the value has that shape. Every key is listed in docs/format.md.
public enum FormJSON {
    /// All forms as one JSON document.
    public static func document(_ forms: [Form], pretty: Bool = true) -> String {
        var out: [UInt8] = []
        write(forms, format: pretty ? .document : .compactDocument) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// One form as a single line (for `jsonl`), without the line end.
    public static func line(_ form: Form) -> String {
        var w = JSONWriter(pretty: false)
        write(form, into: &w)
        return w.out
    }

    /// How `write(_:format:to:)` lays the forms out.
    public enum Layout: Sendable {
        /// `{"forms":[…]}`, indented, ending in a line end (what `document` returns).
        case document
        /// The same on one line.
        case compactDocument
        /// One form a line, each ending in a line end (`jsonl`).
        case lines
    }

    /// Writes `forms` as UTF-8 bytes in chunks of about `chunk` bytes to `emit` (e.g. a buffered
    /// stdout), never holding the whole text. From `parallelMinimum` forms on, batches of forms
    /// are written on all cores, each part into its own buffer from the same writer state, and
    /// emitted in order. The bytes are exactly those of `document`/`line` either way.
    public static func write(
        _ forms: [Form], format: Layout, chunk: Int = 1 << 16, parallelMinimum: Int = 256,
        to emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let lines = format == .lines
        var w = JSONWriter(pretty: format == .document, capacity: chunk + chunk / 2)
        func drain(_ force: Bool) {
            guard force ? !w.bytes.isEmpty : w.bytes.count >= chunk else { return }
            w.bytes.withUnsafeBufferPointer(emit)
            w.bytes.removeAll(keepingCapacity: true)
        }
        func one(_ f: Form, into w: inout JSONWriter) {
            write(f, into: &w)
            if lines { w.newLineRecord() }
        }
        if !lines {
            w.beginObject()
            w.field("forms")
            w.beginArray()
        }
        // A batch holds a few parts per core; its output is in memory until emitted.
        let batch = max(parallelMinimum, Parallel.cores * 512)
        var start = 0
        while start < forms.count {
            let end = min(forms.count, start + batch)
            if end - start >= parallelMinimum, Parallel.cores > 1 {
                drain(true)
                let base = w
                let parts = Parallel.chunks(end - start, minimum: parallelMinimum, perCore: 2) { r -> [UInt8] in
                    var part = base.fork(afterItems: !lines && start + r.lowerBound > 0)
                    for i in r { one(forms[start + i], into: &part) }
                    return part.bytes
                }
                for p in parts { p.withUnsafeBufferPointer(emit) }
                if !lines { w.markItems() }
            } else {
                for i in start..<end {
                    one(forms[i], into: &w)
                    drain(false)
                }
            }
            start = end
        }
        if !lines {
            w.endArray()
            w.endObject()
            w.bytes.append(0x0A)
        }
        drain(true)
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
        w.endObject()
        // Beside `funds`, not in it: `funds` stays a map of sides for existing readers.
        w.field("fundsUnit", f.funds.unit.rawValue)
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
        w.endObject()
        // Beside `indicators`, which stays a map of the two sides.
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
