import Foundation
@testable import JixiaoKit

/// The hand-checked reference reading of the sample, and how a reading is compared with it.
enum ReferenceReading {
    /// Where the JSON export of `forms` differs from the reference reading: every key of the
    /// reference must be in the export with an equal value, arrays equal in length and order.
    static func differences(_ forms: [Form]) throws -> [String] {
        let exported = try JSONSerialization.jsonObject(with: Data(FormJSON.document(forms).utf8))
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: TestData.fixtureURL))
        var out: [String] = []
        compare(expected, exported, path: "", into: &out)
        return out
    }

    private static func compare(_ expected: Any, _ actual: Any, path: String, into out: inout [String]) {
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
