import Foundation

/// One generated form: its lines (cells joined by TAB, no line ends) and what they mean.
public struct GeneratedForm: Sendable {
    public var lines: [String]
    public var expected: ExpectedForm
    public var quirks: Set<Quirk>
}

/// Writes forms in the export layout of docs/format.md: the sample's vocabulary recombined, with
/// its quirks in varying places. Deterministic: form `i` of seed `s` is always the same text,
/// whatever was generated before it.
public struct FormGenerator: Sendable {
    public let seed: UInt64
    public private(set) var index = 0

    public init(seed: UInt64) { self.seed = seed }

    public mutating func next() -> GeneratedForm {
        var w = FormWriter(rng: SeededRandom(seed: seed, stream: UInt64(index)))
        index += 1
        return w.form()
    }

    /// `count` forms as one text (LF line ends) with their expected readings.
    public static func batch(count: Int, seed: UInt64) -> (text: String, expected: [ExpectedForm]) {
        var g = FormGenerator(seed: seed)
        var text = ""
        var expected: [ExpectedForm] = []
        for _ in 0..<count {
            let f = g.next()
            for l in f.lines { text += l; text += "\n" }
            expected.append(f.expected)
        }
        return (text, expected)
    }
}

/// Builds one form: first what it means, then its rows.
struct FormWriter {
    var rng: SeededRandom
    var quirks: Set<Quirk> = []
    var lines: [String] = []
    /// Cells per row of the header block (8, 10 or 14).
    var width = 8
    var city = ""
    var year = 2026
    var project = ""

    init(rng: SeededRandom) { self.rng = rng }

    mutating func form() -> GeneratedForm {
        city = rng.pick(GenWords.cities)
        year = rng.int(2024...2027)
        width = rng.weighted([(8, 45), (10, 35), (14, 20)])
        quirks.insert(width == 8 ? .rowCells8 : width == 10 ? .rowCells10 : .rowCells14)

        // The meaning.
        let title = rng.chance(0.9) ? "\(city)市级预算部门（单位）项目支出绩效目标表" : "\(city)本级部门项目支出绩效目标表"
        project = makeProject()
        let bureau = rng.pick(GenWords.bureaus)
        let code = String(format: "%03d", rng.int(1...999))
        let deptName = rng.chance(0.08) ? rng.pick(GenWords.units) : city + bureau
        let unit: String
        switch rng.below(20) {
        case 0..<11: unit = deptName
        case 11..<17: unit = city + rng.pick(GenWords.units)
        default: unit = "\(deptName)（\(city)\(rng.pick(GenWords.bureaus))）"
        }
        let attribute = rng.pick(GenWords.attributes)
        let period = attribute.hasPrefix("经常性") ? (rng.chance(0.8) ? "99年" : "长期") :
            attribute.contains("1年") ? "1年" : attribute.contains("2年") ? "2年" : "3年"
        let funds = makeFunds()
        let html = rng.chance(0.12)
        if html { quirks.insert(.htmlNarrative) }
        let narratives = (0..<5).map { _ in makeNarrative(html: html) }
        let goalImpl = plainText(clauses(1...3)) + "。"
        var goalAnnual = ""
        switch rng.below(10) {
        case 0..<2: quirks.insert(.annualGoalEmpty)
        case 2..<8: goalAnnual = goalImpl
        default: goalAnnual = plainText(clauses(1...2)) + "。"
        }
        let groups = makeGroups()
        let signoff = makeSignoff()

        // The rows.
        lines.append("")
        if rng.chance(0.3) { lines.append("") }
        lines.append(title)
        lines.append("")
        let ascii = rng.chance(0.2)
        if ascii { quirks.insert(.yearLineASCIIParens) }
        lines.append(ascii ? "(\(year)年度)" : "（\(year)年度）")
        lines.append("")
        writeHeader(code: code, dept: deptName, unit: unit, attribute: attribute, period: period, funds: funds)
        for (k, n) in narratives.enumerated() {
            maybeBreak()
            var cells = [(0, ExpectedFormLabels.narratives[k])]
            if !n.printed.isEmpty { cells.append((2, n.printed)) }
            row(cells)
        }
        let (a, b) = rng.chance(0.5) ? (2, 6) : (0, 4)
        row([(a, "实施期目标"), (b, "年度目标")])
        var goalCells = [(0, "总体目标"), (2, goalImpl)]
        if !goalAnnual.isEmpty { goalCells.append((b, goalAnnual)) }
        row(goalCells)
        writeTable(groups)
        writeSignoff(signoff)

        let planner = TablePlanner(groups: groups, styles: [])
        let expected = ExpectedForm(
            title: title, fiscalYear: year, project: project, departmentCode: code, departmentName: deptName,
            implementingUnit: unit, attribute: attribute, period: period, funds: funds.map(\.meaning),
            narrative: narratives.map(\.meaning), goalImplementation: goalImpl, goalAnnual: goalAnnual,
            indicators: planner.intended, leader: signoff.leader, handler: signoff.handler, phone: signoff.phone,
            filedAt: signoff.filedAt)
        return GeneratedForm(lines: lines, expected: expected, quirks: quirks)
    }

