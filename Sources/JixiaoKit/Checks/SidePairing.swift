/// The indicators of the two sides paired row by row: first by equal name (whitespace
/// ignored), then what is left by a name that is a strict prefix of the other (a cut-off cell).
/// Linear in the number of indicators except for the few left over after exact matching.
struct SidePairing {
    struct Pair {
        var implementation: Int?
        var annual: Int?
        /// The side whose name is a cut-off copy of the other's, when paired by prefix.
        var cutSide: Side?
        subscript(side: Side) -> Int? { side == .implementation ? implementation : annual }
    }

    var pairs: [Pair] = []

    /// The index of the other side's indicator paired with `index` on `side`.
    func partner(of index: Int, on side: Side) -> Int? {
        let other = side == .implementation ? annualOf : implementationOf
        return index < other.count ? other[index] : nil
    }

    private var annualOf: [Int?] = []
    private var implementationOf: [Int?] = []

    init(implementation impl: [CheckContext.IndicatorFacts], annual: [CheckContext.IndicatorFacts]) {
        defer {
            annualOf = [Int?](repeating: nil, count: impl.count)
            implementationOf = [Int?](repeating: nil, count: annual.count)
            for p in pairs {
                if let i = p.implementation, let a = p.annual {
                    annualOf[i] = a
                    implementationOf[a] = i
                }
            }
        }
        var byName: [ByteKey: [Int]] = [:]
        byName.reserveCapacity(impl.count)
        for (i, f) in impl.enumerated() where !f.name.isEmpty { byName[ByteKey(f.name), default: []].append(i) }
        var implUsed = [Bool](repeating: false, count: impl.count)
        var annualLeft: [Int] = []
        for (a, f) in annual.enumerated() {
            if !f.name.isEmpty, var list = byName[ByteKey(f.name)], !list.isEmpty {
                let i = list.removeFirst()
                byName[ByteKey(f.name)] = list
                implUsed[i] = true
                pairs.append(Pair(implementation: i, annual: a))
            } else {
                annualLeft.append(a)
            }
        }
        var implLeft = implUsed.indices.filter { !implUsed[$0] }
        var unpairedAnnual: [Int] = []
        // Only the few rows left over are compared with each other.
        for a in annualLeft {
            let an = annual[a].name
            guard an.unicodeScalars.count >= 2 else { unpairedAnnual.append(a); continue }
            let candidates = implLeft.filter { i in
                let n = impl[i].name
                return n.unicodeScalars.count >= 2 && (CheckText.isStrictPrefix(an, of: n) || CheckText.isStrictPrefix(n, of: an))
            }
            if let i = candidates.first(where: { impl[$0].tier2 == annual[a].tier2 }) ?? candidates.first {
                implLeft.removeAll { $0 == i }
                let cut: Side = an.utf8.count < impl[i].name.utf8.count ? .annual : .implementation
                pairs.append(Pair(implementation: i, annual: a, cutSide: cut))
            } else {
                unpairedAnnual.append(a)
            }
        }
        for i in implLeft { pairs.append(Pair(implementation: i, annual: nil)) }
        for a in unpairedAnnual { pairs.append(Pair(implementation: nil, annual: a)) }
    }
}
