/// What a cell says when it is one of the form's own words: computed once per cell while rows
/// are scanned (a hash lookup on its whitespace-free bytes), so the reader compares enums, not
/// strings.
enum CellLabel: Hashable, Sendable {
    case tier1(Tier1)
    case tier2(Tier2)
    /// `成本指标`: 一级 or 二级 depending on context.
    case cost
    /// A table heading: 一级指标, 二级指标, 三级指标, 指标值, 绩效指标 (or a garbled `绩效…`).
    case heading(Heading)
    /// A stray `项目` left in column 0 by a page break, or one character of a vertical
    /// `绩效指标` label flattened one character a line.
    case stray
    /// `本项目不适用此指标`: the tier of its row does not apply (88号 template).
    case notApplicable
    case header(HeaderField)
    case funds(Vocabulary.FundsSlot)
    case narrative(NarrativeField)
    case goal(GoalLabel)
    /// A sign-off label, possibly with its value after the colon (kept in `squeezed`).
    case signoff(SignoffField)

    enum Heading: Hashable, Sendable { case tier1, tier2, tier3, value, performance }
    enum HeaderField: Hashable, Sendable {
        case project, department, implementingUnit, attribute, origin, period, owner, sealUnit
        /// `项目资金（元）`, or `项目资金（万元）` (`tenThousandYuan`).
        case funds, fundsTenThousandYuan
    }
    enum NarrativeField: Int, Hashable, Sendable { case overview, basis, necessity, safeguards, plan }
    enum GoalLabel: Hashable, Sendable { case implementation, annual, overall }
    enum SignoffField: Int, Hashable, Sendable { case leader, handler, phone, filedAt }

    /// The table's view of the label.
    var tableCell: Vocabulary.TableCell {
        switch self {
        case .tier1(let t): return .tier1(t)
        case .tier2(let t): return .tier2(t)
        case .cost: return .cost
        case .heading: return .heading
        default: return .text
        }
    }

    /// Squeezed label text → label, for every printed variant.
    static let table: LabelTable = {
        let t = LabelTable()
        func add(_ s: String, _ l: CellLabel) { t.add(s, l) }
        add("产出指标", .tier1(.output)); add("产出", .tier1(.output))
        add("效益指标", .tier1(.benefit))
        add("满意度指标", .tier1(.satisfaction))
        add("成本指标", .cost); add("成本", .cost)
        for t2 in Tier2.allCases where t2 != .cost {
            add(t2.rawValue, .tier2(t2))
            add(String(t2.rawValue.dropLast(2)), .tier2(t2))
        }
        add("一级指标", .heading(.tier1)); add("二级指标", .heading(.tier2)); add("三级指标", .heading(.tier3))
        add("指标值", .heading(.value)); add("绩效指标", .heading(.performance))
        add("项目", .stray)
        for c in ["绩", "效", "指", "标"] { add(c, .stray) }
        for n in ["本项目不适用此指标", "本项目不适用该指标", "不适用此指标", "本项目不适用", "不适用"] { add(n, .notApplicable) }
        add("项目名称", .header(.project)); add("主管部门及代码", .header(.department)); add("主管部门", .header(.department))
        add("实施单位", .header(.implementingUnit)); add("项目属性", .header(.attribute)); add("项目期", .header(.period))
        add("项目来源", .header(.origin))
        for f in ["项目资金（元）", "项目资金(元)", "项目资金"] { add(f, .header(.funds)) }
        for f in ["项目资金（万元）", "项目资金(万元)"] { add(f, .header(.fundsTenThousandYuan)) }
        let funds: [(String, Vocabulary.FundsSlot)] = [
            ("实施期资金总额", .total(.implementation)), ("年度资金总额", .total(.annual)), ("资金总额", .total(nil)),
            ("中央财政资金", .central), ("省级财政资金", .provincial), ("市县（区）财政资金", .local),
            ("市县(区)财政资金", .local), ("市县财政资金", .local), ("单位自筹", .selfRaised), ("单位自筹资金", .selfRaised),
            ("其他资金", .other), ("财政拨款", .fiscal), ("财政拨款资金", .fiscal),
        ]
        for (name, slot) in funds {
            for prefix in ["", "其中：", "其中:", "其中"] {
                for suffix in ["", "：", ":"] { add(prefix + name + suffix, .funds(slot)) }
            }
        }
        let narratives: [(String, NarrativeField)] = [
            ("项目概况", .overview), ("立项依据", .basis), ("项目设立必要性", .necessity), ("项目设立的必要性", .necessity),
            ("保证项目实施的制度、措施", .safeguards), ("保证项目实施的制度,措施", .safeguards),
            ("保证项目实施的制度，措施", .safeguards), ("项目实施计划", .plan),
        ]
        for (name, f) in narratives { add(name, .narrative(f)) }
        add("实施期目标", .goal(.implementation)); add("年度目标", .goal(.annual)); add("总体目标", .goal(.overall))
        for (prefix, _) in prefixLabels { t.addStart(prefix) }
        t.addStart(performancePrefix)
        return t
    }()

