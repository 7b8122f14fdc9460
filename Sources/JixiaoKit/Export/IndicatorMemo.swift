/// What the JSON export derives from an indicator's text — the canonical tiers
/// (`Indicator.tier1Kind`, `tier2Kind`) and the parsed value (`Indicator.parsedValue`) —
/// remembered by the text's bytes: a year repeats a few tier labels and many values
/// (`100%`, `≥95%`), and deriving them again was most of an indicator's cost.
/// Memory stays bounded whatever the input: at most `tierLimit` tier labels of each level
/// (later ones are derived each time) and `valueLimit` values (then it starts over).
struct IndicatorMemo {
    private var tier1: [(label: String, kind: String)] = []
    private var tier2: [(label: String, kind: String)] = []
    private var parsed: [ByteKey: ParsedValue?] = [:]
    let tierLimit: Int
    let valueLimit: Int

    init(tierLimit: Int = 32, valueLimit: Int = 8192) {
        self.tierLimit = tierLimit
        self.valueLimit = valueLimit
    }

    /// `i.tier1Kind?.rawValue ?? ""`.
    mutating func tier1Kind(_ i: Indicator) -> String {
        Self.tier(i.tier1, in: &tier1, limit: tierLimit) { i.tier1Kind?.rawValue ?? "" }
    }

    /// `i.tier2Kind?.rawValue ?? ""`.
    mutating func tier2Kind(_ i: Indicator) -> String {
        Self.tier(i.tier2, in: &tier2, limit: tierLimit) { i.tier2Kind?.rawValue ?? "" }
    }

    /// `i.parsedValue`; nil at once for a value without an ASCII digit (a parsed value starts
    /// with a number).
    mutating func parsedValue(_ i: Indicator) -> ParsedValue? {
        let value = i.value
        guard CheckText.bytes(value, { $0.contains { $0 &- 0x30 < 10 } }) else { return nil }
        let key = ByteKey(value)
        if let known = parsed[key] { return known }
        if parsed.count >= valueLimit { parsed.removeAll(keepingCapacity: true) }
        let p = i.parsedValue
        parsed[key] = .some(p)
        return p
    }

    /// Tier labels are few: a short list searched by bytes beats hashing.
    private static func tier(_ label: String, in known: inout [(label: String, kind: String)], limit: Int, _ derive: () -> String) -> String {
        for k in known where CheckText.same(k.label, label) { return k.kind }
        let kind = derive()
        if known.count < limit { known.append((label, kind)) }
        return kind
    }
}
