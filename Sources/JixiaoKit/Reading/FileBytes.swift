import Foundation

/// Reads a whole file into bytes with one allocation (open, fstat, read): never writes to it.
enum FileBytes {
    struct Problem: Error {
        var message: String
    }

    static func read(_ path: String) -> Result<[UInt8], Problem> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(Problem(message: "cannot open file: \(String(cString: strerror(errno)))")) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(Problem(message: "cannot read file: \(String(cString: strerror(errno)))")) }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(Problem(message: "is a directory")) }
        var capacity = max(Int(st.st_size), 0) + 1
        var bytes: [UInt8] = []
        var failure: String?
        // Regular files are read at their size; pipes and special files grow as they come.
        while failure == nil {
            var got = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buf, count in
                var total = 0
                while total < capacity {
                    let n = Foundation.read(fd, buf.baseAddress! + total, capacity - total)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = "cannot read file: \(String(cString: strerror(errno)))"
                        break
                    }
                    if n == 0 { break }
                    total += n
                }
                count = total
                got = total
            }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if got < capacity { break }
            capacity = max(capacity, 1 << 16)
        }
        if let failure { return .failure(Problem(message: failure)) }
        return .success(bytes)
    }
}
