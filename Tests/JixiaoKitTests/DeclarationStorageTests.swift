import Testing
@testable import JixiaoKit

/// `IndicatorTable` keeps its declarations as two arrays and `TierDeclaration` its
/// not-applicable words behind one reference, instead of a dictionary per form and a `String?`
/// per declaration: the properties read and write as before.
@Suite struct DeclarationStorageTests {
    static let plain = TierDeclaration(tier1: "产出指标", tier2: "数量指标", line: 5)
    static let notApplicable = TierDeclaration(tier1: "效益指标", tier2: "生态效益指标", line: 9, notApplicable: "本项目不适用此指标 | 无")

    @Test func declarationsReadBackAsWrittenForEverySide() {
        let sets: [[Side: [TierDeclaration]]] = [
            [:],
            [.implementation: [Self.plain]],
            [.annual: [Self.notApplicable, Self.plain]],
            [.implementation: [Self.plain, Self.notApplicable], .annual: [Self.notApplicable]],
        ]
        for declarations in sets {
            let table = IndicatorTable(declarations: declarations)
            #expect(table.declarations == declarations)
            for side in Side.allCases {
                #expect(table.declared(side) == declarations[side] ?? [])
                #expect(table.notApplicable(side) == (declarations[side] ?? []).filter { $0.notApplicable != nil })
            }
            // Through the dictionary's subscript, one side at a time.
            var built = IndicatorTable()
            for (side, list) in declarations { built.declarations[side] = list }
            #expect(built == table)
            #expect(built.declarations == declarations)
        }
        // A side set to nothing has no key, as a side that printed none.
        var table = IndicatorTable(declarations: [.implementation: [Self.plain], .annual: [Self.plain]])
        table.declarations[.annual] = nil
        #expect(table.declarations == [.implementation: [Self.plain]])
        #expect(table.declared(.annual).isEmpty)
    }

    @Test func notApplicableWordsReadBackAndCompare() {
        var d = Self.plain
        #expect(d.notApplicable == nil)
        d.notApplicable = "不适用"
        #expect(d.notApplicable == "不适用")
        #expect(d != Self.plain)
        var same = Self.plain
        same.notApplicable = "不适用"
        #expect(d == same)  // equal words, not the same object
        d.notApplicable = nil
        #expect(d == Self.plain)
        #expect(Self.notApplicable.notApplicable == "本项目不适用此指标 | 无")
        #expect(Self.notApplicable.tier1 == "效益指标" && Self.notApplicable.tier2 == "生态效益指标" && Self.notApplicable.line == 9)
        // A copy changed does not change the original.
        var copy = Self.notApplicable
        copy.notApplicable = "无"
        #expect(Self.notApplicable.notApplicable == "本项目不适用此指标 | 无")
        // Line and tiers take part in equality.
        var moved = Self.plain
        moved.line += 1
        #expect(moved != Self.plain)
        #expect(TierDeclaration(tier1: "产出指标", tier2: "质量指标", line: 5) != Self.plain)
    }

    @Test func aDeclarationTakesThreeWords() {
        #expect(MemoryLayout<TierDeclaration>.stride == 24)
        // Two arrays, not a dictionary and the indicators' two.
        #expect(MemoryLayout<IndicatorTable>.stride == 4 * MemoryLayout<Int>.stride)
    }
}
