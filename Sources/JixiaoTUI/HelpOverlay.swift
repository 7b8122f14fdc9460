import JixiaoKit

/// The `?` overlay: a box listing every binding, generated from `KeyMap.bindings` (the same
/// table `handle()` uses), so it cannot drift from what the keys do.
enum HelpOverlay {
    /// Columns of the key names.
    static let keyColumn = 20

    struct Line {
        var keys: String
        var text: String
        var isHeading: Bool
    }

    static var lines: [Line] {
        var out: [Line] = []
        for (context, bindings) in KeyMap.sections {
            if !out.isEmpty { out.append(Line(keys: "", text: "", isHeading: false)) }
            out.append(Line(keys: "", text: context.title, isHeading: true))
            for b in bindings { out.append(Line(keys: b.keyNames, text: b.summary, isHeading: false)) }
        }
        return out
    }

    /// The box on a screen of this size.
    static func box(width: Int, height: Int) -> Rect {
        let h = height - 1 // keep the status bar
        let w = min(width - 2, 76)
        let bh = min(h - 1, lines.count + 2)
        return Rect(x: (width - w) / 2, y: max(0, (h - bh) / 2), width: w, height: bh)
    }

    static func visibleLines(width: Int, height: Int) -> Int { max(1, box(width: width, height: height).height - 2) }

    static func maxTop(width: Int, height: Int) -> Int { max(0, lines.count - visibleLines(width: width, height: height)) }

    static func draw(_ s: BrowserState, into g: inout Grid, width: Int, height: Int) {
        let b = box(width: width, height: height)
        guard b.width >= 4, b.height >= 3 else { return }
        let all = lines
        let visible = b.height - 2
        let top = clamp(s.helpTop, 0, max(0, all.count - visible))
        let footer = all.count > visible
            ? " \(min(all.count, top + visible))/\(all.count) · j/k 滚动 · Esc 关闭 "
            : " Esc 关闭 "
        Box.draw(into: &g, rect: b, screenHeight: height, title: "快捷键", footer: footer)
        let x = b.x + 2
        let textWidth = b.width - 4
        let keyWidth = min(keyColumn, max(0, textWidth / 3))
        for row in 0..<visible {
            let n = top + row
            guard n < all.count else { break }
            let line = all[n]
            let y = b.y + 1 + row
            if line.isHeading {
                g.put(line.text, x: x, y: y, width: textWidth, style: Theme.sectionTitle, ellipsis: true)
            } else {
                g.put(line.keys, x: x, y: y, width: keyWidth - 1, style: Theme.accent, ellipsis: true)
                g.put(line.text, x: x + keyWidth, y: y, width: textWidth - keyWidth, style: Theme.text, ellipsis: true)
            }
        }
    }
}
