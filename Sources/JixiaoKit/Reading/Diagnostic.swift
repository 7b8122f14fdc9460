/// Something the reader wants a person to know: a file it could not read (error) or a cell it
/// could not place (warning). Nothing is dropped silently.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
        /// The word printed before the message: 警告/错误 (`warning`/`error` in English).
        public var label: String { (self == .warning ? KitMessages.warningWord : KitMessages.errorWord)() }
    }
    public var severity: Severity
    /// The file, and the line where one helps (`line == 0`: the whole file).
    public var location: SourceLocation
    /// The column (characters from 1) where one helps, as for a bad byte; 0 when none.
    public var column: Int
    public var message: String

    /// A message longer than this many bytes is cut to an excerpt (`Excerpt`): a diagnostic
    /// quoting a cell of 100 MB stays one short line.
    static let messageLimit = 400

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, column: Int = 0) {
        self.severity = severity
        self.location = location
        self.column = column
        self.message = message.utf8.count > Self.messageLimit ? Excerpt.of(message, columns: 160) : message
    }

    /// `file:line[:column]: severity: message` (no line part for whole-file messages).
    public var description: String {
        var place = location.line > 0 ? location.description : location.place
        if location.line > 0, column > 0 { place += ":\(column)" }
        return "\(place): \(severity.label): \(message)"
    }
}
