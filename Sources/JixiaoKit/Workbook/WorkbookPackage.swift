import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif
#if canImport(CZlib)
import CZlib
#endif

/// An opened `.xlsx`/`.xlsm` package (docs/format.md, "Workbooks"): its sheets in workbook
/// order, the shared strings, and what each cell style's number format makes of a number.
/// The archive is read with ZIPFoundation; the sheets and shared strings, which hold nearly
/// all the bytes, with `XMLBytes` (`SheetScanner`, `SharedStringsScanner`), the small parts
/// (relationships, workbook, styles) with Foundation's `XMLParser`.
struct WorkbookPackage {
    struct Sheet {
        var name: String
        var hidden: Bool
        /// The sheet's part in the archive, e.g. `xl/worksheets/sheet1.xml`.
        var part: String
    }

    /// Why a package cannot be read: a message for a person.
    struct Problem: Error {
        var message: String
    }

    let archive: Archive
    private(set) var sheets: [Sheet] = []
    private(set) var sharedStrings: [String] = []
    /// Per cell style (`cellXfs` index): the kind of its number format.
    private(set) var styles: [CellNumbers.Kind] = []
    private(set) var date1904 = false

    init(archive: Archive) throws(Problem) {
        self.archive = archive
        let rootRels = try Self.relationships(try part("_rels/.rels"), base: "")
        let workbookPart = rootRels.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let base = Self.folder(of: workbookPart)
        let rels = try Self.relationships(try part(Self.folder(of: workbookPart) + "_rels/" + Self.name(of: workbookPart) + ".rels"), base: base)
        let workbook = WorkbookXML()
        try Self.parse(try part(workbookPart), workbook, part: workbookPart)
        date1904 = workbook.date1904
        for s in workbook.sheets {
            guard let target = rels.first(where: { $0.id == s.relationship })?.target else {
                throw Problem(message: ReadingMessages.missingPart("\(workbookPart) → \(s.relationship)"))
            }
            sheets.append(Sheet(name: s.name, hidden: s.hidden, part: target))
        }
        if let stringsPart = rels.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target {
            sharedStrings = try Self.scan(try part(stringsPart), part: stringsPart, SharedStringsScanner.strings)
        }
        if let stylesPart = rels.first(where: { $0.type.hasSuffix("/styles") })?.target {
            let styleXML = StylesXML()
            try Self.parse(try part(stylesPart), styleXML, part: stylesPart)
            styles = styleXML.cellFormats.map { CellNumbers.kind(id: $0, code: styleXML.formatCodes[$0]) }
        }
    }

