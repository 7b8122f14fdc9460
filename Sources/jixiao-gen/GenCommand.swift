import ArgumentParser
import Foundation
import JixiaoGen

/// `jixiao-gen`: writes N generated forms in the export layout and their expected reading.
@main
struct GenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao-gen",
        abstract: "Write generated 项目支出绩效目标表 forms (the sample's vocabulary, docs/format.md's quirks) and their expected reading.",
        discussion: "Deterministic: the same --forms and --seed always give the same bytes. No network, no input files."
    )

    @Option(help: "How many forms.") var forms: Int = 1000
    @Option(help: "Seed of the generator.") var seed: UInt64 = 1
    @Option(help: "The export text to write.") var out: String
    @Option(help: "The expected reading to write, as JSON in the export schema ({\"forms\":[…]}).") var expected: String?
    @Option(help: "utf8 or gb18030.") var encoding: String = "utf8"
    @Flag(help: "CRLF line ends.") var crlf = false
    @Flag(help: "Start a UTF-8 file with a byte-order mark.") var bom = false
    @Option(help: "Also write the searchable text, one project, narrative, goal or indicator a line (for fzf).") var searchLines: String?
    @Flag(help: "Print on stderr how many forms carry each quirk.") var stats = false
    @Option(help: "Also write the same forms as one .xlsx workbook (amounts as numbers, dates as date serials; docs/format.md).") var xlsx: String?
    @Option(help: "How --xlsx lays the forms out: one-sheet or sheet-per-form.") var xlsxLayout: String = "one-sheet"
    @Option(help: "Also write each form as its own .xlsx workbook into this folder.") var xlsxDir: String?

    func validate() throws {
        guard ExportEncoding(rawValue: encoding) != nil else { throw ValidationError("--encoding must be utf8 or gb18030") }
        guard forms >= 0 else { throw ValidationError("--forms must be 0 or more") }
        if bom, encoding != "utf8" { throw ValidationError("--bom goes with --encoding utf8") }
        guard ["one-sheet", "sheet-per-form"].contains(xlsxLayout) else { throw ValidationError("--xlsx-layout must be one-sheet or sheet-per-form") }
    }

    func run() throws {
        let enc = ExportEncoding(rawValue: encoding)!
        let text = try Output(out)
        let json = try expected.map(Output.init)
        let search = try searchLines.map(Output.init)
        if bom { text.write([0xEF, 0xBB, 0xBF]) }
        json?.write(ExpectedJSON.header)
        var g = FormGenerator(seed: seed)
        var counts = QuirkCounts()
        var workbookText = ""
        if let xlsxDir { try FileManager.default.createDirectory(atPath: xlsxDir, withIntermediateDirectories: true) }
        for i in 0..<forms {
            let f = g.next()
            text.write(enc.bytes(f.lines, crlf: crlf))
            if let json {
                if i > 0 { json.write(ExpectedJSON.separator) }
                json.write(ExpectedJSON.object(f.expected))
            }
            search?.write(SearchLines.lines(f.expected).map { $0 + "\n" }.joined())
            counts.add(f.quirks)
            if xlsx != nil { workbookText += f.lines.joined(separator: "\n") + "\n" }
            if let xlsxDir {
                let sheets = WorkbookRendering().sheets(f.lines.joined(separator: "\n") + "\n")
                try XLSXWriter(sheets: sheets).write(to: URL(fileURLWithPath: xlsxDir).appendingPathComponent(String(format: "form%06d.xlsx", i + 1)))
            }
        }
        if let xlsx {
            var rendering = WorkbookRendering()
            rendering.layout = xlsxLayout == "one-sheet" ? .oneSheet : .sheetPerForm
            try XLSXWriter(sheets: rendering.sheets(workbookText)).write(to: URL(fileURLWithPath: xlsx))
        }
        json?.write(forms == 0 ? "]}\n" : ExpectedJSON.footer)
        try text.close()
        try json?.close()
        try search?.close()
        if stats { FileHandle.standardError.write(Data((counts.report + "\n").utf8)) }
    }
}

/// A buffered output file.
final class Output {
    private let file: UnsafeMutablePointer<FILE>
    let path: String

    init(_ path: String) throws {
        guard let f = fopen(path, "wb") else { throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))") }
        file = f
        self.path = path
        setvbuf(f, nil, _IOFBF, 1 << 20)
    }

    func write(_ bytes: [UInt8]) { _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) } }
    func write(_ s: String) { write(Array(s.utf8)) }

    func close() throws {
        if fclose(file) != 0 { throw ValidationError("cannot write \(path)") }
    }
}
