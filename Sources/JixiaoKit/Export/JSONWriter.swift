/// A small JSON writer that keeps key order (the export schema's order) and writes text
/// unescaped where JSON allows (Chinese stays readable; `/` stays `/`).
struct JSONWriter {
    private(set) var out = ""
    let pretty: Bool
    private var depth = 0
    private var needsComma = [false]

    init(pretty: Bool) { self.pretty = pretty }

    private mutating func newline() {
        guard pretty else { return }
        out += "\n"
        out += String(repeating: "  ", count: depth)
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { out += "," }
        needsComma[needsComma.count - 1] = true
    }

    mutating func beginObject() { open("{") }
    mutating func endObject() { close("}") }
    mutating func beginArray() { open("[") }
    mutating func endArray() { close("]") }

    private mutating func open(_ bracket: String) {
        prefixValue()
        out += bracket
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems { newline() }
        out += bracket
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

    private var pendingKey = false

    mutating func field(_ k: String) {
        separator()
        newline()
        Self.quote(k, into: &out)
        out += pretty ? ": " : ":"
        pendingKey = true
    }

    mutating func string(_ s: String) {
        prefixValue()
        Self.quote(s, into: &out)
    }

    mutating func number(_ d: Double?) {
        prefixValue()
        guard let d, d.isFinite else { out += "null"; return }
        if d == d.rounded(), abs(d) < 9e15 { out += String(Int64(d)) } else { out += String(d) }
    }

    mutating func int(_ i: Int?) {
        prefixValue()
        out += i.map(String.init) ?? "null"
    }

    mutating func field(_ k: String, _ s: String) { field(k); string(s) }
    mutating func field(_ k: String, number d: Double?) { field(k); number(d) }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        let plain = s.utf8.withContiguousStorageIfAvailable { Self.isPlain($0) } ?? Self.isPlain(Array(s.utf8))
        if plain {
            out += s
        } else {
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if u.value < 0x20 || Self.mustEscape(u) {
                        let hex = String(u.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(u)
                    }
                }
            }
        }
        out += "\""
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
    static func isPlain(_ b: some RandomAccessCollection<UInt8>) -> Bool {
        var i = b.startIndex
        while i != b.endIndex {
            let c = b[i]
            if c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F { return false }
            if c == 0xC2 || c == 0xD8 || c == 0xE2 || c == 0xEF {
                let n1 = b.index(after: i)
                guard n1 != b.endIndex else { return true }
                let c1 = b[n1]
                if c == 0xC2, (0x80...0x9F).contains(c1) { return false }  // C1 controls
                if c == 0xD8, c1 == 0x9C { return false }  // U+061C
                let n2 = b.index(after: n1)
                if n2 != b.endIndex {
                    let c2 = b[n2]
                    if c == 0xE2, c1 == 0x80, (0x8B...0x8F).contains(c2) || (0xA8...0xAE).contains(c2) { return false }
                    if c == 0xE2, c1 == 0x81, (0xA0...0xA9).contains(c2) { return false }
                    if c == 0xEF, c1 == 0xBB, c2 == 0xBF { return false }
                }
            }
            i = b.index(after: i)
        }
        return true
    }
}
