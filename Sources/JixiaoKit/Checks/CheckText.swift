import Foundation

/// Small text tests the rules share.
enum CheckText {
    /// `text` in corner quotes, cut to `limit` characters (narratives can be long).
    static func quote(_ text: String, limit: Int = 40) -> String {
        // Count no further than needed: narratives run to thousands of characters.
        guard text.utf8.count > limit, let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex else {
            return "「\(text)」"
        }
        return "「\(text[..<end])…」"
    }

    /// Labels joined by the language's list separator (`、` in Chinese).
    static func list(_ labels: [String]) -> FindingText {
        var text = FindingText(.verbatim, labels.first ?? "")
        for label in labels.dropFirst() { text = FindingText(.listJoin, text, label) }
        return text
    }

    /// Whether `text` holds a number: a digit (ASCII or full-width) or a Chinese numeral
    /// (not the vague 一定/一批/一些/一系列/进一步/统一).
    static func hasNumber(_ text: String) -> Bool {
        var previous: Unicode.Scalar = " "
        var pendingOne = false  // a 一 whose next character decides
        for s in text.unicodeScalars {
            if pendingOne {
                if !"定批些系般切直律致起步体".unicodeScalars.contains(s) { return true }
                pendingOne = false
            }
            switch s.value {
            case 0x30...0x39, 0xFF10...0xFF19: return true
            case 0x4E00:  // 一
                if !"统唯同逐单进专".unicodeScalars.contains(previous) { pendingOne = true }
            case 0x3007, 0x96F6, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E24:
                return true  // 〇零二三四五六七八九十百千两
            default: break
            }
            previous = s
        }
        return pendingOne
    }

    /// `text` with every whitespace character removed, as `Vocabulary.squeeze` does, without
    /// copying when there is none (most cells): one pass over the UTF-8 bytes looks for the
    /// encodings of the Unicode White_Space characters.
    static func squeeze(_ text: String) -> String {
        hasWhitespace(text) ? Vocabulary.squeeze(text) : text
    }

    static func hasWhitespace(_ text: String) -> Bool {
        bytes(text) { p in
            let n = p.count
            var i = 0
            while i < n {
                let b = p[i]
                i += 1
                if b < 0xC2 {
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return true }
                    continue
                }
                switch b {
                case 0xC2:  // U+0085, U+00A0
                    if i < n, p[i] == 0x85 || p[i] == 0xA0 { return true }
                case 0xE1:  // U+1680
                    if i + 1 < n, p[i] == 0x9A, p[i + 1] == 0x80 { return true }
                case 0xE2:  // U+2000–200A, 2028, 2029, 202F, 205F
                    if i + 1 < n {
                        let c = p[i], d = p[i + 1]
                        if c == 0x80, d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF { return true }
                        if c == 0x81, d == 0x9F { return true }
                    }
                case 0xE3:  // U+3000
                    if i + 1 < n, p[i] == 0x80, p[i + 1] == 0x80 { return true }
                default: break
                }
            }
            return false
        }
    }

    /// The UTF-8 bytes of `text`, without a copy for native strings.
    @inline(__always)
    static func bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = text
        return copy.withUTF8(body)
    }

    /// The same bytes (copy-paste is byte for byte; no Unicode normalization needed).
    static func same(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return bytes(a) { pa in bytes(b) { pb in pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0 } }
    }

    /// `short` is the start of `long`, and shorter.
    static func isStrictPrefix(_ short: String, of long: String) -> Bool {
        let n = short.utf8.count
        guard n < long.utf8.count else { return false }
        return bytes(short) { ps in bytes(long) { pl in n == 0 || memcmp(ps.baseAddress!, pl.baseAddress!, n) == 0 } }
    }

    /// Whether `text` holds `word`, byte for byte. (Foundation's `contains` goes through
    /// CFString and costs twenty times as much on short Chinese text.)
    static func contains(_ text: String, _ word: String) -> Bool {
        let m = word.utf8.count
        guard m > 0 else { return true }
        return bytes(text) { t in
            bytes(word) { w in
                guard t.count >= m else { return false }
                let first = w[0]
                var i = 0
                while i <= t.count - m {
                    if t[i] == first, memcmp(t.baseAddress! + i, w.baseAddress!, m) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// The canonical 一级 of a label, as `Tier1(label:)`, by one hash lookup.
    static func tier1(_ label: String) -> Tier1? {
        label.isEmpty ? nil : tier1Labels[ByteKey(squeeze(label))]
    }

    /// The canonical 二级 of a label, as `Tier2(label:)`, by one hash lookup.
    static func tier2(_ label: String) -> Tier2? {
        label.isEmpty ? nil : tier2Labels[ByteKey(squeeze(label))]
    }

    static let tier1Labels: [ByteKey: Tier1] = {
        var d: [ByteKey: Tier1] = [:]
        for t in Tier1.allCases {
            for label in [t.rawValue, String(t.rawValue.dropLast(2))] where Tier1(label: label) == t { d[ByteKey(label)] = t }
        }
        return d
    }()

    static let tier2Labels: [ByteKey: Tier2] = {
        var d: [ByteKey: Tier2] = [:]
        for t in Tier2.allCases {
            for label in [t.rawValue, String(t.rawValue.dropLast(2))] where Tier2(label: label) == t { d[ByteKey(label)] = t }
        }
        return d
    }()

    /// `90.0` → `90`, `92.5` → `92.5`.
    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }
}
