/// Removes HTML that some systems leave in narrative cells (`<p>…</p>`), keeping book titles
/// in angle brackets (`<中国人才>`): only tags with a known HTML element name are removed.
/// Works on the UTF-8 bytes (every byte it looks for is ASCII, which never occurs inside a
/// multi-byte character), and returns the text itself when there is nothing to remove.
enum HTMLText {
    static let elements: Set<String> = [
        "p", "br", "div", "span", "b", "i", "u", "s", "strong", "em", "font", "table", "tbody",
        "thead", "tfoot", "tr", "td", "th", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "a", "img", "sub", "sup", "hr", "pre", "blockquote", "section", "article", "label",
        "center", "small", "big", "strike", "del", "ins", "mark", "code", "col", "colgroup", "o:p",
    ]

    /// `text` without HTML tags; entities decoded only when a tag was found.
    static func strip(_ text: String) -> String {
        if let s = text.utf8.withContiguousStorageIfAvailable({ strip(text, $0) }) { return s }
        var copy = text
        return copy.withUTF8 { strip(text, $0) }
    }

    private static func strip(_ text: String, _ u: UnsafeBufferPointer<UInt8>) -> String {
        guard let p = u.baseAddress, let first = findByte(0x3C, p, 0, u.count) else { return text }
        let n = u.count
        // The text between tags, appended as Substrings of `text`: no new validation of bytes
        // already checked (every cut is at an ASCII `<` or after a `>`, on a scalar boundary).
        // Before, the pieces went into a byte array made into a String, validated again.
        // Two passes over the tags, so that the String is made with room for exactly what it
        // keeps (room for the whole text would leave the tags' bytes unused in every form).
        var kept = 0
        guard keptPieces(p, n, first, { from, to in kept += to - from }) else { return text }  // no tag
        var out = ""
        out.reserveCapacity(kept)
        _ = keptPieces(p, n, first) { from, to in out += ByteText.substring(text.utf8, from, to) }
        return decodeEntities(out)
    }

    /// Calls `body` with the byte ranges between real tags, in order, when there is a tag at
    /// or after `first` (the first `<`); else never. Whether there was a tag.
    @inline(__always)
    private static func keptPieces(_ p: UnsafePointer<UInt8>, _ n: Int, _ first: Int, _ body: (Int, Int) -> Void) -> Bool {
        var found = false
        var copied = 0
        var i = first
        while i < n {
            if p[i] == 0x3C, let end = tagEnd(p, i, n) {
                found = true
                body(copied, i)
                i = end
                copied = end
                continue
            }
            guard let next = findByte(0x3C, p, i + 1, n) else { break }  // on to the next '<'
            i = next
        }
        if found { body(copied, n) }
        return found
    }

    @inline(__always)
    private static func findByte(_ b: UInt8, _ p: UnsafePointer<UInt8>, _ from: Int, _ n: Int) -> Int? {
        guard from < n, let hit = memchr(p + from, Int32(b), n - from) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(p)
    }

    /// The offset after a real tag starting at `start` (a `<`), or nil when it is not one.
    private static func tagEnd(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int? {
        var i = start + 1
        if i < n, p[i] == 0x2F { i += 1 }  // '/'
        let nameStart = i
        while i < n {
            let a = p[i]
            guard (a >= 0x61 && a <= 0x7A) || (a >= 0x41 && a <= 0x5A) || (a >= 0x30 && a <= 0x39) || a == 0x3A else { break }
            i += 1
        }
        guard i > nameStart, i - nameStart <= 10, i < n else { return nil }
        // A tag's name ends at '>', '/' or whitespace: `<B超>`, `<I期>`, `<A级景区>` are titles
        // in angle brackets that merely start with a letter, not the tags b, i and a.
        let after = p[i]
        guard after == 0x3E || after == 0x2F || after == 0x20 || after == 0x09 || after == 0x0D else { return nil }
        guard isElement(p + nameStart, i - nameStart) else { return nil }
        // Attributes: anything up to '>' that holds no '<' or line end.
        while i < n {
            let c = p[i]
            if c == 0x3E { return i + 1 }
            if c == 0x3C || c == 0x0A { return nil }
            i += 1
        }
        return nil
    }

    /// The names in `elements` of up to eight bytes, packed little-endian into a word, sorted
    /// (a binary search: hashing a word for a `Set` cost more than the search).
    private static let packedElements = elements.compactMap { e in e.utf8.count <= 8 ? pack(Array(e.utf8)) : nil }.sorted()

    /// Lowercased ASCII bytes packed little-endian (at most eight).
    @inline(__always)
    private static func pack<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        var w: UInt64 = 0
        var shift: UInt64 = 0
        for b in bytes {
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            w |= UInt64(lower) << shift
            shift += 8
        }
        return w
    }

    /// Whether the `n` bytes at `p` (ASCII letters, digits and `:`) name an element of
    /// `elements`, case-insensitively — on the bytes: making a lowercased String and hashing
    /// it cost ≈ 600 instructions a tag.
    @inline(__always)
    static func isElement(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let bytes = UnsafeBufferPointer(start: p, count: n)
        if n <= 8 {
            let w = pack(bytes)
            return packedElements.withUnsafeBufferPointer { sorted in
                var lo = 0, hi = sorted.count
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if sorted[mid] < w { lo = mid + 1 } else { hi = mid }
                }
                return lo < sorted.count && sorted[lo] == w
            }
        }
        return elements.contains(String(decoding: bytes, as: UTF8.self).lowercased())
    }

    private static let entities: [(bytes: [UInt8], replacement: UInt8)] = [
        (Array("&nbsp;".utf8), 0x20), (Array("&lt;".utf8), 0x3C), (Array("&gt;".utf8), 0x3E),
        (Array("&quot;".utf8), 0x22), (Array("&#39;".utf8), 0x27), (Array("&amp;".utf8), 0x26),
    ]

    /// The text of `bytes` with the entities `&nbsp; &lt; &gt; &quot; &#39; &amp;` decoded (one
    /// pass: a decoded `&` never starts another entity).
    private static func decodeEntities(_ text: String) -> String {
        let hasAmpersand = text.utf8.withContiguousStorageIfAvailable { u in u.count > 0 && memchr(u.baseAddress!, 0x26, u.count) != nil }
        guard hasAmpersand ?? text.utf8.contains(0x26) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        outer: while i < n {
            if bytes[i] == 0x26 {
                for e in entities where i + e.bytes.count <= n && bytes[i..<(i + e.bytes.count)].elementsEqual(e.bytes) {
                    out.append(e.replacement)
                    i += e.bytes.count
                    continue outer
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

import Foundation
