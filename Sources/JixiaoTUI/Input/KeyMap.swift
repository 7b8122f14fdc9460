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
        case .general: "通用"
        case .list: "项目列表"
        case .detail: "详情"
        case .tree: "指标树"
        case .prompt: "搜索输入（/ 之后）"
        case .help: "帮助窗口"
        case .card: "指标全文"
        case .goto: "跳到第 N 项（: 之后）"
        case .picker: "选择主管部门 / 规则"
        case .summary: "年度汇总"
        case .mouse: "鼠标"
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
        case .anyCharacter: return "字符"
        case .wheel: return "滚轮"
        case .click: return "点击"
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
            case .wheel: return "滚轮"
            case .click: return "点击"
            }
        }
    }
}

/// One line of the key map: in `context`, any of `triggers` does `action`.
public struct KeyBinding: Sendable {
    public var context: KeyContext
    public var triggers: [Trigger]
    public var action: Action
    /// What the help says it does.
    public var summary: String

    /// The triggers' names as the help shows them: `j ↓`.
    public var keyNames: String { triggers.map(\.name).joined(separator: " ") }
}

/// The one table of key bindings. `handle()` looks keys up here and the help overlay (and
/// docs/browser.md) is generated from it, so the two cannot drift apart.
public enum KeyMap {
    private static func k(_ events: KeyEvent...) -> [Trigger] { events.map { .key($0) } }

