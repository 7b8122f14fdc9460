import Foundation

/// A value behind a lock, shared between threads or between copies of a state: the browser's
/// one `@unchecked Sendable` box (its inboxes, the size last rendered, the derived-value cache).
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` with the value, under the lock.
    func withValue<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
