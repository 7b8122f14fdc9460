import Foundation

/// What reading a set of inputs produced: the forms in input order, and every diagnostic.
public struct ReadResult: Sendable {
    public var forms: [Form]
    public var diagnostics: [Diagnostic]
    /// Files that yielded at least one form.
    public var filesRead: Int
    /// Files looked at (after expanding folders).
    public var filesSeen: Int

    public init(forms: [Form] = [], diagnostics: [Diagnostic] = [], filesRead: Int = 0, filesSeen: Int = 0) {
        self.forms = forms
        self.diagnostics = diagnostics
        self.filesRead = filesRead
        self.filesSeen = filesSeen
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads the forms' text export — bytes → text (UTF-8, BOM, UTF-16 with BOM, GB18030;
/// LF/CRLF/CR) → rows of cells → forms — and `.xlsx`/`.xlsm` workbooks (`WorkbookReader`),
/// whose sheets become rows of cells for the same form reader. Input files are only ever read
/// (docs/format.md).
public enum FormReader {
    /// Reads files and folders (folders recursively, `*.txt` and workbooks, in path order).
    /// Problems with one input become diagnostics; the other inputs are still read. `strict`: a
    /// file with bytes valid in no encoding is refused instead of read with U+FFFD in their place.
    public static func read(paths: [String], strict: Bool = false) -> ReadResult {
        var result = ReadResult()
        var forms: [[Form]] = []  // each file's, joined at the end (`FormChunks.joined`)
        for path in paths {
            let (files, problems) = InputFiles.expand(path)
            result.diagnostics += problems
            for file in files {
                result.filesSeen += 1
                let one = read(file: file, strict: strict)
                if !one.forms.isEmpty {
                    result.filesRead += 1
                    forms.append(one.forms)
                }
                result.diagnostics += one.diagnostics
            }
        }
        result.forms = FormChunks.joined(&forms)
        return result
    }

    /// Reads one file: a workbook by its first bytes (docs/format.md), else text.
    public static func read(file: String, strict: Bool = false) -> ReadResult {
        read(file: file, strict: strict, onForms: nil)
    }

    /// Reads one file; a streamed one hands its first part's forms to `onForms` as it goes.
    static func read(file: String, strict: Bool, onForms: StreamReader.OnForms?) -> ReadResult {
        switch WorkbookFile.kind(ofFile: file) {
        case .workbook: return WorkbookReader.read(file: file)
        case .compound(let encrypted): return WorkbookFile.compoundError(file, encrypted: encrypted)
        case .text: break
        }
        // A regular UTF-8 file is streamed (and read on several cores when large); anything
        // else — pipes, UTF-16, GB18030, bad bytes — is read whole (bounded) and decoded with care.
        // (Checked before opening: opening a FIFO twice would lose what its writer sent.)
        var st = stat()
        if stat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, let streamed = StreamReader.read(path: file, onForms: onForms) { return streamed }
        switch FileBytes.read(file) {
        case .success(let bytes): return read(bytes: bytes, file: file, strict: strict)
        case .failure(let problem):
            return ReadResult(diagnostics: [Diagnostic(.error, SourceLocation(file: file, line: 0), problem.message)], filesSeen: 1)
        }
    }

    /// Reads the bytes of one file; `file` names it in diagnostics and source locations.
    public static func read(bytes: [UInt8], file: String, strict: Bool = false) -> ReadResult {
        switch WorkbookFile.kind(of: bytes) {
        case .workbook: return WorkbookReader.read(data: Data(bytes), file: file)
        case .compound(let encrypted): return WorkbookFile.compoundError(file, encrypted: encrypted)
        case .text: break
        }
        // UTF-8 first, checked cell by cell while the rows are read (every non-ASCII byte of a
        // file stands in some cell): one pass over the bytes instead of two. A cell that is not
        // UTF-8 sends the file through the full decoding below (UTF-16, GB18030, bad bytes).
        let fast = bytes.withUnsafeBufferPointer { all -> ReadResult? in
            guard let p = all.baseAddress, memchr(p, 0, all.count) == nil else { return nil }
            let start = all.count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0
            return read(utf8: UnsafeBufferPointer(rebasing: all[start...]), file: file)
        }
        if let fast { return fast }
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(bytes) {
        case .success(let d): decoded = d
        case .failure(.binary(let offset)):
            return ReadResult(diagnostics: [Diagnostic(.error, SourceLocation(file: file, line: 0), InputMessages.binaryFile(offset))], filesSeen: 1)
        }
        let spots = badSpotDiagnostics(decoded, file: file, strict: strict)
        if strict, !spots.isEmpty { return ReadResult(diagnostics: spots, filesSeen: 1) }
        var result = decoded.utf8.withUnsafeBufferPointer { all in
            read(utf8: UnsafeBufferPointer(rebasing: all[decoded.start...]), file: file)
        } ?? ReadResult(diagnostics: [Diagnostic(.error, SourceLocation(file: file, line: 0), InputMessages.noFormFound())], filesSeen: 1)
        result.diagnostics = spots + result.diagnostics
        return result
    }

    /// Bad spots named one by one (`file:line:column`, the encoding read, the bytes) up to this
    /// many; the rest in one line.
    static let badSpotsNamed = 20

    /// One diagnostic per bad spot of a decoded file: warnings, or errors when `strict`.
    static func badSpotDiagnostics(_ d: TextDecoding.Decoded, file: String, strict: Bool) -> [Diagnostic] {
        guard !d.badSpots.isEmpty else { return [] }
        let named = d.badSpots.prefix(strict ? 1 : badSpotsNamed)
        let places = TextDecoding.lineColumns(of: named.map(\.offset), in: d.utf8, from: d.start)
        var out: [Diagnostic] = zip(named, places).map { spot, place in
            let message = strict
                ? InputMessages.badBytesStrict(d.encoding.rawValue, spot.hex)
                : InputMessages.badBytesReplaced(d.encoding.rawValue, spot.hex)
            return Diagnostic(strict ? .error : .warning, SourceLocation(file: file, line: place.line), message, column: place.column)
        }
        if !strict, d.badSpots.count > named.count {
            out.append(Diagnostic(.warning, SourceLocation(file: file, line: 0), InputMessages.moreBadBytes(d.badSpots.count - named.count, d.encoding.rawValue)))
        }
        return out
    }

    /// Reads already-decoded text.
    public static func read(text: String, file: String) -> ReadResult {
        read(bytes: Array(text.utf8), file: file)
    }

    /// Inputs at least this large are read in parts on several cores.
    static let parallelThreshold = 4 << 20

    /// Reads UTF-8 bytes; nil when some cell is not valid UTF-8.
    ///
    /// A large input is cut at title lines into one part per core; each part is read on its own
    /// thread and the results are joined in order (`join`).
    /// `chunkSize`: forms per chunk of a part (tests make it small).
    static func read(utf8: UnsafeBufferPointer<UInt8>, file: String, chunkSize: Int = FormChunks.defaultSize) -> ReadResult? {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var cuts = [0]
        if cores > 1, utf8.count >= parallelThreshold {
            let parts = min(cores, utf8.count / (parallelThreshold / 2))
            for k in 1..<parts {
                if let c = TitleLines.start(in: utf8, from: max(cuts.last! + 1, utf8.count * k / parts)) { cuts.append(c) }
            }
        }
        cuts.append(utf8.count)
        var pieces: [Part?]
        if cuts.count == 2 {
            pieces = [readPart(utf8, file: file, chunkSize: chunkSize)]
        } else {
            prepareAllocatorForThreads()
            pieces = Parallel.map(cuts.count - 1) { i in
                readPart(UnsafeBufferPointer(rebasing: utf8[cuts[i]..<cuts[i + 1]]), file: file, chunkSize: chunkSize)
            }
        }
        return join(&pieces, file: file)
    }

    /// What one part of a file read: its forms (in chunks) and diagnostics, lines numbered
    /// from 1, and how many lines it holds.
    struct Part {
        var forms: FormChunks
        var diagnostics: [Diagnostic]
        var lines: Int
    }

    /// Reads the rows of one part, numbering its lines from 1; nil when some cell is not UTF-8.
    /// `chunkSize`: forms per chunk (tests make it small).
    static func readPart(_ utf8: UnsafeBufferPointer<UInt8>, file: String, chunkSize: Int = FormChunks.defaultSize) -> Part? {
        var builder = FormBuilder(file: file)
        var scanner = RowScanner()
        var chunks = FormChunks(size: chunkSize)
        let next = scanner.forEachRow(utf8) {
            builder.read($0)
            chunks.collect(&builder)
        }
        if scanner.invalidUTF8 { return nil }
        builder.finish()
        chunks.collect(&builder, all: true)
        return Part(forms: chunks, diagnostics: builder.diagnostics, lines: next - 1)
    }

    /// Joins the parts of a file in order, moving each part's line numbers after those of the
    /// parts before it. The parts were cut at title lines, and a title line starts a new form
    /// and resets every state the reader keeps (FormBuilder's `startForm`), so the joined
    /// reading is the reading of the whole file in one piece — forms, line numbers, and the
    /// order of the diagnostics (ReadingPathsTests).
    static func join(_ pieces: inout [Part?], file: String) -> ReadResult? {
        var chunks: [[Form]] = []
        var diagnostics: [Diagnostic] = []
        var offset = 0
        for k in pieces.indices {
            // Moved out, so that shifting lines mutates in place instead of copying every form.
            guard var piece = pieces[k].take() else { return nil }
            var taken = piece.forms.take()
            if offset > 0 {
                for c in taken.indices {
                    for i in taken[c].indices { taken[c][i].shiftLines(by: offset) }
                }
                for i in piece.diagnostics.indices where piece.diagnostics[i].location.line > 0 {
                    piece.diagnostics[i].location.line += offset
                }
            }
            chunks += taken
            diagnostics += piece.diagnostics
            offset += piece.lines
        }
        // Room for every form at once, then the chunks copied in one by one, each given back
        // once copied: at most one chunk stands beside the whole. A single chunk is the whole.
        return result(forms: FormChunks.joined(&chunks), diagnostics: diagnostics, file: file)
    }

    /// The result of reading one file.
    static func result(forms: [Form], diagnostics: [Diagnostic], file: String) -> ReadResult {
        var diagnostics = diagnostics
        if forms.isEmpty {
            // One clear error instead of a warning for each line of a file that is no export.
            diagnostics = [Diagnostic(.error, SourceLocation(file: file, line: 0), InputMessages.noFormFound())]
        }
        return ReadResult(forms: forms, diagnostics: diagnostics, filesRead: forms.isEmpty ? 0 : 1, filesSeen: 1)
    }

    /// Before reading on several threads: glibc's malloc gives each thread its own arena, which
    /// grows a few pages at a time with an mprotect that locks the whole address space against
    /// the other thread's page faults (7,589 calls for 10,000 forms). A larger top pad makes
    /// the arenas grow in big steps; the pages are only made resident when used.
    static func prepareAllocatorForThreads() {
        #if canImport(Glibc)
        // mallopt(M_TOP_PAD, 64 MB), looked up at run time: <malloc.h> is not in the Glibc module.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        if let sym = dlsym(nil, "mallopt") {
            let M_TOP_PAD: Int32 = -2
            _ = unsafeBitCast(sym, to: Mallopt.self)(M_TOP_PAD, 64 << 20)
        }
        #endif
    }

}

/// Finding where to cut a file for reading in parts: at the start of a title line.
enum TitleLines {
    static let suffix = Array(FormBuilder.titleSuffix.utf8)

