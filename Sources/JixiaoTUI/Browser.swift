import Foundation
import JixiaoKit

/// The forms browser as a `Screen`: the terminal backend feeds it key events and copies what it
/// renders. Paging, clicks and the wheel use the size of the last `.resize` — or, when the
/// backend sent none, the size last rendered at (applied as a `.resize` before the next event).
public struct Browser: Screen {
    /// Everything on screen; changed only by `handle(_:)` and `idle()` (through `update(_:_:)`).
    public private(set) var state: BrowserState
    /// The size `render` was last asked for.
    private let rendered = RenderedSize()
    /// Where findings checked on another thread arrive (nil once they have).
    private var inbox: FindingsInbox?

    /// - Parameters:
    ///   - forms: the forms to browse, in file order.
    ///   - findings: `Checker.check(forms)`: findings per form (same order as `forms`), shown
    ///     as list badges and a 问题 section; nil when no checks were run.
    ///   - initialQuery: open with the first project matching it selected (`--project 公交`).
    public init(forms: [Form], findings: [[Finding]]? = nil, initialQuery: String? = nil) {
        state = BrowserState(forms: forms, findings: findings, initialQuery: initialQuery)
    }

    /// A browser that opens at once while the checks run elsewhere: it shows `检查中…` until
    /// `inbox` is filled, then the findings (picked up by `idle()` or the next key).
    public init(forms: [Form], findingsFrom inbox: FindingsInbox, initialQuery: String? = nil) {
        state = BrowserState(forms: forms, findingsPending: true, initialQuery: initialQuery)
        self.inbox = inbox
        collect()
    }

    public mutating func handle(_ event: KeyEvent) -> ScreenCommand {
        collect()
        // Once per render: a backend that sends no `.resize` still gets events laid out for the
        // screen the user sees; an explicit `.resize` wins.
        if let size = rendered.take(), size != (state.width, state.height) {
            if case .resize = event {} else { state.apply(.resize(width: size.0, height: size.1)) }
        }
        guard let action = KeyMap.action(for: event, in: state) else { return .none }
        switch action {
        case .quit: return .quit
        case .repaint:
            state.apply(action)
            return .repaint
        default:
            state.apply(action)
            return .none
        }
    }

    public func render(width: Int, height: Int) -> Grid {
        rendered.record(width, height)
        return JixiaoTUI.render(state, width: width, height: height)
    }

    public var isWaiting: Bool { inbox != nil }

    public mutating func idle() -> Bool { collect() }

    /// Takes the findings from the inbox when they are there.
    @discardableResult
    private mutating func collect() -> Bool {
        guard let findings = inbox?.take() else { return false }
        inbox = nil
        state.apply(.findingsArrived(findings))
        return true
    }
}

/// Findings computed on another thread, handed to a `Browser`: `deliver` once from the worker,
/// `take` from the browser. Thread-safe.
public final class FindingsInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var findings: [[Finding]]?

    public init() {}

    public func deliver(_ perForm: [[Finding]]) {
        lock.lock()
        findings = perForm
        lock.unlock()
    }

    /// The findings once delivered (and then nil again).
    public func take() -> [[Finding]]? {
        lock.lock()
        defer { lock.unlock() }
        let f = findings
        findings = nil
        return f
    }
}

/// Remembers the size of the last render, so events are laid out for the screen the user sees.
private final class RenderedSize: @unchecked Sendable {
    private var size: (Int, Int)?
    func record(_ w: Int, _ h: Int) { size = (w, h) }
    func take() -> (Int, Int)? {
        defer { size = nil }
        return size
    }
}
