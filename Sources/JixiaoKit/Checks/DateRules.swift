extension Rule {
    public static let filedAtInvalid = Rule("filed-at-invalid", .warning, .dates, .completeness)
    public static let filedAtOutOfCycle = Rule("filed-at-out-of-cycle", .warning, .dates, .feasibility)
    public static let timeTargetPast = Rule("time-target-past", .warning, .dates, .feasibility)
}

/// 填报日期 and the years that targets name.
enum DateRules {
    static func check(_ c: inout CheckContext) {
        let raw = c.form.signoff.filedAt
        let filed = CheckText.squeeze(raw)
        var filedYear: Int?
        let line = c.line(.filedAt)
        switch FiledAt.parse(filed) {
        case .success(let year): filedYear = year
        case .failure(let problem):
            if c.enabled(.filedAtInvalid) { c.report(.filedAtInvalid, problem.message(filed), line: line) }
        }
        if c.enabled(.filedAtOutOfCycle) {
            if let fy = c.form.fiscalYear, let year = filedYear {
                let date = "\(filed.prefix(4))-\(filed.dropFirst(4).prefix(2))-\(filed.dropFirst(6).prefix(2))"
                if year < fy - 1 {
                    c.report(.filedAtOutOfCycle, FindingText(.filedTooEarly, date, fy), line: line)
                } else if year > fy {
                    c.report(.filedAtOutOfCycle, FindingText(.filedAfter, date, fy), line: line)
                }
            } else {
                c.cannotCheck(.filedAtOutOfCycle, FindingText(c.form.fiscalYear == nil ? .notCheckedNoFiscalYear : .notCheckedInvalidDate))
            }
        }
        if c.enabled(.timeTargetPast), c.form.fiscalYear == nil { c.cannotCheck(.timeTargetPast, FindingText(.notCheckedNoFiscalYear)) }
        if c.enabled(.timeTargetPast), let fy = c.form.fiscalYear {
            for side in c.sides {
                let facts = c.facts(side)
                for (k, ind) in c.form.indicators[side].enumerated() {
                    let timeliness = facts[k].tier2 == .timeliness
                    if let year = TimeTarget.pastYear(in: ind.name, before: fy, timeliness: timeliness, isValue: false) {
                        c.report(.timeTargetPast, side, ind, FindingText(.timeTargetName, CheckText.quote(ind.name), String(year), String(fy)))
                    } else if let year = TimeTarget.pastYear(in: ind.value, before: fy, timeliness: timeliness, isValue: true) {
                        c.report(.timeTargetPast, side, ind, FindingText(.timeTargetValue, CheckText.quote(ind.value), CheckText.quote(ind.name), String(year), String(fy)))
                    }
                }
            }
        }
    }
}

/// 填报日期 as `yyyyMMddHHmmss`.
enum FiledAt {
    enum Problem: Error {
        case missing, digits(Int), notDigits, impossible
        func message(_ text: String) -> FindingText {
            switch self {
            case .missing: return FindingText(.filedAtMissing)
            case .digits(let n): return FindingText(.filedAtDigits, CheckText.quote(text), n)
            case .notDigits: return FindingText(.filedAtNotDigits, CheckText.quote(text))
            case .impossible: return FindingText(.filedAtImpossible, CheckText.quote(text))
            }
        }
    }

