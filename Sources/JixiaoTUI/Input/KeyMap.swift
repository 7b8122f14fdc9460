/// Where a binding applies.
public enum KeyContext: String, Sendable, CaseIterable {
    /// Any pane, outside the prompt and the help.
    case general
    case list, detail, tree
    /// The `/` prompt on the status line.
    case prompt
    /// The help overlay.
    case help
    /// The indicator card (Enter on an indicator).
    case card
    /// The `:` prompt (go to form N).
    case goto
    /// The department / rule picker.
    case picker
    /// The summary view.
    case summary
    /// Mouse events, wherever they land.
    case mouse

    /// The heading of the context's section in the help.
    public var title: String {
        switch self {
        case .general: BrowserMessages.contextGeneral()
        case .list: BrowserMessages.contextList()
        case .detail: BrowserMessages.contextDetail()
        case .tree: BrowserMessages.contextTree()
        case .prompt: BrowserMessages.contextPrompt()
        case .help: BrowserMessages.contextHelp()
        case .card: BrowserMessages.contextCard()
        case .goto: BrowserMessages.contextGoto()
        case .picker: BrowserMessages.contextPicker()
        case .summary: BrowserMessages.contextSummary()
        case .mouse: BrowserMessages.contextMouse()
        }
    }
}

/// What fires a binding.
public enum Trigger: Sendable, Equatable {
    case key(KeyEvent)
    /// Any printable character (typing in the prompt).
    case anyCharacter
    case wheel
    case click

    func matches(_ event: KeyEvent) -> Bool {
        switch (self, event) {
        case (.key(let k), _): return k == event
        case (.anyCharacter, .char(let c)): return !c.isNewline && c != "\t"
        case (.wheel, .wheel): return true
        case (.click, .click): return true
        default: return false
        }
    }

    /// The name shown in the help: `j`, `Ctrl-D`, `↓`, `PgDn`, `Space`.
    public var name: String {
        switch self {
        case .anyCharacter: return BrowserMessages.triggerCharacter()
        case .wheel: return BrowserMessages.triggerWheel()
        case .click: return BrowserMessages.triggerClick()
        case .key(let k):
            switch k {
            case .char(" "): return "Space"
            case .char(let c): return String(c)
            case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
            case .up: return "↑"
            case .down: return "↓"
            case .left: return "←"
            case .right: return "→"
            case .home: return "Home"
            case .end: return "End"
            case .pageUp: return "PgUp"
            case .pageDown: return "PgDn"
            case .enter: return "Enter"
            case .tab: return "Tab"
            case .backTab: return "Shift-Tab"
            case .escape: return "Esc"
            case .backspace: return "Backspace"
            case .delete: return "Del"
            case .resize: return "resize"
            case .wheel: return BrowserMessages.triggerWheel()
            case .click: return BrowserMessages.triggerClick()
            }
        }
    }
}

/// One line of the key map: in `context`, any of `triggers` does `action`.
public struct KeyBinding: Sendable {
    public var context: KeyContext
    public var triggers: [Trigger]
    public var action: Action
    /// What the help says it does (`BrowserMessages`, in the current language).
    let help: BrowserMessages
    public var summary: String { help() }

    /// The triggers' names as the help shows them: `j ↓`.
    public var keyNames: String { triggers.map(\.name).joined(separator: " ") }
}

/// The one table of key bindings. `handle()` looks keys up here and the help overlay (and
/// docs/browser.md) is generated from it, so the two cannot drift apart.
public enum KeyMap {
    private static func k(_ events: KeyEvent...) -> [Trigger] { events.map { .key($0) } }

