extension Rule {
    public static let goalImplementationEmpty = Rule("goal-implementation-empty", .error, .narratives, .completeness)
    public static let goalAnnualEmpty = Rule("goal-annual-empty", .error, .narratives, .completeness)
    public static let narrativeEmpty = Rule("narrative-empty", .warning, .narratives, .completeness)
    public static let narrativeDuplicate = Rule("narrative-duplicate", .warning, .narratives, .feasibility)
    public static let goalCopiesNarrative = Rule("goal-copies-narrative", .info, .narratives, .completeness)
}

/// 项目概况 … 项目实施计划 and 总体目标.
enum NarrativeRules {
    static let fieldOf = FormField.narratives

    static func check(_ c: inout CheckContext) {
        let texts = c.narratives
        let goals = (impl: c.implementationGoal, annual: c.annualGoal)
        let goalLine = c.line(.goals)

        for (side, goal, rule) in [(Side.implementation, goals.impl, Rule.goalImplementationEmpty), (.annual, goals.annual, .goalAnnualEmpty)] {
            guard c.enabled(rule) else { continue }
            if c.has(side), goal.isEmpty {
                c.report(rule, FindingText(.goalEmpty, side.label), line: goalLine, side: side)
            }
        }
        // The 88号 年度-only template prints no narrative block at all: nothing to be empty then.
        if c.enabled(.narrativeEmpty), c.form.printsNarratives {
            for (k, field) in Narrative.fields.enumerated() where texts[k].isEmpty {
                c.report(.narrativeEmpty, FindingText(.narrativeEmpty, field.label), line: c.line(fieldOf[k]))
            }
        }
        if c.enabled(.narrativeDuplicate) {
            // Five fields: compare each with the ones after it (bytes, length first).
            var grouped = [Bool](repeating: false, count: texts.count)
            for k in texts.indices where !grouped[k] && !texts[k].isEmpty {
                var members = [k]
                for j in (k + 1)..<texts.count where !grouped[j] && CheckText.same(texts[k], texts[j]) {
                    members.append(j)
                    grouped[j] = true
                }
                guard members.count > 1 else { continue }
                let labels = members.map { Narrative.fields[$0].label }
                let count: any FindingTextArgument = members.count == Narrative.fields.count ? FindingText(.allFields, members.count) : members.count
                c.report(.narrativeDuplicate, FindingText(.narrativeDuplicate, count, CheckText.list(labels), CheckText.quote(texts[k], limit: 20)),
                         line: c.line(fieldOf[members[1]]))
            }
        }
        if c.enabled(.goalCopiesNarrative) {
            let sameGoals = CheckText.same(goals.impl, goals.annual)
            for (goal, side) in [(goals.impl, Side.implementation), (goals.annual, Side.annual)] where !goal.isEmpty && c.has(side) {
                if side == .annual, sameGoals { break }
                guard let k = texts.firstIndex(where: { CheckText.same($0, goal) }) else { continue }
                let label = Narrative.fields[k].label
                let text = sameGoals ? FindingText(.goalsCopyNarrative, label) : FindingText(.goalCopiesNarrative, side.label, label)
                c.report(.goalCopiesNarrative, text, line: goalLine, side: sameGoals ? nil : side)
            }
        }
    }
}
