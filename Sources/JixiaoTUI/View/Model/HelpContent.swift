/// The help's lines, generated from `KeyMap.bindings` (the same table the keys are looked up
/// in), so the help cannot drift from what the keys do.
enum HelpContent {
    struct Line {
        var keys: String
        var text: String
        var isHeading: Bool
    }

    /// In the current language (so not stored).
    static var lines: [Line] {
        var out: [Line] = []
        for (context, bindings) in KeyMap.sections {
            if !out.isEmpty { out.append(Line(keys: "", text: "", isHeading: false)) }
            out.append(Line(keys: "", text: context.title, isHeading: true))
            for b in bindings { out.append(Line(keys: b.keyNames, text: b.summary, isHeading: false)) }
        }
        return out
    }
}
