extension Rule {
    public static let truncatedCell = Rule("truncated-cell", .warning, .truncation, .completeness)
    public static let goalTruncatedCopy = Rule("goal-truncated-copy", .warning, .truncation, .completeness)
}

/// Cells cut off by the export, found by comparing a side with the other.
enum TruncationRules {
    /// The shortest prefix worth calling a cut copy of a goal (shorter goals that happen to
    /// begin the other are just short goals).
    static let minimumGoalLength = 10

    static func check(_ c: inout CheckContext) {
        if c.enabled(.truncatedCell) { cells(&c) }
        if c.enabled(.goalTruncatedCopy) { goals(&c) }
    }

    private static func cells(_ c: inout CheckContext) {
        let table = c.form.indicators
        guard c.has(.implementation), c.has(.annual), !table.implementation.isEmpty, !table.annual.isEmpty else {
            c.cannotCheck(.truncatedCell, FindingText(.notCheckedNoBothSides))
            return
        }
        let implFacts = c.facts(.implementation), annualFacts = c.facts(.annual)
        for pair in c.pairing.pairs {
            guard let i = pair.implementation, let a = pair.annual else { continue }
            let impl = table.implementation[i], annual = table.annual[a]
            if let cut = pair.cutSide {
                let (short, long) = cut == .annual ? (annual, impl) : (impl, annual)
                let other: Side = cut == .annual ? .implementation : .annual
                c.report(.truncatedCell, cut, short, FindingText(.truncatedName, CheckText.quote(short.name), other.label, CheckText.quote(long.name)))
            }
            if let cut = cutSide(implFacts[i].value, annualFacts[a].value) {
                let (short, long) = cut == .annual ? (annual, impl) : (impl, annual)
                let other: Side = cut == .annual ? .implementation : .annual
                c.report(.truncatedCell, cut, short, FindingText(.truncatedValue, CheckText.quote(short.value), CheckText.quote(short.name), other.label, CheckText.quote(long.value)))
            }
        }
    }

    /// The side whose value is a strict prefix of the other's. A rest that starts with `/` is a
    /// unit refined (`3413.66万元` beside `3413.66万元/年`), not a cut.
    static func cutSide(_ impl: String, _ annual: String) -> Side? {
        guard !impl.isEmpty, !annual.isEmpty, impl.utf8.count != annual.utf8.count else { return nil }
        let (short, long, side): (String, String, Side) = impl.utf8.count < annual.utf8.count ? (impl, annual, .implementation) : (annual, impl, .annual)
        guard CheckText.isStrictPrefix(short, of: long) else { return nil }
        let rest = long.utf8.dropFirst(short.utf8.count)
        if rest.first == 0x2F || rest.starts(with: "／".utf8) { return nil }
        return side
    }

    private static func goals(_ c: inout CheckContext) {
        let impl = c.implementationGoal, annual = c.annualGoal
        guard c.has(.implementation), c.has(.annual), !impl.isEmpty, !annual.isEmpty else {
            c.cannotCheck(.goalTruncatedCopy, FindingText(.notCheckedNoGoal))
            return
        }
        guard impl.utf8.count != annual.utf8.count else { return }
        let (short, long, side): (String, String, Side) = annual.utf8.count < impl.utf8.count ? (annual, impl, .annual) : (impl, annual, .implementation)
        guard CheckText.isStrictPrefix(short, of: long), short.unicodeScalars.count >= minimumGoalLength else { return }
        let other: Side = side == .annual ? .implementation : .annual
        let tail = String(String.UnicodeScalarView(short.unicodeScalars.suffix(12)))
        c.report(.goalTruncatedCopy, FindingText(.goalTruncatedCopy, side.label, other.label, CheckText.quote("…" + tail),
                                                  short.unicodeScalars.count, long.unicodeScalars.count), line: c.line(.goals), side: side)
    }
}