    /// The year of a valid 填报日期.
    static func parse(_ s: String) -> Result<Int, Problem> {
        if s.isEmpty { return .failure(.missing) }
        let bytes = Array(s.utf8)
        guard bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .failure(.notDigits) }
        guard bytes.count == 14 else { return .failure(.digits(bytes.count)) }
        func n(_ from: Int, _ count: Int) -> Int { bytes[from..<(from + count)].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let year = n(0, 4), month = n(4, 2), day = n(6, 2), hour = n(8, 2), minute = n(10, 2), second = n(12, 2)
        guard year >= 1900, (1...12).contains(month), (1...daysIn(month, year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return .failure(.impossible) }
        return .success(year)
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Finds a year used as a time target — a deadline or a cut-off date — as opposed to a year
/// that names a base or reference (`2024年月票卡亏损额`: the losses of 2024, a baseline).
///
/// A year counts as a time target when it is
/// - after 截至/截止 (`截至2025年12月底`), or
/// - followed by 前/之前/以前 (`2025年底前`, `2025年6月30日前完成`), or
/// - followed by 底/末 and then a verb of completion, or preceded by 到/至/于 (`到2025年底`), or
/// - in a 时效指标 target at all (`2025年12月`): a timeliness target is a date.
enum TimeTarget {
    /// The first year before `fiscalYear` used as a time target in `text`, if any.
    static func pastYear(in text: String, before fiscalYear: Int, timeliness: Bool, isValue: Bool) -> Int? {
        // Fast path: most cells hold no four-digit year before the fiscal year.
        guard hasEarlierYear(text, fiscalYear) else { return nil }
        let s = Array(text.unicodeScalars)
        var i = 0
        while i + 4 <= s.count {
            guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]),
                  isDigit(s[i + 1]), isDigit(s[i + 2]), isDigit(s[i + 3]),
                  i + 4 == s.count || !isDigit(s[i + 4]) else { i += 1; continue }
            let year = s[i..<(i + 4)].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
            defer { i += 4 }
            guard year >= 1900, year < fiscalYear else { continue }
            if isTimeTarget(s, yearAt: i, timeliness: timeliness, isValue: isValue) { return year }
        }
        return nil
    }

    private static func isTimeTarget(_ s: [Unicode.Scalar], yearAt i: Int, timeliness: Bool, isValue: Bool) -> Bool {
        // Before the year.
        var b = i
        while b > 0, s[b - 1].properties.isWhitespace { b -= 1 }
        let before = String(String.UnicodeScalarView(s[max(0, b - 3)..<b]))
        if before.hasSuffix("截至") || before.hasSuffix("截止") || before.hasSuffix("截止到") || before.hasSuffix("截至到")
            || before.hasSuffix("截止于") || before.hasSuffix("截至于") {
            return true
        }
        let towards = before.hasSuffix("到") || before.hasSuffix("至") || before.hasSuffix("于")
        // After the year: 年, a month, a day, then 底/末 and 前.
        var k = i + 4
        func take(_ word: String) -> Bool {
            let w = Array(word.unicodeScalars)
            guard k + w.count <= s.count, Array(s[k..<(k + w.count)]) == w else { return false }
            k += w.count
            return true
        }
        func takeNumber(then unit: String) {
            let start = k
            var j = k
            while j < s.count, j - start < 2, isDigit(s[j]) { j += 1 }
            guard j > start else { return }
            k = j
            if !take(unit) { k = start }
        }
        let hadYearWord = take("年")
        takeNumber(then: "月")
        _ = take("份")
        let dayStart = k
        takeNumber(then: "日")
        if k == dayStart { takeNumber(then: "号") }
        let hasEnd = take("年底") || take("年末") || take("底") || take("末")
        if take("之前") || take("以前") || take("前") { return true }
        if hasEnd {
            if towards || timeliness { return true }
            for verb in ["完成", "实现", "到位", "建成", "竣工", "全部"] where take(verb) { return true }
        }
        return timeliness && isValue && hadYearWord
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Whether the bytes hold a run of exactly four ASCII digits from 1900 up to `fiscalYear - 1`.
    private static func hasEarlierYear(_ text: String, _ fiscalYear: Int) -> Bool {
        CheckText.bytes(text) { p in
            var run = 0, value = 0
            for b in p {
                if b >= 0x30 && b <= 0x39 {
                    run += 1
                    value = run <= 4 ? value * 10 + Int(b - 0x30) : 0
                } else {
                    if run == 4, value >= 1900, value < fiscalYear { return true }
                    run = 0
                    value = 0
                }
            }
            return run == 4 && value >= 1900 && value < fiscalYear
        }
    }
}
