// THROWAWAY: a manual check of the curses backend (`jixiao --curses-demo`). Delete this file and
// the marked hook in main.swift once the real browser runs through CursesTerminal.
#if canImport(Glibc)
import Glibc
#endif
import JixiaoKit
import JixiaoTUI

/// A list of Chinese rows with a reverse-video selection, the last key pressed and the size.
/// j/k/arrows/wheel move, g/G/Home/End jump, click selects, q or Esc quits, ! crashes on purpose.
struct DemoScreen: Screen {
    var rows = [
        "公交政策性亏损补贴", "城乡居民基本医疗保险", "义务教育阶段学生营养改善计划", "农村公路养护资金",
        "老旧小区改造（二期）", "森林防火专项经费", "退役军人优抚补助", "图书馆免费开放补助",
        "污水处理厂运营费用", "困难群众救助资金", "高标准农田建设", "社区卫生服务中心设备购置",
    ]
    var selected = 0
    var lastKey = "—"
    var events = 0

    mutating func handle(_ event: KeyEvent) -> ScreenCommand {
        events += 1
        lastKey = String(describing: event)
        switch event {
        case .char("q"), .escape: return .quit
        case .char("j"), .down, .wheel(_, _, 1): selected = min(rows.count - 1, selected + 1)
        case .char("k"), .up, .wheel(_, _, -1): selected = max(0, selected - 1)
        case .char("g"), .home: selected = 0
        case .char("G"), .end: selected = rows.count - 1
        case .click(_, let y) where y >= 2 && y - 2 < rows.count: selected = y - 2
        case .ctrl("l"): return .repaint
        case .char("!"): fatalError("curses demo: deliberate crash to check the terminal is restored")
        default: break
        }
        return .none
    }

    func render(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        guard height > 0 else { return grid }
        put(&grid, 0, 0, "绩效目标表 · 终端演示 (q 退出)", Style(bold: true, color: .title), fill: false)
        for (i, row) in rows.enumerated() where i + 2 < height - 1 {
            let text = String(format2(i + 1)) + "  " + row
            let style = i == selected ? Style(reverse: true, color: .selection) : Style(color: i % 3 == 0 ? .accent : .normal)
            put(&grid, 0, i + 2, text, style, fill: i == selected)
        }
        let status = "\(selected + 1)/\(rows.count) · \(rows[selected]) · key: \(lastKey) · \(width)×\(height)"
        put(&grid, 0, height - 1, status, Style(color: .status), fill: true)
        // Edge cases for the backend: the bottom-right cell, and a wide character in the last
        // column of row 1 (a grid that breaks the rule; the backend must draw a blank there).
        if width > 2 {
            grid[width - 1, height - 1] = Cell(text: "◆", width: 1, style: Style(color: .status))
            if height > 1 { grid[width - 1, 1] = Cell(text: "末", width: 2, style: .plain) }
        }
        return grid
    }

    private func format2(_ n: Int) -> String { n < 10 ? " \(n)" : "\(n)" }

    /// Writes text from column x, wide characters as a cell plus a continuation cell, clipped to
    /// the row; `fill` pads the rest of the row with the style.
    private func put(_ grid: inout Grid, _ x0: Int, _ y: Int, _ text: String, _ style: Style, fill: Bool) {
        guard y >= 0, y < grid.height else { return }
        var x = x0
        for ch in Sanitizer.clean(text) {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if x + w > grid.width { break }
            grid[x, y] = Cell(text: String(ch), width: UInt8(w), style: style)
            if w == 2 { grid[x + 1, y] = Cell(text: "", width: 0, style: style) }
            x += w
        }
        if fill {
            while x < grid.width {
                grid[x, y] = Cell(text: " ", width: 1, style: style)
                x += 1
            }
        }
    }
}

/// Runs the demo and exits the process (0, or 1 with a message on stderr).
func runCursesDemo() -> Never {
    exit(cursesDemo())
}

private func cursesDemo() -> Int32 {
    guard CursesTerminal.isInteractive else {
        printToStandardError("jixiao: \(TerminalError.notATerminal)\n")
        return 1
    }
    do {
        let terminal = try CursesTerminal()
        defer { terminal.close() }
        var screen = DemoScreen()
        terminal.run(&screen)
        return 0
    } catch {
        printToStandardError("jixiao: \(error)\n")
        return 1
    }
}

private func printToStandardError(_ message: String) {
    var bytes = Array(message.utf8)
    _ = write(2, &bytes, bytes.count)
}
