import Foundation
import JixiaoKit
import JixiaoTUI

/// Reading on its own thread for the browser (`FormReader.read(paths:batches:)`): the forms go
/// to `inbox` as they are read; the caller waits for the first ones only, and for the whole
/// result when it needs every form.
final class StreamedReading: @unchecked Sendable {
    let inbox = FormsInbox()
    private let lock = NSCondition()
    private var first: (forms: [Form], progress: ReadProgress)?
    private var firstTaken = false
    private var done: ReadResult?

    init(paths: [String], strict: Bool) {
        Thread.detachNewThread { [self] in
            let result = FormReader.read(paths: paths, strict: strict) { [self] forms, progress in
                lock.lock()
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
}