    public static let bindings: [KeyBinding] = [
        KeyBinding(context: .general, triggers: k(.char("j"), .down), action: .moveDown, help: .keyMoveDown),
        KeyBinding(context: .general, triggers: k(.char("k"), .up), action: .moveUp, help: .keyMoveUp),
        KeyBinding(context: .general, triggers: k(.char("g"), .home), action: .top, help: .keyTop),
        KeyBinding(context: .general, triggers: k(.char("G"), .end), action: .bottom, help: .keyBottom),
        KeyBinding(context: .general, triggers: k(.ctrl("d")), action: .halfPageDown, help: .keyHalfPageDown),
        KeyBinding(context: .general, triggers: k(.ctrl("u")), action: .halfPageUp, help: .keyHalfPageUp),
        KeyBinding(context: .general, triggers: k(.pageDown, .ctrl("f")), action: .pageDown, help: .keyPageDown),
        KeyBinding(context: .general, triggers: k(.pageUp, .ctrl("b")), action: .pageUp, help: .keyPageUp),
        KeyBinding(context: .general, triggers: k(.tab), action: .focusNext, help: .keyFocusNext),
        KeyBinding(context: .general, triggers: k(.backTab), action: .focusPrevious, help: .keyFocusPrevious),
        KeyBinding(context: .general, triggers: k(.char("/")), action: .startSearch, help: .keySearch),
        KeyBinding(context: .general, triggers: k(.char("n")), action: .nextMatch, help: .keyNextMatch),
        KeyBinding(context: .general, triggers: k(.char("N")), action: .previousMatch, help: .keyPreviousMatch),
        KeyBinding(context: .general, triggers: k(.escape), action: .cancel, help: .keyClear),
        KeyBinding(context: .general, triggers: k(.char("s")), action: .cycleSort, help: .keySort),
        KeyBinding(context: .general, triggers: k(.char("p")), action: .nextWithFindings, help: .keyNextFindings),
        KeyBinding(context: .general, triggers: k(.char("P")), action: .previousWithFindings, help: .keyPreviousFindings),
        KeyBinding(context: .general, triggers: k(.char("!")), action: .toggleOnlyWithFindings, help: .keyOnlyFindings),
        KeyBinding(context: .general, triggers: k(.char("[")), action: .previousSection, help: .keyPreviousSection),
        KeyBinding(context: .general, triggers: k(.char("]")), action: .nextSection, help: .keyNextSection),
        KeyBinding(context: .general, triggers: k(.char("t")), action: .toggleSide, help: .keySide),
        KeyBinding(context: .general, triggers: k(.char(":")), action: .startGoto, help: .keyGoto),
        KeyBinding(context: .general, triggers: k(.char("J")), action: .nextProject, help: .keyNextProject),
        KeyBinding(context: .general, triggers: k(.char("K")), action: .previousProject, help: .keyPreviousProject),
        KeyBinding(context: .general, triggers: k(.char("d")), action: .pickDepartment, help: .keyDepartment),
        KeyBinding(context: .general, triggers: k(.char("e")), action: .cycleSeverity, help: .keySeverity),
        KeyBinding(context: .general, triggers: k(.char("r")), action: .pickRule, help: .keyRule),
        KeyBinding(context: .general, triggers: k(.char("S")), action: .showSummary, help: .keySummary),
        KeyBinding(context: .general, triggers: k(.char("w")), action: .cycleListWidth, help: .keyListWidth),
        KeyBinding(context: .general, triggers: k(.char("o")), action: .openSource, help: .keyOpen),
        KeyBinding(context: .general, triggers: k(.char("y")), action: .copy, help: .keyCopy),
        KeyBinding(context: .general, triggers: k(.char("R")), action: .toggleRawDate, help: .keyRawDate),
        KeyBinding(context: .general, triggers: k(.char("?")), action: .toggleHelp, help: .keyHelp),
        KeyBinding(context: .general, triggers: k(.ctrl("l")), action: .repaint, help: .keyRepaint),
        KeyBinding(context: .general, triggers: k(.char("q"), .ctrl("c")), action: .quit, help: .keyQuit),

        KeyBinding(context: .list, triggers: k(.enter, .char("l"), .right), action: .open, help: .keyOpenDetail),

        KeyBinding(context: .detail, triggers: k(.char("h"), .left), action: .back, help: .keyBack),

        KeyBinding(context: .tree, triggers: k(.enter, .char(" ")), action: .toggleFold, help: .keyToggleFold),
        KeyBinding(context: .tree, triggers: k(.char("l"), .right), action: .unfold, help: .keyUnfold),
        KeyBinding(context: .tree, triggers: k(.char("h"), .left), action: .fold, help: .keyFold),
        KeyBinding(context: .tree, triggers: k(.char("-")), action: .foldAll, help: .keyFoldAll),
        KeyBinding(context: .tree, triggers: k(.char("+"), .char("=")), action: .unfoldAll, help: .keyUnfoldAll),

        KeyBinding(context: .prompt, triggers: [.anyCharacter], action: .insert(" "), help: .keyType),
        KeyBinding(context: .prompt, triggers: k(.backspace, .delete), action: .deleteBackward, help: .keyDeleteOrCancel),
        KeyBinding(context: .prompt, triggers: k(.ctrl("u")), action: .clearPrompt, help: .keyClearInput),
        KeyBinding(context: .prompt, triggers: k(.down, .ctrl("n")), action: .moveDown, help: .keyResultDown),
        KeyBinding(context: .prompt, triggers: k(.up, .ctrl("p")), action: .moveUp, help: .keyResultUp),
        KeyBinding(context: .prompt, triggers: k(.enter), action: .acceptSearch, help: .keyKeepFilter),
        KeyBinding(context: .prompt, triggers: k(.escape), action: .cancelSearch, help: .keyCancelSearch),
        KeyBinding(context: .prompt, triggers: k(.ctrl("c")), action: .quit, help: .keyQuit),

        KeyBinding(context: .help, triggers: k(.char("j"), .down), action: .moveDown, help: .keyScrollDown),
        KeyBinding(context: .help, triggers: k(.char("k"), .up), action: .moveUp, help: .keyScrollUp),
        KeyBinding(context: .help, triggers: k(.char("g"), .home), action: .top, help: .keyTop),
        KeyBinding(context: .help, triggers: k(.char("G"), .end), action: .bottom, help: .keyBottom),
        KeyBinding(context: .help, triggers: k(.pageDown, .ctrl("d"), .ctrl("f")), action: .pageDown, help: .keyPageDown),
        KeyBinding(context: .help, triggers: k(.pageUp, .ctrl("u"), .ctrl("b")), action: .pageUp, help: .keyPageUp),
        KeyBinding(context: .help, triggers: k(.char("?"), .escape, .char("q")), action: .toggleHelp, help: .keyCloseHelp),
        KeyBinding(context: .help, triggers: k(.ctrl("c")), action: .quit, help: .keyQuit),

        KeyBinding(context: .card, triggers: k(.escape, .enter, .char(" "), .char("q")), action: .closeCard, help: .keyClose),
        KeyBinding(context: .card, triggers: k(.ctrl("c")), action: .quit, help: .keyQuit),

        KeyBinding(context: .goto, triggers: [.anyCharacter], action: .insert(" "), help: .keyTypeNumber),
        KeyBinding(context: .goto, triggers: k(.backspace, .delete), action: .deleteBackward, help: .keyDeleteDigit),
        KeyBinding(context: .goto, triggers: k(.enter), action: .confirm, help: .keyGo),
        KeyBinding(context: .goto, triggers: k(.escape), action: .cancel, help: .keyCancel),
        KeyBinding(context: .goto, triggers: k(.ctrl("c")), action: .quit, help: .keyQuit),

        KeyBinding(context: .picker, triggers: k(.down, .ctrl("n")), action: .moveDown, help: .keyDown),
        KeyBinding(context: .picker, triggers: k(.up, .ctrl("p")), action: .moveUp, help: .keyUp),
        KeyBinding(context: .picker, triggers: k(.pageDown), action: .pageDown, help: .keyPageDown),
        KeyBinding(context: .picker, triggers: k(.pageUp), action: .pageUp, help: .keyPageUp),
        KeyBinding(context: .picker, triggers: k(.enter), action: .confirm, help: .keyChoose),
        KeyBinding(context: .picker, triggers: k(.backspace, .delete), action: .deleteBackward, help: .keyDeleteOrClose),
        KeyBinding(context: .picker, triggers: k(.ctrl("u")), action: .clearPrompt, help: .keyClearInput),
        KeyBinding(context: .picker, triggers: k(.escape), action: .cancel, help: .keyCloseUnchanged),
        KeyBinding(context: .picker, triggers: k(.ctrl("c")), action: .quit, help: .keyQuit),
        KeyBinding(context: .picker, triggers: [.anyCharacter], action: .insert(" "), help: .keyTypeToNarrow),

        KeyBinding(context: .summary, triggers: k(.char("j"), .down), action: .moveDown, help: .keyScrollDown),
        KeyBinding(context: .summary, triggers: k(.char("k"), .up), action: .moveUp, help: .keyScrollUp),
        KeyBinding(context: .summary, triggers: k(.char("g"), .home), action: .top, help: .keyTop),
        KeyBinding(context: .summary, triggers: k(.char("G"), .end), action: .bottom, help: .keyBottom),
        KeyBinding(context: .summary, triggers: k(.pageDown, .ctrl("d"), .ctrl("f")), action: .pageDown, help: .keyPageDown),
        KeyBinding(context: .summary, triggers: k(.pageUp, .ctrl("u"), .ctrl("b")), action: .pageUp, help: .keyPageUp),
        KeyBinding(context: .summary, triggers: k(.char("S"), .escape, .char("q")), action: .cancel, help: .keyCloseSummary),
        KeyBinding(context: .summary, triggers: k(.ctrl("c")), action: .quit, help: .keyQuit),

        KeyBinding(context: .mouse, triggers: [.wheel], action: .wheel(x: 0, y: 0, delta: 0), help: .keyWheel),
        KeyBinding(context: .mouse, triggers: [.click], action: .click(x: 0, y: 0), help: .keyClick),
    ]