    // MARK: - Rows

    /// Appends a row: `cells` are (column, text), columns increasing.
    mutating func row(_ cells: [(Int, String)], width rowWidth: Int? = nil) {
        let n = max(rowWidth ?? width, (cells.last?.0 ?? 0) + 1)
        var out = Array(repeating: "", count: n)
        for (c, t) in cells { out[c] = t }
        lines.append(out.joined(separator: "\t"))
    }

    /// Sometimes a page break (blank line) between rows of the header block.
    mutating func maybeBreak() {
        if rng.chance(0.01) {
            lines.append("")
            quirks.insert(.pageBreak)
        }
    }

    // MARK: - Header block

    struct FundsPrint {
        var meaning: ExpectedFunds
        /// Printed amounts: total, central, provincial, local, self-raised, other ("" = not given).
        var printed: [String]
    }

    mutating func makeFunds() -> [FundsPrint] {
        let decimals = rng.chance(0.03)
        if decimals { quirks.insert(.fundsDecimal) }
        var implTotal = Double(rng.int(1...9999)) * [100.0, 1000, 10000][rng.below(3)]
        if rng.chance(0.08) { implTotal = 0 }
        let annualTotal = rng.chance(0.6) ? implTotal : (implTotal * Double(rng.int(30...100)) / 100).rounded()
        return [implTotal, annualTotal].map { total in
            var parts = [0.0, 0, 0, 0, 0]
            switch rng.below(10) {
            case 0..<6: parts[2] = total
            case 6..<8:
                parts[0] = (total * Double(rng.int(10...60)) / 100).rounded()
                parts[2] = total - parts[0]
            default:
                parts[1] = (total * Double(rng.int(10...50)) / 100).rounded()
                parts[3] = (total * Double(rng.int(0...20)) / 100).rounded()
                parts[2] = total - parts[1] - parts[3]
            }
            var amounts: [Double?] = [total] + parts.map { Optional($0) }
            if decimals, rng.chance(0.5), let t = amounts[0] { amounts[0] = t + 0.5 }
            for k in 1...4 where rng.chance(0.06) { amounts[k] = nil }
            if rng.chance(0.7) { amounts[5] = nil }
            if rng.chance(0.03) { amounts[0] = nil }
            if amounts.contains(where: { $0 == nil }) { quirks.insert(.fundsNotGiven) }
            let m = ExpectedFunds(total: amounts[0], central: amounts[1], provincial: amounts[2], local: amounts[3],
                                  selfRaised: amounts[4], other: amounts[5])
            return FundsPrint(meaning: m, printed: amounts.map { $0.map(Self.amount) ?? "" })
        }
    }

    /// `58372000` → `58,372,000`; `1234.5` → `1,234.50`.
    static func amount(_ d: Double) -> String {
        let whole = Int64(d.rounded(.down))
        var digits = String(whole)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        let cents = Int(((d - Double(whole)) * 100).rounded())
        return groups.joined(separator: ",") + (cents == 0 ? "" : String(format: ".%02d", cents))
    }

