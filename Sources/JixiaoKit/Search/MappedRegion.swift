#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension SearchIndex {
    /// Memory mapped straight from the kernel and given back whole when unmapped (the malloc
    /// heap may keep freed blocks resident), optionally on 2 MB pages.
    ///
    /// The index's folded text lives in one such region on huge pages (Linux, where transparent
    /// huge pages are on `madvise`): a keystroke reads a little of tens of thousands of forms
    /// spread over hundreds of MB, and with 4 KB pages each of those reads also missed the TLB.
    struct MappedRegion {
        static let hugePage = 2 << 20
        /// The mapping as made (to unmap) and its first byte aligned as asked.
        let base: UnsafeMutableRawPointer
        let length: Int
        let start: UnsafeMutableRawPointer

        /// At least `size` bytes, zero-filled; on huge pages if `huge` (aligned to 2 MB).
        init(_ size: Int, huge: Bool) {
            let align = huge ? MappedRegion.hugePage : 4096
            let length = max(1, size) + align
            guard let p = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                  p != MAP_FAILED else {
                fatalError("SearchIndex: out of memory mapping \(length) bytes")
            }
            base = p
            self.length = length
            let aligned = (Int(bitPattern: p) + align - 1) & ~(align - 1)
            start = UnsafeMutableRawPointer(bitPattern: aligned)!
            #if os(Linux)
            if huge { _ = madvise(start, length - (aligned - Int(bitPattern: p)), MADV_HUGEPAGE) }
            #endif
        }

        func unmap() { munmap(base, length) }
    }
}
