/// The matching rules shared by the index, the query and the highlighter (docs/search.md):
///
/// - whitespace and invisible characters are ignored (ASCII and Unicode spaces, the ideographic
///   space U+3000, line and paragraph separators, zero-width spaces and joiners, BOM, soft hyphen);
/// - full-width forms fold to their half-width twins (`％`→`%`, `＞`→`>`, `０`→`0`, `（`→`(`,
///   `Ａ`→`a`, `￥`→`¥`); `≥`, `≤`, `、`, `。` and other CJK punctuation stay as they are;
/// - ASCII letters fold to lower case;
/// - a letter of the query also matches an ideograph whose pinyin initial it is (`PinyinTable`).
enum SearchFolding {
    /// The scalar `v` stands for in comparisons, or `nil` when it is ignored.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32? {
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return v &+ 0x20 }
            if v == 0x20 || (v >= 0x09 && v <= 0x0D) { return nil }
            return v
        }
        // CJK punctuation, kana, ideographs, Hangul…: unchanged.
        if v >= 0x3001 && v < 0xFE00 { return v }
        return foldNonASCII(v)
    }

    @inline(never)
    static func foldNonASCII(_ v: UInt32) -> UInt32? {
        switch v {
        case 0xFF01...0xFF5E:
            let h = v &- 0xFEE0
            return h >= 0x41 && h <= 0x5A ? h &+ 0x20 : h
        case 0xFFE0: return 0xA2
        case 0xFFE1: return 0xA3
        case 0xFFE2: return 0xAC
        case 0xFFE3: return 0xAF
        case 0xFFE4: return 0xA6
        case 0xFFE5: return 0xA5
        case 0xFFE6: return 0x20A9
        case 0x85, 0xA0, 0xAD, 0x1680, 0x180E, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x2064,
             0x3000, 0xFEFF:
            // 0x202A–0x202E are bidi controls and 0x200E/0x200F marks: invisible, never typed.
            return nil
        default:
            return v
        }
    }

    /// Letters as a bit set: bit 0 is `a`, bit 25 is `z`.
    @inline(__always)
    static func letterBit(_ folded: UInt32) -> UInt32 {
        folded &- 0x61 < 26 ? 1 << (folded &- 0x61) : 0
    }

    /// The letters a folded scalar answers to: itself for an ASCII letter, the pinyin initials
    /// of an ideograph (several for the polyphones of the hand list), none otherwise.
    @inline(__always)
    static func initials(_ folded: UInt32) -> UInt32 {
        if folded < 0x80 { return letterBit(folded) }
        let i = folded &- PinyinTable.first
        return i <= PinyinTable.last &- PinyinTable.first ? pinyin.masks[Int(i)] : 0
    }

    /// `PinyinTable` decoded (on first use, about 0.1 ms).
    static let pinyin = Pinyin()

    struct Pinyin: Sendable {
        /// Per scalar from `PinyinTable.first`: its letters.
        let masks: [UInt32]
        /// Per scalar from `PinyinTable.first`: its letter class, a byte: 0 for none, 1–26 for
        /// one letter (a–z), 27 and up for a set of letters (a polyphone), see `classMasks`.
        let classes: [UInt8]
        /// The letters of each class.
        let classMasks: [UInt32]

        init() {
            var masks = [UInt32](repeating: 0, count: Int(PinyinTable.last - PinyinTable.first + 1))
            var i = 0
            PinyinTable.initials.withUTF8Buffer { bytes in
                for b in bytes where b != 0x0A && b != 0x20 {
                    if b >= 0x61 && b <= 0x7A { masks[i] = 1 << UInt32(b - 0x61) }
                    i += 1
                }
            }
            precondition(i == masks.count, "PinyinTable.initials has \(i) entries")
            var current = -1
            for s in PinyinTable.extraInitials.description.unicodeScalars {
                if s.value >= 0x61 && s.value <= 0x7A {
                    if current >= 0 { masks[current] |= 1 << (s.value - 0x61) }
                } else if s.value >= PinyinTable.first && s.value <= PinyinTable.last {
                    current = Int(s.value - PinyinTable.first)
                }
            }
            var classMasks: [UInt32] = [0] + (0..<26).map { 1 << $0 }
            var classes = [UInt8](repeating: 0, count: masks.count)
            for (k, m) in masks.enumerated() where m != 0 {
                if m.nonzeroBitCount == 1 {
                    classes[k] = UInt8(m.trailingZeroBitCount + 1)
                } else if let c = classMasks.firstIndex(of: m) {
                    classes[k] = UInt8(c)
                } else {
                    // Codes 0xF8 and up end fields in the index's letter classes.
                    precondition(classMasks.count < 0xF8, "too many polyphone classes")
                    classes[k] = UInt8(classMasks.count)
                    classMasks.append(m)
                }
            }
            self.masks = masks
            self.classes = classes
            self.classMasks = classMasks + [UInt32](repeating: 0, count: 256 - classMasks.count)
        }
    }

    /// The first class code of a set of letters (codes above are polyphones).
    static let firstPolyphoneClass: UInt8 = 27
}
