/// A query folded and compiled once per keystroke.
///
/// It is a sequence of elements: a *letter* (an ASCII letter of the query, folded to lower case),
/// which matches the same letter or an ideograph with that pinyin initial, or a *literal* (any
/// other folded scalar), which matches itself.
struct SearchQuery {
    /// Folded scalars; letters are `a`–`z`.
    let elements: [UInt32]
    /// Bit set of the letter for letter elements, 0 for literals.
    let letterBits: [UInt32]
    /// The longest run of literal elements, `anchor.lowerBound..<anchor.upperBound` (empty
    /// when the query is letters only), and its folded UTF-8.
    let anchor: Range<Int>
    let anchorBytes: [UInt8]

    init(_ text: String) {
        var elements: [UInt32] = []
        var bits: [UInt32] = []
        for s in text.unicodeScalars {
            guard let f = SearchFolding.fold(s.value) else { continue }
            elements.append(f)
            bits.append(SearchFolding.letterBit(f))
        }
        self.elements = elements
        self.letterBits = bits
        var best = 0..<0
        var i = 0
        while i < elements.count {
            if bits[i] != 0 { i += 1; continue }
            var j = i
            while j < elements.count, bits[j] == 0 { j += 1 }
            if j - i > best.count { best = i..<j }
            i = j
        }
        anchor = best
        var bytes: [UInt8] = []
        for e in elements[best] { SearchQuery.appendUTF8(e, to: &bytes) }
        anchorBytes = bytes
    }

    var isEmpty: Bool { elements.isEmpty }
    var hasLetters: Bool { anchor.count < elements.count }

    /// Whether element `i` matches the folded scalar `t`.
    @inline(__always)
    func element(_ i: Int, matches t: UInt32) -> Bool {
        let bit = letterBits[i]
        return bit == 0 ? t == elements[i] : SearchFolding.initials(t) & bit != 0
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
