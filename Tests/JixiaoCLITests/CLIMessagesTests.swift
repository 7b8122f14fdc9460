import Testing
@testable import jixiao

/// The command line's message catalog: every key has a Chinese and an English text with the
/// same placeholders.
@Suite struct CLIMessagesTests {
    @Test func catalogIsComplete() {
        #expect(CLIMessages.catalogProblems.isEmpty, "\(CLIMessages.catalogProblems)")
    }

    /// Every `--help` text and argument-parser frame word has its own Chinese: none is the
    /// English copied, and each Chinese text holds Chinese (a CJK character or full-width
    /// punctuation).
    @Test func helpTextsAreChinese() {
        let help = CLIMessages.allCases.filter { $0.rawValue.hasPrefix("help") || $0.rawValue.hasPrefix("error") }
        #expect(help.count >= 60)
        for key in help {
            let zh = key.message.zh, en = key.message.en
            #expect(zh != en, "\(key)")
            #expect(zh.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }, "\(key): \(zh)")
        }
    }

    @Test func chineseFirst() {
        #expect(CLIMessages.unknownCommand.text(.zh, "chek", "check") == "未知命令 “chek”，是否要用 check？")
        #expect(CLIMessages.unknownCommand.text(.en, "chek", "check") == "unknown command “chek”; did you mean check?")
    }
}