    mutating func writeHeader(code: String, dept: String, unit: String, attribute: String, period: String, funds: [FundsPrint]) {
        func shifted(_ c: Int) -> Int {
            if rng.chance(0.06) {
                quirks.insert(.headerValueShifted)
                return c + 1
            }
            return c
        }
        row([(0, "项目名称"), (shifted(2), project)])
        maybeBreak()
        row([(0, "主管部门及代码"), (shifted(2), "\(code)-\(dept)"), (4, "实施单位"), (shifted(6), unit)])
        maybeBreak()
        row([(0, "项目属性"), (shifted(2), attribute), (4, "项目期"), (shifted(6), period)])
        maybeBreak()
        let right = width == 8 ? (5, 7) : width == 10 && rng.chance(0.4) ? (5, 7) : (6, 8)
        let colon = rng.chance(0.85) ? "：" : (rng.chance(0.5) ? ":" : "")
        var cells = [(0, rng.pick(["项目资金 （元）", "项目资金（元）", "项目资金(元)"])), (2, "实施期资金总额" + colon)]
        if !funds[0].printed[0].isEmpty { cells.append((4, funds[0].printed[0])) }
        cells.append((right.0, "年度资金总额" + colon))
        if !funds[1].printed[0].isEmpty { cells.append((right.1, funds[1].printed[0])) }
        row(cells)
        let labels = [rng.chance(0.8) ? "其中：中央财政资金" : "其中:中央财政资金", "省级财政资金", "市县（区）财政资金", "单位自筹", "其他资金"]
        for (k, label) in labels.enumerated() {
            var cells = [(2, label)]
            if !funds[0].printed[k + 1].isEmpty { cells.append((4, funds[0].printed[k + 1])) }
            cells.append((right.0, label))
            if !funds[1].printed[k + 1].isEmpty { cells.append((right.1, funds[1].printed[k + 1])) }
            row(cells)
        }
    }

    // MARK: - Words

