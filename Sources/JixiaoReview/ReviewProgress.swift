import JixiaoKit

/// How far the review of a set of forms has come: overall and per department.
public struct ReviewProgress: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var forms = 0
        /// Per grade given (优良中差), forms whose current grade it is.
        public var grades: [Grade: Int] = [:]
        /// Graded on an older version of the form (counted in `grades` too).
        public var recheck = 0
        public var reviewed: Int { Grade.given.reduce(0) { $0 + (grades[$1] ?? 0) } }
        public var unreviewed: Int { forms - reviewed }

        mutating func add(_ review: FormReview, fingerprint: String) {
            forms += 1
            if review.grade != .unreviewed { grades[review.grade, default: 0] += 1 }
            if review.needsRecheck(fingerprint) { recheck += 1 }
        }
    }

    public var overall = Counts()
    /// Per department (`040-阳泉市工业和信息化局`), in department code order.
    public var departments: [(department: String, counts: Counts)] = []

    public init(_ identities: [FormIdentity], _ reviews: [FormReview]) {
        var byDept: [String: (code: String, counts: Counts)] = [:]
        for (id, r) in zip(identities, reviews) {
            overall.add(r, fingerprint: id.fingerprint)
            byDept[id.department, default: (id.departmentCode, Counts())].counts.add(r, fingerprint: id.fingerprint)
        }
        departments = byDept.sorted { ($0.value.code, $0.key) < ($1.value.code, $1.key) }.map { ($0.key, $0.value.counts) }
    }

    public static func == (a: ReviewProgress, b: ReviewProgress) -> Bool {
        a.overall == b.overall && a.departments.map(\.department) == b.departments.map(\.department)
            && a.departments.map(\.counts) == b.departments.map(\.counts)
    }

    /// `已审 3/7（42.9%）`.
    public static func summary(_ c: Counts) -> String {
        let pct = c.forms == 0 ? 0 : Double(c.reviewed) * 100 / Double(c.forms)
        return ReviewMessages.statusOverall(Amounts.grouped(c.reviewed), Amounts.grouped(c.forms), String(format: "%.1f", pct))
    }

    /// The report of `jixiao review status`: the overall line, the grades, the forms to
    /// review again, then an aligned table per department.
    public func lines() -> [String] {
        var out = [Self.summary(overall)]
        let g = overall.grades
        out.append(ReviewMessages.statusGrades(g[.excellent] ?? 0, g[.good] ?? 0, g[.fair] ?? 0, g[.poor] ?? 0, overall.unreviewed))
        if overall.recheck > 0 { out.append(ReviewMessages.statusRecheck(overall.recheck)) }
        out.append("")
        let names = departments.map { Sanitizer.clean($0.department) }
        let nameWidth = max(DisplayWidth.of(ReviewMessages.statusDepartmentHeader()), names.map { DisplayWidth.of($0) }.max() ?? 0)
        let heads = ReviewMessages.statusColumns().split(separator: " ").map(String.init)
        func row(_ name: String, _ cells: [String]) -> String {
            ([TextLayout.pad(name, to: nameWidth)] + cells.enumerated().map { TextLayout.pad($1, to: max(DisplayWidth.of(heads[$0]), 5), align: .right) })
                .joined(separator: "  ")
        }
        out.append(row(ReviewMessages.statusDepartmentHeader(), heads))
        for (i, d) in departments.enumerated() {
            let c = d.counts
            out.append(row(names[i], [c.forms, c.reviewed, c.grades[.excellent] ?? 0, c.grades[.good] ?? 0, c.grades[.fair] ?? 0, c.grades[.poor] ?? 0, c.unreviewed, c.recheck].map { Amounts.grouped($0) }))
        }
        return out
    }
}
