import Foundation

/// The language of every user-facing text: Chinese by default, English on request
/// (`--lang en` or `JIXIAO_LANG=en`). JSON keys are data and never translated.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// The language in force. Set once at start-up, before any thread reads it
    /// (`Language.configure`); everything else only reads it.
    nonisolated(unsafe) public private(set) static var current: Language = .zh

    /// Picks the language from an explicit choice (`--lang`), else `JIXIAO_LANG`, else Chinese.
    /// Unknown values fall back to Chinese.
    public static func configure(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        current = resolve(explicit: explicit, environment: environment)
    }

    /// The choice `configure` would make, without making it.
    public static func resolve(explicit: String?, environment: [String: String]) -> Language {
        for candidate in [explicit, environment["JIXIAO_LANG"]] {
            guard let c = candidate, !c.isEmpty else { continue }
            if let language = named(c) { return language }
        }
        return .zh
    }

    /// The language a `--lang` value or `JIXIAO_LANG` names (`en…`, `zh…`, `cn…`), or nil.
    public static func named(_ value: String) -> Language? {
        let v = value.lowercased()
        if v.hasPrefix("en") { return .en }
        if v.hasPrefix("zh") || v.hasPrefix("cn") { return .zh }
        return nil
    }

    /// For tests: runs `body` with `language` in force, then restores the previous one.
    /// Not thread-safe; tests that use it must not run concurrently with others reading texts.
    public static func with<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        let saved = current
        current = language
        defer { current = saved }
        return try body()
    }
}
