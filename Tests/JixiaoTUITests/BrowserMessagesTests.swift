import Testing
@testable import JixiaoTUI
import JixiaoKit

/// The browser's message catalog: every key has a Chinese and an English text with the same
/// placeholders; the key help follows the language.
@Suite(.serialized) struct BrowserMessagesTests {
    @Test func catalogIsComplete() {
        #expect(BrowserMessages.catalogProblems == [])
        #expect(BrowserMessages.allCases.count > 100)
    }

    @Test func keyHelpAndMessagesFollowTheLanguage() {
        let zh = KeyMap.bindings.first { $0.action == .startGoto }!.summary
        let en = Language.with(.en) { KeyMap.bindings.first { $0.action == .startGoto }!.summary }
        #expect(zh.hasPrefix("跳到第 N 项"))
        #expect(en.hasPrefix("Go to project N"))
        #expect(Language.with(.en) { BrowserMessages.noSuchForm(9, "7") } == "There is no project 9 (of 7)")
        // English on screen: the status bar's help word and a pane title.
        let g = Language.with(.en) { makeBrowser(120, 40).grid() }
        #expect(g.rowText(39).hasSuffix("? help "))
        #expect(g.rowText(0).contains("Projects"))
    }
}
