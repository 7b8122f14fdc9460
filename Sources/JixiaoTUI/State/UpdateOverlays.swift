import JixiaoKit

extension BrowserState {
    // MARK: - Help

    /// Lines the help box shows at the current size.
    var helpVisibleLines: Int { max(1, Layout.helpBox(width: width, height: height, lines: HelpContent.lines.count).height - 2) }

    /// The last first line the help can scroll to.
    var helpMaxTop: Int { max(0, HelpContent.lines.count - helpVisibleLines) }

    mutating func applyInHelp(top: Int, _ action: Action) {
        let page = max(1, helpVisibleLines - 1)
        var top = top
        switch action {
        case .moveDown: top += 1
        case .moveUp: top -= 1
        case .pageDown, .halfPageDown: top += page
        case .pageUp, .halfPageUp: top -= page
        case .top: top = 0
        case .bottom: top = helpMaxTop
        case .wheel(_, _, let d): top += 3 * d
        case .toggleHelp, .cancel, .click:
            overlay = nil
            return
        default: break
        }
        overlay = .help(top: clamp(top, 0, helpMaxTop))
    }

    // MARK: - Indicator card

    mutating func applyInCard(_ action: Action) {
        switch action {
        case .closeCard, .click: overlay = nil
        default: break
        }
    }
}
