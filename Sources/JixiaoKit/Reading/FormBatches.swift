import Foundation

/// How far a reading in batches has come (`FormReader.read(paths:batches:)`).
public struct ReadProgress: Sendable, Equatable {
    /// Forms handed out so far.
    public var forms: Int
    /// Bytes read so far, of all inputs.
    public var bytesRead: Int
    /// Bytes of all inputs.
    public var bytesTotal: Int

    public init(forms: Int, bytesRead: Int, bytesTotal: Int) {
        self.forms = forms
        self.bytesRead = bytesRead
        self.bytesTotal = bytesTotal
    }

    /// 0…1.
    public var fraction: Double { bytesTotal > 0 ? min(1, Double(bytesRead) / Double(bytesTotal)) : 1 }
}

extension FormReader {
    /// Reads like `read(paths:)`, and hands the forms to `batch` while reading, in input
    /// order: the first ones once the first 256 KB are read (`StreamReader.firstPieceSize`), then those read since, with the
    /// progress. The returned result holds every form (the same forms, in the same order)
    /// and the diagnostics, and is what counts: when a file turns out not to be UTF-8 after
    /// some of its forms were handed out (it is then read whole, as GB18030 or an error), its
    /// reading may differ from what was handed out.
    ///
    /// `batch` is called on the calling thread or on a reading thread, one call at a time.
    public static func read(paths: [String], strict: Bool = false, batches batch: @escaping ([Form], ReadProgress) -> Void) -> ReadResult {
        var result = ReadResult()
        var files: [String] = []
        for path in paths {
            let (found, problems) = InputFiles.expand(path)
            result.diagnostics += problems
            files += found
        }
        let sizes = files.map(fileSize)
        let total = sizes.reduce(0, +)
        let counts = SharedCount(0)  // forms handed out; touched by one thread at a time
        var done = 0
        var forms: [[Form]] = []  // each file's, joined at the end (`FormChunks.joined`)
        for (file, size) in zip(files, sizes) {
            result.filesSeen += 1
            let base = done
            let sent = SharedCount(0)
            let onForms: StreamReader.OnForms = { forms, bytes in
                let n = counts.add(forms.count)
                _ = sent.add(forms.count)
                batch(forms, ReadProgress(forms: n, bytesRead: base + min(bytes, size), bytesTotal: total))
            }
            let one = read(file: file, strict: strict, onForms: onForms)
            done += size
            let already = sent.add(0)
            if one.forms.count > already {
                let n = counts.add(one.forms.count - already)
                batch(Array(one.forms[already...]), ReadProgress(forms: n, bytesRead: done, bytesTotal: total))
            }
            if !one.forms.isEmpty {
                result.filesRead += 1
                forms.append(one.forms)
            }
            result.diagnostics += one.diagnostics
        }
        result.forms = FormChunks.joined(&forms)
        return result
    }

    private static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }
}

/// A counter shared with the reading threads.
private final class SharedCount: @unchecked Sendable {
    private var value: Int
    private let lock = NSLock()
    init(_ value: Int) { self.value = value }
    /// Adds `n` and returns the new value.
    func add(_ n: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += n
        return value
    }
}
