/// Who a form is for the review record: a key that survives a re-export of the file, and a
/// fingerprint of its content that tells when a decision was made on an older version.
///
/// The key is (fiscal year, department code, normalized project name) — never the file or the
/// line. The project name is normalized as search folds text (`FormLookup.fold`: whitespace and
/// invisible characters dropped, full-width folded to half-width, ASCII lowercased). When two
/// forms of one input share a key, the later ones get `#2`, `#3` … in input order. docs/review.md.
public struct FormIdentity: Sendable, Hashable {
    /// `2026|040|公交政策性亏损补贴`, with `#2` … for repeats.
    public var key: String
    /// 16 hex digits over everything the form says (not where it stands in the file).
    public var fingerprint: String
    public var fiscalYear: Int?
    public var departmentCode: String
    /// `040-阳泉市工业和信息化局`.
    public var department: String
    /// 项目名称 as written.
    public var project: String

    public init(key: String, fingerprint: String, fiscalYear: Int?, departmentCode: String, department: String, project: String) {
        self.key = key
        self.fingerprint = fingerprint
        self.fiscalYear = fiscalYear
        self.departmentCode = departmentCode
        self.department = department
        self.project = project
    }

    /// The identity of one form (no repeat suffix).
    public init(_ form: Form) {
        self.init(
            key: Self.baseKey(form), fingerprint: Self.fingerprint(form), fiscalYear: form.fiscalYear,
            departmentCode: form.department.code, department: form.department.display, project: form.project)
    }

    /// The identities of `forms`, in order, repeats numbered.
    public static func of(_ forms: [Form]) -> [FormIdentity] {
        var seen: [String: Int] = [:]
        return forms.map { f in
            var id = FormIdentity(f)
            let n = (seen[id.key] ?? 0) + 1
            seen[id.key] = n
            if n > 1 { id.key += "#\(n)" }
            return id
        }
    }

    /// `year|department code|folded project` (the department name when there is no code).
    public static func baseKey(_ form: Form) -> String {
        let year = form.fiscalYear.map(String.init) ?? ""
        let dept = form.department.code.isEmpty ? FormLookup.fold(form.department.name) : FormLookup.fold(form.department.code)
        return "\(year)|\(dept)|\(FormLookup.fold(form.project))"
    }

    /// FNV-1a (64 bit) over every field of the form in a fixed order, separated by U+001F;
    /// the source location and the reader's notes are left out.
    public static func fingerprint(_ form: Form) -> String {
        var h = FNV1a()
        h.add(form.title)
        h.add(form.fiscalYear.map(String.init) ?? "")
        for s in [form.project, form.department.code, form.department.name, form.implementingUnit, form.attribute, form.period] {
            h.add(s)
        }
        for side in Side.allCases {
            let f = form.funds[side]
            for v in [f.total, f.central, f.provincial, f.local, f.selfRaised, f.other] { h.add(v.map { String($0) } ?? "-") }
            h.add(form.goals[side])
            for i in form.indicators[side] {
                for s in [i.tier1, i.tier2, i.name, i.value] { h.add(s) }
            }
            for d in form.indicators.declared(side) { h.add(d.tier1); h.add(d.tier2) }
        }
        for (_, _, path) in Narrative.fields { h.add(form.narrative[keyPath: path]) }
        for s in [form.signoff.leader, form.signoff.handler, form.signoff.phone, form.signoff.filedAt] { h.add(s) }
        return h.hex
    }
}

/// Which finding a verdict is about, stable across re-exports of an unchanged form: the rule, the
/// side, and the finding's row counted from the form's first line (`funds-sum|annual|3`).
public struct FindingKey: Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ finding: Finding, in form: Form) {
        let row = max(0, finding.location.line - form.source.line)
        rawValue = "\(finding.rule.rawValue)|\(finding.side?.rawValue ?? "")|\(row)"
    }
    public var description: String { rawValue }
}

/// 64-bit FNV-1a over UTF-8, each field ended by U+001F.
struct FNV1a {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ s: String) {
        for b in s.utf8 { step(b) }
        step(0x1F)
    }
    private mutating func step(_ b: UInt8) {
        state ^= UInt64(b)
        state = state &* 0x0000_0100_0000_01B3
    }
    var hex: String {
        let s = String(state, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
