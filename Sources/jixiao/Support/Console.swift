import Foundation
import JixiaoKit

/// Writing to stdout and stderr. Everything printed from a form has passed the sanitizer
/// before it gets here; messages are cleaned again as they go out.
enum Console {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    /// Buffers one line for stdout (flushed by `flush` or when large).
    static func line(_ s: String) {
        buffer += s.utf8
        buffer.append(0x0A)
        if buffer.count > 1 << 16 { flush() }
    }

    /// Raw text for stdout (already safe: JSON, CSV).
    static func raw(_ s: String) {
        buffer += s.utf8
        if buffer.count > 1 << 16 { flush() }
    }

    /// Bytes for stdout (already safe: JSON). Large chunks go straight to the file descriptor.
    static func bytes(_ p: UnsafeBufferPointer<UInt8>) {
        if p.count < 1 << 12 {
            buffer.append(contentsOf: p)
            if buffer.count > 1 << 16 { flush() }
            return
        }
        flush()
        writeAll(UnsafeRawBufferPointer(p))
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte to stdout, retrying short writes and interruptions; stops on a closed pipe.
    private static func writeAll(_ p: UnsafeRawBufferPointer) {
        var off = 0
        while off < p.count {
            let n = Foundation.write(1, p.baseAddress! + off, p.count - off)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            off += n
        }
    }

    /// A message on stderr, sanitized.
    static func error(_ s: String) {
        flush()
        FileHandle.standardError.write(Data((Sanitizer.clean(s) + "\n").utf8))
    }

    /// Ends the process at once with `status`, after flushing what was printed: no atexit
    /// handler, no teardown, and threads still running stop where they are (they must not be
    /// writing anything that has to be whole — the review record's saves are committed before).
    static func exitNow(_ status: Int32) -> Never {
        flush()
        fflush(nil)
        _exit(status)
    }

    /// The command's output is all written: the process ends now with success, without
    /// freeing what `kept` holds (the forms: freeing 10,000 took a tenth of `list`'s
    /// instructions, 100,000 about 0.4 s).
    static func exitSucceeded<T>(keeping kept: T) -> Never {
        withExtendedLifetime(kept) { exitNow(ExitCodes.ok) }
    }

    /// Columns of the terminal on stdout; 80 when piped.
    static var width: Int {
        var ws = winsize()
        if isatty(1) != 0, ioctl(1, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        return 80
    }

    static var stdoutIsTerminal: Bool { isatty(1) != 0 }
}
