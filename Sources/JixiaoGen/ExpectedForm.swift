/// What a generated form means: its reading in the export schema of docs/format.md and the fixture
/// (`{"forms":[…]}`), which a correct reader must reproduce field by field.
public struct ExpectedForm: Sendable, Equatable {
    public var title: String
    public var fiscalYear: Int
    public var project: String
    public var departmentCode: String
    public var departmentName: String
    public var implementingUnit: String
    public var attribute: String
    public var period: String
    /// `[implementation, annual]`.
    public var funds: [ExpectedFunds]
    /// overview, basis, necessity, safeguards, plan.
    public var narrative: [String]
    public var goalImplementation: String
    public var goalAnnual: String
    /// `[implementation, annual]`, in the order printed.
    public var indicators: [[ExpectedIndicator]]
    public var leader: String
    public var handler: String
    public var phone: String
    public var filedAt: String

    public static let narrativeKeys = ["overview", "basis", "necessity", "safeguards", "plan"]
}

public struct ExpectedFunds: Sendable, Equatable {
    public var total: Double?
    public var central: Double?
    public var provincial: Double?
    public var local: Double?
    public var selfRaised: Double?
    public var other: Double?

    /// In print order with JSON keys.
    public var fields: [(key: String, value: Double?)] {
        [("total", total), ("central", central), ("provincial", provincial), ("local", local), ("selfRaised", selfRaised), ("other", other)]
    }
}

public struct ExpectedIndicator: Sendable, Equatable, CustomStringConvertible {
    public var tier1: String
    public var tier2: String
    public var name: String
    public var value: String
    public var description: String { "\(tier1)/\(tier2)/\(name)/\(value)" }
}

/// The expected reading as JSON, in the fixture's schema and key order.
public enum ExpectedJSON {
    public static let header = "{\"forms\":[\n"
    public static let footer = "\n]}\n"
    public static let separator = ",\n"

    /// The whole document for a few forms (tests, small files).
    public static func document(_ forms: [ExpectedForm]) -> String {
        header + forms.map(object).joined(separator: separator) + footer
    }

    /// One form as a single-line JSON object.
    public static func object(_ f: ExpectedForm) -> String {
        var o = "{"
        o += "\"title\":" + quote(f.title)
        o += ",\"fiscalYear\":\(f.fiscalYear)"
        o += ",\"project\":" + quote(f.project)
        o += ",\"department\":{\"code\":" + quote(f.departmentCode) + ",\"name\":" + quote(f.departmentName) + "}"
        o += ",\"implementingUnit\":" + quote(f.implementingUnit)
        o += ",\"attribute\":" + quote(f.attribute)
        o += ",\"period\":" + quote(f.period)
        o += ",\"funds\":{"
        for (i, side) in ["implementation", "annual"].enumerated() {
            if i > 0 { o += "," }
            o += quote(side) + ":{" + f.funds[i].fields.map { quote($0.key) + ":" + number($0.value) }.joined(separator: ",") + "}"
        }
        o += "},\"narrative\":{"
        o += zip(ExpectedForm.narrativeKeys, f.narrative).map { quote($0) + ":" + quote($1) }.joined(separator: ",")
        o += "},\"goals\":{\"implementation\":" + quote(f.goalImplementation) + ",\"annual\":" + quote(f.goalAnnual) + "}"
        o += ",\"indicators\":{"
        for (i, side) in ["implementation", "annual"].enumerated() {
            if i > 0 { o += "," }
            o += quote(side) + ":[" + f.indicators[i].map { r in
                "{\"tier1\":" + quote(r.tier1) + ",\"tier2\":" + quote(r.tier2) + ",\"name\":" + quote(r.name) + ",\"value\":" + quote(r.value) + "}"
            }.joined(separator: ",") + "]"
        }
        o += "},\"signoff\":{\"leader\":" + quote(f.leader) + ",\"handler\":" + quote(f.handler)
        o += ",\"phone\":" + quote(f.phone) + ",\"filedAt\":" + quote(f.filedAt) + "}}"
        return o
    }

    static func number(_ d: Double?) -> String {
        guard let d else { return "null" }
        if d == d.rounded(), abs(d) < 9e15 { return String(Int64(d)) }
        return String(d)
    }

    static func quote(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + s + "\"" }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
