import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension SearchIndex {
    /// The index's memory: the folded text and the per-form filters. Immutable once built.
    ///
    /// Forms are built in chunks of `chunkSize`, in parallel; each chunk has its own buffers.
    final class Storage: @unchecked Sendable {
        static let chunkSize = 512
        /// Per chunk: all its folded fields, each ended by the byte of its kind (`FieldKind`,
        /// 0xF8–0xFF, bytes no UTF-8 holds; the buffer starts with 0xFF).
        let chunkBytes: [UnsafeMutablePointer<UInt8>]
        /// Per chunk: the letter class of every folded scalar (`SearchFolding.Pinyin.classes`),
        /// and at field ends the same `FieldKind` byte as in the folded bytes.
        let chunkClasses: [UnsafeMutablePointer<UInt8>]
        /// Per form, four numbers: where its bytes start, where its head fields end (project,
        /// department, unit: they come first), where its short fields end (all but narratives
        /// and goals, which come last and no scope searches) and where it ends, in its chunk's
        /// buffer.
        let spans: [Int]
        /// The same four numbers for its classes.
        let classSpans: [Int]
        /// Folded bytes in all.
        let byteCount: Int
        /// The filters, bit-sliced: one row of bits per filter key, one bit per form
        /// (`wordsPerRow` words a row). Rows 0–25: the form answers to letter a+i. Rows
        /// 26 + 26·i + j: letter a+j follows letter a+i somewhere. Rows `bloomRow + b`: bit b of
        /// the form's Bloom signature. A query ANDs the rows of its keys and reads no text for
        /// the forms that drop out: a few hundred words per key for 10,000 forms.
        let rows: [UInt64]
        let wordsPerRow: Int
        static let pairRow = 26
        static let bloomRow = 26 + 26 * 26
        static let rowCount = bloomRow + (1 << SearchIndex.bloomBitsLog2)

        /// Where each form's literal scalars first occur, coarsely: bucket `b` of form `f`
        /// (`firsts[b * wordsPerRow * 64 + f]`) is the least position, in `firstUnit`s of bytes
        /// from the form's start, of a scalar hashing to `b` (`firstBucket`), at most
        /// `firstCap`; `absent` when none does. A lower bound of where a query's first match can
        /// start, read from one row per query character: the scan starts there instead of at
        /// the form's start (a character typed first matches most forms, each far into its
        /// text), and a form without the character drops out. A row per bucket, one byte per
        /// form: for a query the row is read in order. (512 buckets instead of 256 gave no
        /// measurable gain for twice the memory: 51 MB at 100,000 forms.)
        let firsts: [UInt8]
        static let firstBucketsLog2 = 8
        static let firstBuckets = 1 << firstBucketsLog2
        static let firstUnitLog2 = 5
        static let firstCap: UInt8 = 254
        static let absent: UInt8 = 255

        /// Exactly which forms hold each literal scalar below U+10000 (`filter(_:present:)`), stored
        /// per chunk of `chunkSize` forms as a block of 512 bits (8 words, the chunk's words of
        /// a row): `presenceBlocks` holds the blocks; `presenceSlot[scalar]` is the scalar's
        /// number (-1: in no form), and `presenceIndex[number * chunkCount + chunk]` its block
        /// in that chunk (-1: in none of the chunk's forms). A rare character costs a block per
        /// chunk it occurs in, a common one a row of bits. A one-character query is answered
        /// here without reading any text, and every literal of a query drops the forms without
        /// it (exactly: the Bloom signature's unigram bits only approximately did).
        let presenceBlocks: [UInt64]
        let presenceSlot: [Int32]
        let presenceIndex: [Int32]
        let chunkCount: Int
        /// Scalars from here on have no presence rows (the Bloom signature keeps them).
        static let presenceLimit: UInt32 = 0x10000

        @inline(__always)
        static func firstBucket(_ scalar: UInt32) -> Int {
            Int(truncatingIfNeeded: (scalar &* 0x9E37_79B1) >> UInt32(32 - firstBucketsLog2))
        }

        /// What the byte ending a field says about it: the scopes that search it.
        enum FieldKind: UInt8 {
            case project = 0xF8, department = 0xF9, indicator = 0xFA, value = 0xFB, other = 0xFF

            init(_ field: SearchField) {
                switch field {
                case .project: self = .project
                case .department, .implementingUnit: self = .department
                case .tier, .indicatorName: self = .indicator
                case .indicatorValue: self = .value
                case .narrative, .goal: self = .other
                }
            }

            /// The kinds of field a scope searches, as a bit set over `rawValue - 0xF8`
            /// (every kind for `.all` and `.rule`).
            static func mask(_ scope: SearchScope) -> UInt8 {
                func bit(_ k: FieldKind) -> UInt8 { 1 << (k.rawValue - 0xF8) }
                switch scope {
                case .all, .rule: return 0xFF
                case .project: return bit(.project)
                case .department: return bit(.department)
                case .indicator: return bit(.indicator)
                case .value: return bit(.value)
                }
            }
        }

        struct Pointers {
            let chunkBytes: UnsafePointer<UnsafeMutablePointer<UInt8>>
            let chunkClasses: UnsafePointer<UnsafeMutablePointer<UInt8>>
            let spans: UnsafePointer<Int>
            let classSpans: UnsafePointer<Int>
            /// `Storage.firsts`, and its row length.
            let firsts: UnsafePointer<UInt8>
            let firstsStride: Int

            @inline(__always) func bytes(_ f: Int) -> UnsafePointer<UInt8> {
                UnsafePointer(chunkBytes[f / Storage.chunkSize])
            }
            @inline(__always) func classes(_ f: Int) -> UnsafePointer<UInt8> {
                UnsafePointer(chunkClasses[f / Storage.chunkSize])
            }
        }

        func withPointers<R>(_ body: (Pointers) -> R) -> R {
            chunkBytes.withUnsafeBufferPointer { cb in
                chunkClasses.withUnsafeBufferPointer { cc in
                    spans.withUnsafeBufferPointer { s in
                        classSpans.withUnsafeBufferPointer { cs in
                            firsts.withUnsafeBufferPointer { fp in
                                body(Pointers(
                                    chunkBytes: cb.baseAddress!, chunkClasses: cc.baseAddress!,
                                    spans: s.baseAddress!, classSpans: cs.baseAddress!,
                                    firsts: fp.baseAddress!, firstsStride: wordsPerRow * 64))
                            }
                        }
                    }
                }
            }
        }

        /// The forms among `candidates` (a bit set of `wordsPerRow` words) that hold the literal
        /// `scalar` (below `presenceLimit`) in some field: `candidates` ANDed with its presence.
        func filter(_ candidates: inout [UInt64], present scalar: UInt32) {
            precondition(scalar < Storage.presenceLimit)
            let id = Int(presenceSlot[Int(scalar)])
            candidates.withUnsafeMutableBufferPointer { c in
                guard id >= 0 else { c.update(repeating: 0); return }
                presenceIndex.withUnsafeBufferPointer { index in
                    presenceBlocks.withUnsafeBufferPointer { blocks in
                        let blocksOf = index.baseAddress! + id * chunkCount
                        for chunk in 0..<chunkCount {
                            let b = Int(blocksOf[chunk]), at = chunk &* 8
                            if b < 0 {
                                for k in 0..<8 { c[at &+ k] = 0 }
                            } else {
                                for k in 0..<8 { c[at &+ k] &= blocks[b &* 8 &+ k] }
                            }
                        }
                    }
                }
            }
        }

        /// The forms among `candidates` (a bit set of `wordsPerRow` words) whose filters have
        /// all of `rows`: `candidates` ANDed with each row.
        func filter(_ candidates: inout [UInt64], rows wanted: [Int]) {
            let w = wordsPerRow
            rows.withUnsafeBufferPointer { all in
                candidates.withUnsafeMutableBufferPointer { c in
                    for r in wanted {
                        let row = all.baseAddress! + r * w
                        var any: UInt64 = 0
                        for k in 0..<w {
                            c[k] &= row[k]
                            any |= c[k]
                        }
                        if any == 0 { return }
                    }
                }
            }
        }

        deinit {
            for b in chunkBytes { b.deallocate() }
            for c in chunkClasses { c.deallocate() }
        }

        @inline(__always)
        static func unigramKey(_ v: UInt32) -> UInt64 { UInt64(v) | 1 << 50 }
        @inline(__always)
        static func pairKey(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 21 | UInt64(b) }
        /// Three literal scalars in a row.
        @inline(__always)
        static func tripleKey(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
            (UInt64(a) << 42 | UInt64(b) << 21 | UInt64(c)) &* 0xD6E8_FEB8_6659_FD93 ^ 1 << 63
        }
        /// Three letters in a row, each 0–25.
        @inline(__always)
        static func trigramKey(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
            UInt64(a << 10 | b << 5 | c) | 1 << 51
        }
        @inline(__always)
        static func bloomBit(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - SearchIndex.bloomBitsLog2))
        }

        init(forms: [Form]) {
            let n = forms.count
            let chunks = max(1, (n + Storage.chunkSize - 1) / Storage.chunkSize)
            // A chunk owns 8 whole words (one cache line) of every row: chunks never share one.
            let w = chunks * Storage.chunkSize / 64
            var chunkBytes = [UnsafeMutablePointer<UInt8>?](repeating: nil, count: chunks)
            var chunkClasses = [UnsafeMutablePointer<UInt8>?](repeating: nil, count: chunks)
            var chunkCounts = [Int](repeating: 0, count: chunks)
            var spans = [Int](repeating: 0, count: 4 * n)
            var classSpans = [Int](repeating: 0, count: 4 * n)
            var rows = [UInt64](repeating: 0, count: Storage.rowCount * w)
            var firsts = [UInt8](repeating: Storage.absent, count: Storage.firstBuckets * w * 64)
            var presenceSlot: [Int32] = [], presenceIndex: [Int32] = [], presenceBlocks: [UInt64] = []
            let pinyin = SearchFolding.pinyin

            pinyin.classes.withUnsafeBufferPointer { classTable in
            pinyin.classMasks.withUnsafeBufferPointer { classMasks in
            forms.withUnsafeBufferPointer { forms in
            chunkBytes.withUnsafeMutableBufferPointer { chunkBytes in
            chunkClasses.withUnsafeMutableBufferPointer { chunkClasses in
            chunkCounts.withUnsafeMutableBufferPointer { chunkCounts in
            spans.withUnsafeMutableBufferPointer { spans in
            classSpans.withUnsafeMutableBufferPointer { classSpans in
            rows.withUnsafeMutableBufferPointer { rows in
            firsts.withUnsafeMutableBufferPointer { firsts in
                let firsts = firsts.baseAddress!, stride = w * 64
                let tables = Tables(classes: classTable.baseAddress!, classMasks: classMasks.baseAddress!)
                let rows = rows.baseAddress!
                // Each chunk writes only its own slots: the chunks run in parallel.
                let built = Parallel.map(chunks) { (c: Int) -> Output in
                    var out = Output()
                    let first = c * Storage.chunkSize
                    let sigWords = SearchIndex.bloomWords
                    // Signatures of the chunk's forms, one after the other, then sliced.
                    let sigs = UnsafeMutablePointer<UInt64>.allocate(capacity: Storage.chunkSize * sigWords)
                    sigs.initialize(repeating: 0, count: Storage.chunkSize * sigWords)
                    defer { sigs.deallocate() }
                    // First positions of the chunk's forms, one form after the other, then
                    // written to their rows.
                    let buckets = Storage.firstBuckets
                    let locs = UnsafeMutablePointer<UInt8>.allocate(capacity: Storage.chunkSize * buckets)
                    locs.initialize(repeating: Storage.absent, count: Storage.chunkSize * buckets)
                    defer { locs.deallocate() }
                    // Presence of the chunk's scalars: a block of 512 bits per scalar met, in
                    // the order met; `slots` numbers them.
                    let slots = UnsafeMutablePointer<Int32>.allocate(capacity: Int(Storage.presenceLimit))
                    slots.initialize(repeating: -1, count: Int(Storage.presenceLimit))
                    let met = UnsafeMutablePointer<UInt16>.allocate(capacity: Int(Storage.presenceLimit))
                    let blocks = UnsafeMutablePointer<UInt64>.allocate(capacity: 8 * Int(Storage.presenceLimit))
                    defer { slots.deallocate(); met.deallocate(); blocks.deallocate() }
                    var presence = Presence(slots: slots, scalars: met, blocks: blocks)
                    var follows = [UInt32](repeating: 0, count: 26)
                    for fi in first..<min(n, first + Storage.chunkSize) {
                        spans[4 * fi] = out.n
                        classSpans[4 * fi] = out.cn
                        let word = fi >> 6, bit: UInt64 = 1 << UInt64(fi & 63)
                        follows.withUnsafeMutableBufferPointer { fol in
                            fol.update(repeating: 0)
                            var state = FormState(
                                sig: sigs + (fi - first) * sigWords, follows: fol.baseAddress!,
                                firsts: locs + (fi - first) * buckets, start: out.n, presence: presence,
                                local: fi - first)
                            var shortEnd: (Int, Int)? = nil
                            var headEnd: (Int, Int)? = nil
                            SearchField.forEach(in: forms[fi], shortFirst: true) { field, text in
                                let kind = FieldKind(field)
                                if kind.rawValue > FieldKind.department.rawValue && headEnd == nil { headEnd = (out.n, out.cn) }
                                if kind == .other && shortEnd == nil { shortEnd = (out.n, out.cn) }
                                var text = text
                                text.withUTF8 { all in
                                    let src = UnsafeBufferPointer(rebasing: all.prefix(SearchIndex.searchedCount(all)))
                                    out.reserve(src.count + 1)
                                    Storage.fold(src, into: &out, state: &state, tables: tables)
                                    out.bytes[out.n] = kind.rawValue
                                    out.n += 1
                                    out.classes[out.cn] = kind.rawValue
                                    out.cn += 1
                                }
                            }
                            presence = state.presence
                            spans[4 * fi + 1] = headEnd?.0 ?? out.n
                            classSpans[4 * fi + 1] = headEnd?.1 ?? out.cn
                            spans[4 * fi + 2] = shortEnd?.0 ?? out.n
                            classSpans[4 * fi + 2] = shortEnd?.1 ?? out.cn
                            var l = state.letters
                            while l != 0 {
                                rows[l.trailingZeroBitCount * w + word] |= bit
                                l &= l &- 1
                            }
                            for i in 0..<26 {
                                var next = fol[i]
                                while next != 0 {
                                    rows[(Storage.pairRow + 26 * i + next.trailingZeroBitCount) * w + word] |= bit
                                    next &= next &- 1
                                }
                            }
                        }
                        spans[4 * fi + 3] = out.n
                        classSpans[4 * fi + 3] = out.cn
                    }
                    let formsHere = min(n, first + Storage.chunkSize) - first
                    for b in 0..<buckets {
                        let row = firsts + b * stride + first
                        for j in 0..<formsHere { row[j] = locs[j * buckets + b] }
                    }
                    Storage.slice(sigs, forms: min(n, first + Storage.chunkSize) - first,
                                  into: rows + Storage.bloomRow * w + first / 64, rowStride: w)
                    out.presenceScalars = Array(UnsafeBufferPointer(start: met, count: presence.count))
                    out.presenceBlocks = Array(UnsafeBufferPointer(start: blocks, count: 8 * presence.count))
                    out.finish()
                    return out
                }
                for (c, out) in built.enumerated() {
                    chunkBytes[c] = out.bytes
                    chunkClasses[c] = out.classes
                    chunkCounts[c] = out.n
                }
                (presenceSlot, presenceIndex, presenceBlocks) = Storage.presence(built, chunks: chunks)
            }
            }
            }
            }
            }
            }
            }
            }
            }
            }
            self.chunkBytes = chunkBytes.map { $0! }
            self.chunkClasses = chunkClasses.map { $0! }
            self.byteCount = chunkCounts.reduce(0, +)
            self.spans = spans
            self.classSpans = classSpans
            self.rows = rows
            self.firsts = firsts
            self.wordsPerRow = w
            self.presenceSlot = presenceSlot
            self.presenceIndex = presenceIndex
            self.presenceBlocks = presenceBlocks
            self.chunkCount = chunks
        }

        /// Joins the chunks' presence blocks: every scalar met gets a number (`presenceSlot`)
        /// and its block in each chunk (`presenceIndex`).
        static func presence(_ built: [Output], chunks: Int) -> (slot: [Int32], index: [Int32], blocks: [UInt64]) {
            var slot = [Int32](repeating: -1, count: Int(presenceLimit))
            var count = 0
            for out in built {
                for s in out.presenceScalars where slot[Int(s)] < 0 {
                    slot[Int(s)] = Int32(count)
                    count += 1
                }
            }
            var index = [Int32](repeating: -1, count: count * chunks)
            var blocks: [UInt64] = []
            blocks.reserveCapacity(built.reduce(0) { $0 + $1.presenceBlocks.count })
            for (c, out) in built.enumerated() {
                let base = blocks.count / 8
                for (k, s) in out.presenceScalars.enumerated() {
                    index[Int(slot[Int(s)]) * chunks + c] = Int32(base + k)
                }
                blocks += out.presenceBlocks
            }
            return (slot, index, blocks)
        }

        /// Bit-slices the signatures of `forms` (≤ `chunkSize`) forms: bit b of form j goes to
        /// word j/64, bit j%64, of row b. 64×64 blocks are transposed in registers.
        static func slice(_ sigs: UnsafePointer<UInt64>, forms: Int, into rows: UnsafeMutablePointer<UInt64>, rowStride: Int) {
            let sigWords = SearchIndex.bloomWords
            var m = [UInt64](repeating: 0, count: 64)
            m.withUnsafeMutableBufferPointer { m in
                for block in 0..<(forms + 63) / 64 {
                    let count = min(64, forms - block * 64)
                    for word in 0..<sigWords {
                        // m[j]: form j's 64 signature bits of this word.
                        for j in 0..<64 { m[j] = j < count ? sigs[(block * 64 + j) * sigWords + word] : 0 }
                        transpose64(m.baseAddress!)
                        // Now m[i] bit j is bit i of form j.
                        for i in 0..<64 where m[i] != 0 {
                            rows[(word * 64 + i) * rowStride + block] = m[i]
                        }
                    }
                }
            }
        }

        /// Transposes a 64×64 bit matrix in place: bit j of word i ↔ bit i of word j
        /// (Hacker's Delight 7-3, swapping ever smaller blocks).
        @inline(__always)
        static func transpose64(_ a: UnsafeMutablePointer<UInt64>) {
            var j = 32
            var mask: UInt64 = 0x0000_0000_FFFF_FFFF
            while j != 0 {
                var k = 0
                while k < 64 {
                    let t = (a[k] >> UInt64(j) ^ a[k + j]) & mask
                    a[k] ^= t << UInt64(j)
                    a[k + j] ^= t
                    k = (k + j + 1) & ~j
                }
                j >>= 1
                mask ^= mask << UInt64(j)
            }
        }

        /// The two growing buffers. Folding never makes text longer, and a field gives at most
        /// one class byte per UTF-8 byte, so `reserve(utf8 count + 1)` covers a field.
        struct Output {
            var bytes: UnsafeMutablePointer<UInt8>
            var classes: UnsafeMutablePointer<UInt8>
            var n = 1, cn = 1
            var capacity = 1 << 20
            /// The chunk's presence: the scalars met, and their blocks (`Storage.presenceBlocks`).
            var presenceScalars: [UInt16] = []
            var presenceBlocks: [UInt64] = []
            /// Bytes past the end that stay readable (and 0xFF / 0), so that SIMD loads near
            /// the end never leave the buffer.
            static let padding = 32

            init() {
                bytes = .allocate(capacity: capacity + Output.padding)
                classes = .allocate(capacity: capacity + Output.padding)
                bytes[0] = 0xFF
                classes[0] = 0
            }

            mutating func reserve(_ more: Int) {
                guard n + more > capacity else { return }
                let grown = max(capacity * 2, n + more)
                let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + Output.padding)
                nb.initialize(from: bytes, count: n)
                bytes.deallocate()
                bytes = nb
                let nc = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + Output.padding)
                nc.initialize(from: classes, count: cn)
                classes.deallocate()
                classes = nc
                capacity = grown
            }

            /// Fills the padding (every search stays within a form, but never mind).
            mutating func finish() {
                (bytes + n).initialize(repeating: 0xFF, count: Output.padding)
                (classes + cn).initialize(repeating: 0, count: Output.padding)
            }
        }

        struct Tables {
            let classes: UnsafePointer<UInt8>
            let classMasks: UnsafePointer<UInt32>
        }

        /// What folding a form accumulates: its filters and first positions.
        struct FormState {
            let sig: UnsafeMutablePointer<UInt64>
            let follows: UnsafeMutablePointer<UInt32>
            /// `firstBuckets` bytes (`Storage.firsts`), positions counted from `start`.
            let firsts: UnsafeMutablePointer<UInt8>
            let start: Int
            var presence: Presence
            /// The form's place in its chunk (its bit in the presence blocks).
            let local: Int
            var letters: UInt32 = 0
        }

        /// A chunk's presence blocks while it is built: `slots[scalar]` is the scalar's block
        /// (-1: not met yet), `scalars` the scalars in the order met.
        struct Presence {
            let slots: UnsafeMutablePointer<Int32>
            let scalars: UnsafeMutablePointer<UInt16>
            let blocks: UnsafeMutablePointer<UInt64>
            var count = 0

            /// Records that the chunk's form `local` holds `scalar` (below `presenceLimit`).
            @inline(__always)
            mutating func add(_ scalar: UInt32, _ local: Int) {
                var s = Int(slots[Int(scalar)])
                if s < 0 {
                    s = count
                    count &+= 1
                    slots[Int(scalar)] = Int32(truncatingIfNeeded: s)
                    scalars[s] = UInt16(truncatingIfNeeded: scalar)
                    (blocks + s &* 8).initialize(repeating: 0, count: 8)
                }
                blocks[s &* 8 &+ local &>> 6] |= 1 &<< UInt64(local & 63)
            }
        }

        @inline(__always)
        static func setBit(_ sig: UnsafeMutablePointer<UInt64>, _ key: UInt64) {
            let b = bloomBit(key)
            sig[b &>> 6] |= 1 &<< UInt64(b & 63)
        }

        /// Folds one field's UTF-8 into `out` and records its filter keys.
        @inline(__always)
        static func fold(_ src: UnsafeBufferPointer<UInt8>, into out: inout Output, state: inout FormState, tables: Tables) {
            guard let p = src.baseAddress else { return }
            let end = src.count
            let bytes = out.bytes, classes = out.classes
            var i = 0
            var o = out.n, co = out.cn
            let none = UInt32.max
            let tableSpan = PinyinTable.last &- PinyinTable.first
            var prevLit = none, prevLit2 = none
            var prev1: UInt32 = 0, prev2: UInt32 = 0  // letters of the two scalars before
            var letters = state.letters
            let sig = state.sig, follows = state.follows
            let firsts = state.firsts, formStart = state.start
            var presence = state.presence
            let local = state.local
            while i < end {
                let at = o
                // The folded scalar `f`, written out, and its letter class.
                let f: UInt32
                var cls: UInt8 = 0
                let b0 = p[i]
                if b0 < 0x80 {
                    i &+= 1
                    if b0 == 0x20 || b0 &- 0x09 < 5 { continue }
                    var a = b0
                    if a &- 0x41 < 26 { a &+= 0x20 }
                    bytes[o] = a
                    o &+= 1
                    if a &- 0x61 < 26 { cls = a &- 0x60 }
                    f = UInt32(a)
                } else if b0 &- 0xE3 < 7 {
                    // U+3000–U+9FFF: CJK punctuation, kana, ideographs. Only U+3000 folds.
                    let v = (UInt32(b0) & 0x0F) << 12 | UInt32(p[i &+ 1] & 0x3F) << 6 | UInt32(p[i &+ 2] & 0x3F)
                    if v == 0x3000 { i &+= 3; continue }
                    bytes[o] = b0
                    bytes[o &+ 1] = p[i &+ 1]
                    bytes[o &+ 2] = p[i &+ 2]
                    o &+= 3
                    i &+= 3
                    let t = v &- PinyinTable.first
                    if t <= tableSpan { cls = tables.classes[Int(t)] }
                    f = v
                } else {
                    let start = i
                    let raw = SearchIndex.decode(p, &i)
                    guard let g = SearchFolding.fold(raw) else { continue }
                    if g < 0x80 {
                        bytes[o] = UInt8(truncatingIfNeeded: g)
                        o &+= 1
                        if g &- 0x61 < 26 { cls = UInt8(truncatingIfNeeded: g &- 0x60) }
                    } else {
                        if g == raw {
                            for k in start..<i { bytes[o] = p[k]; o &+= 1 }
                        } else if g < 0x800 {
                            bytes[o] = UInt8(truncatingIfNeeded: 0xC0 | g >> 6)
                            bytes[o &+ 1] = UInt8(truncatingIfNeeded: 0x80 | g & 0x3F)
                            o &+= 2
                        } else {  // the folds give no scalar above U+FFFF
                            bytes[o] = UInt8(truncatingIfNeeded: 0xE0 | g >> 12)
                            bytes[o &+ 1] = UInt8(truncatingIfNeeded: 0x80 | g >> 6 & 0x3F)
                            bytes[o &+ 2] = UInt8(truncatingIfNeeded: 0x80 | g & 0x3F)
                            o &+= 3
                        }
                        let t = g &- PinyinTable.first
                        if t <= tableSpan { cls = tables.classes[Int(t)] }
                    }
                    f = g
                }
                classes[co] = cls
                co &+= 1
                // Filter keys. An ASCII letter is only ever a letter (the query's letters never
                // match literally), so it has no literal key.
                let bits = tables.classMasks[Int(cls)]
                let lit = f < 0x80 && bits != 0 ? none : f
                if lit != none {
                    let b = firstBucket(lit)
                    if firsts[b] == absent {
                        firsts[b] = UInt8(truncatingIfNeeded: min((at &- formStart) &>> firstUnitLog2, Int(firstCap)))
                    }
                    if lit < presenceLimit {
                        presence.add(lit, local)
                    } else {
                        setBit(sig, unigramKey(lit))
                    }
                    if prevLit != none {
                        setBit(sig, pairKey(prevLit, lit))
                        if prevLit2 != none { setBit(sig, tripleKey(prevLit2, prevLit, lit)) }
                    }
                }
                if bits != 0 && prev1 != 0 {
                    letters |= bits
                    if bits & (bits &- 1) | prev1 & (prev1 &- 1) | prev2 & (prev2 &- 1) == 0 {
                        // One letter each (the usual case): no loops.
                        let la = UInt32(prev1.trailingZeroBitCount)
                        follows[Int(la)] |= bits
                        if prev2 != 0 {
                            setBit(sig, trigramKey(UInt32(prev2.trailingZeroBitCount), la, UInt32(bits.trailingZeroBitCount)))
                        }
                    } else {
                        var a = prev1
                        while a != 0 {
                            let la = UInt32(a.trailingZeroBitCount)
                            follows[Int(la)] |= bits
                            var b = prev2
                            while b != 0 {
                                let lb = UInt32(b.trailingZeroBitCount)
                                var c = bits
                                while c != 0 {
                                    setBit(sig, trigramKey(lb, la, UInt32(c.trailingZeroBitCount)))
                                    c &= c &- 1
                                }
                                b &= b &- 1
                            }
                            a &= a &- 1
                        }
                    }
                } else {
                    letters |= bits
                }
                prevLit2 = prevLit
                prevLit = lit
                prev2 = prev1
                prev1 = bits
            }
            state.letters = letters
            state.presence = presence
            out.n = o
            out.cn = co
        }
    }
}
