import Testing
@testable import JixiaoKit

/// The index's fast paths (filters, SIMD scans, field kinds for scopes, the result cache that
/// resumes where the previous keystroke matched, the parallel parts) against a plain reference
/// scan kept here: every field of every form folded to scalars and compared one position at a
/// time, with no index. Random forms over an alphabet full of the hard cases, random queries
/// (pieces of the forms' own text, their pinyin initials, random strings), every scope, typed
/// one character at a time with Backspace, as the browser does.
@Suite struct SearchDifferentialTests {
    /// A deterministic generator.
    struct LCG {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
    }

    static let alphabet = Array("公交人才工作行长重调会政策补贴满意度指标年月 　%％>＞0０19(（）)AaIiCc卡，。≥-".unicodeScalars)

    static func text(_ rng: inout LCG, _ n: Int) -> String {
        String(String.UnicodeScalarView((0..<n).map { _ in alphabet[rng.next(alphabet.count)] }))
    }

    /// 1,300 forms: three build chunks, enough candidates for the parallel parts and the cache.
    static let forms: [Form] = {
        var rng = LCG(state: 99)
        return (0..<1300).map { _ in
            let t = { (n: Int) in text(&rng, n) }
            let indicators = (0..<1 + rng.next(4)).map { _ in
                Indicator(tier1: ["产出指标", "效益指标", "满意度指标"][rng.next(3)], tier2: t(3), name: t(2 + rng.next(6)), value: t(1 + rng.next(4)))
            }
            return Form(
                project: t(3 + rng.next(8)), department: Department(code: t(2), name: t(rng.next(4))),
                implementingUnit: t(rng.next(6)),
                narrative: Narrative(overview: t(rng.next(40)), basis: t(rng.next(12))),
                goals: Goals(implementation: t(rng.next(30)), annual: t(rng.next(10))),
                indicators: IndicatorTable(
                    implementation: indicators, annual: Array(indicators.prefix(1)),
                    declarations: [.annual: [TierDeclaration(tier1: "效益指标", tier2: t(4), line: 1)]]))
        }
    }()

    static let index = SearchIndex(forms: forms)

    // MARK: The reference

    /// One field: its folded scalars, and whether each scope searches it.
    struct Field {
        let scalars: [UInt32]
        let scopes: Set<SearchScope>
    }

    static func field(_ text: String, _ scopes: Set<SearchScope>) -> Field {
        Field(scalars: text.unicodeScalars.compactMap { SearchFolding.fold($0.value) }, scopes: scopes.union([.all]))
    }

    /// Every searchable field of a form, written out from the model here (not `SearchField`).
    static func fields(of form: Form) -> [Field] {
        var out = [field(form.project, [.project]), field(form.department.display, [.department]),
                   field(form.implementingUnit, [.department])]
        for f in Narrative.fields { out.append(field(form.narrative[keyPath: f.path], [])) }
        out.append(field(form.goals.implementation, []))
        out.append(field(form.goals.annual, []))
        for side in Side.allCases {
            for ind in form.indicators[side] {
                out += [field(ind.tier1, [.indicator]), field(ind.tier2, [.indicator]),
                        field(ind.name, [.indicator]), field(ind.value, [.value])]
            }
            for d in form.indicators.declarations[side] ?? [] {
                out += [field(d.tier1, [.indicator]), field(d.tier2, [.indicator])]
            }
        }
        return out
    }

    static let folded = forms.map(fields(of:))

    /// Whether the folded query matches somewhere in a field of `scope` of form `f`: a letter
    /// matches itself or an ideograph with that pinyin initial, anything else only itself.
    static func reference(_ query: String, _ scope: SearchScope, _ f: Int) -> Bool {
        reference(query, scope, in: folded[f])
    }

