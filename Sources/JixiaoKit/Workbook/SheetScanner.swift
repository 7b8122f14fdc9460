import Foundation

/// A worksheet's rows read from the part's bytes with `XMLBytes` (docs/format.md, "Workbooks"):
/// `<row>`s of `<c>` cells under any namespace prefix; a row or cell without `r` follows the
/// one before; the cell's type `t` says where its text is — a shared string (`s`), inline
/// text (`inlineStr`: the `<t>` texts of `<is>`, rich-text runs joined, phonetic runs left
/// out), a formula's cached string (`str`), a boolean (`b`), an error (`e`), an ISO date
/// (`d`), otherwise a number written by its style's number format (`CellNumbers`). A formula
/// (`<f>`) gives its cached `<v>`.
struct SheetScanner {
    let sharedStrings: [String]
    let styles: [CellNumbers.Kind]
    let date1904: Bool

    /// Where a cell's text comes from (its `t` attribute).
    enum CellType {
        case shared, inline, formulaText, error, boolean, isoDate, number

        init(_ t: UnsafeBufferPointer<UInt8>) {
            switch t.count {
            case 1:
                switch t[0] {
                case 0x73: self = .shared       // s
                case 0x65: self = .error        // e
                case 0x62: self = .boolean      // b
                case 0x64: self = .isoDate      // d
                default: self = .number         // n, or a type OOXML does not know
                }
            case 3 where t.elementsEqual("str".utf8): self = .formulaText
            case 9 where t.elementsEqual("inlineStr".utf8): self = .inline
            default: self = .number
            }
        }
    }

    /// Calls `emit` with each row's number and its non-empty cells (column from 0, text).
    func rows(_ bytes: UnsafeRawBufferPointer, _ emit: (Int, [(column: Int, text: String)]) -> Void) throws(XMLBytes.Failure) {
        var x = XMLBytes(bytes)
        var rowNumber = 0
        var cells: [(column: Int, text: String)] = []
        var column = -1
        var type = CellType.number
        var style = 0
        var value: [UInt8] = []
        value.reserveCapacity(256)
        var collecting = false
        var inInline = false
        var phonetic = 0
        while true {
            switch try x.next() {
            case .start:
                if x.localName(is: "c") {
                    column = x.attribute("r", Self.column).flatMap { $0 } ?? column + 1
                    type = x.attribute("t", CellType.init) ?? .number
                    style = x.attribute("s", Self.integer).flatMap { $0 } ?? 0
                    value.removeAll(keepingCapacity: true)
                } else if x.localName(is: "v") {
                    collecting = true
                } else if x.localName(is: "row") {
                    rowNumber = x.attribute("r", Self.rowNumber).flatMap { $0 } ?? rowNumber + 1
                    cells.removeAll(keepingCapacity: true)
                    column = -1
                } else if x.localName(is: "t") {
                    collecting = inInline && phonetic == 0
                } else if x.localName(is: "is") {
                    inInline = true
                } else if x.localName(is: "rPh") {
                    phonetic += 1
                }
            case .text:
                if collecting { x.appendText(to: &value) }
            case .end:
                if x.localName(is: "v") || x.localName(is: "t") {
                    collecting = false
                } else if x.localName(is: "c") {
                    if let text = cellText(type, style, value), !text.isEmpty { cells.append((column, text)) }
                } else if x.localName(is: "row") {
                    emit(rowNumber, cells)
                } else if x.localName(is: "is") {
                    inInline = false
                } else if x.localName(is: "rPh") {
                    phonetic -= 1
                }
            case .done:
                return
            }
        }
    }