    /// Labels whose value may follow a colon in the same cell, by their UTF-8 prefix: the
    /// sign-off labels, and 项目责任人 and 单位（盖章） of the 88号 template.
    static let prefixLabels: [([UInt8], CellLabel)] = [
        (Array("负责人".utf8), .signoff(.leader)), (Array("经办人".utf8), .signoff(.handler)),
        (Array("联系电话".utf8), .signoff(.phone)), (Array("填报日期".utf8), .signoff(.filedAt)),
        (Array("项目责任人".utf8), .header(.owner)), (Array("单位（盖章）".utf8), .header(.sealUnit)),
        (Array("单位(盖章)".utf8), .header(.sealUnit)),
    ]
    static let performancePrefix = Array("绩效".utf8)

    /// The label of a cell's bytes (already trimmed), with the index of its text (whitespace
    /// removed) in `table`, or -1 for a sign-off label or a garbled heading. Cells that
    /// cannot be labels (not starting with a CJK character, longer than any label, or starting
    /// with a character no label starts with) are turned away before any work.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> (CellLabel, Int32)? {
        let n = bytes.count
        guard n <= 64, n >= 3, let p = bytes.baseAddress, p[0] >= 0xE0 else { return nil }
        let table = Self.table
        guard table.mayStart(p, n) else { return nil }
        // Most cells hold no whitespace to squeeze: look their bytes up as they are.
        var plain = true
        for k in 0..<n {
            let b = p[k]
            if b <= 0x20 || b == 0xC2 || b == 0xE3 { plain = false; break }
        }
        if plain {
            if let hit = table.lookup(p, n) { return hit }
            return prefixed(p, n)
        }
        var buf: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &buf) { raw -> (CellLabel, Int32)? in
            let q = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var m = 0
            var k = 0
            while k < n {
                let b = p[k]
                // Line breaks stand inside workbook cells (a vertical label `绩\n效\n指\n标`).
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { k += 1; continue }
                if b == 0xE3, k + 2 < n, p[k + 1] == 0x80, p[k + 2] == 0x80 { k += 3; continue }
                if b == 0xC2, k + 1 < n, p[k + 1] == 0xA0 { k += 2; continue }
                q[m] = b
                m += 1
                k += 1
            }
            if let hit = table.lookup(q, m) { return hit }
            return prefixed(q, m)
        }
    }

    /// A sign-off (or 项目责任人, 单位（盖章）) label with its value after the colon, or a
    /// garbled `绩效…` heading.
    private static func prefixed(_ q: UnsafePointer<UInt8>, _ m: Int) -> (CellLabel, Int32)? {
        let squeezed = UnsafeBufferPointer(start: q, count: m)
        for (prefix, label) in prefixLabels where squeezed.starts(with: prefix) {
            let rest = m - prefix.count
            if rest == 0 { return (label, -1) }
            // The label must be followed by a colon: `填报日期：2025…` or `填报日期:2025…`.
            let c = q[prefix.count]
            if c == 0x3A || (c == 0xEF && rest >= 3 && q[prefix.count + 1] == 0xBC && q[prefix.count + 2] == 0x9A) {
                return (label, -1)
            }
        }
        if m <= 12, squeezed.starts(with: performancePrefix) { return (.heading(.performance), -1) }
        return nil
    }
}

