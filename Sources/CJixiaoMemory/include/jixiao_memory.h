#ifndef JIXIAO_MEMORY_H
#define JIXIAO_MEMORY_H

/// A software prefetch for reading: asks the memory system for the cache line at `address`
/// without waiting for it (x86 `prefetcht0`, ARM `prfm`). Swift has no prefetch of its own;
/// a static inline function is imported and inlined into the Swift caller.
static inline void jixiao_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
