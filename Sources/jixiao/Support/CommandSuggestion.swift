import ArgumentParser
import Foundation

/// A mistyped subcommand (`jixiao chek FILE`) is a usage error with a suggestion, not a missing
/// file for the browser. A path that exists is always a path; a subcommand's exact name is
/// always the subcommand (argument-parser picks it before any path).
enum CommandSuggestion {
    /// The subcommands' names (`check`, `list` …).
    static var names: [String] {
        Jixiao.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// Throws a usage error when `paths[0]` does not exist and is a near miss of a subcommand.
    static func check(_ paths: [String], fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) throws {
        guard let first = paths.first, !fileExists(first), let name = suggestion(for: first) else { return }
        throw ValidationError(CLIMessages.unknownCommand(first, name))
    }

    /// The subcommand `word` most likely means: a bare word (no `/` or `.`) within one edit
    /// (two for names of five letters or more, a swap of neighbours counting one); nil otherwise.
    static func suggestion(for word: String) -> String? {
        let w = word.lowercased()
        guard !w.isEmpty, !w.contains("/"), !w.contains("."), w.count <= 12 else { return nil }
        let scored = names.map { ($0, distance(w, $0)) }.filter { name, d in d > 0 && d <= (name.count >= 5 ? 2 : 1) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Edit distance with adjacent transpositions (optimal string alignment).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}
