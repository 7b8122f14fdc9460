import Foundation
import JixiaoKit
import JixiaoTUI

/// Reading on its own thread for the browser (`FormReader.read(paths:batches:)`): the forms go
/// to `inbox` as they are read; the caller waits for the first ones only, and for the whole
/// result when it needs every form.
///
/// Quitting while it reads `abandon`s it: the forms read from then on are dropped, and the
/// work waiting for the whole result (`whenRead`) is not done; the process exits without
/// waiting for the reading thread (it writes to no terminal or file).
final class StreamedReading: @unchecked Sendable {
    let inbox = FormsInbox()
    private let lock = NSCondition()
    private var first: (forms: [Form], progress: ReadProgress)?
    private var firstTaken = false
    private var done: ReadResult?
    private var abandoned = false

    init(paths: [String], strict: Bool) {
        Thread.detachNewThread { [self] in
            let result = FormReader.read(paths: paths, strict: strict) { [self] forms, progress in
                lock.lock()
                if abandoned {
                    lock.unlock()
                    return
                }
                if !firstTaken, first == nil {
                    first = (forms, progress)
                    lock.broadcast()
                    lock.unlock()
                    return
                }
                lock.unlock()
                inbox.add(forms, progress)
            }
            inbox.finish(result.forms)  // before `done`: what waits for the result finds it there
            lock.lock()
            done = result
            lock.broadcast()
            lock.unlock()
        }
    }

    /// Inputs smaller than this are read to the end before the first frame (a few tens of
    /// milliseconds): a small year opens whole, without a progress shown for an instant.
    static let streamedFrom = 4 << 20

    /// The first forms read and the progress then; nil when the reading ended without any.
    /// Forms read later go to `inbox` (for small inputs, all of them before this returns).
    func waitForFirstForms() -> (forms: [Form], progress: ReadProgress)? {
        lock.lock()
        defer { lock.unlock() }
        while done == nil, first.map({ $0.progress.bytesTotal < Self.streamedFrom }) ?? true { lock.wait() }
        firstTaken = true
        return first
    }

    /// The whole reading (waits for its end).
    func result() -> ReadResult {
        lock.lock()
        defer { lock.unlock() }
        while done == nil { lock.wait() }
        return done!
    }

    /// Whether the reading has ended (with every form).
    var isDone: Bool {
        lock.lock()
        defer { lock.unlock() }
        return done != nil
    }

    /// The browser was closed before the reading ended: nothing more is handed out, and work
    /// waiting in `whenRead` is dropped.
    func abandon() {
        lock.lock()
        abandoned = true
        lock.unlock()
    }

    /// Runs `work` on a thread of its own with every form once the reading has ended — unless
    /// it was abandoned before.
    func whenRead(_ work: @escaping @Sendable ([Form]) -> Void) {
        Thread.detachNewThread { [self] in
            let forms = result().forms
            lock.lock()
            let skip = abandoned
            lock.unlock()
            if !skip { work(forms) }
        }
    }
}