    /// Whether the folded query matches somewhere in one of `fields` that `scope` searches.
    static func reference(_ query: String, _ scope: SearchScope, in fields: [Field]) -> Bool {
        let q = query.unicodeScalars.compactMap { SearchFolding.fold($0.value) }
        if q.isEmpty { return true }
        func same(_ a: UInt32, _ t: UInt32) -> Bool {
            let isLetter = a >= 0x61 && a <= 0x7A
            return isLetter ? SearchFolding.initials(t) & 1 << (a - 0x61) != 0 : a == t
        }
        let m = q.count
        for field in fields where field.scopes.contains(scope == .rule ? .all : scope) {
            let s = field.scalars
            var start = 0
            while start + m <= s.count {
                var k = 0
                while k < m, same(q[k], s[start + k]) { k += 1 }
                if k == m { return true }
                start += 1
            }
        }
        return false
    }

    static func expected(_ query: String, _ scope: SearchScope, within: [Int]? = nil) -> [Int] {
        (within ?? Array(forms.indices)).filter { reference(query, scope, $0) }
    }

    // MARK: Queries

    /// Pieces of the forms' own text (so that they match), their initials, random strings.
    static let queries: [String] = {
        var rng = LCG(state: 7)
        var out = ["gj", "rcgz", "公j", "xh", "zc", "ic卡", "100%", "（", "≥9", "mydzb", "满意度", "公交政策", "zzzz", "行"]
        while out.count < 44 {
            let f = fields(of: forms[rng.next(forms.count)]).filter { $0.scalars.count >= 3 }
            guard !f.isEmpty else { continue }
            let s = f[rng.next(f.count)].scalars
            let len = 2 + rng.next(min(5, s.count - 1))
            let start = rng.next(s.count - len + 1)
            let piece = Array(s[start..<start + len])
            out.append(String(String.UnicodeScalarView(piece.compactMap(Unicode.Scalar.init))))
            // The same piece as a reader types it: initials for the ideographs.
            out.append(String(String.UnicodeScalarView(piece.compactMap { v -> Unicode.Scalar? in
                let m = SearchFolding.initials(v)
                return v >= 0x3400 && m != 0 ? Unicode.Scalar(0x61 + UInt8(m.trailingZeroBitCount)) : Unicode.Scalar(v)
            })))
            out.append(text(&rng, 1 + rng.next(3)))
        }
        return out
    }()

    // MARK: Tests

    /// Typed one character at a time, each keystroke within the previous result (as the
    /// browser narrows), in every scope.
    @Test(arguments: [SearchScope.all, .project, .department, .indicator, .value])
    func typingMatchesTheReference(scope: SearchScope) {
        for q in scope == .all ? Self.queries : Array(Self.queries.prefix(20)) {
            var previous: [Int]? = nil
            var typed = ""
            for ch in q {
                typed.append(ch)
                let found = Self.index.matches(ScopedQuery(scope: scope, text: typed), in: Self.forms, within: previous)
                let want = Self.expected(typed, scope)
                #expect(found == want, "\(scope) \(typed.debugDescription): \(found.count) found, \(want.count) expected")
                previous = found
            }
        }
    }

