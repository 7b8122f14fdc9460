/// The blanks a cell is trimmed of, and that make a line blank: space, VT, FF and U+3000
/// (ideographic space, `E3 80 80`), found on UTF-8 bytes. TAB separates cells; callers that
/// treat it as blank say so. The one scanner of these bytes, for the row scanner and the reader.
enum Whitespace {
    /// The byte length of the blank that starts at `p[i]` (`i < end`), 0 when there is none.
    @inline(__always)
    static func cellBlank(_ p: UnsafePointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = p[i]
        if b == 0x20 || b == 0x0B || b == 0x0C { return 1 }
        if b == 0xE3, i + 3 <= end, p[i + 1] == 0x80, p[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// The byte length of the blank that ends just before `p[end]` (`end > start`), 0 when none.
    @inline(__always)
    static func cellBlank(_ p: UnsafePointer<UInt8>, before end: Int, start: Int) -> Int {
        let b = p[end - 1]
        if b == 0x20 || b == 0x0B || b == 0x0C { return 1 }
        if b == 0x80, end - 3 >= start, p[end - 3] == 0xE3, p[end - 2] == 0x80 { return 3 }
        return 0
    }
}
