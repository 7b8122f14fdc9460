/// One 项目支出绩效目标表, read from the text export or a workbook (docs/format.md).
///
/// Every text field holds the text as printed (HTML tags stripped from narratives); nothing is
/// sanitized here — sanitizing for a terminal happens at the edge (`Sanitizer`).
public struct Form: Sendable, Equatable {
    /// The title line, e.g. `阳泉市市级预算部门（单位）项目支出绩效目标表`.
    public var title: String
    /// The year of the `（2026年度）` line, when there was one.
    public var fiscalYear: Int?
    /// 项目名称, kept as written (it may repeat itself).
    public var project: String
    /// 主管部门及代码, split into code and name.
    public var department: Department
    /// 实施单位.
    public var implementingUnit: String
    /// 项目属性, e.g. `经常性项目（长期开展）`.
    public var attribute: String
    /// 项目来源 (the 88号 template prints it in place of 项目属性), e.g. `本级申报项目`.
    public var origin: String = ""
    /// 项目责任人 (88号 template), as written after its label; usually empty.
    public var owner: String = ""
    /// 单位（盖章） (88号 template), as written after its label; usually empty.
    public var sealUnit: String = ""
    /// The sides the form prints, in order: both for the usual layout, `[.annual]` for a form
    /// that prints a 年度 side only (the 88号 template filled for one year). Fields of a side
    /// the form does not print stay empty and mean "not on this form", not "left blank".
    public var sides: [Side] = Side.allCases
    /// 项目期, e.g. `99年`.
    public var period: String
    /// 项目资金 for both sides, in 元 (the printed unit is `funds.unit`).
    public var funds: Funds
    /// The five narrative fields.
    public var narrative: Narrative
    /// 总体目标 for the implementation period and the year.
    public var goals: Goals
    /// The indicator table, both sides.
    public var indicators: IndicatorTable
    /// The sign-off row.
    public var signoff: Signoff
    /// Where the form starts (its title line, or first row when untitled).
    public var source: SourceLocation
    /// What the reader could not place in this form (cells that fit no rule), with lines.
    public var readingNotes: [Diagnostic] = []
    /// The line each field was read from (findings point at it); a field not printed has none.
    public var fieldLines = FieldLines()

    public init(
        title: String = "", fiscalYear: Int? = nil, project: String = "",
        department: Department = Department(), implementingUnit: String = "",
        attribute: String = "", period: String = "", funds: Funds = Funds(),
        narrative: Narrative = Narrative(), goals: Goals = Goals(),
        indicators: IndicatorTable = IndicatorTable(), signoff: Signoff = Signoff(),
        source: SourceLocation = SourceLocation(file: "", line: 0)
    ) {
        self.title = title
        self.fiscalYear = fiscalYear
        self.project = project
        self.department = department
        self.implementingUnit = implementingUnit
        self.attribute = attribute
        self.period = period
        self.funds = funds
        self.narrative = narrative
        self.goals = goals
        self.indicators = indicators
        self.signoff = signoff
        self.source = source
    }

    /// Whether the form prints `side` (a 年度-only form has no 实施期).
    public func hasSide(_ side: Side) -> Bool { sides.contains(side) }
}

/// A field of the form whose line the reader records (`Form.fieldLines`).
public enum FormField: String, Sendable, Hashable, CaseIterable {
    case project, department, attribute, period
    /// The 资金总额 row.
    case fundsTotal
    case overview, basis, necessity, safeguards, plan
    /// The 总体目标 row (both sides' goals).
    case goals
    /// 填报日期 (the sign-off row).
    case filedAt

    /// Hashed by its case: the default for a String-backed enum hashes the raw String.
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// The case's place in `allCases`.
    var ordinal: Int {
        switch self {
        case .project: return 0
        case .department: return 1
        case .attribute: return 2
        case .period: return 3
        case .fundsTotal: return 4
        case .overview: return 5
        case .basis: return 6
        case .necessity: return 7
        case .safeguards: return 8
        case .plan: return 9
        case .goals: return 10
        case .filedAt: return 11
        }
    }
}

/// The line of each `FormField` a form printed (`fieldLines[.project]`), stored inline: a
/// `[FormField: Int]` cost a hash table of about 250 bytes a form (25 MB at 100,000 forms)
/// and hashing on every access.
public struct FieldLines: Sendable, Equatable {
    /// Lines by `FormField.ordinal`; `Int.min` where the field has none.
    private var lines = InlineArray<12, Int>(repeating: Int.min)

    public init() {}

