import Foundation
import ZIPFoundation

/// A small `.xlsx` writer for tests and the generator: sheets of rows of cells, written the
/// ways real exports write them (docs/format.md, "Workbooks") — shared strings (Excel, WPS,
/// LibreOffice) or inline strings (streaming writers), numbers with a number format, hidden
/// sheets, merged ranges. Packed with ZIPFoundation.
public struct XLSXWriter {
    /// A number format of a numeric cell.
    public enum Format: Int, CaseIterable, Sendable {
        case general = 0
        case integer      // 0
        case thousands    // #,##0
        case twoDecimals  // 0.00
        case percent      // 0%
        case dateTime     // yyyy-mm-dd hh:mm:ss (custom 164)
        case date         // built-in 14
        case percent2     // 0.00%

        /// The built-in or custom `numFmtId`.
        var numFmtId: Int {
            switch self {
            case .general: return 0
            case .integer: return 1
            case .thousands: return 3
            case .twoDecimals: return 2
            case .percent: return 9
            case .dateTime: return 164
            case .date: return 14
            case .percent2: return 10
            }
        }
    }

    /// One cell.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double, Format)
        /// A formula with its cached string result (`t="str"`).
        case formulaText(String)
    }

    /// One sheet: rows by their 1-based number, each a list of (0-based column, cell).
    public struct Sheet: Sendable {
        public var name: String
        public var hidden: Bool
        public var rows: [(row: Int, cells: [(column: Int, cell: Cell)])]
        /// Merged ranges like `A1:H1`.
        public var merges: [String]
        public init(name: String, hidden: Bool = false, rows: [(row: Int, cells: [(column: Int, cell: Cell)])] = [], merges: [String] = []) {
            self.name = name
            self.hidden = hidden
            self.rows = rows
            self.merges = merges
        }
    }

    public enum Strings: Sendable { case shared, inline }

    public var sheets: [Sheet]
    public var strings: Strings
    /// Split text runs of shared strings into rich-text runs of this many characters (0: no runs).
    public var richRuns: Int
    public var date1904: Bool
    /// Write the worksheets' elements with a namespace prefix (`<x:row>`), as some writers do.
    public var prefixed: Bool

    public init(sheets: [Sheet], strings: Strings = .shared, richRuns: Int = 0, date1904: Bool = false, prefixed: Bool = false) {
        self.sheets = sheets
        self.strings = strings
        self.richRuns = richRuns
        self.date1904 = date1904
        self.prefixed = prefixed
    }

    /// The workbook's bytes.
    public func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try pack(into: archive)
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Writes the workbook to a file (replacing it).
    public func write(to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        try pack(into: try Archive(url: url, accessMode: .create))
    }

    private func pack(into archive: Archive) throws {
        var shared: [String] = []
        var sharedIndex: [String: Int] = [:]
        var sheetXML: [String] = []
        for sheet in sheets {
            sheetXML.append(worksheet(sheet) { text in
                if let i = sharedIndex[text] { return i }
                shared.append(text)
                sharedIndex[text] = shared.count - 1
                return shared.count - 1
            })
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", rootRels),
            ("xl/workbook.xml", workbook()),
            ("xl/_rels/workbook.xml.rels", workbookRels()),
            ("xl/styles.xml", styles),
        ]
        if strings == .shared { parts.append(("xl/sharedStrings.xml", sharedStrings(shared))) }
        for (i, xml) in sheetXML.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", xml)) }
        for (path, xml) in parts {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    /// `A`, `B`, … `Z`, `AA` for a 0-based column.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "_x000D_"
            default:
                if u.value < 0x20, u != "\t", u != "\n" { out += String(format: "_x%04X_", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    private func worksheet(_ sheet: Sheet, _ share: (String) -> Int) -> String {
        var x = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        x += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>"#
        for (r, cells) in sheet.rows {
            x += "<row r=\"\(r)\">"
            for (c, cell) in cells {
                let ref = Self.columnName(c) + String(r)
                switch cell {
                case .text(let t):
                    if strings == .shared {
                        x += "<c r=\"\(ref)\" t=\"s\"><v>\(share(t))</v></c>"
                    } else {
                        x += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Self.escape(t))</t></is></c>"
                    }
                case .number(let v, let f):
                    x += "<c r=\"\(ref)\"\(f == .general ? "" : " s=\"\(f.rawValue)\"")><v>\(Self.number(v))</v></c>"
                case .formulaText(let t):
                    x += "<c r=\"\(ref)\" t=\"str\"><f>\"\(Self.escape(t))\"</f><v>\(Self.escape(t))</v></c>"
                }
            }
            x += "</row>"
        }
        x += "</sheetData>"
        if !sheet.merges.isEmpty {
            x += "<mergeCells count=\"\(sheet.merges.count)\">" + sheet.merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        x += "</worksheet>"
        guard prefixed else { return x }
        // Text holds no raw `<` (escaped), so every `<` + letter or `</` opens a tag.
        var out = ""
        var it = x.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        while let u = pending ?? it.next() {
            pending = nil
            out.unicodeScalars.append(u)
            guard u == "<", let next = it.next() else { continue }
            if next == "/" { out += "/x:" } else if next.properties.isAlphabetic { out += "x:"; pending = next } else { pending = next }
        }
        return out.replacingOccurrences(of: "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", with: "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
    }

    /// As spreadsheets write numbers: up to 17 significant digits, exponent for the very large.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e21 { return String(format: "%.0f", v) }
        return "\(v)"
    }

    private func sharedStrings(_ shared: [String]) -> String {
        var x = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        x += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count=""# + "\(shared.count)\" uniqueCount=\"\(shared.count)\">"
        for s in shared {
            if richRuns > 0, s.count > richRuns {
                x += "<si>"
                var rest = Substring(s)
                while !rest.isEmpty {
                    let run = rest.prefix(richRuns)
                    rest = rest.dropFirst(run.count)
                    x += "<r><rPr><sz val=\"11\"/></rPr><t xml:space=\"preserve\">\(Self.escape(String(run)))</t></r>"
                }
                x += "<rPh sb=\"0\" eb=\"1\"><t>ピン</t></rPh></si>"
            } else {
                x += "<si><t xml:space=\"preserve\">\(Self.escape(s))</t></si>"
            }
        }
        return x + "</sst>"
    }

    private func contentTypes() -> String {
        var x = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        x += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        if strings == .shared {
            x += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        }
        for i in sheets.indices {
            x += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return x + "</Types>"
    }

    private let rootRels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    private func workbook() -> String {
        var x = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        x += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        x += "<workbookPr date1904=\"\(date1904 ? "1" : "0")\"/><sheets>"
        for (i, s) in sheets.enumerated() {
            x += "<sheet name=\"\(Self.escape(s.name))\" sheetId=\"\(i + 1)\"\(s.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(i + 10)\"/>"
        }
        return x + "</sheets></workbook>"
    }

    private func workbookRels() -> String {
        var x = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        x += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        if strings == .shared {
            x += #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        }
        for i in sheets.indices {
            x += "<Relationship Id=\"rId\(i + 10)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet\(i + 1).xml\"/>"
        }
        return x + "</Relationships>"
    }

    /// One cell style per `Format`, in its raw-value order.
    private var styles: String {
        var x = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        x += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd\ hh:mm:ss"/></numFmts>"#
        x += #"<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>"#
        x += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        x += "<cellXfs count=\"\(Format.allCases.count)\">"
        for f in Format.allCases { x += "<xf numFmtId=\"\(f.numFmtId)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" }
        return x + "</cellXfs></styleSheet>"
    }
}
