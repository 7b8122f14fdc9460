import Foundation
import Testing
@testable import JixiaoTUI
import JixiaoKit

/// The sample forms, read by the real reader (file named without its folder, so snapshots do
/// not depend on where the repository lives).
enum Sample {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let forms: [Form] = {
        let url = repository.appendingPathComponent("Samples/yangquan-2026.txt")
        let bytes = [UInt8]((try? Data(contentsOf: url)) ?? Data())
        return FormReader.read(bytes: bytes, file: "yangquan-2026.txt").forms
    }()
    /// Index of 公交政策性亏损补贴.
    static var bus: Int { forms.firstIndex { $0.project == "公交政策性亏损补贴" }! }
    /// Index of 农村饮水安全项目（市本级）.
    static var water: Int { forms.firstIndex { $0.project.hasPrefix("农村饮水") }! }
    /// The rules these tests were written against: those before the target rules of issue #10
    /// (with them, 购买…戏剧 has findings too and every form has some).
    static let checkOptions = CheckOptions(ignored: [
        "vague-target", "money-as-output", "cost-floor", "rate-no-number", "unit-missing",
        "unit-cost-over-funds", "cost-indicator-missing", "goal-placeholder",
    ])
    /// The review checks' findings for the sample.
    static let findings: [[Finding]] = Checker.check(forms, options: checkOptions)
}

/// A browser over the sample, told its size; with `checked`, given the review checks' findings.
func makeBrowser(_ width: Int, _ height: Int, forms: [Form] = Sample.forms, findings: [[Finding]]? = nil, checked: Bool = false, query: String? = nil) -> Browser {
    var b = Browser(forms: forms, findings: findings ?? (checked ? Checker.check(forms, options: Sample.checkOptions) : nil), initialQuery: query)
    _ = b.handle(.resize(width: width, height: height))
    return b
}

extension Browser {
    /// Sends keys; `"jjk"` style strings become `.char` events.
    mutating func press(_ events: KeyEvent...) { for e in events { _ = handle(e) } }
    mutating func type(_ text: String) { for c in text { _ = handle(.char(c)) } }
    func grid() -> Grid { render(width: state.width, height: state.height) }
}

/// Every row of `grid` is exactly as wide as the grid (CJK counted as 2).
func expectRowWidths(_ grid: Grid, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for y in 0..<grid.height {
        #expect(DisplayWidth.of(grid.rowText(y)) == grid.width, "row \(y) of \(grid.width)×\(grid.height): \(grid.rowText(y))", sourceLocation: sourceLocation)
    }
}

/// Compares the grid's text with `Snapshots/<name>.txt`. With `JIXIAO_RECORD=1` in the
/// environment, (re)writes the file instead; review it before committing.
func expectSnapshot(_ grid: Grid, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectRowWidths(grid, sourceLocation: sourceLocation)
    let dir = Sample.repository.appendingPathComponent("Tests/JixiaoTUITests/Snapshots")
    let file = dir.appendingPathComponent(name + ".txt")
    // Rows end in "|" so trailing spaces survive editors.
    let text = (0..<grid.height).map { grid.rowText($0) + "|" }.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["JIXIAO_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("missing snapshot \(name).txt; run with JIXIAO_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    if expected != text {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = text.split(separator: "\n", omittingEmptySubsequences: false)
        var diff = ""
        for i in 0..<max(e.count, a.count) {
            let l = i < e.count ? String(e[i]) : "<none>"
            let r = i < a.count ? String(a[i]) : "<none>"
            if l != r { diff += "row \(i)\n  expected: \(l)\n  actual:   \(r)\n" }
        }
        Issue.record("snapshot \(name) differs:\n\(diff)", sourceLocation: sourceLocation)
    }
}

/// A map of the grid's styles, one character per column: `H` highlight, `S` selection
/// (reverse), `.` anything else; continuation cells repeat their character's letter.
func styleMap(_ grid: Grid, row y: Int) -> String {
    var out = ""
    for x in 0..<grid.width {
        let s = grid[x, y].style
        out.append(s.color == .highlight ? "H" : s.reverse ? "S" : ".")
    }
    return out
}