    /// The text of a cell from its type, style and collected value.
    func cellText(_ type: CellType, _ style: Int, _ value: [UInt8]) -> String? {
        switch type {
        case .shared:
            guard let i = value.withUnsafeBufferPointer(Self.integer) ?? Int(Self.trimmed(Self.string(value))),
                  sharedStrings.indices.contains(i) else { return nil }
            return sharedStrings[i]
        case .inline, .formulaText, .error: return Self.text(value)
        case .boolean: return value == [0x31] ? "TRUE" : value == [0x30] ? "FALSE" : Self.string(value)
        case .isoDate: return CellNumbers.isoDateText(Self.string(value))
        case .number:
            guard !value.isEmpty else { return nil }
            let kind = styles.indices.contains(style) ? styles[style] : .plain
            // Whole numbers under a plain format read as they are written (no leading zero,
            // fewer than 16 digits): what `CellNumbers.plain` would make of them.
            if kind == .plain, value.count < 16, value[0] != 0x30 || value.count == 1, value.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                return Self.string(value)
            }
            let s = Self.string(value)
            guard let number = Double(s) ?? Double(Self.trimmed(s)) else { return s }
            return CellNumbers.text(number, kind, date1904: date1904)
        }
    }

    static func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Text as Excel writes it: `_xHHHH_` escapes decoded (looked for in the bytes first).
    static func text(_ bytes: [UInt8]) -> String {
        let escaped = bytes.withUnsafeBufferPointer { b -> Bool in
            var k = 0
            while k + 1 < b.count, let hit = memchr(b.baseAddress! + k, 0x5F, b.count - k) {
                k = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - b.baseAddress! + 1
                if k < b.count, b[k] == 0x78 { return true }
            }
            return false
        }
        return escaped ? WorkbookPackage.unescape(string(bytes)) : string(bytes)
    }

    /// A decimal integer as Swift's `Int(_:)` reads it (optional sign, digits only).
    static func integer(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 18 else { return b.isEmpty ? nil : Int(String(decoding: b, as: UTF8.self)) }
        var v = 0
        for d in b {
            guard d >= 0x30, d <= 0x39 else { return Int(String(decoding: b, as: UTF8.self)) }
            v = v * 10 + Int(d - 0x30)
        }
        return v
    }

    /// A row's number; beyond any sheet's rows (Excel has 1,048,576) it counts as absent, so
    /// the next row's implicit number cannot overflow.
    static func rowNumber(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let v = integer(b), v <= 1 << 40 else { return nil }
        return v
    }

    /// The value without surrounding ASCII blanks (a writer may indent `<v>`).
    static func trimmed(_ s: String) -> Substring {
        var t = Substring(s)
        while let f = t.utf8.first, f == 0x20 || f == 0x09 || f == 0x0A || f == 0x0D { t = t.dropFirst() }
        while let l = t.utf8.last, l == 0x20 || l == 0x09 || l == 0x0A || l == 0x0D { t = t.dropLast() }
        return t
    }

    /// `AB12` → 27 (0-based column); nil without letters or with more than three (Excel's last
    /// column is `XFD`).
    static func column(_ ref: UnsafeBufferPointer<UInt8>) -> Int? {
        var n = 0
        var letters = 0
        for b in ref {
            let u = b | 0x20
            guard u >= 0x61, u <= 0x7A else { break }
            n = n * 26 + Int(u - 0x60)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters > 0 ? n - 1 : nil
    }
}

/// `xl/sharedStrings.xml` read from its bytes: each `<si>` is its `<t>` texts joined (a plain
/// string or rich-text runs), leaving out phonetic runs (`<rPh>`), Excel's `_xHHHH_` escapes
/// decoded.
enum SharedStringsScanner {
    static func strings(_ bytes: UnsafeRawBufferPointer) throws(XMLBytes.Failure) -> [String] {
        var x = XMLBytes(bytes)
        var strings: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(1024)
        var inText = false
        var phonetic = 0
        while true {
            switch try x.next() {
            case .start:
                if x.localName(is: "t") {
                    inText = phonetic == 0
                } else if x.localName(is: "si") {
                    current.removeAll(keepingCapacity: true)
                } else if x.localName(is: "rPh") {
                    phonetic += 1
                }
            case .text:
                if inText { x.appendText(to: &current) }
            case .end:
                if x.localName(is: "t") {
                    inText = false
                } else if x.localName(is: "si") {
                    strings.append(SheetScanner.text(current))
                } else if x.localName(is: "rPh") {
                    phonetic -= 1
                }
            case .done:
                return strings
            }
        }
    }
}
