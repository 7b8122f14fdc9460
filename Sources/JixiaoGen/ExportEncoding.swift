import Foundation

/// Turns generated lines into file bytes: UTF-8 (optionally with a BOM) or GB18030, LF or CRLF.
public enum ExportEncoding: String, Sendable, CaseIterable {
    case utf8, gb18030

    static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)

    /// The bytes of `lines`, each followed by a line end.
    public func bytes(_ lines: [String], crlf: Bool) -> [UInt8] {
        let end = crlf ? "\r\n" : "\n"
        var text = ""
        text.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 2 })
        for l in lines { text += l; text += end }
        switch self {
        case .utf8: return Array(text.utf8)
        case .gb18030:
            guard let d = text.data(using: Self.gb18030Encoding) else { fatalError("GB18030 cannot encode the generated text") }
            return [UInt8](d)
        }
    }
}

/// The text a search runs over, one field a line: project, narratives, goals, and each
/// indicator as `name value` — what `fzf --filter` is compared on.
public enum SearchLines {
    public static func lines(_ f: ExpectedForm) -> [String] {
        var out = [f.project, "\(f.departmentCode)-\(f.departmentName)", f.implementingUnit]
        out += f.narrative.filter { !$0.isEmpty }
        out.append(f.goalImplementation)
        if !f.goalAnnual.isEmpty { out.append(f.goalAnnual) }
        for side in f.indicators { out += side.map { "\($0.name) \($0.value)" } }
        return out
    }
}
