extension Rule {
    public static let readingWarning = Rule(
        "reading-warning", .warning, .reading,
        "A cell the reader could not place while reading the form (Form.readingNotes).",
        rationale: "Whatever the reader could not place is missing from every other check; a person has to look at that row of the file.")
}

/// What the reader said about the form.
enum ReadingRules {
    static func check(_ c: inout CheckContext) {
        guard c.enabled(.readingWarning) else { return }
        for note in c.form.readingNotes {
            c.report(.readingWarning, note.message, line: note.location.line)
        }
    }
}
