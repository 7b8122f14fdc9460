extension Rule {
    public static let goalImplementationEmpty = Rule(
        "goal-implementation-empty", .error, .narratives,
        "The 实施期目标 (总体目标 of the implementation period) is empty.",
        rationale: "完整性: the overall goal is what the indicators break down; a form without it has targets with no stated purpose.")
    public static let goalAnnualEmpty = Rule(
        "goal-annual-empty", .error, .narratives,
        "The 年度目标 is empty.",
        rationale: "完整性: the year's goal is what the year's budget buys and what is assessed at the end of the year; the form leaves it open.")
    public static let narrativeEmpty = Rule(
        "narrative-empty", .warning, .narratives,
        "One of 项目概况, 立项依据, 项目设立必要性, 保证项目实施的制度、措施, 项目实施计划 is empty.",
        rationale: "完整性: each field answers a question the reviewer must ask (what, on what basis, why, how safeguarded, when); an empty one is an unanswered question.")
    public static let narrativeDuplicate = Rule(
        "narrative-duplicate", .warning, .narratives,
        "Two or more narrative fields hold the same text.",
        rationale: "Each field answers a different question; the same text pasted into several of them answers at most one, and signals a form filled in by copy-paste.")
    public static let goalCopiesNarrative = Rule(
        "goal-copies-narrative", .info, .narratives,
        "A 总体目标 repeats a narrative field word for word.",
        rationale: "A goal states what will be achieved; a copy of the overview or the rationale usually describes the project instead. Worth a look, not wrong in itself.")
}

/// 项目概况 … 项目实施计划 and 总体目标.
enum NarrativeRules {
    static func check(_ c: inout CheckContext) {
        let texts = c.narratives
        let goals = (impl: c.implementationGoal, annual: c.annualGoal)

        if c.enabled(.goalImplementationEmpty), goals.impl.isEmpty {
            c.report(.goalImplementationEmpty, "实施期目标 is empty", side: .implementation)
        }
        if c.enabled(.goalAnnualEmpty), goals.annual.isEmpty {
            c.report(.goalAnnualEmpty, "年度目标 is empty", side: .annual)
        }
        if c.enabled(.narrativeEmpty) {
            for (k, field) in Narrative.fields.enumerated() where texts[k].isEmpty {
                c.report(.narrativeEmpty, "\(field.label) is empty")
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
                let count = members.count == Narrative.fields.count ? "all \(members.count)" : "\(members.count)"
                c.report(.narrativeDuplicate, "\(count) narrative fields hold the same text: \(labels.joined(separator: ", ")) (\(CheckText.quote(texts[k], limit: 20)))")
            }
        }
        if c.enabled(.goalCopiesNarrative) {
            let sameGoals = CheckText.same(goals.impl, goals.annual)
            for (goal, side) in [(goals.impl, Side.implementation), (goals.annual, Side.annual)] where !goal.isEmpty {
                if side == .annual, sameGoals { break }
                guard let k = texts.firstIndex(where: { CheckText.same($0, goal) }) else { continue }
                let which = sameGoals ? "实施期目标 and 年度目标 repeat" : "\(side.label)目标 repeats"
                c.report(.goalCopiesNarrative, "\(which) \(Narrative.fields[k].label) word for word", side: sameGoals ? nil : side)
            }
        }
    }
}
