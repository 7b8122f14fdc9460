/// Something the reader wants a person to know: a file it could not read (error) or a cell it
/// could not place (warning). Nothing is dropped silently.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }
    public var severity: Severity
    /// The file, and the line where one helps (`line == 0`: the whole file).
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line: severity: message` (no line part for whole-file messages).
    public var description: String {
        let place = location.line > 0 ? location.description : location.place
        return "\(place): \(severity.rawValue): \(message)"
    }
}