    /// Whole queries from scratch (the cache of earlier keystrokes in play), within a subset
    /// (a result cached from a subset is not every match), and with Backspace: a query that
    /// shrinks, then grows another way.
    @Test func scratchSubsetsAndBackspace() {
        let index = SearchIndex(forms: Self.forms)  // its own cache
        var rng = LCG(state: 5)
        let third = Array(stride(from: 0, to: Self.forms.count, by: 3))
        for (n, q) in Self.queries.enumerated() {
            let scope: SearchScope = [.all, .project, .indicator, .all, .value, .department, .rule][n % 7]
            let scoped = ScopedQuery(scope: scope, text: q)
            #expect(index.matches(scoped, in: Self.forms) == Self.expected(q, scope), "\(scope) \(q.debugDescription)")
            #expect(index.matches(scoped, in: Self.forms, within: third) == Self.expected(q, scope, within: third),
                    "\(scope) \(q.debugDescription) within a third")
            // Backspace twice, then a random character, each from scratch.
            let shorter = String(q.dropLast(min(2, q.count)))
            let other = shorter + Self.text(&rng, 1)
            for t in [shorter, other, other + "交"] {
                #expect(index.matches(t) == Self.expected(t, .all), "\(t.debugDescription) after Backspace")
            }
        }
        // One form at a time (the browser's check of a single form).
        for f in 0..<20 {
            for q in Self.queries.prefix(20) {
                #expect(index.formMatches(f, q) == Self.reference(q, .all, f), "form \(f) \(q.debugDescription)")
            }
        }
    }

    /// A hit in a field outside the scope does not count, however early it comes.
    @Test func scopesNeedAHitInTheirFields() {
        let forms = [
            Form(project: "公交补贴", department: Department(code: "906", name: "交通局"),
                 narrative: Narrative(overview: "满意度 100%"),
                 indicators: IndicatorTable(implementation: [
                    Indicator(tier1: "产出指标", tier2: "数量指标", name: "线路", value: "公交 100%")])),
            Form(project: "线路", implementingUnit: "公交公司",
                 indicators: IndicatorTable(implementation: [
                    Indicator(tier1: "满意度指标", tier2: "服务对象满意度", name: "公交满意度", value: "≥90%")])),
        ]
        let index = SearchIndex(forms: forms)
        func found(_ s: SearchScope, _ t: String) -> [Int] { index.matches(ScopedQuery(scope: s, text: t), in: forms) }
        #expect(found(.project, "公交") == [0])
        #expect(found(.department, "公交") == [1])
        #expect(found(.indicator, "公交") == [1])
        #expect(found(.value, "公交") == [0])
        #expect(found(.value, "100%") == [0])  // not the narrative's 100%
        #expect(found(.indicator, "满意度") == [1])  // tier label and name, not the narrative
        #expect(found(.indicator, "线路") == [0])  // form 1's 线路 is its project
        #expect(found(.project, "gj") == [0])
        #expect(found(.department, "gjgs") == [1])
        #expect(found(.department, "906-j") == [0])
        #expect(found(.all, "公交") == [0, 1])
    }

    // MARK: Long fields and the first-position rows

    /// A CJK scalar other than `c` in the same bucket of `SearchIndex.Storage.firsts`.
    static func collider(of c: Unicode.Scalar) -> Unicode.Scalar {
        let b = SearchIndex.Storage.firstBucket(c.value)
        let v = (0x4E00...0x9FFF).first { $0 != c.value && SearchIndex.Storage.firstBucket(UInt32($0)) == b }!
        return Unicode.Scalar(UInt32(v))!
    }

    /// Forms whose narratives run past the first-position rows' cap (254 × 32 bytes), with
    /// characters that occur only deep in them, early characters of the same bucket as those
    /// (the rows then give an earlier bound), and one-character queries of rare and common
    /// characters, alone and mixed with pinyin letters: every scope, typed with Backspace, from
    /// scratch and within a subset, against the reference.
    @Test func longFieldsAndFirstPositionsMatchTheReference() {
        let rare: [Unicode.Scalar] = ["鬼", "怪", "龙"]
        let colliders = rare.map(Self.collider(of:))
        #expect(zip(rare, colliders).allSatisfy { SearchIndex.Storage.firstBucket($0.value) == SearchIndex.Storage.firstBucket($1.value) })
        var rng = LCG(state: 41)
        func t(_ n: Int) -> String { Self.text(&rng, n) }
        func piece(_ scalars: [Unicode.Scalar]) -> String { String(String.UnicodeScalarView(scalars)) }
        let forms: [Form] = (0..<330).map { i in
            // Every third form long (3,000–4,000 scalars, 9–12 KB); the rare characters, when
            // present, only near its end or in a late indicator; their colliders early.
            let long = i % 3 == 0
            var overview = t(long ? 3000 + rng.next(1000) : rng.next(30))
            if rng.next(2) == 0 { overview = piece([colliders[rng.next(3)]]) + overview }
            if long && rng.next(3) != 0 { overview += piece([rare[rng.next(3)], rare[rng.next(3)]]) + t(3) }
            let late = rng.next(4) == 0 ? piece([rare[rng.next(3)]]) + t(2) : t(3)
            return Form(
                project: (rng.next(5) == 0 ? piece([colliders[rng.next(3)]]) : "") + t(3 + rng.next(6)),
                department: Department(code: t(2), name: t(rng.next(3))),
                narrative: Narrative(overview: overview, basis: t(rng.next(10))),
                goals: Goals(implementation: t(rng.next(20)), annual: long ? t(2000) + "鬼" : t(5)),
                indicators: IndicatorTable(implementation: [
                    Indicator(tier1: "产出指标", tier2: t(3), name: t(4), value: t(2)),
                    Indicator(tier1: "满意度指标", tier2: t(3), name: late, value: t(1 + rng.next(3))),
                ]))
        }
        let folded = forms.map(Self.fields(of:))
        func reference(_ query: String, _ scope: SearchScope, _ f: Int) -> Bool {
            Self.reference(query, scope, in: folded[f])
        }
        let index = SearchIndex(forms: forms)
        let queries = ["鬼", "鬼怪", "龙鬼", "公", "满", "%", "0", "鬼g", "g鬼", "鬼⌫怪", "公交⌫⌫满意",
                       piece([colliders[0]]), piece([colliders[1], "公"]), "怪y", "y怪", "满意度"]
        Self.typeEach(queries, in: forms, folded: folded, index: index)
        // The rows' cap is reached (the bound for a character past 254 × 32 bytes) and a form
        // with no character of a bucket has it absent: both paths are taken above.
        let storage = index.storage, stride = storage.wordsPerRow * 64
        let row = SearchIndex.Storage.firstBucket(("鬼" as Unicode.Scalar).value) * stride
        #expect(forms.indices.contains { storage.firsts[row + $0] == SearchIndex.Storage.firstCap })
        #expect(forms.indices.contains { storage.firsts[row + $0] == SearchIndex.Storage.absent })
        // The rare characters are found deep in the long forms (past the rows' cap), not only early.
        #expect(index.matches("鬼").contains { $0 % 3 == 0 })
        #expect(index.matches("鬼").count == forms.indices.filter { reference("鬼", .all, $0) }.count)
    }

    /// Types each query a character at a time in every scope (`⌫` is a Backspace), each
    /// keystroke narrowing the previous one's matches as the browser does, and checks the index
    /// against the reference, in all forms and within every third form.
    static func typeEach(_ queries: [String], in forms: [Form], folded: [[Field]], index: SearchIndex,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let third = Array(stride(from: 0, to: forms.count, by: 3))
        for scope in [SearchScope.all, .project, .department, .indicator, .value] {
            for q in queries {
                var typed = ""
                var previous: [Int]? = nil
                for ch in q {
                    if ch == "⌫" { if !typed.isEmpty { typed.removeLast() }; previous = nil; continue }
                    typed.append(ch)
                    let want = forms.indices.filter { reference(typed, scope, in: folded[$0]) }
                    let query = ScopedQuery(scope: scope, text: typed)
                    let found = index.matches(query, in: forms, within: previous)
                    #expect(found == want, "\(scope) \(typed.debugDescription): \(found.count) found, \(want.count) expected",
                            sourceLocation: sourceLocation)
                    #expect(index.matches(query, in: forms, within: third) == want.filter { $0 % 3 == 0 },
                            "\(scope) \(typed.debugDescription) within a third", sourceLocation: sourceLocation)
                    previous = found
                }
            }
        }
    }

    // MARK: Exact presence

    /// The presence blocks against the forms' own text, both ways: for every scalar in the
    /// forms (and one in none), the forms holding it in some field are exactly those the
    /// blocks give (1,300 forms: three chunks, the last one partly filled).
    @Test func presenceIsExact() {
        let storage = Self.index.storage
        var scalars: Set<UInt32> = [0x9B3C]  // 鬼: in no form
        for fields in Self.folded { for field in fields { scalars.formUnion(field.scalars) } }
        let letters = UInt32(0x61)...0x7A  // never literals: no presence
        for s in scalars.sorted() where s < SearchIndex.Storage.presenceLimit && !letters.contains(s) {
            var set = [UInt64](repeating: ~0, count: storage.wordsPerRow)
            storage.filter(&set, present: s)
            let want = Self.forms.indices.filter { f in Self.folded[f].contains { $0.scalars.contains(s) } }
            #expect(SearchIndex.members(set) == want, "U+\(String(s, radix: 16)): presence")
        }
    }

    /// One-character queries, answered from the presence blocks alone, and longer ones
    /// filtered by them, against the reference: a rare character only in forms at the edges
    /// of the blocks' words and chunks (0, 63, 64, 511, 512, 1023, 1024, the last), as the first
    /// scalar of a form, the last one, or deep in a long narrative; a common one missing from
    /// two forms; a character above U+FFFF (no presence: the Bloom signature's); `%` typed
    /// full-width; letters beside them; every scope, typed with Backspace, from scratch and
    /// within a subset. And a character past the 4 MB a field is searched to is not found.
    @Test func presenceAtChunkEdgesMatchesTheReference() {
        let rareForms: Set<Int> = [0, 63, 64, 511, 512, 1023, 1024, 1099]
        var rng = LCG(state: 13)
        func t(_ n: Int) -> String { Self.text(&rng, n) }
        let forms: [Form] = (0..<1100).map { i in
            let rare = rareForms.contains(i)
            let common = i == 5 || i == 600 ? "" : "河"
            let place = i % 3
            let project = (rare && place == 0 ? "鬼" : "") + t(3) + common
            let overview = i % 50 == 0 || rare && place == 2 ? t(3000) + (rare && place == 2 ? "鬼" : "") + t(5) : t(rng.next(20))
            let wide = [1, 700].contains(i) ? "𠀀" : i == 2 ? "％" : i == 3 ? "%" : ""
            let value = t(2) + wide + (rare && place == 1 ? "鬼" : "")
            return Form(
                project: project, department: Department(code: t(2), name: t(rng.next(3))),
                narrative: Narrative(overview: overview),
                goals: Goals(implementation: t(rng.next(8))),
                indicators: IndicatorTable(implementation: [
                    Indicator(tier1: "产出指标", tier2: t(2), name: t(3), value: t(1)),
                    Indicator(tier1: "满意度指标", tier2: t(2), name: t(2), value: value),
                ]))
        }
        let folded = forms.map(Self.fields(of:))
        let index = SearchIndex(forms: forms)
        // The rare character is where it was put, at each edge.
        #expect(Set(index.matches("鬼")) == rareForms)
        #expect(index.matches("河").count == 1098)
        let queries = ["鬼", "河", "𠀀", "%", "％", "鬼⌫河", "河鬼", "鬼河", "gg", "g鬼", "鬼g", "h", "河h", "公", "0",
                       "𠀀鬼", "鬼 ", " ", "鬼⌫⌫", "怪"]
        Self.typeEach(queries, in: forms, folded: folded, index: index)
        // Past the searched part of a field: the index, presence included, holds its first
        // 4 MB only.
        let big = String(repeating: "交", count: SearchIndex.maxFieldBytes / 3) + "龙"
        let capped = SearchIndex(forms: [
            Form(project: "龙"), Form(project: "交", narrative: Narrative(overview: big)), Form(project: "公"),
        ])
        #expect(capped.matches("龙") == [0])
        #expect(capped.matches("交") == [1])
        #expect(capped.matches("交龙") == [])
        // No forms, and a form with no text: nothing holds a character.
        let empty = SearchIndex(forms: [])
        #expect(empty.matches("公") == [] && empty.matches("") == [])
        let blank = SearchIndex(forms: [Form(), Form(project: "公")])
        #expect(blank.matches("公") == [1] && blank.matches(" ") == [0, 1])
    }
}
