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

    /// `template` with `{1}` … `{9}` replaced by the arguments, in one pass over its UTF-8
    /// bytes (an argument's own text is never searched; Foundation's `replacingOccurrences` cost
    /// seconds on 10,000 forms' findings). A placeholder without an argument stays as written.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty else { return template }
        var bytes: [UInt8] = []
        var filled = false
        template.utf8.withContiguousStorageIfAvailable { t in
            bytes.reserveCapacity(t.count + arguments.reduce(0) { $0 + $1.utf8.count })
            var i = 0
            while i < t.count {
                if t[i] == 0x7B, i + 2 < t.count, t[i + 2] == 0x7D, t[i + 1] >= 0x31, t[i + 1] <= 0x39 {
                    let k = Int(t[i + 1] - 0x31)
                    if k < arguments.count {
                        bytes += arguments[k].utf8
                        i += 3
                        continue
                    }
                }
                bytes.append(t[i])
                i += 1
            }
            filled = true
        }
        guard filled else {
            var out = template
            for (i, a) in arguments.enumerated() { out = out.replacingOccurrences(of: "{\(i + 1)}", with: a) }
            return out
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
