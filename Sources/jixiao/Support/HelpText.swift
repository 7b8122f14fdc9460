import ArgumentParser
import Foundation
import JixiaoKit

/// argument-parser's help and usage-error screens in the current language, wrapped by display
/// width. argument-parser builds them in English and counts characters, breaking only at
/// spaces — Chinese would run past the edge. So the help comes here unwrapped (rendered at a
/// huge width), its frame words (`OVERVIEW:`, `(default: …)`, `Error:` …) are swapped for the
/// catalog's (`CLIMessages.help…`, `error…`), and each line is wrapped again with
/// `TextLayout.wrap` under its own indent (the option column stays at 26).
enum HelpText {
    /// The width argument-parser renders help at before this wraps it (never reached).
    static let unwrapped = 100_000
    /// argument-parser's column of option and subcommand abstracts.
    static let labelColumn = 26

    /// Whether a clean exit's text is a help screen (`--help`, `-h`, `help CMD`), not a
    /// completion script nor `--experimental-dump-help`'s JSON: argument-parser's help screens
    /// start with one of these two words (its errors don't tell a help request apart).
    static func isHelp(_ text: String) -> Bool {
        text.hasPrefix(CLIMessages.helpOverview.text(.en)) || text.hasPrefix(CLIMessages.helpUsage.text(.en))
    }

