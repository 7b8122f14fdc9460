import Foundation
import Testing
import JixiaoGen
@testable import JixiaoTUI
import JixiaoKit

/// A sorted list taking forms in while they are read: each batch is sorted on its own and
/// merged (`BrowserState.mergeOrder`), which must give exactly the order of sorting every form
/// (ties by file order), whatever the batches; the selected form stays selected, on its row.
@Suite struct SortWhileArrivingTests {
    /// 120 forms made from the sample with few distinct funds, names and departments (many
    /// ties, some funds missing), so the order leans on its tie rule.
    static func forms(_ rng: inout SeededRandom) -> [Form] {
        let names = ["公交补贴", "办公设备购置", "Ａ项目", "农村公路养护", "公交补贴", "教育经费"]
        let departments = [("040", "阳泉市工业和信息化局"), ("7", "市财政局"), ("040", "阳泉市工业和信息化局"), ("", "市教育局"), ("12", "市交通局")]
        return (0..<120).map { i in
            var f = Sample.forms[i % Sample.forms.count]
            f.project = names.randomElement(using: &rng)!
            let d = departments.randomElement(using: &rng)!
            f.department.code = d.0
            f.department.name = d.1
            let funds: [Double?] = [nil, 10, 25.5, 100, 100, 3]
            f.funds.annual.total = funds.randomElement(using: &rng)!
            return f
        }
    }

    /// Cuts `0..<n` at random into batches of 1 to 30 forms.
    static func batches(_ n: Int, _ rng: inout SeededRandom) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var at = 0
        while at < n {
            let end = min(n, at + Int.random(in: 1...30, using: &rng))
            out.append(at..<end)
            at = end
        }
        return out
    }

    @Test(arguments: SortMode.allCases)
    func mergingBatchesGivesTheFullSort(_ mode: SortMode) {
        for seed in UInt64(1)...20 {
            var rng = SeededRandom(seed: seed)
            let all = Self.forms(&rng)
            let summaries = all.indices.map { _ in
                var s = FindingSummary()
                s.errors = Int.random(in: 0...1, using: &rng)
                s.warnings = Int.random(in: 0...2, using: &rng)
                return s
            }
            var order: [Int] = []
            for batch in Self.batches(all.count, &rng) {
                let forms = Array(all[..<batch.upperBound])
                order = BrowserState.mergeOrder(
                    order, from: batch.lowerBound, mode, forms, summaries: Array(summaries[..<batch.upperBound]))
                #expect(order == BrowserState.computeOrder(mode, forms, summaries: Array(summaries[..<batch.upperBound])), "seed \(seed)")
            }
            #expect(order.count == all.count)
        }
    }

    @Test(arguments: [SortMode.fundsDescending, .department, .name])
    func theSelectionStaysOnItsFormAndRow(_ mode: SortMode) {
        for seed in UInt64(1)...8 {
            var rng = SeededRandom(seed: seed)
            let all = Self.forms(&rng)
            let cuts = Self.batches(all.count, &rng)
            let inbox = FormsInbox()
            var b = Browser(
                forms: Array(all[cuts[0]]), findingsFrom: FindingsInbox(), formsFrom: inbox,
                reading: ReadProgress(forms: cuts[0].count, bytesRead: 1, bytesTotal: 100))
            _ = b.handle(.resize(width: 120, height: 30))
            while b.state.sort != mode { b.press(.char("s")) }
            // A selection away from the top, when there are rows enough.
            for _ in 0..<min(3, b.state.rows.count - 1) { b.press(.char("j")) }
            let form = b.state.currentFormIndex
            for batch in cuts.dropFirst() {
                let row = b.state.selected - b.state.listTop
                inbox.add(Array(all[batch]), ReadProgress(forms: batch.upperBound, bytesRead: batch.upperBound, bytesTotal: all.count))
                _ = b.idle()
                #expect(b.state.rows == BrowserState.computeOrder(mode, Array(all[..<batch.upperBound])), "seed \(seed)")
                #expect(b.state.currentFormIndex == form, "seed \(seed)")
                // On the same screen row — unless the list is too short to scroll that far.
                let top = max(0, min(b.state.selected - row, b.state.rows.count - b.state.listRows))
                #expect(b.state.listTop == top, "seed \(seed): the selected row moved on screen")
            }
        }
    }

    /// Sorting by findings before the checks are in: the order follows the findings when they
    /// arrive (the cached order of no findings is not kept).
    @Test func theFindingsOrderFollowsTheFindings() {
        let forms = Sample.forms
        let inbox = FindingsInbox()
        var b = Browser(forms: forms, findingsFrom: inbox)
        _ = b.handle(.resize(width: 120, height: 30))
        while b.state.sort != .findingsDescending { b.press(.char("s")) }
        #expect(b.state.rows == Array(forms.indices))
        let findings = Checker.check(forms)
        inbox.deliver(findings)
        _ = b.idle()
        let expected = BrowserState.computeOrder(.findingsDescending, forms, summaries: findings.map { FindingSummary($0) })
        #expect(expected != Array(forms.indices), "the sample's findings give another order than the file's")
        #expect(b.state.rows == expected)
    }
}
