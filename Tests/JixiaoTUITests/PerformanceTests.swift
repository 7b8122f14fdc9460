import Foundation
import Testing
@testable import JixiaoTUI
import JixiaoKit

/// A year of forms for a big city: the browser's keys and frames stay correct at 10,000 forms.
/// Times are printed for orientation only, never asserted: speed targets live in the benchmarks
/// (bench/, docs/benchmarks.md), where they are measured beside a baseline.
@Suite struct PerformanceTests {
    static let many: [Form] = {
        var out: [Form] = []
        out.reserveCapacity(10_003)
        for i in 0..<1_429 {
            for var f in Sample.forms {
                f.project += String(i)
                out.append(f)
            }
        }
        return out
    }()

    func seconds(_ body: () -> Void) -> Double {
        let t = Date()
        body()
        return Date().timeIntervalSince(t)
    }

    @Test func tenThousandForms() {
        var b = Browser(forms: Self.many)
        _ = b.handle(.resize(width: 120, height: 40))
        let render = seconds { for _ in 0..<10 { _ = b.render(width: 120, height: 40) } } / 10
        let key = seconds { for _ in 0..<100 { _ = b.handle(.char("j")) } } / 100
        _ = b.handle(.char("G"))
        let renderEnd = seconds { _ = b.render(width: 120, height: 40) }
        _ = b.handle(.char("/"))
        let search1 = seconds { _ = b.handle(.char("公")) }
        let search2 = seconds { _ = b.handle(.char("交")) }
        #expect(b.state.rows.count == 1_429)
        _ = b.handle(.enter)
        let sort = seconds { _ = b.handle(.char("s")) }
        let step = seconds { _ = b.handle(.char("n")) }
        print("10k forms: render \(render)s, key \(key)s, render at end \(renderEnd)s, search \(search1)s/\(search2)s, sort \(sort)s, n \(step)s")
        // The browser's own share of a search keystroke: narrowing the rows to the matches.
        var state = b.state
        let matches = Array(stride(from: 0, to: 10_003, by: 3))
        let narrow = seconds { state.rebuildRows(matches: matches, keeping: nil) }
        #expect(state.rows.count == matches.count)
        print("10k forms: narrowing to \(matches.count) matches \(narrow)s")
    }
}
