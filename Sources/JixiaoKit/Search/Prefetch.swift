/// A software prefetch: asks the memory system for the cache line at an address without
/// waiting for it (LLVM's `llvm.prefetch`, which Swift does not expose otherwise; x86
/// `prefetcht0`, ARM `prfm`). The search reads tens of thousands of forms' texts per
/// keystroke at places far apart in memory; asking for the next ones while the current one is
/// scanned lets their cache and TLB misses overlap instead of coming one after the other.
@_silgen_name("llvm.prefetch.p0")
private func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ cache: Int32)

extension SearchIndex {
    /// Prefetches the `lines` cache lines (64 bytes) from `address` on, for reading.
    @inline(__always)
    static func prefetch(_ address: UnsafeRawPointer, lines: Int) {
        var k = 0
        while k < lines {
            llvmPrefetch(address + k &* 64, 0, 3, 1)
            k &+= 1
        }
    }
}
