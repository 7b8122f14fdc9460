import JixiaoKit

/// A value computed on another thread, handed to a `Browser`: `deliver` once from the worker,
/// `take` from the browser. Thread-safe.
public final class Inbox<Value: Sendable>: Sendable {
    private let slot = Locked<Value?>(nil)

    public init() {}

    public func deliver(_ value: Value) { slot.withValue { $0 = value } }

    /// The value once delivered (and then nil again).
    public func take() -> Value? {
        slot.withValue { v in
            defer { v = nil }
            return v
        }
    }
}

/// The review checks' findings per form (`Checker.check`), from another thread.
public typealias FindingsInbox = Inbox<[[Finding]]>
/// The search index (`SearchIndex(forms:)`), from another thread.
public typealias SearchIndexInbox = Inbox<SearchIndex>
