/// One 三级 indicator on one side: its tiers as printed and its 指标值.
public struct Indicator: Sendable, Equatable {
    /// 一级 label as printed, whitespace removed (`产出指标`), or the inferred one.
    public var tier1: String {
        get { tiers.tier1 }
        set { tiers = TierLabels(newValue, tiers.tier2) }
    }
    /// 二级 label as printed, whitespace removed (`经济效益` stays `经济效益`).
    public var tier2: String {
        get { tiers.tier2 }
        set { tiers = TierLabels(tiers.tier1, newValue) }
    }
    /// 三级: the indicator's name, kept as written (may be cut off).
    public var name: String
    /// 指标值, kept as written.
    public var value: String
    /// Where the row stands in the file.
    public var line: Int
    /// Both tiers in one shared object: the reader gives every indicator under one 二级 the
    /// same pair, so an indicator holds one reference instead of two Strings (24 bytes less
    /// each: 60 MB at 100,000 forms).
    var tiers: TierLabels

    public init(tier1: String, tier2: String, name: String, value: String, line: Int = 0) {
        self.init(tiers: TierLabels(tier1, tier2), name: name, value: value, line: line)
    }

    init(tiers: TierLabels, name: String, value: String, line: Int) {
        self.name = name
        self.value = value
        self.line = line
        self.tiers = tiers
    }

    /// The canonical 一级 tier, for grouping.
    public var tier1Kind: Tier1? { Tier1(label: tier1) }
    /// The canonical 二级 tier, for grouping (`经济效益` and `经济效益指标` are one).
    public var tier2Kind: Tier2? { Tier2(label: tier2) }
    /// The value split into comparator, number and unit, where it has that shape.
    public var parsedValue: ParsedValue? { ParsedValue(value) }
}

/// A 二级 label that a side printed, with or without indicators under it.
/// An empty one (`经济 效益` with nothing under it) is a declaration, not an indicator; one
/// followed by `本项目不适用此指标 | 无` declares the tier not applicable (`notApplicable`).
public struct TierDeclaration: Sendable, Equatable {
    public var tier1: String { tiers.tier1 }
    public var tier2: String { tiers.tier2 }
    public var line: Int
    /// The printed words declaring the tier not applicable, as `本项目不适用此指标 | 无`; nil
    /// for a plain declaration.
    public var notApplicable: String? {
        get { words?.text }
        set { words = newValue.map(NotApplicableWords.init) }
    }
    /// Both tiers, shared as in `Indicator`.
    var tiers: TierLabels
    /// `notApplicable` behind one reference, nil for most declarations: a `String?` took 16
    /// bytes in every declaration (32 bytes each against 24; about 12 MB at 100,000 forms).
    private var words: NotApplicableWords?

    public init(tier1: String, tier2: String, line: Int, notApplicable: String? = nil) {
        self.init(tiers: TierLabels(tier1, tier2), line: line, notApplicable: notApplicable)
    }

    init(tiers: TierLabels, line: Int, notApplicable: String? = nil) {
        self.line = line
        self.tiers = tiers
        self.notApplicable = notApplicable
    }

    public static func == (a: TierDeclaration, b: TierDeclaration) -> Bool {
        a.line == b.line && a.tiers == b.tiers && a.notApplicable == b.notApplicable
    }
}

/// The words of a tier declared not applicable (`TierDeclaration.notApplicable`), immutable.
final class NotApplicableWords: Sendable {
    let text: String
    init(_ text: String) { self.text = text }
}

/// A 一级 and a 二级 label, immutable and shared by the indicators and declarations that
/// carry them (a pair is replaced, never changed, when one of them is set).
final class TierLabels: Sendable, Equatable {
    let tier1: String
    let tier2: String

    init(_ tier1: String, _ tier2: String) {
        self.tier1 = tier1
        self.tier2 = tier2
    }

    static func == (a: TierLabels, b: TierLabels) -> Bool {
        a === b || (a.tier1 == b.tier1 && a.tier2 == b.tier2)
    }
}

/// Both sides of the indicator table.
public struct IndicatorTable: Sendable, Equatable {
    public var implementation: [Indicator]
    public var annual: [Indicator]
    /// Every 二级 label each side printed, in order (including ones with no indicators); a side
    /// that printed none has no key — and a side set to an empty list reads back as none (the
    /// two compare equal). Made on each read: `declared(_:)` reads one side without making a
    /// dictionary.
    public var declarations: [Side: [TierDeclaration]] {
        get {
            var d: [Side: [TierDeclaration]] = [:]
            if !declaredImplementation.isEmpty { d[.implementation] = declaredImplementation }
            if !declaredAnnual.isEmpty { d[.annual] = declaredAnnual }
            return d
        }
        set {
            declaredImplementation = newValue[.implementation] ?? []
            declaredAnnual = newValue[.annual] ?? []
        }
    }
    /// The declarations by side, as two arrays: a dictionary of two keys cost 112 bytes a
    /// form (11 MB at 100,000 forms), and a copy of it at every change through its values.
    var declaredImplementation: [TierDeclaration] = []
    var declaredAnnual: [TierDeclaration] = []

    public init(implementation: [Indicator] = [], annual: [Indicator] = [], declarations: [Side: [TierDeclaration]] = [:]) {
        self.implementation = implementation
        self.annual = annual
        self.declarations = declarations
    }

    /// The 二级 labels `side` printed, in order (`declarations[side] ?? []`).
    public func declared(_ side: Side) -> [TierDeclaration] {
        side == .implementation ? declaredImplementation : declaredAnnual
    }

    public subscript(side: Side) -> [Indicator] {
        get { side == .implementation ? implementation : annual }
        set { if side == .implementation { implementation = newValue } else { annual = newValue } }
    }

    /// Indicators on both sides.
    public var count: Int { implementation.count + annual.count }

    /// The tiers `side` declared not applicable (`本项目不适用此指标 | 无`).
    public func notApplicable(_ side: Side) -> [TierDeclaration] {
        declared(side).filter { $0.notApplicable != nil }
    }
}
