/// The browser's styles in one place. Colour is a role the backend maps (or drops under
/// NO_COLOR); every distinction also shows through bold, reverse or dim alone.
enum Theme {
    static let text = Style()
    static let muted = Style(dim: true, color: .muted)
    static let strong = Style(bold: true)
    static let accent = Style(bold: true, color: .accent)
    static let sectionTitle = Style(bold: true, color: .title)
    static let rule = Style(dim: true, color: .muted)

    /// Title bar of the focused pane; of the others.
    static let titleFocused = Style(bold: true, reverse: true, color: .accent)
    static let titleBlurred = Style(bold: true, color: .muted)
    static let tabActive = Style(bold: true, reverse: true, color: .accent)
    static let tabInactive = Style(dim: true, color: .muted)

    /// The selected row of the focused pane; of a pane without focus.
    static let selection = Style(bold: true, reverse: true, color: .selection)
    static let selectionBlurred = Style(reverse: true, color: .muted)

    /// The list's selection: a reversed bar over the gutter and the row number, starting with
    /// this glyph (so it also shows in a text snapshot or a copied screen). Reversed, the half
    /// block reads as a bar that starts in the middle of the gutter.
    static let listCursorGlyph = "▌"
    /// A row number in the list: grey where there are colours, dim where not (the palette's
    /// `muted` role), without the extra `dim` of `muted` — one attribute less to switch on and
    /// off as the selection moves over it.
    static let rowNumber = Style.plain
    /// The list selection's bar, in the focused list or in one that is not.
    /// Plain reverse, as the status line is: moving the selection then switches attributes
    /// as seldom as possible on the way to the status line, which changes with it.
    static func listCursor(focused: Bool) -> Style { focused ? Style(reverse: true, color: .selection) : selectionBlurred }

    static let differs = Style(color: .warning)
    static let differsMark = Style(bold: true, color: .warning)
    static let error = Style(bold: true, color: .error)
    static let warning = Style(bold: true, color: .warning)
    static let info = Style(color: .info)

    static let status = Style(color: .status)
    static let statusStrong = Style(bold: true, color: .status)
    static let statusKey = Style(bold: true, color: .status)
    /// The prompt's cursor: a cell that is not reversed, a gap in the (reversed) status bar.
    static let promptCursor = Style()
    static let statusMessage = Style(bold: true, color: .status)

    /// `style` as drawn on a selected row: the selection colours, keeping bold text bold.
    static func onSelection(_ style: Style, focused: Bool) -> Style {
        var s = focused ? selection : selectionBlurred
        s.bold = s.bold || style.bold
        return s
    }
}
