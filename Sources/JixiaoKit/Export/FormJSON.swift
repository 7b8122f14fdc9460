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
        var memo = IndicatorMemo()
        write(form, into: &w, memo: &memo)
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
    /// `emit` is called in order and never twice at once, but from a worker thread while the
    /// next batch is written (not always the caller's thread): it must not be tied to one.
    public static func write(
        _ forms: [Form], format: Layout, chunk: Int = 1 << 16, parallelMinimum: Int = 256,
        to emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let lines = format == .lines
        var w = JSONWriter(pretty: format == .document, capacity: chunk + chunk / 2)
        var memo = IndicatorMemo()
        func drain(_ force: Bool) {
            guard force ? !w.bytes.isEmpty : w.bytes.count >= chunk else { return }
            w.bytes.withUnsafeBufferPointer(emit)
            w.bytes.removeAll(keepingCapacity: true)
        }
        func one(_ f: Form, into w: inout JSONWriter, memo: inout IndicatorMemo) {
            write(f, into: &w, memo: &memo)
            if lines { w.newLineRecord() }
        }
        if !lines {
            w.beginObject()
            w.field("forms")
            w.beginArray()
        }
        // A batch holds two parts per core; its output is in memory until emitted, which
        // happens while the next batch is written: one iteration of the next batch's parallel
        // run emits it (in order, from one thread at a time), the others write their parts.
        // Each part writes into a buffer of its own, kept from batch to batch: a province's
        // export would otherwise allocate (and fault in) its hundreds of megabytes anew.
        let batch = max(parallelMinimum, Parallel.cores * 512)
        var buffers = [[UInt8]](repeating: [], count: Parallel.cores * 2)
        var written = [[UInt8]](repeating: [], count: buffers.count)  // the batch not yet emitted
        var waiting = 0  // how many of `written` wait
        func emitWritten() {
            for c in 0..<waiting { written[c].withUnsafeBufferPointer(emit) }
            waiting = 0
        }
        var start = 0
        while start < forms.count {
            let end = min(forms.count, start + batch)
            if end - start >= parallelMinimum, Parallel.cores > 1 {
                if !w.bytes.isEmpty {
                    emitWritten()
                    drain(true)
                }
                let base = w
                let count = end - start, n = min(buffers.count, count)
                buffers.withUnsafeMutableBufferPointer { slots in
                    written.withUnsafeBufferPointer { ready in
                        _ = Parallel.map(n + 1, minimum: 2) { k in
                            if k == 0 {  // the previous batch goes out beside this one's parts
                                for c in 0..<waiting { ready[c].withUnsafeBufferPointer(emit) }
                                return
                            }
                            let c = k - 1
                            var part = base.fork(afterItems: !lines && start + count * c / n > 0)
                            // The slot's buffer, swapped in (not copied) and emptied, capacity kept.
                            swap(&part.bytes, &slots[c])
                            part.bytes.removeAll(keepingCapacity: true)
                            var memo = IndicatorMemo()
                            for i in count * c / n..<count * (c + 1) / n { one(forms[start + i], into: &part, memo: &memo) }
                            swap(&part.bytes, &slots[c])
                        }
                    }
                }
                swap(&buffers, &written)
                waiting = n
                if !lines { w.markItems() }
            } else {
                emitWritten()
                for i in start..<end {
                    one(forms[i], into: &w, memo: &memo)
                    drain(false)
                }
            }
            start = end
        }
        emitWritten()
        if !lines {
            w.endArray()
            w.endObject()
            w.bytes.append(0x0A)
        }
        drain(true)
    }

    static func write(_ f: Form, into w: inout JSONWriter, memo: inout IndicatorMemo) {
        w.beginObject()
        w.member("title", f.title)
        w.key("fiscalYear"); w.int(f.fiscalYear)
        w.member("project", f.project)
        w.key("department")
        w.beginObject()
        w.member("code", f.department.code)
        w.member("name", f.department.name)
        w.endObject()
        w.member("implementingUnit", f.implementingUnit)
        w.member("attribute", f.attribute)
        w.member("origin", f.origin)
        w.member("owner", f.owner)
        w.member("sealUnit", f.sealUnit)
        w.member("period", f.period)
        w.key("sides")
        w.beginArray()
        for side in f.sides { w.string(side.rawValue) }
        w.endArray()
        w.key("funds")
        w.beginObject()
        for side in Side.allCases {
            w.field(side.rawValue)
            w.beginObject()
            w.member("total", number: f.funds[side].total)
            for s in FundsSide.allSources { w.field(s.key, number: f.funds[side][keyPath: s.path]) }
            w.endObject()
        }
        w.endObject()
        // Beside `funds`, not in it: `funds` stays a map of sides for existing readers.
        w.member("fundsUnit", f.funds.unit.rawValue)
        w.key("narrative")
        w.beginObject()
        for n in Narrative.fields { w.field(n.key, f.narrative[keyPath: n.path]) }
        w.endObject()
        w.key("goals")
        w.beginObject()
        w.member("implementation", f.goals.implementation)
        w.member("annual", f.goals.annual)
        w.endObject()
        w.key("indicators")
        w.beginObject()
        for side in Side.allCases {
            w.field(side.rawValue)
            w.beginArray()
            for i in f.indicators[side] { write(i, into: &w, memo: &memo) }
            w.endArray()
        }
        w.endObject()
        // Beside `indicators`, which stays a map of the two sides.
        w.key("notApplicable")
        w.beginArray()
        for side in Side.allCases {
            for d in f.indicators.notApplicable(side) {
                w.beginObject()
                w.member("side", side.rawValue)
                w.member("tier1", d.tier1)
                w.member("tier2", d.tier2)
                w.member("text", d.notApplicable ?? "")
                w.member("line", int: d.line)
                w.endObject()
            }
        }
        w.endArray()
        w.key("signoff")
        w.beginObject()
        w.member("leader", f.signoff.leader)
        w.member("handler", f.signoff.handler)
        w.member("phone", f.signoff.phone)
        w.member("filedAt", f.signoff.filedAt)
        w.endObject()
        w.key("source")
        w.beginObject()
        w.member("file", f.source.file)
        w.member("line", int: f.source.line)
        if let sheet = f.source.sheet { w.member("sheet", sheet) }
        w.endObject()
        w.endObject()
    }

    static func write(_ i: Indicator, into w: inout JSONWriter, memo: inout IndicatorMemo) {
        w.beginObject()
        w.member("tier1", i.tier1)
        w.member("tier2", i.tier2)
        w.member("name", i.name)
        w.member("value", i.value)
        w.member("tier1Kind", memo.tier1Kind(i))
        w.member("tier2Kind", memo.tier2Kind(i))
        if let p = memo.parsedValue(i) {
            w.key("parsed")
            w.beginObject()
            w.member("comparator", p.comparator)
            w.member("number", number: p.number)
            w.member("unit", p.unit)
            w.endObject()
        }
        w.member("line", int: i.line)
        w.endObject()
    }
}