    mutating func fill(_ template: String) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var s = template
        // The fixed words first, then each drawn kind left to right (the order of the draws
        // is part of what a seed means).
        Self.replaceAll(&s, "{pr}") { project }
        Self.replaceAll(&s, "{c}") { city }
        Self.replaceAll(&s, "{y1}") { String(year) }
        Self.replaceAll(&s, "{y}") { String(year - 1) }
        Self.replaceAll(&s, "{n}") { String(rng.int(1...5) == 1 ? rng.int(1...20) : rng.int(20...500_000)) }
        Self.replaceAll(&s, "{x}") { "\(rng.int(1...9999)).\(rng.int(10...99))" }
        Self.replaceAll(&s, "{p}") { String(rng.int(80...99)) }
        Self.replaceAll(&s, "{m}") { String(rng.int(1...12)) }
        Self.replaceAll(&s, "{t}") { rng.pick(GenWords.things) }
        return s
    }

    /// Replaces each occurrence of `key` in `s`, left to right, with a fresh `value()`.
    static func replaceAll(_ s: inout String, _ key: StaticString, _ value: () -> String) {
        let k = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        var bytes = Array(s.utf8)
        guard let first = find(k, in: bytes, from: 0) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var from = 0
        var at: Int? = first
        while let i = at {
            out += bytes[from..<i]
            out += value().utf8
            from = i + k.count
            at = find(k, in: bytes, from: from)
        }
        out += bytes[from...]
        bytes = out
        s = String(decoding: bytes, as: UTF8.self)
    }

    static func find(_ k: UnsafeBufferPointer<UInt8>, in b: [UInt8], from: Int) -> Int? {
        guard b.count >= k.count else { return nil }
        var i = from
        while i + k.count <= b.count {
            if b[i] == k[0] {
                var j = 1
                while j < k.count, b[i + j] == k[j] { j += 1 }
                if j == k.count { return i }
            }
            i += 1
        }
        return nil
    }

    mutating func makeProject() -> String {
        var p = fill(rng.pick(GenWords.subjects)) + rng.pick(GenWords.projectSuffixes)
        if rng.chance(0.15) { p += rng.pick(GenWords.projectQualifiers) }
        if rng.chance(0.1) { p = "\(year)年" + p }
        if rng.chance(0.04) {
            p += p
            quirks.insert(.projectRepeatsItself)
        }
        return p
    }

    mutating func clauses(_ count: ClosedRange<Int>) -> [String] {
        (0..<rng.int(count)).map { _ in fill(rng.pick(GenWords.clauses)) }
    }

    /// Joins clauses into sentences; a text never starts or ends with whitespace.
    func plainText(_ parts: [String]) -> String { parts.joined(separator: "，") }

    struct NarrativePrint {
        var printed: String
        var meaning: String
    }

    /// A narrative: numbered sentences, maybe a book title in angle brackets, maybe cut off,
    /// maybe wrapped in HTML paragraphs (which the reading drops, keeping `<书名>`).
    mutating func makeNarrative(html: Bool) -> NarrativePrint {
        if rng.chance(0.02) {
            quirks.insert(.emptyNarrative)
            return NarrativePrint(printed: "", meaning: "")
        }
        let sentences = rng.chance(0.3) ? rng.int(2...8) : 1
        var paragraphs: [String] = []
        for k in 0..<sentences {
            var s = plainText(clauses(1...4))
            if rng.chance(0.08) { s += "，订阅" + rng.pick(GenWords.bookTitles) }
            if sentences > 1 { s = "\(k + 1)." + s }
            paragraphs.append(s + "。")
        }
        if paragraphs.joined().contains("<") { quirks.insert(.bookTitleInAngles) }
        var cut = false
        if rng.chance(0.1) {
            // The export cut the cell off mid-sentence.
            let all = paragraphs.joined()
            let n = all.count
            if n > 12 {
                let keep = rng.int(6...(n - 2))
                var kept: [String] = []
                var left = keep
                for p in paragraphs where left > 0 {
                    kept.append(String(p.prefix(left)))
                    left -= p.count
                }
                // Never cut inside a book title's angle brackets.
                if let last = kept.last, let open = last.lastIndex(of: "<"), !last[open...].contains(">") {
                    kept[kept.count - 1] = String(last[..<open])
                }
                kept = kept.filter { !$0.isEmpty }
                if !kept.isEmpty, !Reserved.clashes(kept.joined()) {
                    paragraphs = kept
                    cut = true
                    quirks.insert(.truncatedNarrative)
                }
            }
        }
        let meaning = paragraphs.joined()
        guard html else { return NarrativePrint(printed: meaning, meaning: meaning) }
        var printed = ""
        for (k, p) in paragraphs.enumerated() {
            let inner = rng.chance(0.1) ? "<span style=\"font-size:14px\">\(p)</span>" : rng.chance(0.1) ? "<strong>\(p)</strong>" : p
            printed += "<p>" + inner
            let last = k == paragraphs.count - 1
            if !(last && cut && rng.chance(0.5)) { printed += "</p>" }
            if !last, rng.chance(0.2) { printed += rng.pick(["<br>", "<br/>", "<br />"]) }
        }
        return NarrativePrint(printed: printed, meaning: meaning)
    }

    // MARK: - Indicators

    mutating func makeGroups() -> [GenGroup] {
        var specs: [(GenTier1, GenTier2, ClosedRange<Int>)] = []
        let framework = rng.weighted([("old", 45), ("new", 30), ("none", 25)])
        specs.append((.output, .quantity, 1...4))
        specs.append((.output, .quality, rng.chance(0.85) ? 1...3 : 0...0))
        specs.append((.output, .timeliness, 0...2))
        if framework == "old" { specs.append((.output, .cost, 1...4)) }
        if framework == "new" {
            if rng.chance(0.5) {
                specs.append((.cost, .cost, 1...3))
            } else {
                specs.append((.cost, .economicCost, 1...3))
                if rng.chance(0.6) { specs.append((.cost, .socialCost, 0...2)) }
                if rng.chance(0.6) { specs.append((.cost, .environmentalCost, 0...2)) }
            }
        }
        let benefits: [GenTier2] = [.economicBenefit, .socialBenefit, .ecologicalBenefit, .sustainability]
        for b in benefits where rng.chance(0.8) || b == .socialBenefit { specs.append((.benefit, b, 0...3)) }
        specs.append((.satisfaction, .serviceSatisfaction, 1...2))

        // Label styles: spaces in labels, the optional 指标, per side.
        let spaceChance = rng.weighted([(0.0, 45), (0.5, 20), (1.0, 35)])
        let long = rng.chance(0.25)
        let styles = [LabelStyle(spaceChance: spaceChance, longSuffix: long),
                      LabelStyle(spaceChance: rng.chance(0.8) ? spaceChance : 1 - spaceChance, longSuffix: rng.chance(0.9) ? long : !long)]
        if spaceChance > 0 { quirks.insert(.labelWithSpaces) }

        var used: Set<String> = []
        var groups: [GenGroup] = []
        for (t1, t2, range) in specs {
            let n = rng.int(range)
            var items: [GenItem] = []
            for _ in 0..<n {
                guard let name = uniqueName(t2, &used) else { continue }
                items.append(GenItem(name: name, value: makeValue(t2 == .cost ? .cost : t1)))
            }
            let labels = [styles[0].label(t2, &rng), styles[1].label(t2, &rng)]
            for l in labels where l.printed.contains("\u{3000}") { quirks.insert(.labelWithIdeographicSpace) }
            if t2.suffixOptional, labels.contains(where: { $0.squeezed.hasSuffix("指标") }) { quirks.insert(.tier2WithOptionalSuffix) }
            groups.append(GenGroup(tier1: t1, tier2: t2, labels: labels, items: [items, items], annualDeclared: true))
        }
        if groups.contains(where: { $0.items[0].isEmpty }) { quirks.insert(.emptyTier) }

        // The year side: mostly the same, sometimes a subset, sometimes nothing.
        let mode = rng.weighted([("mirror", 75), ("subset", 15), ("empty", 10)])
        for gi in groups.indices {
            var ann = groups[gi].items[1]
            switch mode {
            case "empty":
                ann = []
            case "subset":
                ann = Array(ann.prefix(rng.int(0...ann.count)))
            default:
                for k in ann.indices {
                    if rng.chance(0.08) { ann[k].value = makeValue(groups[gi].tier2 == .cost ? .cost : groups[gi].tier1) }
                    if rng.chance(0.04) { ann[k].value = truncated(ann[k].value, min: 2) ?? ann[k].value }
                }
                if ann.count >= 2, rng.chance(0.06) { ann.swapAt(0, 1) }
                if ann.count >= 1, rng.chance(0.03) { ann.removeLast() }
            }
            groups[gi].items[1] = ann
            groups[gi].annualDeclared = mode == "empty" ? rng.chance(0.6) : rng.chance(0.85)
        }
        if mode == "empty" { quirks.insert(.annualSideEmpty) }
        // Cells cut off by the export: a name on one side, a value.
        var annualNames = Set(groups.flatMap { $0.items[1].map(\.name) })
        for gi in groups.indices {
            for side in 0..<2 {
                for k in groups[gi].items[side].indices where rng.chance(0.03) {
                    let full = groups[gi].items[side][k].name
                    guard let cut = truncated(full, min: 4), !used.contains(cut), !annualNames.contains(cut) else { continue }
                    groups[gi].items[side][k].name = cut
                    if side == 0 { used.insert(cut) } else { annualNames.insert(cut) }
                    quirks.insert(.truncatedName)
                }
                for k in groups[gi].items[side].indices where rng.chance(0.02) {
                    if let cut = truncated(groups[gi].items[side][k].value, min: 2) {
                        groups[gi].items[side][k].value = cut
                        quirks.insert(.truncatedValue)
                    }
                }
            }
        }
        if groups.contains(where: { $0.items[0] != $0.items[1] || $0.labels[0].squeezed != $0.labels[1].squeezed }) {
            quirks.insert(.sidesDiffer)
        }
        self.styles = styles
        return groups
    }

    var styles: [LabelStyle] = []

    mutating func uniqueName(_ t2: GenTier2, _ used: inout Set<String>) -> String? {
        for _ in 0..<8 {
            var n = fill(rng.pick(GenWords.names[t2]!))
            if used.contains(n) { n = rng.pick(GenWords.things) + n }
            if !used.contains(n), !Reserved.clashes(n) {
                used.insert(n)
                return n
            }
        }
        return nil
    }

    mutating func makeValue(_ family: GenTier1) -> String {
        let v = fill(rng.pick(GenWords.values[family]!))
        return Reserved.clashes(v) ? "100%" : v
    }

    /// A prefix of `s`, at least `min` characters and shorter than `s`; nil when too short.
    mutating func truncated(_ s: String, min: Int) -> String? {
        let n = s.count
        guard n > min + 1 else { return nil }
        let cut = String(s.prefix(rng.int(min...(n - 1))))
        return Reserved.clashes(cut) ? nil : cut
    }

    // MARK: - Indicator table

    mutating func writeTable(_ groups: [GenGroup]) {
        let planner = TablePlanner(groups: groups, styles: styles)
        var planned: [TableRow]
        var q: Set<Quirk> = []
        do {
            if rng.chance(0.15) {
                planned = try planner.subTablePlan(&rng, quirks: &q)
            } else {
                planned = try planner.twoSidedPlan(&rng, quirks: &q)
            }
        } catch {
            q = []
            do {
                planned = try planner.twoSidedPlan(&rng, quirks: &q)
            } catch {
                q = [.planFallback]
                planned = try! planner.plainPlan()
            }
        }
        quirks.formUnion(q)
        TableRenderer(groups: groups, width: width).render(planned, into: &self)
    }

    // MARK: - Sign-off

    struct SignoffMeaning {
        var leader = "", handler = "", phone = "", filedAt = ""
    }

    mutating func makeSignoff() -> SignoffMeaning {
        var s = SignoffMeaning()
        if rng.chance(0.3) {
            s.leader = rng.pick(GenWords.people)
            s.handler = rng.pick(GenWords.people)
            s.phone = rng.chance(0.5) ? "0353-\(rng.int(2_000_000...7_999_999))" : "13\(rng.int(100_000_000...999_999_999))"
            quirks.insert(.signoffPeople)
        }
        var d = String(format: "%04d%02d%02d%02d%02d%02d", year - 1, rng.int(1...12), rng.int(1...28), rng.int(0...23), rng.int(0...59), rng.int(0...59))
        if rng.chance(0.08) {
            d.removeLast(rng.int(1...2))
            quirks.insert(.signoffMalformedDate)
        }
        s.filedAt = d
        return s
    }

    mutating func writeSignoff(_ s: SignoffMeaning) {
        let colon = rng.chance(0.7) ? "：" : ":"
        if colon == ":" { quirks.insert(.signoffASCIIColon) }
        var cells: [(Int, String)] = []
        var col = 0
        for (label, value) in [("负责人", s.leader), ("经办人", s.handler), ("联系电话", s.phone), ("填报日期", s.filedAt)] {
            if value.isEmpty {
                cells.append((col, label + colon))
                col += rng.chance(0.7) ? 2 : 1
            } else if rng.chance(label == "填报日期" ? 0.2 : 0.1) {
                cells.append((col, label + colon + (rng.chance(0.5) ? " " : "") + value))
                quirks.insert(.signoffValueInLabelCell)
                col += 2
            } else {
                cells.append((col, label + colon))
                let gap = rng.chance(0.7) ? 1 : rng.int(2...3)
                if gap > 1 { quirks.insert(.signoffValueCellsLater) }
                cells.append((col + gap, value))
                col += gap + 1
            }
        }
        row(cells)
    }
}

/// The narrative labels in print order.
enum ExpectedFormLabels {
    static let narratives = ["项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划"]
}
