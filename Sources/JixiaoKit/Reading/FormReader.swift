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

/// Reads the forms' text export: bytes → text (UTF-8, BOM, GB18030; LF/CRLF/CR) → rows of
/// cells → forms. Input files are only ever read.
public enum FormReader {
    /// Reads files and folders (folders recursively, `*.txt`, in path order). Problems with one
    /// input become diagnostics; the other inputs are still read.
    public static func read(paths: [String]) -> ReadResult {
        var result = ReadResult()
        for path in paths {
            let (files, problems) = InputFiles.expand(path)
            result.diagnostics += problems
            for file in files {
                result.filesSeen += 1
                let one = read(file: file)
                if !one.forms.isEmpty { result.filesRead += 1 }
                result.forms += one.forms
                result.diagnostics += one.diagnostics
            }
        }
        return result
    }

    /// Reads one file.
    public static func read(file: String) -> ReadResult {
        switch FileBytes.read(file) {
        case .success(let bytes): return read(bytes: bytes, file: file)
        case .failure(let problem):
            return ReadResult(diagnostics: [Diagnostic(.error, SourceLocation(file: file, line: 0), problem.message)])
        }
    }

    /// Reads the bytes of one file; `file` names it in diagnostics and source locations.
    public static func read(bytes: [UInt8], file: String) -> ReadResult {
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(bytes) {
        case .success(let d): decoded = d
        case .failure(.binary(let offset)):
            return ReadResult(diagnostics: [Diagnostic(.error, SourceLocation(file: file, line: 0), "binary file (NUL byte at offset \(offset)), not a text export")])
        case .failure(.undecodable(let u, let g, let byte)):
            let hex = String(byte, radix: 16, uppercase: true)
            return ReadResult(diagnostics: [Diagnostic(.error, SourceLocation(file: file, line: 0), "not UTF-8 (invalid byte 0x\(hex) at offset \(u)) nor GB18030 (invalid at offset \(g))")])
        }
        return decoded.utf8.withUnsafeBufferPointer { all in
            read(utf8: UnsafeBufferPointer(rebasing: all[decoded.start...]), file: file)
        }
    }

    /// Reads already-decoded text.
    public static func read(text: String, file: String) -> ReadResult {
        read(bytes: Array(text.utf8), file: file)
    }

    static func read(utf8: UnsafeBufferPointer<UInt8>, file: String) -> ReadResult {
        var builder = FormBuilder(file: file)
        var scanner = RowScanner()
        scanner.forEachRow(utf8) { builder.read($0) }
        builder.finish()
        var diagnostics = builder.diagnostics
        if builder.forms.isEmpty {
            // One clear error instead of a warning for each line of a file that is no export.
            diagnostics = [Diagnostic(.error, SourceLocation(file: file, line: 0), "no form found (no line ending in 项目支出绩效目标表 and no 项目名称 row)")]
        }
        return ReadResult(forms: builder.forms, diagnostics: diagnostics, filesRead: builder.forms.isEmpty ? 0 : 1, filesSeen: 1)
    }
}
