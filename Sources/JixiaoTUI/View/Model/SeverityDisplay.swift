import JixiaoKit

/// How a severity shows: a glyph that needs no colour (`NO_COLOR`), a word, and a style.
extension Severity {
    /// `✗` error, `!` warning, `·` info.
    var glyph: String {
        switch self {
        case .error: "✗"
        case .warning: "!"
        case .info: "·"
        }
    }

    var label: String {
        switch self {
        case .error: BrowserMessages.severityError()
        case .warning: BrowserMessages.severityWarning()
        case .info: BrowserMessages.severityInfo()
        }
    }

    var style: Style {
        switch self {
        case .error: Theme.error
        case .warning: Theme.warning
        case .info: Theme.muted
        }
    }
}

extension FindingSummary {
    /// The list's badge: the worst severity's glyph and the number of findings (`✗3`, `!1`);
    /// "" for none. Past 99 the count reads `99+`.
    var badge: String {
        guard let worst else { return "" }
        return worst.glyph + (count > 99 ? "99+" : String(count))
    }
}