    /// The offset of the first line at or after `from` that is a title line (one non-empty
    /// cell ending in 项目支出绩效目标表), or nil.
    /// With `wholeLine`, a title whose line runs past the end of `buf` does not count (the
    /// caller reads on and looks again).
    static func start(in buf: UnsafeBufferPointer<UInt8>, from: Int, wholeLine: Bool = false) -> Int? {
        guard let p = buf.baseAddress else { return nil }
        let n = buf.count
        var i = from
        let m = suffix.count
        while i + m <= n {
            guard let hit = memchr(p + i, Int32(suffix[0]), n - i - m + 1) else { return nil }
            let at = UnsafeRawPointer(hit) - UnsafeRawPointer(p)
            i = at + 1
            guard suffix.withUnsafeBufferPointer({ memcmp(p + at, $0.baseAddress!, m) == 0 }) else { continue }
            // The line start, and whether anything but empty cells stands before the title cell.
            var ls = at
            while ls > 0, p[ls - 1] != 0x0A, p[ls - 1] != 0x0D { ls -= 1 }
            guard ls >= from, ls > 0 else { continue }
            var tab = at
            while tab > ls, p[tab - 1] != 0x09 { tab -= 1 }
            if !blank(p, ls, tab) { continue }
            // After the suffix: only blanks and empty cells up to the line end.
            let e = at + m
            var le = e
            while le < n, p[le] != 0x0A, p[le] != 0x0D { le += 1 }
            if le == n, wholeLine { continue }
            if !blank(p, e, le) { continue }
            return ls
        }
        return nil
    }

    /// Whether bytes `s..<e` hold only TABs and the blanks a cell is trimmed of.
    private static func blank(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var k = s
        while k < e {
            let b = p[k]
            let w = b == 0x09 ? 1 : Whitespace.cellBlank(p, at: k, end: e)
            if w == 0 { return false }
            k += w
        }
        return true
    }
}

extension Form {
    /// Moves every line number the form holds by `offset` (a part read on its own).
    mutating func shiftLines(by offset: Int) {
        source.line += offset
        for i in readingNotes.indices where readingNotes[i].location.line > 0 { readingNotes[i].location.line += offset }
        for i in indicators.implementation.indices { indicators.implementation[i].line += offset }
        for i in indicators.annual.indices { indicators.annual[i].line += offset }
        for i in indicators.declaredImplementation.indices { indicators.declaredImplementation[i].line += offset }
        for i in indicators.declaredAnnual.indices { indicators.declaredAnnual[i].line += offset }
        fieldLines.shift(by: offset)
    }
}
