import Foundation

/// Work split over the processors, the one way the kit does it: `Parallel.map` for a few large
/// independent parts (a file's parts), `Parallel.chunks` for many small items (forms) cut into a
/// few ranges per core. Results come back in order, so the outcome equals a sequential run.
enum Parallel {
    /// Processors to split work over (at most 8).
    static let cores = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))

    /// `[work(0), work(1), … work(n-1)]`, run in parallel when `n >= minimum` and there is more
    /// than one core. `work` must not share mutable state between iterations.
    static func map<T>(_ n: Int, minimum: Int = 2, _ work: (Int) -> T) -> [T] {
        guard n >= minimum, n > 1, cores > 1 else { return (0..<n).map(work) }
        let results = UnsafeMutablePointer<T?>.allocate(capacity: n)
        results.initialize(repeating: nil, count: n)
        defer {
            results.deinitialize(count: n)
            results.deallocate()
        }
        withoutActuallyEscaping(work) { work in
            // Each iteration writes its own slot; the caller keeps everything alive until the end.
            let shared = Unchecked((work, results))
            DispatchQueue.concurrentPerform(iterations: n) { i in
                let (work, out) = shared.value
                out[i] = work(i)
            }
        }
        return (0..<n).map { results[$0].take()! }
    }

    /// `0..<count` cut into about `perCore` ranges per core (one range below `minimum` items),
    /// `work` run on each in parallel; the results in range order.
    static func chunks<T>(_ count: Int, minimum: Int, perCore: Int = 4, _ work: (Range<Int>) -> T) -> [T] {
        let n = count < minimum || cores == 1 ? 1 : min(count, cores * perCore)
        return map(n) { c in work(count * c / n..<count * (c + 1) / n) }
    }
}

/// A value handed to other threads that the caller keeps alive and does not share otherwise —
/// the kit's one `@unchecked Sendable` box.
struct Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
