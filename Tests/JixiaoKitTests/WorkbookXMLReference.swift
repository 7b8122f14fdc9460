import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import JixiaoKit

/// The reference the byte scanner (`SheetScanner`, `SharedStringsScanner`) is checked against:
/// the same reading of a sheet and of the shared strings done with Foundation's `XMLParser`
/// (what the shipped code used before). Kept in the tests so the shipped code has one reader.
/// It differs from the old shipped reading in ways the scanner also follows: CDATA text is
/// kept (the old delegates dropped it); a cell reference with more than three letters and a
/// row number past 2^40 count as absent (the old one could overflow); and small parts are
/// handed to the parser whole (through a stream, as the old code did, Foundation's parser
/// reads a part cut short as if it were whole).
enum WorkbookXMLReference {
    /// The rows of a sheet part as the reference reads them, or the parser's error.
    static func rows(_ data: Data, sharedStrings: [String], styles: [CellNumbers.Kind] = [], date1904: Bool = false) -> Result<[Row], Failure> {
        let reader = SheetReference(sharedStrings: sharedStrings, styles: styles, date1904: date1904)
        if let failure = parse(data, reader) { return .failure(failure) }
        return .success(reader.rows)
    }

    static func sharedStrings(_ data: Data) -> Result<[String], Failure> {
        let reader = SharedStringsReference()
        if let failure = parse(data, reader) { return .failure(failure) }
        return .success(reader.strings)
    }

    struct Row: Equatable, CustomStringConvertible {
        var number: Int
        var cells: [Cell]
        var description: String { "\(number): " + cells.map { "\($0.column)=\($0.text.debugDescription)" }.joined(separator: " ") }
    }

    struct Cell: Equatable {
        var column: Int
        var text: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static func parse(_ data: Data, _ delegate: XMLParserDelegate) -> Failure? {
        if let offset = WorkbookPackage.firstInvalidUTF8(data) { return Failure(description: "not UTF-8 at \(offset)") }
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else { return Failure(description: "\(parser.parserError.map { "\($0)" } ?? "?") line \(parser.lineNumber)") }
        return nil
    }
}

private func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
}

private final class SharedStringsReference: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch localName(name) {
        case "si": current = ""
        case "t": inText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(name) {
        case "si": strings.append(WorkbookPackage.unescape(current))
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if inText { current += String(decoding: block, as: UTF8.self) }
    }
}

private final class SheetReference: NSObject, XMLParserDelegate {
    let sharedStrings: [String]
    let styles: [CellNumbers.Kind]
    let date1904: Bool
    var rows: [WorkbookXMLReference.Row] = []

    private var rowNumber = 0
    private var cells: [WorkbookXMLReference.Cell] = []
    private var column = -1
    private var type = ""
    private var style = 0
    private var value = ""
    private var collecting = false
    private var inInline = false
    private var phonetic = 0

    init(sharedStrings: [String], styles: [CellNumbers.Kind], date1904: Bool) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch localName(name) {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) }.flatMap { $0 <= 1 << 40 ? $0 : nil } ?? rowNumber + 1
            cells.removeAll()
            column = -1
        case "c":
            column = attributes["r"].flatMap(Self.column) ?? column + 1
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
        case "v": collecting = true
        case "is": inInline = true
        case "t": collecting = inInline && phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(name) {
        case "v", "t": collecting = false
        case "is": inInline = false
        case "rPh": phonetic -= 1
        case "c":
            if let text = cellText(), !text.isEmpty { cells.append(.init(column: column, text: text)) }
        case "row": rows.append(.init(number: rowNumber, cells: cells))
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { value += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if collecting { value += String(decoding: block, as: UTF8.self) }
    }

    private func cellText() -> String? {
        switch type {
        case "s":
            guard let i = Int(value) ?? Int(SheetScanner.trimmed(value)), sharedStrings.indices.contains(i) else { return nil }
            return sharedStrings[i]
        case "inlineStr", "str", "e": return WorkbookPackage.unescape(value)
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "d": return CellNumbers.isoDateText(value)
        default:
            guard !value.isEmpty else { return nil }
            guard let number = Double(value) ?? Double(SheetScanner.trimmed(value)) else { return value }
            let kind = styles.indices.contains(style) ? styles[style] : .plain
            return CellNumbers.text(number, kind, date1904: date1904)
        }
    }

    static func column(_ ref: String) -> Int? {
        var n = 0
        var letters = 0
        for b in ref.utf8 {
            let u = b | 0x20
            guard u >= 0x61, u <= 0x7A else { break }
            n = n * 26 + Int(u - 0x60)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters > 0 ? n - 1 : nil
    }
}

extension SheetScanner {
    /// The scanner's rows in the reference's shape, or its failure (through the package's
    /// checks: UTF-8 first, then the XML).
    static func rows(_ data: Data, sharedStrings: [String], styles: [CellNumbers.Kind] = [], date1904: Bool = false) -> Result<[WorkbookXMLReference.Row], WorkbookPackage.Problem> {
        let scanner = SheetScanner(sharedStrings: sharedStrings, styles: styles, date1904: date1904)
        var rows: [WorkbookXMLReference.Row] = []
        do {
            try WorkbookPackage.scan(data, part: "sheet.xml") { bytes throws(XMLBytes.Failure) in
                try scanner.rows(bytes) { n, cells in rows.append(.init(number: n, cells: cells.map { .init(column: $0.column, text: $0.text) })) }
            }
        } catch {
            return .failure(error)
        }
        return .success(rows)
    }

    static func sharedStrings(_ data: Data) -> Result<[String], WorkbookPackage.Problem> {
        do {
            return .success(try WorkbookPackage.scan(data, part: "sharedStrings.xml", SharedStringsScanner.strings))
        } catch {
            return .failure(error)
        }
    }
}
