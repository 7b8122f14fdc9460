import Foundation

/// A review decision on a form, in the grades of 财预〔2015〕88号 for 绩效目标审核.
/// `unreviewed` (未审) is the default and also what clearing a decision records.
public enum Grade: String, Sendable, CaseIterable, Hashable {
    case unreviewed = "未审"
    /// 优: 通过.
    case excellent = "优"
    /// 良: 协商后通过（小修）.
    case good = "良"
    /// 中: 修改后重报.
    case fair = "中"
    /// 差: 退回，不予安排.
    case poor = "差"

    /// The four grades a reviewer gives, best first.
    public static let given: [Grade] = [.excellent, .good, .fair, .poor]

    /// The grade as written (`优`), or `未审` (translated with `--lang en`).
    public var label: String { self == .unreviewed ? ReviewTerms.unreviewed() : rawValue }

    /// The plain meaning (`退回，不予安排`); empty when unreviewed.
    public var meaning: String {
        switch self {
        case .unreviewed: return ""
        case .excellent: return ReviewTerms.meaningExcellent()
        case .good: return ReviewTerms.meaningGood()
        case .fair: return ReviewTerms.meaningFair()
        case .poor: return ReviewTerms.meaningPoor()
        }
    }

    /// `优 通过`, or `未审`.
    public var labelWithMeaning: String { self == .unreviewed ? label : "\(rawValue) \(meaning)" }

    /// The grade a reviewer typed: `优`/`良`/`中`/`差`, `1`–`4` (as the browser's keys), the
    /// English names, or `未审`/`none` to clear. Nil for anything else.
    public init?(argument: String) {
        let a = argument.trimmingCharacters(in: .whitespaces).lowercased()
        switch a {
        case "优", "1", "excellent", "a": self = .excellent
        case "良", "2", "good", "b": self = .good
        case "中", "3", "fair", "c": self = .fair
        case "差", "4", "poor", "d": self = .poor
        case "未审", "0", "none", "unreviewed", "clear": self = .unreviewed
        default: return nil
        }
    }

    /// The digit key that gives this grade in the browser (`1` for 优 …), 0 for unreviewed.
    public var number: Int { Grade.given.firstIndex(of: self).map { $0 + 1 } ?? 0 }
}
