/// What the form's template prints, beyond its sides (`Form.sides`).
extension Form {
    /// Whether the form's template prints the five narratives (项目概况 … 项目实施计划): every
    /// two-sided form does, empty or not; the 88号 年度-only template prints none, and its
    /// empty narratives mean "not on this form", not "left blank". A 年度-only form that
    /// printed a narrative row anyway (its line is recorded) or holds narrative text counts as
    /// printing them.
    public var printsNarratives: Bool {
        hasSide(.implementation) || FormField.narratives.contains { fieldLines[$0] != nil }
            || Narrative.fields.contains { !narrative[keyPath: $0.path].isEmpty }
    }
}

extension FormField {
    /// The five narrative rows, in `Narrative.fields` order.
    public static let narratives: [FormField] = [.overview, .basis, .necessity, .safeguards, .plan]
}
