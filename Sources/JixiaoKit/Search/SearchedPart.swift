extension SearchIndex {
    /// Bytes of one field that search looks at: a longer field (a cell of 100 MB) is searched
    /// in its first 4 MB only — what the index holds, what highlights and `n` look at. Else
    /// the index would hold a folded copy as large as the cell (twice the memory), and every
    /// keystroke of a search would read all of it. A 项目概况 of 3,000 characters is 9 KB.
    public static let maxFieldBytes = 4 << 20

    /// How many of `bytes` (a field's UTF-8) are searched: all, or the most up to
    /// `maxFieldBytes` that end on a scalar boundary.
    static func searchedCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard bytes.count > maxFieldBytes else { return bytes.count }
        var n = maxFieldBytes
        while n > 0, bytes[n] & 0xC0 == 0x80 { n -= 1 }
        return n
    }

    /// The part of `text` that is searched (`maxFieldBytes`); its indices are `text`'s.
    static func searchedPart(of text: String) -> Substring {
        let u = text.utf8
        guard u.count > maxFieldBytes else { return text[...] }
        var end = u.index(u.startIndex, offsetBy: maxFieldBytes)
        while u[end] & 0xC0 == 0x80 { end = u.index(before: end) }
        return text[..<end]
    }
}
