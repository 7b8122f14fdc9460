import CJixiaoMemory

/// Software prefetch (`jixiao_prefetch`, a C `__builtin_prefetch`, inlined): the search reads
/// tens of thousands of forms' texts per keystroke at places far apart in memory; asking for
/// the next ones while the current one is scanned lets their cache and TLB misses overlap
/// instead of coming one after the other.
extension SearchIndex {
    /// Prefetches the `lines` cache lines (64 bytes) from `address` on, for reading.
    @inline(__always)
    static func prefetch(_ address: UnsafeRawPointer, lines: Int) {
        var k = 0
        while k < lines {
            jixiao_prefetch(address + k &* 64)
            k &+= 1
        }
    }
}
