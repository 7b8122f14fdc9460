import Testing
@testable import JixiaoKit

/// `FundsSide` keeps seven amounts and a bit each for "given" instead of seven `Double?`: every
/// amount reads back as written, alone or with any others, and equality is that of the
/// `Double?`s it stands for.
@Suite struct FundsSideStorageTests {
    /// Every amount's key path, `total` first.
    nonisolated(unsafe) static let paths: [WritableKeyPath<FundsSide, Double?>] = [\.total] + FundsSide.allSources.map(\.path)
    /// A distinct amount per slot, zero and a negative zero among them.
    static let amounts: [Double] = [1_205_000.5, 0, -0.0, -3, 1e15, 0.01, 42]

    /// The side with the amounts of the bits set in `mask`, and what it stands for.
    static func side(_ mask: Int, shift: Int = 0) -> (FundsSide, [Double?]) {
        var side = FundsSide()
        var model: [Double?] = Array(repeating: nil, count: paths.count)
        for (k, path) in paths.enumerated() where mask & (1 << k) != 0 {
            let v = amounts[(k + shift) % amounts.count]
            side[keyPath: path] = v
            model[k] = v
        }
        return (side, model)
    }

    @Test func everyCombinationOfGivenAmountsReadsBack() {
        #expect(Self.paths.count == 7)
        for mask in 0..<(1 << Self.paths.count) {
            let (side, model) = Self.side(mask)
            for (k, path) in Self.paths.enumerated() {
                let got = side[keyPath: path]
                #expect(got == model[k], "mask \(mask), amount \(k)")
                // -0.0 stays -0.0: the bits, not only the value.
                #expect(got?.bitPattern == model[k]?.bitPattern, "mask \(mask), amount \(k)")
            }
            // Taking every amount away again gives the empty side.
            var cleared = side
            for path in Self.paths { cleared[keyPath: path] = nil }
            #expect(cleared == FundsSide())
            for path in Self.paths { #expect(cleared[keyPath: path] == nil) }
        }
    }

    @Test func settingOneAmountLeavesTheOthers() {
        for mask in 0..<(1 << Self.paths.count) {
            let (side, model) = Self.side(mask)
            for (k, path) in Self.paths.enumerated() {
                var changed = side
                changed[keyPath: path] = model[k] == nil ? 7.5 : nil
                for (j, other) in Self.paths.enumerated() where j != k {
                    #expect(changed[keyPath: other] == model[j], "mask \(mask): setting \(k) changed \(j)")
                }
                #expect(changed != side)
            }
        }
    }

    @Test func equalityIsThatOfTheOptionals() {
        // Sides of every mask against every other, with amounts shifted so that equal masks
        // may hold different amounts.
        let sides = (0..<(1 << Self.paths.count)).flatMap { mask in [Self.side(mask), Self.side(mask, shift: 1)] }
        for (a, ma) in sides {
            for (b, mb) in sides.prefix(40) {
                #expect((a == b) == (ma == mb))
            }
        }
        // A given zero is not an amount not given.
        #expect(FundsSide(total: 0) != FundsSide())
        #expect(FundsSide(total: 0) == FundsSide(total: -0.0))
        // A NaN equals nothing, as `Double?(.nan) == .nan` is false.
        #expect(FundsSide(total: .nan) != FundsSide(total: .nan))
        #expect(FundsSide(total: .nan).total?.isNaN == true)
    }

    @Test func theInitializerSetsItsAmounts() {
        let side = FundsSide(total: 10, central: 1, provincial: 2, local: 3, selfRaised: 4, other: 0)
        #expect(side.total == 10 && side.central == 1 && side.provincial == 2 && side.local == 3)
        #expect(side.selfRaised == 4 && side.other == 0 && side.fiscal == nil)
    }

    @Test func aSideTakesEightWordsAgainstFourteen() {
        #expect(MemoryLayout<(Double?, Double?, Double?, Double?, Double?, Double?, Double?)>.stride == 112)
        #expect(MemoryLayout<FundsSide>.stride == 64)
        #expect(MemoryLayout<Funds>.stride <= 2 * 64 + 8)
    }
}
