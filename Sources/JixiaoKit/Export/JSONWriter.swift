/// A small JSON writer that keeps key order (the export schema's order) and writes text
/// unescaped where JSON allows (Chinese stays readable; `/` stays `/`). It appends UTF-8 bytes
/// to `bytes` — no `String` is built by appends — so that large exports can be handed to an
/// output stream in chunks (`FormJSON.write(_:pretty:to:)`).
struct JSONWriter {
    /// The JSON so far, as UTF-8.
    var bytes: [UInt8] = []
    let pretty: Bool
    private var depth = 0
    /// Bit `d`: the array or object open at depth `d` holds an item (so the next needs a comma).
    private var needsComma: UInt64 = 0
    private var pendingKey = false

    init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// The JSON so far, as text.
    var out: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func separator() {
        let bit: UInt64 = 1 << UInt64(depth)
        if needsComma & bit != 0 { bytes.append(UInt8(ascii: ",")) }
        needsComma |= bit
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        prefixValue()
        bytes.append(bracket)
        depth += 1
        precondition(depth < 64, "JSON nested too deep")
        needsComma &= ~(1 << UInt64(depth))
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = needsComma & (1 << UInt64(depth)) != 0
        depth -= 1
        if hadItems { newline() }
        bytes.append(bracket)
    }

    /// Before a value: inside an array, a comma and newline; after a key, nothing.
    private mutating func prefixValue() {
        if pendingKey {
            pendingKey = false
            return
        }
        separator()
        newline()
    }

    mutating func field(_ k: String) {
        separator()
        newline()
        Self.quote(k, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        pendingKey = true
    }

    /// A key given in the code, which needs no escaping (ASCII letters): written as it is.
    mutating func key(_ k: StaticString) {
        separator()
        newline()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        pendingKey = true
    }

    /// `key(k)` then the string `s`.
    mutating func member(_ k: StaticString, _ s: String) { key(k); string(s) }
    /// `key(k)` then the number `d`.
    mutating func member(_ k: StaticString, number d: Double?) { key(k); number(d) }
    /// `key(k)` then the integer `i`.
    mutating func member(_ k: StaticString, int i: Int) { key(k); int(i) }

    mutating func string(_ s: String) {
        prefixValue()
        Self.quote(s, into: &bytes)
    }

    mutating func number(_ d: Double?) {
        prefixValue()
        guard let d, d.isFinite else { bytes += "null".utf8; return }
        if d == d.rounded(), abs(d) < 9e15 { Self.digits(Int64(d), into: &bytes) } else { bytes += String(d).utf8 }
    }

    mutating func int(_ i: Int?) {
        prefixValue()
        if let i { Self.digits(Int64(i), into: &bytes) } else { bytes += "null".utf8 }
    }

    /// A writer in this one's state (depth, commas) with no bytes yet, to write the next items
    /// of the current array elsewhere; `afterItems`: items come before them (so a comma leads).
    func fork(afterItems: Bool) -> JSONWriter {
        var w = JSONWriter(pretty: pretty)
        w.depth = depth
        w.needsComma = needsComma
        w.pendingKey = pendingKey
        if afterItems { w.markItems() }
        return w
    }

    /// Records that the current array or object holds items (after they were written by forks).
    mutating func markItems() { needsComma |= 1 << UInt64(depth) }

    /// Ends a top-level value with a line end and starts the next as a new record (`jsonl`).
    mutating func newLineRecord() {
        bytes.append(0x0A)
        needsComma = 0
        depth = 0
        pendingKey = false
    }

    mutating func field(_ k: String, _ s: String) { field(k); string(s) }
    mutating func field(_ k: String, number d: Double?) { field(k); number(d) }

    /// Decimal digits of `n`, as `String(n)` writes them.
    static func digits(_ n: Int64, into out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        if m < 10 { out.append(0x30 + UInt8(m)); return }
        var tmp: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes ≥ the 20 digits of UInt64.max
        let count = withUnsafeMutableBytes(of: &tmp) { buf -> Int in
            var k = buf.count
            while m > 0 {
                k -= 1
                buf[k] = 0x30 + UInt8(m % 10)
                m /= 10
            }
            out.append(contentsOf: buf[k...])
            return buf.count - k
        }
        _ = count
    }

    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        CheckText.bytes(s) { utf8 in
            if Self.isPlain(utf8) {
                out.append(contentsOf: utf8)
                return
            }
            for u in String(decoding: utf8, as: UTF8.self).unicodeScalars {
                switch u {
                case "\"": out += #"\""#.utf8
                case "\\": out += #"\\"#.utf8
                case "\n": out += #"\n"#.utf8
                case "\r": out += #"\r"#.utf8
                case "\t": out += #"\t"#.utf8
                default:
                    if u.value < 0x20 || Self.mustEscape(u) {
                        let hex = String(u.value, radix: 16)
                        out += "\\u".utf8
                        out += String(repeating: "0", count: 4 - hex.count).utf8
                        out += hex.utf8
                    } else {
                        out += String(u).utf8
                    }
                }
            }
        }
        out.append(0x22)
    }

    /// Scalars written as `\uXXXX` so that no control, bidi or zero-width character reaches a
    /// terminal raw, while the data stays exact.
    static func mustEscape(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x7F...0x9F, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0x061C: return true
        default: return false
        }
    }

    /// True when no byte sequence of `b` needs escaping: no quote, backslash, C0/C1 control,
    /// DEL, BOM, or bidi/zero-width/line-separator control. Exact, so that ordinary Chinese text
    /// (≥ “ ” （ ，) stays on the fast path.
    static func isPlain(_ b: [UInt8]) -> Bool { b.withUnsafeBufferPointer { isPlain($0) } }

    /// `isPlain` on bytes in place; skips a CJK character (lead byte E3–EE) in one step.
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c >= 0xE3 && c <= 0xEE { i += 3; continue }  // U+3000–EFFF (CJK): never escaped
            if c >= 0x20 && c < 0x7F {
                if c == 0x22 || c == 0x5C { return false }
                i += 1
                continue
            }
            if c < 0x20 || c == 0x7F { return false }
            if c == 0xC2 || c == 0xD8 || c == 0xE2 || c == 0xEF {
                guard i + 1 < n else { return true }
                let c1 = b[i + 1]
                if c == 0xC2, (0x80...0x9F).contains(c1) { return false }  // C1 controls
                if c == 0xD8, c1 == 0x9C { return false }  // U+061C
                if i + 2 < n {
                    let c2 = b[i + 2]
                    if c == 0xE2, c1 == 0x80, (0x8B...0x8F).contains(c2) || (0xA8...0xAE).contains(c2) { return false }
                    if c == 0xE2, c1 == 0x81, (0xA0...0xA9).contains(c2) { return false }
                    if c == 0xEF, c1 == 0xBB, c2 == 0xBF { return false }
                }
            }
            i += 1
        }
        return true
    }
}
