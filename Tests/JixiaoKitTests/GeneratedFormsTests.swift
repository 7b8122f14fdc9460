import Foundation
import JixiaoGen
import Testing
@testable import JixiaoKit

/// Forms from the generator (Sources/JixiaoGen: the sample's vocabulary with docs/format.md's quirks
/// in varying places) read back to exactly what the generator meant, field by field and row by
/// row, in order — in UTF-8 and in GB18030 with CRLF.
@Suite struct GeneratedFormsTests {
    static let seeds: [UInt64] = [1, 2, 3]
    static let count = 200

    @Test(arguments: seeds) func readingEqualsMeaning(seed: UInt64) {
        let (text, expected) = FormGenerator.batch(count: Self.count, seed: seed)
        let result = FormReader.read(bytes: Array(text.utf8), file: "generated-\(seed).txt")
        #expect(result.errors.isEmpty)
        #expect(result.forms.count == expected.count)
        var differences: [String] = []
        for (i, (form, want)) in zip(result.forms, expected).enumerated() {
            differences += Self.differences(form, want).map { "seed \(seed) form \(i + 1) (line \(form.source.line)): \($0)" }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20).joined(separator: "\n"))")
    }

    @Test func gb18030WithCRLFReadsTheSame() throws {
        var g = FormGenerator(seed: 4)
        var bytes: [UInt8] = []
        var expected: [ExpectedForm] = []
        for _ in 0..<50 {
            let f = g.next()
            bytes += ExportEncoding.gb18030.bytes(f.lines, crlf: true)
            expected.append(f.expected)
        }
        let result = FormReader.read(bytes: bytes, file: "generated-gb18030.txt")
        #expect(result.forms.count == expected.count)
        let differences = zip(result.forms, expected).flatMap { Self.differences($0, $1) }
        #expect(differences.isEmpty, "\(differences.prefix(20).joined(separator: "\n"))")
    }

    @Test func generatorIsDeterministic() {
        let a = FormGenerator.batch(count: 30, seed: 9)
        let b = FormGenerator.batch(count: 30, seed: 9)
        #expect(a.text == b.text)
        #expect(a.expected == b.expected)
        #expect(FormGenerator.batch(count: 30, seed: 10).text != a.text)
    }

    @Test func expectedJSONHasTheFixtureSchema() throws {
        let (_, expected) = FormGenerator.batch(count: 3, seed: 1)
        let generated = try JSONSerialization.jsonObject(with: Data(ExpectedJSON.document(expected).utf8)) as? [String: Any]
        let fixture = try JSONSerialization.jsonObject(with: Data(contentsOf: TestData.fixtureURL)) as? [String: Any]
        let g = try #require((generated?["forms"] as? [[String: Any]])?.first)
        let f = try #require((fixture?["forms"] as? [[String: Any]])?.first)
        #expect(Set(g.keys) == Set(f.keys))
        for key in ["department", "funds", "narrative", "goals", "indicators", "signoff"] {
            #expect(Set((g[key] as? [String: Any])?.keys ?? [:].keys) == Set((f[key] as? [String: Any])?.keys ?? [:].keys), "\(key)")
        }
    }

    /// Every field where the reading differs from the meaning.
    static func differences(_ f: Form, _ e: ExpectedForm) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ name: String, _ got: T, _ want: T) {
            if got != want { out.append("\(name): read \(got), expected \(want)") }
        }
        check("title", f.title, e.title)
        check("fiscalYear", f.fiscalYear, e.fiscalYear)
        check("project", f.project, e.project)
        check("department.code", f.department.code, e.departmentCode)
        check("department.name", f.department.name, e.departmentName)
        check("implementingUnit", f.implementingUnit, e.implementingUnit)
        check("attribute", f.attribute, e.attribute)
        check("period", f.period, e.period)
        for (side, s) in Side.allCases.enumerated() {
            let got = f.funds[s], want = e.funds[side]
            check("funds.\(s).total", got.total, want.total)
            check("funds.\(s).central", got.central, want.central)
            check("funds.\(s).provincial", got.provincial, want.provincial)
            check("funds.\(s).local", got.local, want.local)
            check("funds.\(s).selfRaised", got.selfRaised, want.selfRaised)
            check("funds.\(s).other", got.other, want.other)
        }
        for (k, field) in Narrative.fields.enumerated() { check("narrative.\(field.key)", f.narrative[keyPath: field.path], e.narrative[k]) }
        check("goals.implementation", f.goals.implementation, e.goalImplementation)
        check("goals.annual", f.goals.annual, e.goalAnnual)
        for (side, s) in Side.allCases.enumerated() {
            let got = f.indicators[s].map { "\($0.tier1)/\($0.tier2)/\($0.name)/\($0.value)" }
            let want = e.indicators[side].map(\.description)
            if got != want {
                for k in 0..<max(got.count, want.count) where (k < got.count ? got[k] : nil) != (k < want.count ? want[k] : nil) {
                    out.append("indicators.\(s)[\(k)]: read \(k < got.count ? got[k] : "nothing"), expected \(k < want.count ? want[k] : "nothing")")
                }
            }
        }
        check("signoff.leader", f.signoff.leader, e.leader)
        check("signoff.handler", f.signoff.handler, e.handler)
        check("signoff.phone", f.signoff.phone, e.phone)
        check("signoff.filedAt", f.signoff.filedAt, e.filedAt)
        return out
    }
}
