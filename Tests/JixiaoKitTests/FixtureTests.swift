import Foundation
import Testing
@testable import JixiaoKit

/// The acceptance test: the JSON export of the sample equals the hand-checked reference
/// reading, field for field and row for row, in order.
@Suite struct FixtureTests {
    @Test func exportEqualsReferenceReading() throws {
        let result = FormReader.read(file: TestData.sampleURL.path)
        #expect(result.errors.isEmpty)
        let exported = try JSONSerialization.jsonObject(with: Data(FormJSON.document(result.forms).utf8))
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: TestData.fixtureURL))
        var differences: [String] = []
        compare(expected, exported, path: "", into: &differences)
        #expect(differences.isEmpty, "\(differences.prefix(20).joined(separator: "\n"))")
    }

    @Test func sampleHasSevenFormsAndNoWarnings() {
        let result = FormReader.read(file: TestData.sampleURL.path)
        #expect(result.forms.count == 7)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.forms.map(\.source.line) == [3, 38, 81, 125, 159, 191, 223])
    }

    @Test func jsonLinesHoldOneFormEach() throws {
        let forms = FormReader.read(file: TestData.sampleURL.path).forms
        for f in forms {
            let line = FormJSON.line(f)
            #expect(!line.contains("\n"))
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(obj["project"] as? String == f.project)
        }
    }

    /// Every key of `expected` must be in `actual` with an equal value; arrays equal in length.
    private func compare(_ expected: Any, _ actual: Any, path: String, into out: inout [String]) {
        switch (expected, actual) {
        case (let e as [String: Any], let a as [String: Any]):
            for (k, v) in e {
                guard let av = a[k] else { out.append("\(path).\(k): missing"); continue }
                compare(v, av, path: "\(path).\(k)", into: &out)
            }
        case (let e as [Any], let a as [Any]):
            if e.count != a.count { out.append("\(path): \(e.count) items expected, \(a.count) read"); return }
            for (i, (x, y)) in zip(e, a).enumerated() { compare(x, y, path: "\(path)[\(i)]", into: &out) }
        case (is NSNull, is NSNull): break
        case (let e as String, let a as String): if e != a { out.append("\(path): \(e) ≠ \(a)") }
        case (let e as NSNumber, let a as NSNumber): if e != a { out.append("\(path): \(e) ≠ \(a)") }
        default: out.append("\(path): \(expected) ≠ \(actual)")
        }
    }
}