    /// The contexts searched, in order, in a state.
    static func contexts(for state: BrowserState) -> [KeyContext] {
        if let overlay = state.overlay { return [overlay.keyContext, .mouse] }
        if state.prompt != nil { return [.prompt] }
        switch state.focus {
        case .list: return [.list, .general, .mouse]
        case .detail: return [.detail, .general, .mouse]
        case .tree: return [.tree, .general, .mouse]
        }
    }

    /// The action of an event in a state, or nil when the event means nothing there.
    public static func action(for event: KeyEvent, in state: BrowserState) -> Action? {
        if case .resize(let w, let h) = event { return .resize(width: w, height: h) }
        for context in contexts(for: state) {
            for b in bindings where b.context == context && b.triggers.contains(where: { $0.matches(event) }) {
                switch event {
                case .wheel(let x, let y, let d): return .wheel(x: x, y: y, delta: d)
                case .click(let x, let y): return .click(x: x, y: y)
                case .char(let c) where b.action == .insert(" "): return .insert(c)
                default: return b.action
                }
            }
        }
        return nil
    }

    /// The bindings of each context in help order.
    public static var sections: [(context: KeyContext, bindings: [KeyBinding])] {
        KeyContext.allCases.compactMap { c in
            let b = bindings.filter { $0.context == c }
            return b.isEmpty ? nil : (c, b)
        }
    }

    /// The key map as Markdown tables (for docs/browser.md).
    public static var markdown: String {
        var out = ""
        for (context, list) in sections {
            out += "### \(context.title)\n\n| \(BrowserMessages.tableKey()) | \(BrowserMessages.tableAction()) |\n|---|---|\n"
            for b in list {
                let keys = b.triggers.map { "`\($0.name == "`" ? "` ` `" : $0.name)`" }.joined(separator: " ")
                out += "| \(keys) | \(b.summary) |\n"
            }
            out += "\n"
        }
        return out
    }
}
