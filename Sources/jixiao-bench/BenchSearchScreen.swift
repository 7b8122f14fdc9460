import Foundation
import JixiaoKit
import JixiaoTUI

extension BenchMain {
    /// `search FILE… --queries … --screen N`: each keystroke as the browser's `/` prompt takes it
    /// (`BrowserState.apply`: in file order the search down to a screenful of N rows, and the
    /// rows), timed until the state is ready to draw. When it left the rest of the search pending,
    /// that full search (`SearchRequest.run`, which the `Browser` runs on another thread) is timed
    /// apart, and handed back before the next keystroke, as for a typist slower than it, and so
    /// is taking it in (`.searchCompleted`). Form `select` is selected before each query (Esc
    /// after it restores it): the rows down to it must be known. Prints p50/p95/max of each,
    /// and with `--detail` every keystroke.
    static func searchScreen(_ forms: [Form], queries: [String], rows: Int, select: Int, detail: Bool) {
        var state = BrowserState(forms: forms, width: 120, height: rows)
        var height = rows
        while state.listRows < rows, height < rows + 20 {
            height += 1
            state.apply(.resize(width: 120, height: height))
        }
        // Down to form `select` a page at a time, then row by row (in file order row = form).
        let target = min(max(0, select), max(0, forms.count - 1))
        for _ in 0..<(target / max(1, state.listRows)) { state.apply(.pageDown) }
        while state.selected < target { state.apply(.moveDown) }
        var screen: [Double] = [], screenCPU: [Double] = [], rest: [Double] = [], land: [Double] = []
        var keystrokes: [String] = []
        func quoted(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        for q in queries {
            state.apply(.startSearch)
            for ch in q {
                let action: Action = ch == "⌫" ? .deleteBackward : .insert(ch)
                let s = now(), c = cpu()
                state.apply(action)
                let t = now() - s, ct = cpu() - c
                screen.append(t)
                screenCPU.append(ct)
                let shown = state.rows.count
                var restMs = 0.0, landMs = 0.0
                if let pending = state.pendingSearch {
                    let r0 = now()
                    let done = pending.run()
                    let r1 = now()
                    state.apply(.searchCompleted(done))
                    let r2 = now()
                    rest.append(r1 - r0)
                    land.append(r2 - r1)
                    restMs = (r1 - r0) * 1000
                    landMs = (r2 - r1) * 1000
                }
                if detail {
                    keystrokes.append("{\"text\":\(quoted(state.prompt?.text ?? "")),\"ms\":\(t * 1000),\"cpu_ms\":\(ct * 1000),"
                        + "\"shown\":\(shown),\"matches\":\(state.rows.count),\"rest_ms\":\(restMs),\"land_ms\":\(landMs)}")
                }
            }
            state.apply(.cancelSearch)
        }
        func pcts(_ name: String, _ xs: [Double]) -> String {
            let s = xs.sorted()
            guard !s.isEmpty else { return "\"\(name)_p50_ms\":0,\"\(name)_p95_ms\":0,\"\(name)_max_ms\":0" }
            func pct(_ p: Double) -> Double { s[min(s.count - 1, max(0, Int((Double(s.count) * p).rounded(.up)) - 1))] * 1000 }
            return "\"\(name)_p50_ms\":\(pct(0.5)),\"\(name)_p95_ms\":\(pct(0.95)),\"\(name)_max_ms\":\(s.last! * 1000)"
        }
        print("{\"forms\":\(forms.count),\"screen_rows\":\(state.listRows),\"selected\":\(state.selected),\"keystrokes\":\(screen.count),\"pending\":\(rest.count),"
            + pcts("screen", screen) + "," + pcts("screen_cpu", screenCPU) + "," + pcts("rest", rest) + "," + pcts("land", land)
            + (detail ? ",\"keystroke\":[\(keystrokes.joined(separator: ","))]" : "") + "\(heap())}")
        fflush(nil)
        withExtendedLifetime(state) {}
    }
}
