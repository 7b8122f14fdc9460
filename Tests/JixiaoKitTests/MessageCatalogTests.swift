import Testing
@testable import JixiaoKit

/// Every catalog: each key has a Chinese and an English text with the same placeholders.
/// Add each new `MessageKey` enum of JixiaoKit to `catalogs` (other modules test their own).
@Suite struct MessageCatalogTests {
    static let catalogs: [(String, [String])] = [
        ("KitMessages", KitMessages.catalogProblems),
        ("SummaryMessages", SummaryMessages.catalogProblems),
        ("InputMessages", InputMessages.catalogProblems),
        ("ReviewTerms", ReviewTerms.catalogProblems),
        ("CheckMessages", CheckMessages.catalogProblems),
        ("RuleSummaries", RuleSummaries.catalogProblems),
        ("RuleRationales", RuleRationales.catalogProblems),
    ]

    @Test(arguments: catalogs.map(\.0))
    func catalogIsComplete(name: String) {
        let problems = Self.catalogs.first { $0.0 == name }!.1
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func fillsPlaceholdersInTheChosenLanguage() {
        #expect(KitMessages.unreadableInput.text(.zh, "a.txt", "权限不足") == "无法读取 a.txt：权限不足")
        #expect(KitMessages.unreadableInput.text(.en, "a.txt", "denied") == "cannot read a.txt: denied")
    }

    @Test func languageComesFromTheFlagThenTheEnvironment() {
        #expect(Language.resolve(explicit: nil, environment: [:]) == .zh)
        #expect(Language.resolve(explicit: nil, environment: ["JIXIAO_LANG": "en_US"]) == .en)
        #expect(Language.resolve(explicit: "zh", environment: ["JIXIAO_LANG": "en"]) == .zh)
        #expect(Language.resolve(explicit: "xx", environment: [:]) == .zh)
    }
}