    public subscript(field: FormField) -> Int? {
        get {
            let line = lines[field.ordinal]
            return line == Int.min ? nil : line
        }
        set { lines[field.ordinal] = newValue ?? Int.min }
    }

    /// Moves every line by `offset`.
    mutating func shift(by offset: Int) {
        for i in lines.indices where lines[i] != Int.min { lines[i] += offset }
    }

    public static func == (a: FieldLines, b: FieldLines) -> Bool {
        for i in a.lines.indices where a.lines[i] != b.lines[i] { return false }
        return true
    }
}

/// 主管部门及代码: `906-社保科` → code `906`, name `社保科`.
public struct Department: Sendable, Equatable, Hashable {
    public var code: String
    public var name: String
    public init(code: String = "", name: String = "") {
        self.code = code
        self.name = name
    }
    /// `code-name`, or whichever part exists.
    public var display: String {
        if code.isEmpty { return name }
        if name.isEmpty { return code }
        return "\(code)-\(name)"
    }
}

/// A file position: the file as given on the command line, the sheet for a workbook, and a
/// 1-based line (a text line, or a sheet's row number as the spreadsheet shows it).
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// The worksheet's name when the file is a workbook, else nil.
    public var sheet: String?
    public init(file: String, line: Int, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.sheet = sheet
    }
    /// The file with its sheet: `预算.xlsx[公交]`, or the file alone.
    public var place: String { sheet.map { "\(file)[\($0)]" } ?? file }
    /// `file:line`, or `预算.xlsx[公交]:12` in a workbook.
    public var description: String { "\(place):\(line)" }
    /// The same file and sheet at another line.
    public func at(line: Int) -> SourceLocation { SourceLocation(file: file, line: line, sheet: sheet) }
}

/// The two columns of a form: 实施期 (implementation period) and 年度 (the year).
public enum Side: String, Sendable, CaseIterable, Hashable {
    case implementation
    case annual

    /// The Chinese name printed on the form.
    public var label: String { self == .implementation ? "实施期" : "年度" }

    /// Hashed by its case, not its raw String (see `FormField.hash(into:)`).
    public func hash(into hasher: inout Hasher) { hasher.combine(self == .implementation ? 0 : 1) }
}

/// One side of 项目资金, in 元 whatever unit the form printed. `nil` means the cell was empty
/// ("not given"), not zero.
///
/// Stored as seven `Double`s and a bit for each saying whether it is given: seven `Double?`
/// took 16 bytes each (a byte of tag padded to eight), 112 bytes a side against 64 — about
/// 10 MB at 100,000 forms. The properties read and write as `Double?` all the same.
public struct FundsSide: Sendable, Equatable {
    /// The amounts by slot (`Slot`); 0 where not given.
    private var amounts = InlineArray<7, Double>(repeating: 0)
    /// Bit `slot` set: the amount of that slot is given.
    private var given: UInt8 = 0

    /// The slot of each amount in `amounts`.
    private enum Slot {
        static let total = 0, fiscal = 1, central = 2, provincial = 3, local = 4, selfRaised = 5, other = 6
    }

    private subscript(slot: Int) -> Double? {
        get { given & (1 << slot) != 0 ? amounts[slot] : nil }
        set {
            if let newValue {
                amounts[slot] = newValue
                given |= 1 << slot
            } else {
                amounts[slot] = 0
                given &= ~(1 << slot)
            }
        }
    }

    public var total: Double? {
        get { self[Slot.total] }
        set { self[Slot.total] = newValue }
    }
    /// 其中：财政拨款 (the 88号 template's line; the sample's layout splits it into central,
    /// provincial and local instead).
    public var fiscal: Double? {
        get { self[Slot.fiscal] }
        set { self[Slot.fiscal] = newValue }
    }
    public var central: Double? {
        get { self[Slot.central] }
        set { self[Slot.central] = newValue }
    }
    public var provincial: Double? {
        get { self[Slot.provincial] }
        set { self[Slot.provincial] = newValue }
    }
    public var local: Double? {
        get { self[Slot.local] }
        set { self[Slot.local] = newValue }
    }
    public var selfRaised: Double? {
        get { self[Slot.selfRaised] }
        set { self[Slot.selfRaised] = newValue }
    }
    public var other: Double? {
        get { self[Slot.other] }
        set { self[Slot.other] = newValue }
    }

    public init(
        total: Double? = nil, central: Double? = nil, provincial: Double? = nil,
        local: Double? = nil, selfRaised: Double? = nil, other: Double? = nil
    ) {
        self.total = total
        self.central = central
        self.provincial = provincial
        self.local = local
        self.selfRaised = selfRaised
        self.other = other
    }

