import JixiaoKit

/// Values derived from the state that cost something to build and are read several times per
/// key: a form's detail document (by form, width and findings) and its indicator tree (by form).
/// Copies of a state share it; every entry is keyed by all it is built from, so a copy never
/// reads another's value.
struct DerivedCache: Sendable {
    struct DetailKey: Equatable {
        var form: Int
        var width: Int
        /// `BrowserState.findingsVersion` when built.
        var findings: Int
        /// 填报日期 as written (`R`).
        var rawDate: Bool
        /// `BrowserState.reviewVersion` when built.
        var review: Int = 0
    }

    /// The last few detail documents, the most recent last: moving to the next form and back,
    /// or between panes of different widths, lays nothing out again.
    private let detail = Locked<[(key: DetailKey, document: DetailDocument)]>([])
    static let detailsKept = 4
    private let tree = Locked<(form: Int, tree: IndicatorTree)?>(nil)
    private let summary = Locked<(findings: Int, summary: YearSummary)?>(nil)
    /// How many detail documents were built (what the cache saves is checked by a test).
    private let detailBuildCount = Locked(0)

    var detailBuilds: Int { detailBuildCount.withValue { $0 } }

    func detail(_ key: DetailKey, build: () -> DetailDocument) -> DetailDocument {
        detail.withValue { kept in
            if let k = kept.lastIndex(where: { $0.key == key }) {
                let hit = kept.remove(at: k)
                kept.append(hit)
                return hit.document
            }
            let d = build()
            detailBuildCount.withValue { $0 += 1 }
            if kept.count >= DerivedCache.detailsKept { kept.removeFirst() }
            kept.append((key, d))
            return d
        }
    }

    func tree(form: Int, build: () -> IndicatorTree) -> IndicatorTree {
        tree.withValue { slot in
            if let s = slot, s.form == form { return s.tree }
            let t = build()
            slot = (form, t)
            return t
        }
    }

    /// The year's summary, by findings version.
    func summary(findings: Int, build: () -> YearSummary) -> YearSummary {
        summary.withValue { slot in
            if let s = slot, s.findings == findings { return s.summary }
            let y = build()
            slot = (findings, y)
            return y
        }
    }

    /// A number no findings set had before: the findings part of a `DetailKey`.
    static func nextFindingsVersion() -> Int { versions.withValue { v in v += 1; return v } }
    private static let versions = Locked(0)
}
