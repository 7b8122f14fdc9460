import Foundation

/// Turns command-line paths into files: a file as given (a regular file, or a pipe/FIFO named
/// on purpose), a folder as the input files found in it recursively, in path order. A folder
/// walk reads only regular files: FIFOs, sockets and devices are skipped with a note (a FIFO
/// would wait for a writer forever). A folder or file that cannot be read is always named.
enum InputFiles {
    /// Whether a file met in a folder walk is one the reader takes, by its name (the one place
    /// that decides which file types a folder contributes).
    static func isInput(name: String) -> Bool {
        name.lowercased().hasSuffix(".txt")
    }

    /// The kinds of file a folder walk takes, for messages (`.txt`).
    static let inputKinds = ".txt"

    static func expand(_ path: String) -> (files: [String], problems: [Diagnostic]) {
        var st = stat()
        guard stat(path, &st) == 0 else { return ([], [problem(path, statProblem(path, errno: errno))]) }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            // Named on the command line: read it (FileBytes refuses devices and sockets).
            return ([path], [])
        }
        var walk = Walk()
        walk.visit(folder: path, st)
        var files = walk.files
        files.sort { $0.compare($1, options: .numeric) == .orderedAscending }
        if files.isEmpty, !walk.problems.contains(where: { $0.severity == .error }) {
            walk.problems.append(problem(path, InputMessages.folderHoldsNoInput(inputKinds)))
        }
        return (files, walk.problems)
    }

    /// A recursive folder walk that names what it cannot read and never loops through links.
    struct Walk {
        var files: [String] = []
        var problems: [Diagnostic] = []
        /// Folders entered (device, inode): a link back to a parent is not followed again.
        var seen: Set<[UInt64]> = []

        mutating func visit(folder: String, _ st: stat) {
            guard seen.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted else { return }
            guard let dir = opendir(folder) else {
                problems.append(problem(folder, InputMessages.cannotReadFolder(String(cString: strerror(errno)))))
                return
            }
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name != ".", name != ".." { names.append(name) }
            }
            closedir(dir)
            names.sort()
            for name in names {
                let full = (folder as NSString).appendingPathComponent(name)
                var sub = stat()
                guard stat(full, &sub) == 0 else {
                    // A dangling link or a loop among links: named when it could have been an input.
                    let code = errno
                    if code == ELOOP || isInput(name: name) { problems.append(problem(full, statProblem(full, errno: code))) }
                    continue
                }
                switch sub.st_mode & S_IFMT {
                case S_IFDIR: visit(folder: full, sub)
                case S_IFREG: if isInput(name: name) { files.append(full) }
                default:
                    if isInput(name: name) {
                        problems.append(Diagnostic(.warning, SourceLocation(file: full, line: 0), InputMessages.skippedSpecialFile(kindName(sub))))
                    }
                }
            }
        }
    }

    static func problem(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, SourceLocation(file: path, line: 0), message)
    }

    /// Why `stat` failed, for a person: a loop among links and a dangling link are told apart
    /// from a missing file.
    static func statProblem(_ path: String, errno code: Int32) -> String {
        switch code {
        case ELOOP: return InputMessages.symlinkLoop()
        case ENOENT:
            var lst = stat()
            if lstat(path, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFLNK {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                return InputMessages.brokenSymlink(target)
            }
            return InputMessages.noSuchFile()
        default: return InputMessages.cannotOpen(String(cString: strerror(code)))
        }
    }

    /// The kind of a file that is neither regular nor a folder, for a person.
    static func kindName(_ st: stat) -> String {
        switch st.st_mode & S_IFMT {
        case S_IFIFO: return InputMessages.fileKindFIFO()
        case S_IFSOCK: return InputMessages.fileKindSocket()
        case S_IFCHR: return InputMessages.fileKindCharDevice()
        case S_IFBLK: return InputMessages.fileKindBlockDevice()
        case S_IFDIR: return InputMessages.fileKindFolder()
        default: return InputMessages.fileKindOther()
        }
    }
}
