import Foundation
import JixiaoKit

/// A pending search's full result (`SearchRequest.run`), from another thread.
public typealias SearchInbox = Inbox<CompletedSearch>

/// Runs the browser's pending searches on another thread, one at a time, into `inbox`: a request
/// made while one runs waits, and replaces any request still waiting (only the newest text
/// matters; the state drops a result for any other).
final class SearchWorker: Sendable {
    let inbox = SearchInbox()
    /// The request waiting to run, and whether the thread is running.
    private let queue = Locked<(next: SearchRequest?, running: Bool)>((nil, false))

    func submit(_ request: SearchRequest) {
        let start = queue.withValue { q -> Bool in
            q.next = request
            if q.running { return false }
            q.running = true
            return true
        }
        if start { Thread.detachNewThread { [self] in drain() } }
    }

    private func drain() {
        while let request = queue.withValue({ q -> SearchRequest? in
            let next = q.next
            q.next = nil
            if next == nil { q.running = false }
            return next
        }) {
            inbox.deliver(request.run())
        }
    }
}

extension Browser {
    /// Starts the state's pending search on the worker, once per request.
    mutating func startPendingSearch() {
        guard let request = state.pendingSearch, request.serial != startedSearch else { return }
        startedSearch = request.serial
        searchWorker.submit(request)
    }

    /// The result of a pending search, when it has come: applied as `.searchCompleted` (a stale
    /// one is dropped there).
    mutating func collectSearch() -> Bool {
        guard let done = searchWorker.inbox.take() else { return false }
        let before = state.pendingSearch?.serial
        state.apply(.searchCompleted(done))
        return state.pendingSearch?.serial != before
    }
}
