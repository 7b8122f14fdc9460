import Foundation

/// Reads a regular file in pieces through a small buffer, never holding the whole file: peak
/// memory is the forms read plus about a megabyte per thread. A large file is cut at title
/// lines into one part per core (see `FormReader.join` for why that reads the same), each
/// part streamed on its own thread. UTF-8 is checked cell by cell; a NUL byte or a
/// cell that is not UTF-8 gives nil, and the caller reads the whole file the careful way
/// (GB18030, or a precise error).
enum StreamReader {
    static let bufferSize = 1 << 20
    /// The first read of a part whose forms are handed out as it goes (256 KB, about 60
    /// forms: a tall terminal's list): the browser's first frame waits for it.
    static let firstPieceSize = 256 << 10

    /// Called with the forms the first part has finished since the last call, in file order,
    /// and the bytes of the file read so far (`FormReader.read(paths:batches:)`).
    typealias OnForms = ([Form], Int) -> Void

    /// `OnForms` handed to a reading thread. (A class: an optional closure captured in the
    /// threads' tuple crashed the release compiler, Swift 6.3.1, in CopyPropagation.)
    final class FormsSink: @unchecked Sendable {
        let onForms: OnForms
        init(_ onForms: @escaping OnForms) { self.onForms = onForms }
    }

