extension Rule {
    public static let readingWarning = Rule("reading-warning", .warning, .reading, .completeness)
}

/// What the reader said about the form.
enum ReadingRules {
    static func check(_ c: inout CheckContext) {
        guard c.enabled(.readingWarning) else { return }
        for note in c.form.readingNotes {
            c.report(.readingWarning, FindingText(.verbatim, note.message), line: note.location.line)
        }
    }
}
