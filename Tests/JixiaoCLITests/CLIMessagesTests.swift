import Testing
@testable import jixiao

/// The command line's message catalog: every key has a Chinese and an English text with the
/// same placeholders.
@Suite struct CLIMessagesTests {
    @Test func catalogIsComplete() {
        #expect(CLIMessages.catalogProblems.isEmpty, "\(CLIMessages.catalogProblems)")
    }

    @Test func chineseFirst() {
        #expect(CLIMessages.unknownCommand.text(.zh, "chek", "check") == "未知命令 “chek”，是否要用 check？")
        #expect(CLIMessages.unknownCommand.text(.en, "chek", "check") == "unknown command “chek”; did you mean check?")
    }
}