    /// The help screen `raw` (argument-parser's, rendered at `unwrapped`) at `width`.
    static func help(_ raw: String, width: Int) -> String {
        raw.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line(String($0), width: max(40, width)) }
            .joined(separator: "\n")
    }

    /// A usage error (`Error: …`, `Help: …`, `Usage: …`, `See '…' for more information.`) in
    /// the current language; not wrapped (a terminal wraps it; scripts may grep it).
    static func error(_ raw: String) -> String {
        raw.split(separator: "\n", omittingEmptySubsequences: false).map { errorLine(String($0)) }.joined(separator: "\n")
    }

    private static func line(_ line: String, width: Int) -> [String] {
        let english = { (key: CLIMessages) in key.text(.en) }
        for (key, hanging) in [(CLIMessages.helpOverview, false), (.helpUsage, true)] where line.hasPrefix(english(key)) {
            return hang(key(), String(line.dropFirst(english(key).count)), indent: hanging ? DisplayWidth.of(key()) : 0, width: width)
        }
        for key in [CLIMessages.helpArguments, .helpOptions, .helpSubcommands] where line == english(key) { return [key()] }
        if let m = line.wholeMatch(of: #/  See '(.*) <subcommand>' for detailed help\./#) {
            return hang("  ", CLIMessages.helpSeeSubcommand(String(m.1)), indent: 2, width: width)
        }
        let chars = Array(line)
        if chars.count > labelColumn, line.hasPrefix("  "), chars[2] != " ", chars[labelColumn - 1] == " ", chars[labelColumn] != " " {
            var label = FormList.trimRight(String(chars[..<labelColumn]))
            if label.hasSuffix(english(.helpDefaultSubcommand)) {
                label = label.dropLast(english(.helpDefaultSubcommand).count) + CLIMessages.helpDefaultSubcommand()
            }
            let head = label
            let body = abstract(String(chars[labelColumn...]))
            if DisplayWidth.of(head) >= labelColumn - 1 { return [head] + hang("", body, indent: labelColumn, width: width) }
            return hang(TextLayout.pad(head, to: labelColumn), body, indent: labelColumn, width: width)
        }
        let indent = chars.prefix { $0 == " " }.count
        let body = String(chars[indent...])
        return hang(String(repeating: " ", count: indent), indent == labelColumn ? abstract(body) : body, indent: indent, width: width)
    }

    /// An option's abstract with argument-parser's own words in the current language.
    private static func abstract(_ text: String) -> String {
        if text == CLIMessages.helpShowHelp.text(.en) { return CLIMessages.helpShowHelp() }
        if text == CLIMessages.helpShowVersion.text(.en) { return CLIMessages.helpShowVersion() }
        if let m = text.wholeMatch(of: #/(.*) \(values: (.*); default: (.*)\)/#) {
            return String(m.1) + CLIMessages.helpValuesDefault(String(m.2), String(m.3))
        }
        if let m = text.wholeMatch(of: #/(.*) \(default: (.*)\)/#) { return String(m.1) + CLIMessages.helpDefault(String(m.2)) }
        return text
    }

    /// `head` then `body` wrapped to `width - indent`, the following lines indented by `indent`.
    private static func hang(_ head: String, _ body: String, indent: Int, width: Int) -> [String] {
        guard !body.isEmpty else { return [FormList.trimRight(head)] }
        let lines = wrap(body, first: max(20, width - DisplayWidth.of(head)), rest: max(20, width - indent))
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0 == 0 ? head + $1 : pad + $1 }
    }

    /// Help text wrapped: a run of ASCII without spaces (`--min-satisfaction`, `<percent>]`,
    /// `$XDG_DATA_HOME/jixiao/review.sqlite`) is never split; Chinese breaks between any two
    /// characters, except before closing punctuation (`，。）` …) and after opening (`（“`).
    static func wrap(_ text: String, first: Int, rest: Int) -> [String] {
        var units: [(text: String, width: Int, space: Bool)] = []
        for ch in text {
            let isASCIIWord = ch.isASCII && ch != " "
            if isASCIIWord, let last = units.last, !last.space, last.text.last?.isASCII == true {
                units[units.count - 1].text.append(ch)
                units[units.count - 1].width += 1
            } else {
                units.append((String(ch), DisplayWidth.of(ch), ch == " "))
            }
        }
        var lines: [String] = []
        var line = "", lineWidth = 0
        var k = 0
        while k < units.count {
            // The next unbreakable group: a unit with the closing punctuation after it and the
            // opening punctuation before it.
            var end = k + 1
            while end < units.count, !units[end].space, !breakable(units[end - 1].text, units[end].text) { end += 1 }
            if units[k].space {
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                k += 1
                continue
            }
            let group = units[k..<end].map(\.text).joined(), w = units[k..<end].reduce(0) { $0 + $1.width }
            let limit = lines.isEmpty ? first : rest
            if lineWidth > 0, lineWidth + w > limit {
                lines.append(FormList.trimRight(line))
                line = ""
                lineWidth = 0
            }
            line += group
            lineWidth += w
            k = end
        }
        lines.append(FormList.trimRight(line))
        return lines
    }

    /// Whether a line may break between two neighbouring units.
    private static func breakable(_ a: String, _ b: String) -> Bool {
        if a.last?.isASCII == true, b.first?.isASCII == true { return false }
        if let c = b.first, closing.contains(c) { return false }
        if let c = a.last, opening.contains(c) { return false }
        return true
    }

    private static let closing: Set<Character> = ["，", "。", "；", "：", "、", "？", "！", "）", "》", "」", "』", "】", "”", "’", "…", ",", ".", ";", ":", ")", "]", "%"]
    private static let opening: Set<Character> = ["（", "《", "「", "『", "【", "“", "‘", "(", "["]

    private static func errorLine(_ line: String) -> String {
        if line.hasPrefix(CLIMessages.errorPrefix.text(.en)) {
            return CLIMessages.errorPrefix() + errorBody(String(line.dropFirst(CLIMessages.errorPrefix.text(.en).count)))
        }
        for key in [CLIMessages.errorUsage, .errorHelp] where line.hasPrefix(key.text(.en)) {
            return key() + line.dropFirst(key.text(.en).count)
        }
        if let m = line.wholeMatch(of: #/  See '(.*)' for more information\./#) { return "  " + CLIMessages.errorSeeHelp(String(m.1)) }
        return line
    }

    /// argument-parser's error sentences that a user meets, in the current language.
    private static func errorBody(_ text: String) -> String {
        if let m = text.wholeMatch(of: #/Unknown option '([^']*)'\. Did you mean '([^']*)'\?/#) {
            return CLIMessages.errorUnknownOption(String(m.1)) + CLIMessages.errorDidYouMean(String(m.2))
        }
        if let m = text.wholeMatch(of: #/Unknown option '(.*)'/#) { return CLIMessages.errorUnknownOption(String(m.1)) }
        if let m = text.wholeMatch(of: #/Missing value for '(.*)'/#) { return CLIMessages.errorMissingValue(String(m.1)) }
        if let m = text.wholeMatch(of: #/Missing expected argument '(.*)'/#) { return CLIMessages.errorMissingArgument(String(m.1)) }
        if let m = text.wholeMatch(of: #/Unexpected argument '(.*)'/#) { return CLIMessages.errorUnexpectedArgument(String(m.1)) }
        if let m = text.wholeMatch(of: #/The value '(.*)' is invalid for '([^']*)'\. Please provide one of (.*)\./#) {
            // argument-parser lists the values as 'a' and 'b' / 'a', 'b', and 'c'.
            let values = Language.current == .zh
                ? String(m.3).replacingOccurrences(of: "', and '", with: "'、'").replacingOccurrences(of: "' and '", with: "'、'").replacingOccurrences(of: "', '", with: "'、'") : String(m.3)
            return CLIMessages.errorInvalidValue(String(m.1), String(m.2)) + CLIMessages.errorOneOf(values)
        }
        if let m = text.wholeMatch(of: #/The value '(.*)' is invalid for '([^']*)'/#) { return CLIMessages.errorInvalidValue(String(m.1), String(m.2)) }
        return text
    }
}