    /// The bytes of one part; a missing part is a damaged package.
    func part(_ path: String) throws(Problem) -> Data {
        guard let entry = archive[path] else { throw Problem(message: ReadingMessages.missingPart(path)) }
        var data = Data()
        // The size the archive claims, within reason (a damaged header may claim anything).
        data.reserveCapacity(Int(clamping: min(entry.uncompressedSize, 1 << 28)))
        do {
            // `extract` returns the checksum without comparing it: a damaged entry must not
            // reach the XML reader. Where zlib is at hand its CRC-32 is used (ZIPFoundation's
            // own, on Linux, takes a table lookup per byte: 5 % of reading a big sheet).
            #if canImport(CZlib)
            var crc: uLong = 0
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true) { chunk in
                crc = chunk.withUnsafeBytes { crc32(crc, $0.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt($0.count)) }
                data.append(chunk)
            }
            let checksum = CRC32(truncatingIfNeeded: crc)
            #else
            let checksum = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { data.append($0) }
            #endif
            guard checksum == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
        } catch {
            throw Problem(message: ReadingMessages.partDamaged(path, String(describing: error)))
        }
        return data
    }

    /// Reads the rows of a sheet, calling `body` with each row's number and its cells
    /// (column from 0, text) in order.
    func rows(of sheet: Sheet, _ body: (Int, [(column: Int, text: String)]) -> Void) throws(Problem) {
        let scanner = SheetScanner(sharedStrings: sharedStrings, styles: styles, date1904: date1904)
        try Self.scan(try part(sheet.part), part: sheet.part) { bytes throws(XMLBytes.Failure) in try scanner.rows(bytes, body) }
    }

    // MARK: - Parts

    /// Reads a part's bytes with `XMLBytes`; what is wrong is named with the part and line.
    static func scan<T>(_ data: Data, part: String, _ body: (UnsafeRawBufferPointer) throws(XMLBytes.Failure) -> T) throws(Problem) -> T {
        if let offset = Self.firstInvalidUTF8(data) {
            throw Problem(message: ReadingMessages.notUTF8(part, offset))
        }
        let result = data.withUnsafeBytes { bytes -> Result<T, Problem> in
            do throws(XMLBytes.Failure) {
                return .success(try body(bytes))
            } catch {
                let line = XMLBytes(bytes).line(at: error.offset)
                return .failure(Problem(message: ReadingMessages.xmlMalformed(part, line, error.problem())))
            }
        }
        return try result.get()
    }

    static func parse(_ data: Data, _ delegate: XMLParserDelegate, part: String) throws(Problem) {
        // Foundation's parser traps on some bytes that are not UTF-8 (in a namespace name):
        // parts are UTF-8 (docs/format.md), so anything else is a damaged part.
        if let offset = Self.firstInvalidUTF8(data) {
            throw Problem(message: ReadingMessages.notUTF8(part, offset))
        }
        // Through a stream, which feeds libxml2 in pieces: given a whole part of 10 MB or more
        // at once, Foundation's parser reads every element and then fails at the end. Fed so,
        // it takes some damaged XML (cut short, tags mismatched) for whole: only the small
        // parts are read here, their CRC-32 checked; the sheets go through `scan`.
        let parser = XMLParser(stream: InputStream(data: data))
        // Names come with their prefix (`x:c` in some writers): the delegates drop it
        // (`localName`). A third faster than resolving namespaces.
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "?"
            throw Problem(message: ReadingMessages.xmlMalformed(part, parser.lineNumber, reason))
        }
    }

    /// The offset of the first byte that does not belong to well-formed UTF-8, or nil.
    /// ASCII is skipped eight bytes at a time.
    static func firstInvalidUTF8(_ data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            guard let p = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
            let n = raw.count
            var i = 0
            while i < n {
                if i + 8 <= n, UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return i
                }
                guard i + length <= n, (low...high).contains(p[i + 1]) else { return i }
                for k in 2..<length where !(0x80...0xBF).contains(p[i + k]) { return i }
                i += length
            }
            return nil
        }
    }

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of a part, targets resolved against `base` (the part's folder).
    static func relationships(_ data: Data, base: String) throws(Problem) -> [Relationship] {
        let rels = RelationshipsXML()
        try parse(data, rels, part: "rels")
        return rels.items.map { Relationship(id: $0.id, type: $0.type, target: resolve($0.target, base: base)) }
    }

    /// `worksheets/sheet1.xml` against `xl/` → `xl/worksheets/sheet1.xml`; `/xl/…` is absolute;
    /// `..` climbs.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for p in target.split(separator: "/") {
            if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    static func name(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return part }
        return String(part[part.index(after: slash)...])
    }

    /// Excel writes control characters in text as `_xHHHH_` (`_x000D_` for CR). The caller
    /// looks for `_x` in the bytes first (`SheetScanner.text`).
    static func unescape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count {
            if u[i] == "_", i + 6 < u.count, u[i + 1] == "x", u[i + 6] == "_",
               let v = UInt32(String(String.UnicodeScalarView(u[(i + 2)..<(i + 6)])), radix: 16), let scalar = Unicode.Scalar(v) {
                out.append(scalar)
                i += 7
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return String(out)
    }
}

// MARK: - XML parts

/// An element's name without its namespace prefix: `x:row` → `row`.
@inline(__always) private func localName(_ name: String) -> String {
    guard name.utf8.count > 2, let colon = name.utf8.lastIndex(of: 0x3A) else { return name }
    return String(name[name.utf8.index(after: colon)...])
}

/// `_rels/*.rels`: relationship id, type and target.
private final class RelationshipsXML: NSObject, XMLParserDelegate {
    var items: [(id: String, type: String, target: String)] = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = localName(name)
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        if attributes["TargetMode"] == "External" { return }
        items.append((id, attributes["Type"] ?? "", target))
    }
}

/// `xl/workbook.xml`: the sheets in workbook order and the date system.
private final class WorkbookXML: NSObject, XMLParserDelegate {
    var sheets: [(name: String, hidden: Bool, relationship: String)] = []
    var date1904 = false
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = localName(name)
        switch element {
        case "sheet":
            let rid = attributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value ?? ""
            let state = attributes["state"] ?? "visible"
            sheets.append((attributes["name"] ?? "", state == "hidden" || state == "veryHidden", rid))
        case "workbookPr":
            let v = attributes["date1904"]?.lowercased()
            date1904 = v == "1" || v == "true"
        default: break
        }
    }
}

/// `xl/styles.xml`: the number format of each cell style, and custom format codes.
private final class StylesXML: NSObject, XMLParserDelegate {
    var formatCodes: [Int: String] = [:]
    var cellFormats: [Int] = []
    private var inCellXfs = false
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = localName(name)
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }) { formatCodes[id] = attributes["formatCode"] ?? "" }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs:
            cellFormats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let element = localName(name)
        if element == "cellXfs" { inCellXfs = false }
    }
}