    public static let bindings: [KeyBinding] = [
        KeyBinding(context: .general, triggers: k(.char("j"), .down), action: .moveDown, summary: "下移 / 向下滚动"),
        KeyBinding(context: .general, triggers: k(.char("k"), .up), action: .moveUp, summary: "上移 / 向上滚动"),
        KeyBinding(context: .general, triggers: k(.char("g"), .home), action: .top, summary: "到顶"),
        KeyBinding(context: .general, triggers: k(.char("G"), .end), action: .bottom, summary: "到底"),
        KeyBinding(context: .general, triggers: k(.ctrl("d")), action: .halfPageDown, summary: "下移半页"),
        KeyBinding(context: .general, triggers: k(.ctrl("u")), action: .halfPageUp, summary: "上移半页"),
        KeyBinding(context: .general, triggers: k(.pageDown, .ctrl("f")), action: .pageDown, summary: "下一页"),
        KeyBinding(context: .general, triggers: k(.pageUp, .ctrl("b")), action: .pageUp, summary: "上一页"),
        KeyBinding(context: .general, triggers: k(.tab), action: .focusNext, summary: "下一个窗格：项目 → 详情 → 指标"),
        KeyBinding(context: .general, triggers: k(.backTab), action: .focusPrevious, summary: "上一个窗格"),
        KeyBinding(context: .general, triggers: k(.char("/")), action: .startSearch, summary: "搜索：逐字缩小项目列表"),
        KeyBinding(context: .general, triggers: k(.char("n")), action: .nextMatch, summary: "下一个匹配（详情、指标，再到下一个项目）"),
        KeyBinding(context: .general, triggers: k(.char("N")), action: .previousMatch, summary: "上一个匹配"),
        KeyBinding(context: .general, triggers: k(.escape), action: .cancel, summary: "清除筛选和高亮"),
        KeyBinding(context: .general, triggers: k(.char("s")), action: .cycleSort, summary: "排序：文件顺序/年度资金↓/主管部门/项目名称/问题数↓"),
        KeyBinding(context: .general, triggers: k(.char("p")), action: .nextWithFindings, summary: "下一个有问题的项目（✗ 错误 ! 警告 · 提示）"),
        KeyBinding(context: .general, triggers: k(.char("P")), action: .previousWithFindings, summary: "上一个有问题的项目"),
        KeyBinding(context: .general, triggers: k(.char("!")), action: .toggleOnlyWithFindings, summary: "只看有问题的项目 / 显示全部"),
        KeyBinding(context: .general, triggers: k(.char("[")), action: .previousSection, summary: "详情：上一节"),
        KeyBinding(context: .general, triggers: k(.char("]")), action: .nextSection, summary: "详情：下一节"),
        KeyBinding(context: .general, triggers: k(.char("t")), action: .toggleSide, summary: "指标：切换实施期 / 年度（窄时只显示一侧）"),
        KeyBinding(context: .general, triggers: k(.char(":")), action: .startGoto, summary: "跳到第 N 项（文件顺序编号，与 list、show、check 相同）"),
        KeyBinding(context: .general, triggers: k(.char("J")), action: .nextProject, summary: "下一个项目（任何窗格）"),
        KeyBinding(context: .general, triggers: k(.char("K")), action: .previousProject, summary: "上一个项目（任何窗格）"),
        KeyBinding(context: .general, triggers: k(.char("d")), action: .pickDepartment, summary: "按主管部门筛选（列出部门及项目数，可输入筛选）"),
        KeyBinding(context: .general, triggers: k(.char("e")), action: .cycleSeverity, summary: "按严重程度筛选：有错误 → 有警告 → 全部"),
        KeyBinding(context: .general, triggers: k(.char("r")), action: .pickRule, summary: "按检查规则筛选"),
        KeyBinding(context: .general, triggers: k(.char("S")), action: .showSummary, summary: "年度汇总：各主管部门及合计"),
        KeyBinding(context: .general, triggers: k(.char("w")), action: .cycleListWidth, summary: "列表宽度：自动 → 宽 → 窄"),
        KeyBinding(context: .general, triggers: k(.char("o")), action: .openSource, summary: "在 $PAGER（或 $EDITOR、less）中打开来源文件的该行"),
        KeyBinding(context: .general, triggers: k(.char("y")), action: .copy, summary: "复制当前指标 / 一节 / 整个项目为文本（OSC 52）"),
        KeyBinding(context: .general, triggers: k(.char("R")), action: .toggleRawDate, summary: "填报日期：日期 / 原文"),
        KeyBinding(context: .general, triggers: k(.char("?")), action: .toggleHelp, summary: "帮助（本表）"),
        KeyBinding(context: .general, triggers: k(.ctrl("l")), action: .repaint, summary: "重绘屏幕"),
        KeyBinding(context: .general, triggers: k(.char("q"), .ctrl("c")), action: .quit, summary: "退出"),

        KeyBinding(context: .list, triggers: k(.enter, .char("l"), .right), action: .open, summary: "查看详情"),

        KeyBinding(context: .detail, triggers: k(.char("h"), .left), action: .back, summary: "回到项目列表"),

        KeyBinding(context: .tree, triggers: k(.enter, .char(" ")), action: .toggleFold, summary: "折叠 / 展开；在指标上：显示全文"),
        KeyBinding(context: .tree, triggers: k(.char("l"), .right), action: .unfold, summary: "展开；已展开则进入下一级"),
        KeyBinding(context: .tree, triggers: k(.char("h"), .left), action: .fold, summary: "折叠；已折叠或是指标则到上一级"),
        KeyBinding(context: .tree, triggers: k(.char("-")), action: .foldAll, summary: "全部折叠"),
        KeyBinding(context: .tree, triggers: k(.char("+"), .char("=")), action: .unfoldAll, summary: "全部展开"),

        KeyBinding(context: .prompt, triggers: [.anyCharacter], action: .insert(" "), summary: "输入，每个字即时缩小列表"),
        KeyBinding(context: .prompt, triggers: k(.backspace, .delete), action: .deleteBackward, summary: "删除一个字（空时取消）"),
        KeyBinding(context: .prompt, triggers: k(.ctrl("u")), action: .clearPrompt, summary: "清空输入"),
        KeyBinding(context: .prompt, triggers: k(.down, .ctrl("n")), action: .moveDown, summary: "在结果中下移"),
        KeyBinding(context: .prompt, triggers: k(.up, .ctrl("p")), action: .moveUp, summary: "在结果中上移"),
        KeyBinding(context: .prompt, triggers: k(.enter), action: .acceptSearch, summary: "保留筛选"),
        KeyBinding(context: .prompt, triggers: k(.escape), action: .cancelSearch, summary: "取消，恢复原来的视图"),
        KeyBinding(context: .prompt, triggers: k(.ctrl("c")), action: .quit, summary: "退出"),

        KeyBinding(context: .help, triggers: k(.char("j"), .down), action: .moveDown, summary: "向下滚动"),
        KeyBinding(context: .help, triggers: k(.char("k"), .up), action: .moveUp, summary: "向上滚动"),
        KeyBinding(context: .help, triggers: k(.char("g"), .home), action: .top, summary: "到顶"),
        KeyBinding(context: .help, triggers: k(.char("G"), .end), action: .bottom, summary: "到底"),
        KeyBinding(context: .help, triggers: k(.pageDown, .ctrl("d"), .ctrl("f")), action: .pageDown, summary: "下一页"),
        KeyBinding(context: .help, triggers: k(.pageUp, .ctrl("u"), .ctrl("b")), action: .pageUp, summary: "上一页"),
        KeyBinding(context: .help, triggers: k(.char("?"), .escape, .char("q")), action: .toggleHelp, summary: "关闭帮助"),
        KeyBinding(context: .help, triggers: k(.ctrl("c")), action: .quit, summary: "退出"),

        KeyBinding(context: .card, triggers: k(.escape, .enter, .char(" "), .char("q")), action: .closeCard, summary: "关闭"),
        KeyBinding(context: .card, triggers: k(.ctrl("c")), action: .quit, summary: "退出"),

        KeyBinding(context: .goto, triggers: [.anyCharacter], action: .insert(" "), summary: "输入项目编号（数字）"),
        KeyBinding(context: .goto, triggers: k(.backspace, .delete), action: .deleteBackward, summary: "删除一位（空时取消）"),
        KeyBinding(context: .goto, triggers: k(.enter), action: .confirm, summary: "跳到该项"),
        KeyBinding(context: .goto, triggers: k(.escape), action: .cancel, summary: "取消"),
        KeyBinding(context: .goto, triggers: k(.ctrl("c")), action: .quit, summary: "退出"),

        KeyBinding(context: .picker, triggers: k(.down, .ctrl("n")), action: .moveDown, summary: "下移"),
        KeyBinding(context: .picker, triggers: k(.up, .ctrl("p")), action: .moveUp, summary: "上移"),
        KeyBinding(context: .picker, triggers: k(.pageDown), action: .pageDown, summary: "下一页"),
        KeyBinding(context: .picker, triggers: k(.pageUp), action: .pageUp, summary: "上一页"),
        KeyBinding(context: .picker, triggers: k(.enter), action: .confirm, summary: "按所选筛选（“全部”清除）"),
        KeyBinding(context: .picker, triggers: k(.backspace, .delete), action: .deleteBackward, summary: "删除一个字（空时关闭）"),
        KeyBinding(context: .picker, triggers: k(.ctrl("u")), action: .clearPrompt, summary: "清空输入"),
        KeyBinding(context: .picker, triggers: k(.escape), action: .cancel, summary: "关闭，不改筛选"),
        KeyBinding(context: .picker, triggers: k(.ctrl("c")), action: .quit, summary: "退出"),
        KeyBinding(context: .picker, triggers: [.anyCharacter], action: .insert(" "), summary: "输入以筛选条目（拼音首字母亦可）"),

        KeyBinding(context: .summary, triggers: k(.char("j"), .down), action: .moveDown, summary: "向下滚动"),
        KeyBinding(context: .summary, triggers: k(.char("k"), .up), action: .moveUp, summary: "向上滚动"),
        KeyBinding(context: .summary, triggers: k(.char("g"), .home), action: .top, summary: "到顶"),
        KeyBinding(context: .summary, triggers: k(.char("G"), .end), action: .bottom, summary: "到底"),
        KeyBinding(context: .summary, triggers: k(.pageDown, .ctrl("d"), .ctrl("f")), action: .pageDown, summary: "下一页"),
        KeyBinding(context: .summary, triggers: k(.pageUp, .ctrl("u"), .ctrl("b")), action: .pageUp, summary: "上一页"),
        KeyBinding(context: .summary, triggers: k(.char("S"), .escape, .char("q")), action: .cancel, summary: "关闭汇总"),
        KeyBinding(context: .summary, triggers: k(.ctrl("c")), action: .quit, summary: "退出"),

        KeyBinding(context: .mouse, triggers: [.wheel], action: .wheel(x: 0, y: 0, delta: 0), summary: "滚动指针下的窗格"),
        KeyBinding(context: .mouse, triggers: [.click], action: .click(x: 0, y: 0), summary: "选中列表行或指标行，并切到该窗格"),
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
            out += "### \(context.title)\n\n| 键 | 作用 |\n|---|---|\n"
            for b in list {
                let keys = b.triggers.map { "`\($0.name == "`" ? "` ` `" : $0.name)`" }.joined(separator: " ")
                out += "| \(keys) | \(b.summary) |\n"
            }
            out += "\n"
        }
        return out
    }
}
