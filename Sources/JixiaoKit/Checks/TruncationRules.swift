extension Rule {
    public static let truncatedCell = Rule(
        "truncated-cell", .warning, .truncation,
        "A cell that is a strict prefix of the matching cell on the other side (`完成资金支付时` for `完成资金支付时间`).",
        rationale: "The export cut the cell off; the other side shows what was meant. The cut text is what the form says, so it should be corrected before the form is approved — but the meaning is recoverable, hence a warning.")
    public static let goalTruncatedCopy = Rule(
        "goal-truncated-copy", .warning, .truncation,
        "One 总体目标 is a cut-off copy of the other (the 年度目标 stops mid-sentence where the 实施期目标 goes on).",
        rationale: "The goal was pasted from the other side and lost its end; the year's goal as filed does not say what the project will achieve.")
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
        guard !table.implementation.isEmpty, !table.annual.isEmpty else { return }
        let implFacts = c.facts(.implementation), annualFacts = c.facts(.annual)
        for pair in c.pairing.pairs {
            guard let i = pair.implementation, let a = pair.annual else { continue }
            let impl = table.implementation[i], annual = table.annual[a]
            if let cut = pair.cutSide {
                let (short, long) = cut == .annual ? (annual, impl) : (impl, annual)
                let other: Side = cut == .annual ? .implementation : .annual
                c.report(.truncatedCell, cut, short, "三级指标 \(CheckText.quote(short.name)) is cut short; \(other.label) reads \(CheckText.quote(long.name))")
            }
            if let cut = cutSide(implFacts[i].value, annualFacts[a].value) {
                let (short, long) = cut == .annual ? (annual, impl) : (impl, annual)
                let other: Side = cut == .annual ? .implementation : .annual
                c.report(.truncatedCell, cut, short, "指标值 \(CheckText.quote(short.value)) of \(CheckText.quote(short.name)) is cut short; \(other.label) reads \(CheckText.quote(long.value))")
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
        guard !impl.isEmpty, !annual.isEmpty, impl.utf8.count != annual.utf8.count else { return }
        let (short, long, side): (String, String, Side) = annual.utf8.count < impl.utf8.count ? (annual, impl, .annual) : (impl, annual, .implementation)
        guard CheckText.isStrictPrefix(short, of: long), short.unicodeScalars.count >= minimumGoalLength else { return }
        let other: Side = side == .annual ? .implementation : .annual
        let tail = String(String.UnicodeScalarView(short.unicodeScalars.suffix(12)))
        c.report(.goalTruncatedCopy, "\(side.label)目标 is a cut-off copy of the \(other.label)目标: it stops after \(CheckText.quote("…" + tail)) (\(short.unicodeScalars.count) of \(long.unicodeScalars.count) characters)", side: side)
    }
}