    /// `bufferSize`, `parts` and `chunkSize` are for tests (buffer boundaries everywhere, a
    /// forced split, chunks of a few forms).
    /// With `onForms`, the first part hands out its forms as it goes (the later parts' forms
    /// are in the result only).
    static func read(
        path: String, bufferSize: Int = StreamReader.bufferSize, parts forcedParts: Int? = nil,
        chunkSize: Int = FormChunks.defaultSize, onForms: OnForms? = nil
    ) -> ReadResult? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)

        // Where the parts start: the file start, then title lines near even shares.
        var cuts = [0]
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if let parts = forcedParts ?? (cores > 1 && size >= FormReader.parallelThreshold ? min(cores, size / (FormReader.parallelThreshold / 2)) : nil), parts > 1 {
            for k in 1..<parts {
                if let c = titleLine(fd, from: max(cuts.last! + 1, size * k / parts), size: size) { cuts.append(c) }
            }
        }
        cuts.append(size)
        let n = cuts.count - 1
        var pieces: [FormReader.Part?]
        if n == 1 {
            pieces = [readPart(fd, cuts[0], cuts[1], path: path, bufferSize: bufferSize, chunkSize: chunkSize, sink: onForms.map(FormsSink.init), fileSize: size)]
        } else {
            FormReader.prepareAllocatorForThreads()
            let results = UnsafeMutablePointer<FormReader.Part?>.allocate(capacity: n)
            results.initialize(repeating: nil, count: n)
            defer {
                results.deinitialize(count: n)
                results.deallocate()
            }
            let shared = Unchecked((results, cuts))
            let first = onForms.map(FormsSink.init)
            DispatchQueue.concurrentPerform(iterations: n) { i in
                let (out, cuts) = shared.value
                out[i] = readPart(fd, cuts[i], cuts[i + 1], path: path, bufferSize: bufferSize, chunkSize: chunkSize, sink: i == 0 ? first : nil, fileSize: i == 0 ? size : nil)
            }
            pieces = (0..<n).map { results[$0].take() }
        }
        return FormReader.join(&pieces, file: path)
    }

    /// Reads bytes `start..<end` of the file as rows, numbering its lines from 1.
    /// `fileSize`, for the part that starts the file: once a few forms are read, its first
    /// chunk gets room for the whole file's forms as estimated from them
    /// (`FormChunks.reserveFirst`), so that those forms are written once, where the file's
    /// array keeps them, instead of into chunks copied into that array at the end.
    static func readPart(
        _ fd: Int32, _ start: Int, _ end: Int, path: String, bufferSize: Int, chunkSize: Int = FormChunks.defaultSize, sink: FormsSink? = nil,
        fileSize: Int? = nil
    ) -> FormReader.Part? {
        var roomFor = fileSize  // the file whose forms the first chunk is to hold, until reserved
        var buffer = [UInt8](repeating: 0, count: bufferSize)
        var line = 1
        var builder = FormBuilder(file: path)
        var chunks = FormChunks(size: chunkSize)
        var scanner = RowScanner(releasesHugeCells: true)
        var offset = start
        var kept = 0  // bytes of an unfinished line carried to the front of the buffer
        var first = true
        var handedOut = 0  // forms of `builder.forms` given to `onForms`
        while true {
            if kept == buffer.count {
                // A line longer than the buffer: grow once to hold it whole (its end found
                // ahead), so a cell of 100 MB costs its size, not a doubling and a copy.
                let size = max(buffer.count * 2, lineEnd(fd, from: offset, end: end) - offset + kept + 1)
                buffer.reserveCapacity(size)
                buffer.append(contentsOf: repeatElement(0, count: size - buffer.count))
            }
            // Only the very first read is short: a first line longer than it is read on at full size.
            let want = min(buffer.count - kept, end - offset, sink != nil && offset == start ? Self.firstPieceSize : .max)
            let got = want > 0 ? buffer.withUnsafeMutableBytes { b in pread(fd, b.baseAddress! + kept, want, off_t(offset)) } : 0
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            offset += got
            let filled = kept + got
            let atEnd = got == 0 || offset >= end
            let ok = buffer.withUnsafeBufferPointer { all -> Bool in
                let p = all.baseAddress!
                if got > 0, memchr(p + kept, 0, got) != nil { return false }
                var from = 0
                if first, start == 0, filled >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { from = 3 }
                // Whole lines only, unless the part ends here; a CR at the very end waits for
                // the next read, which may bring its LF.
                var upto = filled
                if !atEnd {
                    upto = from
                    var k = filled - 1
                    while k >= from {
                        let b = p[k]
                        if b == 0x0A || (b == 0x0D && k < filled - 1) { upto = k + 1; break }
                        k -= 1
                    }
                }
                if upto > from {
                    line = scanner.forEachRow(UnsafeBufferPointer(start: p + from, count: upto - from), firstLine: line) {
                        builder.read($0)
                        if chunks.isFull(builder) {
                            // The forms not yet handed out go out before the chunk is taken.
                            if let sink, builder.forms.count > handedOut {
                                sink.onForms(Array(builder.forms[handedOut...]), offset - start)
                            }
                            handedOut = 0
                            chunks.collect(&builder)
                        }
                    }
                    if scanner.invalidUTF8 { return false }
                }
                kept = filled - upto
                if kept > 0 { memmove(UnsafeMutableRawPointer(mutating: p), p + upto, kept) }
                if upto > from || from > 0 { first = false }
                return true
            }
            guard ok else { return nil }
            if let whole = roomFor, let room = FormChunks.estimatedRoom(forms: builder.forms.count, bytesRead: offset - start, totalBytes: whole) {
                roomFor = nil
                chunks.reserveFirst(room, in: &builder)
            }
            if let sink, builder.forms.count > handedOut {
                sink.onForms(Array(builder.forms[handedOut...]), offset - start)
                handedOut = builder.forms.count
            }
            if atEnd { break }
        }
        builder.finish()
        chunks.collect(&builder, all: true)
        return FormReader.Part(forms: chunks, diagnostics: builder.diagnostics, lines: line - 1)
    }

    /// The offset of the first line end (LF or CR) at or after `from`, or `end`.
    static func lineEnd(_ fd: Int32, from: Int, end: Int) -> Int {
        var window = [UInt8](repeating: 0, count: 1 << 20)
        var pos = from
        while pos < end {
            let got = window.withUnsafeMutableBytes { b in pread(fd, b.baseAddress!, min(b.count, end - pos), off_t(pos)) }
            guard got > 0 else { return end }
            if let k = window[0..<got].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) { return pos + k }
            pos += got
        }
        return end
    }

    /// The offset of the first title line at or after `from`, reading a window at a time.
    static func titleLine(_ fd: Int32, from: Int, size: Int) -> Int? {
        var window = [UInt8](repeating: 0, count: 256 << 10)
        var pos = max(0, from - 1)  // one byte back: a line start at `from` needs the line end before it
        while pos < size {
            let want = min(window.count, size - pos)
            let got = window.withUnsafeMutableBytes { b in pread(fd, b.baseAddress!, want, off_t(pos)) }
            guard got > 0 else { return nil }
            let complete = pos + got >= size
            if let at = window.withUnsafeBufferPointer({ TitleLines.start(in: UnsafeBufferPointer(rebasing: $0[0..<got]), from: 1, wholeLine: !complete) }) {
                return pos + at
            }
            if complete { return nil }
            pos += got - 4096  // overlap: a title line cut by the window end is found in the next
        }
        return nil
    }
}