/// The label words (whitespace removed) in an open-addressing table keyed by a hash of their
/// bytes, plus a bitmap of the first one and two characters a label can start with, to turn
/// most cells away at once. Built once; lookups touch raw storage only (no copies, no
/// reference counting).
final class LabelTable: @unchecked Sendable {
    private static let size = 1024
    private static let capacity = 512
    private static let arenaSize = 16 * 1024
    /// Per slot: entry index + 1 (0: empty), and the entry's hash.
    private let slots = UnsafeMutablePointer<Int32>.allocate(capacity: size)
    private let hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
    /// Per entry: where its bytes stand in the arena, how many, its label and squeezed text.
    /// Raw storage behind `let`s: a lookup pays no exclusivity check and no reference count.
    private let offsets = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
    private let lengths = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
    private let labels = UnsafeMutablePointer<CellLabel>.allocate(capacity: capacity)
    private let texts = UnsafeMutablePointer<String>.allocate(capacity: capacity)
    private var count = 0
    private let arena = UnsafeMutablePointer<UInt8>.allocate(capacity: arenaSize)
    private var used = 0
    private let startBits = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)
    private let start2Bits = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)

    init() {
        slots.initialize(repeating: 0, count: Self.size)
        hashes.initialize(repeating: 0, count: Self.size)
        startBits.initialize(repeating: 0, count: 64)
        start2Bits.initialize(repeating: 0, count: 64)
    }

    func add(_ s: String, _ l: CellLabel) {
        let bytes = Array(s.utf8)
        if let existing = find(bytes) {
            labels[existing] = l
            texts[existing] = s
            return
        }
        precondition(used + bytes.count <= Self.arenaSize && count < Self.capacity)
        (arena + used).initialize(from: bytes, count: bytes.count)
        offsets[count] = used
        lengths[count] = bytes.count
        (labels + count).initialize(to: l)
        (texts + count).initialize(to: s)
        count += 1
        let h = ByteText.hash(arena + used, bytes.count)
        used += bytes.count
        var slot = Int(truncatingIfNeeded: h) & (Self.size - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (Self.size - 1) }
        slots[slot] = Int32(count)
        hashes[slot] = h
        addStart(bytes)
    }

    private func find(_ bytes: [UInt8]) -> Int? {
        for i in 0..<count where lengths[i] == bytes.count && ByteText.equal(arena + offsets[i], bytes, bytes.count) { return i }
        return nil
    }

    func addStart(_ bytes: [UInt8]) {
        guard bytes.count >= 3 else { return }
        let v = UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
        let bit = Int((v &* 0x9E37_79B1) >> 20) & 4095
        startBits[bit >> 6] |= 1 << UInt64(bit & 63)
        if bytes.count >= 6 {
            let b2 = Self.bit2(bytes.withUnsafeBufferPointer { $0.baseAddress! })
            start2Bits[b2 >> 6] |= 1 << UInt64(b2 & 63)
        }
    }

    @inline(__always)
    private static func bit2(_ p: UnsafePointer<UInt8>) -> Int {
        let v = UInt64(p[0]) << 40 | UInt64(p[1]) << 32 | UInt64(p[2]) << 24 | UInt64(p[3]) << 16 | UInt64(p[4]) << 8 | UInt64(p[5])
        return Int(truncatingIfNeeded: (v &* 0x9E37_79B9_7F4A_7C15) >> 52) & 4095
    }

    /// The label text (whitespace removed) of entry `i`.
    @inline(__always)
    func text(_ i: Int) -> String { texts[i] }

    /// Whether some label starts with the character at `p` (a quick filter: may say yes wrongly).
    @inline(__always)
    func mayStart(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let v = UInt32(p[0]) << 16 | UInt32(p[1]) << 8 | UInt32(p[2])
        let bit = Int((v &* 0x9E37_79B1) >> 20) & 4095
        guard startBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        // The second character too when it is a CJK ideograph or a full-width form (lead byte
        // E4…EF: never whitespace); otherwise squeezing decides.
        guard n >= 6, p[3] >= 0xE4 else { return true }
        let b2 = Self.bit2(p)
        return start2Bits[b2 >> 6] & (1 << UInt64(b2 & 63)) != 0
    }

    @inline(__always)
    func lookup(_ p: UnsafePointer<UInt8>, _ n: Int) -> (CellLabel, Int32)? {
        let h = ByteText.hash(p, n)
        var slot = Int(truncatingIfNeeded: h) & (Self.size - 1)
        while true {
            let e = Int(slots[slot])
            if e == 0 { return nil }
            if hashes[slot] == h {
                let i = e - 1
                if lengths[i] == n, ByteText.equal(arena + offsets[i], p, n) { return (labels[i], Int32(i)) }
            }
            slot = (slot + 1) & (Self.size - 1)
        }
    }
}
