/// What is drawn over the panes and takes the keys while it is open; nil in `BrowserState.overlay`
/// when the panes have them.
///
/// A new view is a new case here, its key context (`KeyContext`, named by `keyContext`), its
/// updates (an `apply…` in its own State/ file, called from `BrowserState.applyInOverlay`) and
/// its drawing (a file in View/Panes/, called from `render`).
public enum Overlay: Sendable, Equatable {
    /// `?`: the key map, scrolled to `top`.
    case help(top: Int)
    /// Enter on an indicator: its full text.
    case card
    /// `:`: the number typed so far (go to form N).
    case goto(String)
    /// `d` / `r`: choose a department or a rule to filter by.
    case picker(Picker)
    /// `S`: the year's summary per department, scrolled to `top`.
    case summary(top: Int)

    /// The key bindings that apply while the overlay is open.
    var keyContext: KeyContext {
        switch self {
        case .help: .help
        case .card: .card
        case .goto: .goto
        case .picker: .picker
        case .summary: .summary
        }
    }
}
