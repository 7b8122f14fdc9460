import JixiaoKit

/// The line editor on the status line: `意见：text▏` and, on the right, `Enter 保存 · Esc 取消`.
/// The end of a long text stays in view; line breaks of a note written elsewhere show as `↵`.
enum NotePrompt {
    static func draw(_ d: NoteDraft, into g: inout Grid, rect r: Rect) {
        let y = r.y
        let label: String
        switch d.target {
        case .form: label = ReviewBrowserMessages.notePrompt()
        case .indicator(_, _, let name): label = ReviewBrowserMessages.indicatorPrompt() + name + " "
        case .dismissal: label = ReviewBrowserMessages.reasonPrompt()
        }
        let right = ReviewBrowserMessages.promptKeys()
        let rw = DisplayWidth.of(right) + 2 <= r.width / 2 ? DisplayWidth.of(right) : 0
        let labelShown = TextLayout.truncate(label, to: max(0, (r.width - rw) / 2))
        var x = r.x
        x += g.put(labelShown, x: x, y: y, width: DisplayWidth.of(labelShown), style: Theme.statusKey)
        let room = r.maxX - x - (rw > 0 ? rw + 2 : 0) - 1
        var shown = d.text.replacingOccurrences(of: "\n", with: "↵")
        while DisplayWidth.of(shown) > room - 1, !shown.isEmpty { shown.removeFirst() }
        x += g.put(shown, x: x, y: y, width: max(0, room), style: Theme.statusStrong)
        g.put(" ", x: x, y: y, width: 1, style: Theme.promptCursor)
        if rw > 0 { g.put(right, x: r.maxX - rw - 1, y: y, width: rw, style: Theme.status) }
    }
}
