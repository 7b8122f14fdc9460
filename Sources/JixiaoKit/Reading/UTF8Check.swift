import CJixiaoUTF8

/// Makes the String of a cell's bytes, checked for well-formed UTF-8 (as the standard library
/// decides it) by `jixiao_utf8_check` and then copied without the standard library checking
/// them again.
///
/// Making a String of a cell validated its bytes in the standard library at about ten
/// instructions a byte of CJK text, 14.5% of the reading at 10,000 forms; the check here takes
/// sixteen bytes at a time (SSE2; sequence by sequence elsewhere). The same check written
/// with Swift's SIMD types was not vectorized (Swift 6.3.1: three times slower than the
/// standard library). A NUL byte counts as invalid: the reader never meets one (a file
/// holding one is read the careful way), and the cells made before through
/// `String(validatingCString:)` ended at one.
enum UTF8Check {
    /// Whether the `n` bytes at `p` are UTF-8 without NUL; `ascii` when all are below 0x80.
    @inline(__always)
    static func check(_ p: UnsafePointer<UInt8>, _ n: Int) -> (valid: Bool, ascii: Bool) {
        var ascii: Int32 = 0
        let valid = jixiao_utf8_check(p, n, &ascii) != 0
        return (valid, valid && ascii != 0)
    }

    /// The String of the `n` bytes at `p`, or nil when they are not UTF-8 or hold a NUL:
    /// checked by `check`, then copied without another check (`UTF8Span(unchecked:)`).
    @inline(__always)
    static func string(_ p: UnsafePointer<UInt8>, _ n: Int) -> String? {
        let (valid, ascii) = check(p, n)
        guard valid else { return nil }
        let bytes = UnsafeBufferPointer(start: p, count: n)
        if #available(macOS 26.0, *) {
            return unsafe String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
        }
        // Before `UTF8Span` (an older macOS): the standard library checks them again.
        return String(decoding: bytes, as: UTF8.self)
    }
}
