import Foundation
import Testing
@testable import JixiaoTUI

/// docs/browser.md holds the key tables and screenshots generated from the code; this keeps them
/// current (`JIXIAO_RECORD=1` rewrites them).
@Suite struct DocsTests {
    static let file = Sample.repository.appendingPathComponent("docs/browser.md")

    /// The text of one generated block.
    static func generated(_ name: String) -> String? {
        if name == "keys" { return KeyMap.markdown.trimmingCharacters(in: .newlines) }
        let url = Sample.repository.appendingPathComponent("Tests/JixiaoTUITests/Snapshots/\(name).txt")
        guard let snap = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let rows = snap.split(separator: "\n").map { row -> String in
            var r = String(row.dropLast()) // the "|" end marker
            while r.hasSuffix(" ") { r.removeLast() }
            return r
        }
        return "```text\n" + rows.joined(separator: "\n") + "\n```"
    }

    /// The document with every generated block filled in from the code and the snapshots.
    static func regenerate(_ doc: String) -> String {
        var out: [String] = []
        var skipping = false
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("<!-- END generated: ") {
                skipping = false
                out.append(line)
                continue
            }
            if skipping { continue }
            out.append(line)
            if line.hasPrefix("<!-- BEGIN generated: "), line.hasSuffix(" -->") {
                let name = String(line.dropFirst("<!-- BEGIN generated: ".count).dropLast(" -->".count))
                out.append(generated(name) ?? "(missing: \(name))")
                skipping = true
            }
        }
        return out.joined(separator: "\n")
    }

    @Test func browserDocIsCurrent() throws {
        let doc = try String(contentsOf: Self.file, encoding: .utf8)
        let fresh = Self.regenerate(doc)
        if ProcessInfo.processInfo.environment["JIXIAO_RECORD"] == "1" {
            try fresh.write(to: Self.file, atomically: true, encoding: .utf8)
            return
        }
        #expect(doc == fresh, "docs/browser.md is out of date: run JIXIAO_RECORD=1 swift test --filter JixiaoTUITests")
        #expect(!doc.contains("(missing:"))
    }
}
