import JixiaoKit

/// The forms browser as a `Screen`: the terminal backend feeds it key events and copies what it
/// renders. Send a `.resize` with the terminal's size first (and on every resize): paging,
/// clicks and the wheel use it.
public struct Browser: Screen {
    /// Everything on screen; changed only by `handle(_:)` (through `update(_:_:)`).
    public private(set) var state: BrowserState

    /// - Parameters:
    ///   - forms: the forms to browse, in file order.
    ///   - notes: findings per form, shown as a 问题 section (same order as `forms`).
    ///   - initialQuery: open with the first project matching it selected (`--project 公交`).
    public init(forms: [Form], notes: [[FormNote]]? = nil, initialQuery: String? = nil) {
        state = BrowserState(forms: forms, notes: notes, initialQuery: initialQuery)
    }

    public mutating func handle(_ event: KeyEvent) -> ScreenCommand {
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
        JixiaoTUI.render(state, width: width, height: height)
    }
}
