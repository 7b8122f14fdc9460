import Foundation

/// Reads one input whole, bounded: a regular file, or a pipe/FIFO named on the command line,
/// a megabyte at a time, never more than `limit` bytes, and stopping at the first piece that
/// shows binary data (a NUL byte, which no text export holds outside UTF-16). So `/dev/zero`,
/// an endless pipe or a disk image end with a clear error at once, in bounded memory. Never
/// writes to the file.
enum FileBytes {
    struct Problem: Error {
        var message: String
    }

    /// Regular files read whole are at most this large (512 MB; the text export of 10,000
    /// forms is about 45 MB). UTF-8 files are streamed instead and have no limit.
    static let limit = 512 << 20
    /// A pipe or FIFO is read up to this many bytes (64 MB): its size is not known ahead, so
    /// its buffer grows as it comes, and an endless writer must stop well before memory does.
    static let pipeLimit = 64 << 20

    /// `limit`: for tests (nil: `limit` for a regular file, `pipeLimit` for a pipe).
    static func read(_ path: String, limit forcedLimit: Int? = nil) -> Result<[UInt8], Problem> {
        // Decide on the type before opening: opening a device can have effects of its own.
        var st = stat()
        if stat(path, &st) != 0 { return .failure(Problem(message: InputFiles.statProblem(path, errno: errno))) }
        if let refusal = refusal(st) { return .failure(Problem(message: refusal)) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Problem(message: InputMessages.cannotOpen(String(cString: strerror(errno))))) }
        defer { close(fd) }
        guard fstat(fd, &st) == 0 else { return .failure(Problem(message: InputMessages.readFailed(String(cString: strerror(errno))))) }
        if let refusal = refusal(st) { return .failure(Problem(message: refusal)) }
        let regular = (st.st_mode & S_IFMT) == S_IFREG
        let limit = forcedLimit ?? (regular ? Self.limit : Self.pipeLimit)
        if regular, Int(st.st_size) > limit { return .failure(Problem(message: InputMessages.tooLarge(limit >> 20))) }

        var bytes: [UInt8] = []
        if regular { bytes.reserveCapacity(Int(st.st_size) + 1) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(Problem(message: InputMessages.readFailed(String(cString: strerror(errno)))))
            }
            if n == 0 { break }
            if bytes.count + n > limit { return .failure(Problem(message: InputMessages.tooLarge(limit >> 20))) }
            if bytes.count + n > bytes.capacity {
                // Grow by doubling, but never past the limit (no buffer larger than it).
                bytes.reserveCapacity(min(limit, max(2 * bytes.capacity, bytes.count + n)))
            }
            let before = bytes.count
            let nul: Int? = chunk.withUnsafeBufferPointer { c in
                let piece = UnsafeBufferPointer(rebasing: c[0..<n])
                bytes.append(contentsOf: piece)
                guard let hit = memchr(piece.baseAddress!, 0, n) else { return nil }
                return UnsafeRawPointer(hit) - UnsafeRawPointer(piece.baseAddress!)
            }
            if let nul, !startsUTF16(bytes) {
                return .failure(Problem(message: InputMessages.binaryFile(before + nul)))
            }
        }
        return .success(bytes)
    }

    /// Why a file of this type is not read (nil: a regular file or a FIFO, which are).
    static func refusal(_ st: stat) -> String? {
        switch st.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO: return nil
        case S_IFDIR: return InputMessages.notRegularFile(InputMessages.fileKindFolder())
        default: return InputMessages.notRegularFile(InputFiles.kindName(st))
        }
    }

    /// Whether the bytes begin with a UTF-16 byte-order mark (NUL bytes are text there).
    static func startsUTF16(_ b: [UInt8]) -> Bool {
        b.count >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))
    }
}