    /// Equal as the seven `Double?` are: the same amounts given, equal where given (a NaN
    /// equals nothing, as in an Optional).
    public static func == (a: FundsSide, b: FundsSide) -> Bool {
        guard a.given == b.given else { return false }
        for slot in 0..<7 where a.given & (1 << slot) != 0 && !(a.amounts[slot] == b.amounts[slot]) { return false }
        return true
    }

    /// Every source line a form may print, in print order: `sources` and 财政拨款 before them.
    nonisolated(unsafe) public static let allSources: [(key: String, label: String, path: WritableKeyPath<FundsSide, Double?>)] =
        [("fiscal", "财政拨款", \.fiscal)] + sources

    /// The sources of the sample's layout in print order, with their labels and JSON keys
    /// (`allSources` adds 财政拨款).
    nonisolated(unsafe) public static let sources: [(key: String, label: String, path: WritableKeyPath<FundsSide, Double?>)] = [
        ("central", "中央财政资金", \.central),
        ("provincial", "省级财政资金", \.provincial),
        ("local", "市县（区）财政资金", \.local),
        ("selfRaised", "单位自筹", \.selfRaised),
        ("other", "其他资金", \.other),
    ]
}

/// The unit a form printed its funds in: `项目资金（元）` or `项目资金（万元）`.
public enum FundsUnit: String, Sendable, CaseIterable {
    case yuan = "元"
    case tenThousandYuan = "万元"

    /// How many 元 one printed unit is.
    public var yuan: Double { self == .yuan ? 1 : 10_000 }

    /// A printed amount in 元, rounded to the fen: `120.50` 万元 → 1205000.
    public func toYuan(_ printed: Double) -> Double {
        self == .yuan ? printed : (printed * yuan * 100).rounded() / 100
    }
}

/// 项目资金 for both sides, in 元; `unit` is the unit the form printed.
public struct Funds: Sendable, Equatable {
    public var implementation: FundsSide
    public var annual: FundsSide
    /// The printed unit (amounts above are converted from it).
    public var unit: FundsUnit
    public init(implementation: FundsSide = FundsSide(), annual: FundsSide = FundsSide(), unit: FundsUnit = .yuan) {
        self.implementation = implementation
        self.annual = annual
        self.unit = unit
    }
    public subscript(side: Side) -> FundsSide {
        get { side == .implementation ? implementation : annual }
        set { if side == .implementation { implementation = newValue } else { annual = newValue } }
    }
}

/// The narrative block.
public struct Narrative: Sendable, Equatable {
    /// 项目概况
    public var overview: String
    /// 立项依据
    public var basis: String
    /// 项目设立必要性
    public var necessity: String
    /// 保证项目实施的制度、措施
    public var safeguards: String
    /// 项目实施计划
    public var plan: String
    public init(overview: String = "", basis: String = "", necessity: String = "", safeguards: String = "", plan: String = "") {
        self.overview = overview
        self.basis = basis
        self.necessity = necessity
        self.safeguards = safeguards
        self.plan = plan
    }

    /// The fields in print order: JSON key, printed label, key path.
    nonisolated(unsafe) public static let fields: [(key: String, label: String, path: WritableKeyPath<Narrative, String>)] = [
        ("overview", "项目概况", \.overview),
        ("basis", "立项依据", \.basis),
        ("necessity", "项目设立必要性", \.necessity),
        ("safeguards", "保证项目实施的制度、措施", \.safeguards),
        ("plan", "项目实施计划", \.plan),
    ]
}

/// 总体目标 of both sides; the annual one may be empty.
public struct Goals: Sendable, Equatable {
    public var implementation: String
    public var annual: String
    public init(implementation: String = "", annual: String = "") {
        self.implementation = implementation
        self.annual = annual
    }
    public subscript(side: Side) -> String {
        side == .implementation ? implementation : annual
    }
}

/// The sign-off row; values kept as written (a malformed date stays malformed).
public struct Signoff: Sendable, Equatable {
    /// 负责人
    public var leader: String
    /// 经办人
    public var handler: String
    /// 联系电话
    public var phone: String
    /// 填报日期, e.g. `20251230094312`.
    public var filedAt: String
    public init(leader: String = "", handler: String = "", phone: String = "", filedAt: String = "") {
        self.leader = leader
        self.handler = handler
        self.phone = phone
        self.filedAt = filedAt
    }
}
