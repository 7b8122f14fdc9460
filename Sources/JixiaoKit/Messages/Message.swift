import Foundation

/// One user-facing text in both languages. `{1}`, `{2}` … are filled by `MessageKey.callAsFunction`.
public struct Message: Sendable, Equatable {
    public let zh: String
    public let en: String
    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language = .current) -> String { language == .en ? en : zh }
}

/// A catalog of messages: an enum whose cases are the keys and whose `catalog` holds each key's
/// text in both languages. Each area keeps its catalog in one file named `…Messages.swift`;
/// `MessageCatalogTests` fails when a key has no entry or an empty language.
///
///     enum BrowserMessages: String, MessageKey {
///         case noMatch
///         static let catalog: [Self: Message] = [
///             .noMatch: Message("没有匹配“{1}”的项目", "No project matches “{1}”"),
///         ]
///     }
///     BrowserMessages.noMatch("公交")   // 没有匹配“公交”的项目
public protocol MessageKey: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    static var catalog: [Self: Message] { get }
}

extension MessageKey {
    /// The message of this key (an empty one when missing, which the catalog test reports).
    public var message: Message { Self.catalog[self] ?? Message("", "") }

    /// The text in the current language with `{1}`, `{2}` … replaced by `arguments`.
    public func callAsFunction(_ arguments: CustomStringConvertible...) -> String {
        Self.fill(message.text(), arguments.map(\.description))
    }

    /// The text in `language`, filled.
    public func text(_ language: Language, _ arguments: CustomStringConvertible...) -> String {
        Self.fill(message.text(language), arguments.map(\.description))
    }

    /// The keys whose entry is missing or has an empty language, and the keys whose two
    /// languages use different placeholders (for the catalog test).
    public static var catalogProblems: [String] {
        var problems: [String] = []
        for key in allCases {
            guard let m = catalog[key] else { problems.append("\(Self.self).\(key.rawValue): no entry"); continue }
            if m.zh.isEmpty { problems.append("\(Self.self).\(key.rawValue): no Chinese text") }
            if m.en.isEmpty { problems.append("\(Self.self).\(key.rawValue): no English text") }
            if placeholders(m.zh) != placeholders(m.en) {
                problems.append("\(Self.self).\(key.rawValue): placeholders differ")
            }
        }
        return problems
    }

    static func placeholders(_ s: String) -> Set<Int> {
        var found: Set<Int> = []
        for n in 1...9 where s.contains("{\(n)}") { found.insert(n) }
        return found
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var out = template
        for (i, a) in arguments.enumerated() {
            out = out.replacingOccurrences(of: "{\(i + 1)}", with: a)
        }
        return out
    }
}
