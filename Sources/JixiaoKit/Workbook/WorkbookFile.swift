import Foundation

/// What a file holds, judged by its first bytes, never by its name alone (docs/format.md,
/// "Workbooks"): a ZIP package (an `.xlsx`/`.xlsm` workbook), an OLE compound file (a binary
/// `.xls`/`.et`, or an encrypted workbook), or anything else, read as text.
enum WorkbookFile {
    enum Kind: Equatable {
        case text
        case workbook
        /// An OLE compound file; `encrypted` when it holds an encrypted OOXML package.
        case compound(encrypted: Bool)
    }

    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let emptyZipMagic: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The kind of a regular file; `.text` for anything that cannot be peeked at without
    /// consuming it (a pipe), which the text reader then reads.
    static func kind(ofFile path: String) -> Kind {
        // Checked before opening: opening a FIFO would wait for a writer, and a second open
        // would lose what it sent.
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return .text }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .text }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 8)
        let got = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 8, 0) }
        guard got > 0 else { return .text }
        let kind = kind(ofHead: Array(head[0..<got]))
        if case .compound = kind, case .success(let bytes) = FileBytes.read(path) { return Self.kind(of: bytes) }
        return kind
    }

    /// The kind of bytes in memory.
    static func kind(of bytes: [UInt8]) -> Kind {
        let kind = kind(ofHead: Array(bytes.prefix(8)))
        guard case .compound = kind else { return kind }
        return .compound(encrypted: holdsEncryptedPackage(bytes))
    }

    private static func kind(ofHead head: [UInt8]) -> Kind {
        if head.starts(with: zipMagic) || head.starts(with: emptyZipMagic) { return .workbook }
        if head.starts(with: oleMagic) { return .compound(encrypted: false) }
        return .text
    }

    /// An encrypted OOXML file is an OLE compound file with a stream named `EncryptedPackage`
    /// (its directory holds the name in UTF-16LE).
    private static func holdsEncryptedPackage(_ bytes: [UInt8]) -> Bool {
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        guard bytes.count >= name.count else { return false }
        var i = 0
        let last = bytes.count - name.count
        while i <= last {
            if bytes[i] == name[0], bytes[i..<(i + name.count)].elementsEqual(name) { return true }
            i += 1
        }
        return false
    }

    /// The error for a compound file, naming the fix.
    static func compoundError(_ file: String, encrypted: Bool) -> ReadResult {
        let message = encrypted ? ReadingMessages.encryptedWorkbook() : ReadingMessages.binarySpreadsheet(shellQuoted(file))
        return ReadResult(diagnostics: [Diagnostic(.error, SourceLocation(file: file, line: 0), message)], filesSeen: 1)
    }

    /// `file` as one shell word, so the printed command can be pasted as it is.
    static func shellQuoted(_ file: String) -> String {
        let plain = file.unicodeScalars.allSatisfy { $0.value > 0x7F || CharacterSet.alphanumerics.contains($0) || "-_./+,:@%".unicodeScalars.contains($0) }
        return plain && !file.isEmpty ? file : "'" + file.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension InputFiles {
    /// The names a folder walk picks up: text exports, workbooks, and the binary spreadsheets
    /// that get an error naming the fix (so a folder never drops one silently).
    static let extensions: Set<String> = ["txt", "xlsx", "xlsm", "xls", "et"]

    static func accepts(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
