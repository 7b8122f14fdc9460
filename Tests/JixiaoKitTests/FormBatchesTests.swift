import Foundation
import Testing
@testable import JixiaoKit

/// Reading in batches (what the browser shows while the rest is read) hands out every form once,
/// in order, with progress that only grows, and returns the same result as reading at once.
@Suite struct FormBatchesTests {
    /// What the batches brought (they may come from a reading thread).
    final class Received: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var forms: [Form] = []
        private(set) var progress: [ReadProgress] = []
        private(set) var sizes: [Int] = []
        func add(_ batch: [Form], _ p: ReadProgress) {
            lock.lock()
            defer { lock.unlock() }
            forms += batch
            progress.append(p)
            sizes.append(batch.count)
        }
    }

    @Test func batchesHoldEveryFormOnceInOrder() throws {
        let bytes = Array(ReadingPathsTests.text(forms: 1200, seed: 23).utf8)
        #expect(bytes.count >= FormReader.parallelThreshold)  // read in parts, the first one streamed
        let path = try ReadingPathsTests.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let got = Received()
        let result = FormReader.read(paths: [path, path]) { got.add($0, $1) }
        let whole = FormReader.read(paths: [path, path])
        ReadingPathsTests.same(whole, result, "result of the reading in batches")
        #expect(result.filesRead == 2 && result.filesSeen == 2)
        #expect(got.forms == whole.forms)
        #expect(got.progress.count > 3)  // the first file's first part came a megabyte at a time
        #expect(got.sizes.allSatisfy { $0 > 0 })
        var sum = 0
        for (p, n) in zip(got.progress, got.sizes) {
            sum += n
            #expect(p.forms == sum)
            #expect(p.bytesTotal == 2 * bytes.count)
        }
        #expect(zip(got.progress, got.progress.dropFirst()).allSatisfy { $0.bytesRead <= $1.bytesRead })
        #expect(got.progress.last?.fraction == 1)
        // The first batch came before the first file was read whole, after its first short read.
        #expect((got.progress.first?.bytesRead ?? .max) < bytes.count)
        #expect((got.progress.first?.bytesRead ?? .max) <= StreamReader.firstPieceSize)
    }

    @Test func missingInputsAreDiagnosedAndNothingIsHandedOut() {
        let got = Received()
        let result = FormReader.read(paths: ["/nonexistent/jixiao-batches.txt"]) { got.add($0, $1) }
        #expect(result.forms.isEmpty)
        #expect(result.errors.count == 1)
        #expect(got.progress.isEmpty)
    }
}
