import JixiaoKit

/// The forms browser as a `Screen`: the terminal backend feeds it key events and copies what it
/// renders. Paging, clicks and the wheel use the size of the last `.resize` — or, when the
/// backend sent none, the size last rendered at (applied as a `.resize` before the next event).
public struct Browser: Screen {
    /// Everything on screen; changed only by `handle(_:)` (through `update(_:_:)`).
    public private(set) var state: BrowserState
    /// The size `render` was last asked for.
    private let rendered = RenderedSize()

    /// - Parameters:
    ///   - forms: the forms to browse, in file order.
    ///   - notes: findings per form, shown as a 问题 section (same order as `forms`).
    ///   - initialQuery: open with the first project matching it selected (`--project 公交`).
    public init(forms: [Form], notes: [[FormNote]]? = nil, initialQuery: String? = nil) {
        state = BrowserState(forms: forms, notes: notes, initialQuery: initialQuery)
    }

    public mutating func handle(_ event: KeyEvent) -> ScreenCommand {
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
