import Foundation

/// Turns command-line paths into files: a file as given, a folder as its `*.txt`, `*.xlsx`,
/// `*.xlsm` (and `*.xls`, `*.et`, to name them) files found recursively, in path order.
enum InputFiles {
    static func expand(_ path: String) -> (files: [String], problems: [Diagnostic]) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            return ([], [Diagnostic(.error, SourceLocation(file: path, line: 0), "no such file or directory")])
        }
        guard isDir.boolValue else { return ([path], []) }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            return ([], [Diagnostic(.error, SourceLocation(file: path, line: 0), "cannot read directory")])
        }
        var files: [String] = []
        while let rel = walker.nextObject() as? String {
            guard InputFiles.accepts(rel) else { continue }
            let full = (path as NSString).appendingPathComponent(rel)
            var sub: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { files.append(full) }
        }
        files.sort { $0.compare($1, options: .numeric) == .orderedAscending }
        if files.isEmpty {
            return ([], [Diagnostic(.error, SourceLocation(file: path, line: 0), "directory holds no .txt file")])
        }
        return (files, [])
    }
}
