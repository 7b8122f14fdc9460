import Foundation
import Testing
@testable import JixiaoKit

/// The acceptance test: the JSON export of the sample equals the hand-checked reference
/// reading, field for field and row for row, in order.
@Suite struct FixtureTests {
    @Test func exportEqualsReferenceReading() throws {
        let result = FormReader.read(file: TestData.sampleURL.path)
        #expect(result.errors.isEmpty)
        let differences = try ReferenceReading.differences(result.forms)
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
}
