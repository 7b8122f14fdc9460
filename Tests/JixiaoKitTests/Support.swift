import Foundation
import Testing
@testable import JixiaoKit

/// Test inputs: the sample, the fixture, and hand-written forms.
enum TestData {
    static let resources: URL = {
        let base = Bundle.module.resourceURL!
        let nested = base.appendingPathComponent("Resources")
        return FileManager.default.fileExists(atPath: nested.appendingPathComponent("yangquan-2026.txt").path) ? nested : base
    }()
    static var sampleURL: URL { resources.appendingPathComponent("yangquan-2026.txt") }
    static var fixtureURL: URL { resources.appendingPathComponent("yangquan-2026.expected.json") }
    static var sampleBytes: [UInt8] { [UInt8](try! Data(contentsOf: sampleURL)) }
    static var sampleText: String { String(decoding: sampleBytes, as: UTF8.self) }

    /// A whole form around the given rows (cells joined by TAB), with a minimal header block.
    static func form(project: String = "测试项目", _ tableRows: [[String]], signoff: [String] = ["负责人：", "", "经办人：", "", "联系电话：", "", "填报日期：", "20251230094312"]) -> String {
        var lines = [
            "阳泉市市级预算部门（单位）项目支出绩效目标表", "", "（2026年度）", "",
            "项目名称\t\t\(project)\t\t\t\t\t",
            "主管部门及代码\t\t906-社保科\t\t实施单位\t\t社保科\t",
        ]
        lines += tableRows.map { $0.joined(separator: "\t") }
        lines.append(signoff.joined(separator: "\t"))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads text as one file.
    static func read(_ text: String, file: String = "test.txt") -> ReadResult {
        FormReader.read(bytes: Array(text.utf8), file: file)
    }

    /// Indicators of one side as `tier1/tier2/name/value` strings.
    static func rows(_ form: Form, _ side: Side) -> [String] {
        form.indicators[side].map { "\($0.tier1)/\($0.tier2)/\($0.name)/\($0.value)" }
    }

    static let header8 = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"]
}
