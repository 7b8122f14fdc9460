/// Removes HTML that some systems leave in narrative cells (`<p>…</p>`), keeping book titles
/// in angle brackets (`<中国人才>`): only tags with a known HTML element name are removed.
enum HTMLText {
    static let elements: Set<String> = [
        "p", "br", "div", "span", "b", "i", "u", "s", "strong", "em", "font", "table", "tbody",
        "thead", "tfoot", "tr", "td", "th", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "a", "img", "sub", "sup", "hr", "pre", "blockquote", "section", "article", "label",
        "center", "small", "big", "strike", "del", "ins", "mark", "code", "col", "colgroup", "o:p",
    ]

    /// `text` without HTML tags; entities decoded only when a tag was found.
    static func strip(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        var out = ""
        var found = false
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            if ch == "<", let end = tagEnd(text, from: i) {
                found = true
                i = end
                continue
            }
            out.append(ch)
            i = text.index(after: i)
        }
        return found ? decodeEntities(out) : out
    }

    /// The index after a real tag starting at `start`, or nil when it is not one.
    private static func tagEnd(_ text: String, from start: String.Index) -> String.Index? {
        var i = text.index(after: start)
        if i < text.endIndex, text[i] == "/" { i = text.index(after: i) }
        var name = ""
        while i < text.endIndex, let a = text[i].asciiValue,
              (a >= 0x61 && a <= 0x7A) || (a >= 0x41 && a <= 0x5A) || (a >= 0x30 && a <= 0x39) || a == 0x3A {
            name.append(text[i])
            i = text.index(after: i)
        }
        guard elements.contains(name.lowercased()), i < text.endIndex else { return nil }
        // Attributes: anything up to '>' that holds no '<'.
        while i < text.endIndex {
            let c = text[i]
            if c == ">" { return text.index(after: i) }
            if c == "<" || c == "\n" { return nil }
            if name.isEmpty { return nil }
            i = text.index(after: i)
        }
        return nil
    }

    private static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&nbsp;", with: " ")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

import Foundation
