import Foundation

/// The quirks of docs/format.md the generator prints, counted so a run can show its coverage.
public enum Quirk: String, CaseIterable, Sendable {
    case rowCells8, rowCells10, rowCells14, rowWidthChangesAfterBreak
    case yearLineASCIIParens, projectRepeatsItself
    case headerValueShifted, fundsNotGiven, fundsDecimal
    case htmlNarrative, bookTitleInAngles, truncatedNarrative, emptyNarrative, annualGoalEmpty
    case headerFirstCellGarbled, headerShiftedNoPerformanceCell
    case labelWithSpaces, labelWithIdeographicSpace, tier2WithOptionalSuffix
    case rowShiftedLeft, cellsShiftedRight
    case costTier1Tier2Twice, costTier1WithCostFamilyTier2, costSingleContinuesOutput
    case missingTier1Inferred, tier1RestatedAfterBreak
    case oneSideSwitchesTier2, emptyTier, annualSideEmpty, sidesDiffer
    case pageBreak, strayPerformanceCell, strayProjectCell
    case oneSidedSubTables, yearRowBorrowsTier2, yearRowsShiftedRight
    case truncatedName, truncatedValue
    case signoffValueInLabelCell, signoffValueCellsLater, signoffASCIIColon, signoffMalformedDate, signoffPeople
    case planFallback
}

/// Counts of quirks over generated forms.
public struct QuirkCounts: Sendable {
    public private(set) var forms = 0
    /// Forms in which each quirk appears at least once.
    public private(set) var counts: [Quirk: Int] = [:]

    public init() {}

    public mutating func add(_ quirks: Set<Quirk>) {
        forms += 1
        for q in quirks { counts[q, default: 0] += 1 }
    }

    /// One line per quirk: name, forms with it, share.
    public var report: String {
        Quirk.allCases.map { q in
            let n = counts[q] ?? 0
            let pct = forms == 0 ? 0 : Double(n) * 100 / Double(forms)
            return "\(q.rawValue.padding(toLength: 32, withPad: " ", startingAt: 0)) \(n) forms (\(String(format: "%.1f", pct))%)"
        }.joined(separator: "\n")
    }
}
