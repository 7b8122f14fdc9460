import Foundation
import JixiaoKit
import JixiaoTUI

extension BenchMain {
    /// The browser's keys in process, each timed from the key event to the rendered grid:
    /// `browser-keys FILE… [--keys "j k Tab PgDn PgDn PgUp Tab Tab"] [--count N] [--width 80]
    /// [--height 24]`. The forms are read, checked and indexed first (what the browser has
    /// once its background work is done). The keys are pressed in `pressKeys`, which
    /// `valgrind --tool=callgrind --toggle-collect='*pressKeys*'` counts alone.
    static func browserKeys(_ args: [String]) {
        let (o, paths) = options(args)
        guard !paths.isEmpty else { usage() }
        let names = (o["keys"] ?? "j k Tab PgDn PgDn PgUp Tab Tab").split(separator: " ").map(String.init)
        let count = Int(o["count"] ?? "") ?? 40
        let width = Int(o["width"] ?? "") ?? 80, height = Int(o["height"] ?? "") ?? 24
        let keys: [KeyEvent] = names.map { name in
            switch name {
            case "Tab": .tab
            case "PgDn": .pageDown
            case "PgUp": .pageUp
            case "Home": .home
            case "End": .end
            case "Down": .down
            case "Up": .up
            default: .char(Character(name))
            }
        }
        let forms = FormReader.read(paths: paths).forms
        var browser = Browser(forms: forms, findings: Checker.check(forms))
        _ = browser.handle(.resize(width: width, height: height))
        _ = browser.render(width: width, height: height)
        let times = pressKeys(&browser, keys, count: count, width: width, height: height)
        print(latencyJSON(times, extra: "\"forms\":\(forms.count),\"keys\":\(count)") .dropLast() + heap() + "}")
        fflush(nil)
        withExtendedLifetime(browser) { exit(0) }
    }

    @inline(never)
    static func pressKeys(_ browser: inout Browser, _ keys: [KeyEvent], count: Int, width: Int, height: Int) -> [Double] {
        var times: [Double] = []
        for n in 0..<count {
            let t0 = now()
            _ = browser.handle(keys[n % keys.count])
            let grid = browser.render(width: width, height: height)
            times.append(now() - t0)
            withExtendedLifetime(grid) {}
        }
        return times
    }
}
