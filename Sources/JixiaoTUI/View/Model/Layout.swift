import JixiaoKit

/// The three panes of the browser.
public enum Pane: Int, Sendable, CaseIterable, Hashable {
    case list, detail, tree

    /// The title shown in the pane's title bar.
    public var title: String {
        switch self {
        case .list: BrowserMessages.paneList()
        case .detail: BrowserMessages.paneDetail()
        case .tree: BrowserMessages.paneTree()
        }
    }

    var next: Pane { Pane(rawValue: (rawValue + 1) % 3)! }
    var previous: Pane { Pane(rawValue: (rawValue + 2) % 3)! }
}

/// The list's share of a wide screen; `w` cycles it.
public enum ListShare: Int, Sendable, CaseIterable, Equatable {
    /// A third below 120 columns; from 120 up, half the screen (room for 主管部门 with its code)
    /// while the right side keeps the 61 columns the tree needs for both sides.
    case auto
    /// Three fifths: long names and departments whole (the tree may show one side).
    case wide
    /// A third, as below 120 columns.
    case narrow

    var next: ListShare { ListShare(rawValue: (rawValue + 1) % ListShare.allCases.count)! }

    /// The name the status line gives it.
    var label: String {
        switch self {
        case .auto: BrowserMessages.listShareAuto()
        case .wide: BrowserMessages.listShareWide()
        case .narrow: BrowserMessages.listShareNarrow()
        }
    }

    /// The list's columns on a wide screen `width` columns wide.
    func listWidth(screen width: Int) -> Int {
        switch self {
        case .auto: width >= Layout.roomyWidth ? min(width / 2, width - 61) : width / 3
        case .wide: width * 3 / 5
        case .narrow: width / 3
        }
    }
}

/// Where everything goes on a screen of a given size.
///
/// - Wide (≥ 100 columns and ≥ 14 rows): the list on the left (a third), the detail pane above
///   the indicator tree on the right, the status bar at the bottom.
/// - Narrow: the focused pane fills the screen above the status bar; its title bar shows the
///   three panes as tabs.
/// - Too small (under 20×6): one line saying so.
public struct Layout: Sendable, Equatable {
    public enum Mode: Sendable, Equatable { case wide, narrow, tooSmall }

    public static let minWidth = 20
    public static let minHeight = 6
    public static let wideWidth = 100
    public static let wideHeight = 14
    /// From this width the list shows 主管部门 with its code and takes more room (`ListShare.auto`).
    public static let roomyWidth = 120

    public let mode: Mode
    public let width: Int
    public let height: Int
    /// Each visible pane's rectangle, title bar included.
    public let panes: [Pane: Rect]
    /// The column of the vertical rule between the list and the right side (wide mode).
    public let separatorX: Int?
    public let status: Rect

    public init(width: Int, height: Int, focus: Pane, listShare: ListShare = .auto) {
        self.width = max(0, width)
        self.height = max(0, height)
        if width < Layout.minWidth || height < Layout.minHeight {
            mode = .tooSmall
            panes = [:]
            separatorX = nil
            status = Rect(x: 0, y: 0, width: max(0, width), height: min(1, max(0, height)))
            return
        }
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let h = height - 1
        if width >= Layout.wideWidth, height >= Layout.wideHeight {
            mode = .wide
            let listWidth = listShare.listWidth(screen: width)
            let rightX = listWidth + 1
            let rightWidth = width - rightX
            let detailHeight = h / 2
            separatorX = listWidth
            panes = [
                .list: Rect(x: 0, y: 0, width: listWidth, height: h),
                .detail: Rect(x: rightX, y: 0, width: rightWidth, height: detailHeight),
                .tree: Rect(x: rightX, y: detailHeight, width: rightWidth, height: h - detailHeight),
            ]
        } else {
            mode = .narrow
            separatorX = nil
            panes = [focus: Rect(x: 0, y: 0, width: width, height: h)]
        }
    }

    /// The rectangle of a pane, title bar included, when it is on screen.
    public func rect(_ pane: Pane) -> Rect? { panes[pane] }

    /// The pane under a screen position.
    public func pane(atX x: Int, y: Int) -> Pane? {
        for (pane, r) in panes where r.contains(x: x, y: y) { return pane }
        return nil
    }

    /// The tabs of the narrow title bar: each pane's label and its columns.
    static func tabs(x: Int) -> [(pane: Pane, x: Int, width: Int)] {
        var out: [(Pane, Int, Int)] = []
        var col = x
        for p in Pane.allCases {
            let w = DisplayWidth.of(p.title) + 2 // " 项目 "
            out.append((p, col, w))
            col += w
        }
        return out
    }
}

// MARK: - Geometry inside the panes

extension Layout {
    /// Whether a list pane of `r` (title bar included) has room for its column header.
    static func listShowsHeader(_ r: Rect) -> Bool { r.height >= 8 }

    /// The list's rows of entries: below the title bar and, when shown, the column header.
    static func listBody(_ r: Rect) -> Rect {
        let skip = listShowsHeader(r) ? 2 : 1
        return Rect(x: r.x, y: r.y + skip, width: r.width, height: r.height - skip)
    }

    /// Narrowest tree pane that shows both sides in columns.
    static let treeBothSidesMinWidth = 60

    /// Whether a tree pane `width` columns wide shows 实施期 and 年度 side by side.
    static func treeShowsBothSides(width: Int) -> Bool { width >= treeBothSidesMinWidth }

    /// The help box on a screen of this size, for a help of `lines` lines: at most 76 wide,
    /// centred above the status bar.
    static func helpBox(width: Int, height: Int, lines: Int) -> Rect {
        let h = height - 1 // keep the status bar
        let w = min(width - 2, 76)
        let bh = min(h - 1, lines + 2)
        return Rect(x: (width - w) / 2, y: max(0, (h - bh) / 2), width: w, height: bh)
    }
}

extension Layout {
    /// The summary view's rows of departments: the screen above the status bar without the
    /// title bar, the column header and the `footer` lines pinned at the bottom (the rule, 合计
    /// and a footnote).
    static func summaryBody(width: Int, height: Int, footer: Int) -> Rect {
        Rect(x: 0, y: 2, width: width, height: height - 1 - 2 - footer)
    }
}

extension Layout {
    /// The picker's box: up to 60 wide, tall enough for its entries (and its input line), centred
    /// above the status bar.
    static func pickerBox(width: Int, height: Int, entries: Int) -> Rect {
        let h = height - 1
        let w = min(width - 2, 60)
        let bh = min(h - 1, max(entries, 1) + 3)
        return Rect(x: (width - w) / 2, y: max(0, (h - bh) / 2), width: w, height: bh)
    }
}
