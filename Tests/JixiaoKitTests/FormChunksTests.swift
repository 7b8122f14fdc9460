import Foundation
import Testing
@testable import JixiaoKit

/// A part hands its forms over in chunks and the join copies them chunk by chunk
/// (`FormChunks`, `FormReader.join`): whatever the chunk size and the number of parts, the
/// reading is that of the whole file in one piece — forms, line numbers and diagnostics in
/// order — and the browser's batches still bring every form of the first part once, in order.
@Suite struct FormChunksTests {
    static let chunkSizes = [1, 2, 7, 50, FormChunks.defaultSize]

    @Test func streamedChunksAndPartsReadAsOnePiece() throws {
        let bytes = Array(ReadingPathsTests.text(forms: 60, seed: 31).utf8)
        let path = try ReadingPathsTests.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try #require(bytes.withUnsafeBufferPointer { FormReader.read(utf8: $0, file: path, chunkSize: .max) })
        #expect(whole.forms.count == 60)
        #expect(!whole.diagnostics.isEmpty)  // lines numbered in warnings, shifted across parts
        for size in Self.chunkSizes {
            for parts in [1, 2, 3] {
                for buffer in [StreamReader.bufferSize, 1000] {
                    let read = try #require(StreamReader.read(path: path, bufferSize: buffer, parts: parts, chunkSize: size))
                    ReadingPathsTests.same(whole, read, "chunks of \(size), \(parts) parts, buffer \(buffer)")
                }
            }
        }
    }

    @Test func inMemoryChunksAndPartsReadAsOnePiece() throws {
        let bytes = Array(ReadingPathsTests.text(forms: 1200, seed: 32).utf8)
        #expect(bytes.count >= FormReader.parallelThreshold)  // cut into parts when there are cores
        let one = try bytes.withUnsafeBufferPointer { b in try #require(FormReader.readPart(b, file: "x.txt", chunkSize: .max)) }
        #expect(one.forms.chunks.count == 1)
        for size in [1, 7, FormChunks.defaultSize] {
            let part = try bytes.withUnsafeBufferPointer { b in try #require(FormReader.readPart(b, file: "x.txt", chunkSize: size)) }
            #expect(part.forms.count == 1200)
            #expect(part.forms.chunks.count == (1200 + size - 1) / size)
            #expect(part.forms.chunks.dropLast().allSatisfy { $0.count == size })
            #expect(Array(part.forms.chunks.joined()) == one.forms.chunks[0])
            let read = try #require(bytes.withUnsafeBufferPointer { FormReader.read(utf8: $0, file: "x.txt", chunkSize: size) })
            #expect(read.forms == one.forms.chunks[0])
            #expect(read.diagnostics == one.diagnostics)
        }
    }

    /// Parts joined by hand, with their chunks: lines move by the lines of the parts before.
    @Test func joinMovesEveryLineOfEveryChunk() throws {
        let text = ReadingPathsTests.text(forms: 30, seed: 33)
        let bytes = Array(text.utf8)
        let whole = try #require(bytes.withUnsafeBufferPointer { FormReader.read(utf8: $0, file: "j.txt", chunkSize: .max) })
        // Cut at the title lines of forms 10 and 21.
        let titles = whole.forms.map(\.source.line)
        var lineStarts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
        let cuts = [0, lineStarts[titles[10] - 1], lineStarts[titles[21] - 1], bytes.count]
        for size in [1, 3, 100] {
            var pieces: [FormReader.Part?] = bytes.withUnsafeBufferPointer { b in
                (0..<3).map { i in FormReader.readPart(UnsafeBufferPointer(rebasing: b[cuts[i]..<cuts[i + 1]]), file: "j.txt", chunkSize: size) }
            }
            #expect(pieces.map { $0?.forms.count } == [10, 11, 9])
            let joined = try #require(FormReader.join(&pieces, file: "j.txt"))
            ReadingPathsTests.same(whole, joined, "joined by hand, chunks of \(size)")
            #expect(pieces.allSatisfy { $0 == nil })  // each part was taken
        }
    }

    @Test func batchesBringTheFirstPartsFormsOnceInOrderWhateverTheChunks() throws {
        let bytes = Array(ReadingPathsTests.text(forms: 80, seed: 34).utf8)
        let path = try ReadingPathsTests.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for size in [1, 3, FormChunks.defaultSize] {
            for parts in [1, 2] {
                let got = FormBatchesTests.Received()
                let read = try #require(StreamReader.read(path: path, bufferSize: 2000, parts: parts, chunkSize: size) { forms, bytes in
                    got.add(forms, ReadProgress(forms: 0, bytesRead: bytes, bytesTotal: 0))
                })
                let what = "chunks of \(size), \(parts) parts"
                #expect(read.forms.count == 80, "\(what)")
                // Every batch is the forms that follow the ones before, in file order.
                #expect(got.forms == Array(read.forms.prefix(got.forms.count)), "\(what)")
                #expect(got.sizes.allSatisfy { $0 > 0 }, "\(what)")
                #expect(zip(got.progress, got.progress.dropFirst()).allSatisfy { $0.bytesRead <= $1.bytesRead }, "\(what)")
                // Up to the form the last row of the part finishes (that one is in the result).
                if parts == 1 { #expect(got.forms.count == 79, "\(what)") } else { #expect(got.forms.count > 10, "\(what)") }
            }
        }
    }

    /// Several files: each file's forms, in the order of the paths, whatever path reads them.
    @Test func severalFilesJoinInOrder() throws {
        let a = try ReadingPathsTests.write(Array(ReadingPathsTests.text(forms: 12, seed: 35).utf8))
        let b = try ReadingPathsTests.write(Array(ReadingPathsTests.text(forms: 7, seed: 36).utf8))
        defer {
            try? FileManager.default.removeItem(atPath: a)
            try? FileManager.default.removeItem(atPath: b)
        }
        let (ra, rb) = (FormReader.read(file: a), FormReader.read(file: b))
        #expect(ra.forms.count == 12 && rb.forms.count == 7)
        let expected = ra.forms + rb.forms + ra.forms
        let all = FormReader.read(paths: [a, b, a])
        #expect(all.forms == expected)
        #expect(all.diagnostics == ra.diagnostics + rb.diagnostics + ra.diagnostics)
        #expect(all.filesRead == 3 && all.filesSeen == 3)
        let batched = FormReader.read(paths: [a, b, a]) { _, _ in }
        #expect(batched.forms == expected)
        #expect(batched.diagnostics == all.diagnostics)
        // One file: its forms as they are; none: nothing.
        #expect(FormReader.read(paths: [b]).forms == rb.forms)
        var none: [[Form]] = []
        #expect(FormChunks.joined(&none).isEmpty)
    }

    @Test func shiftingLinesChangesTheDeclarationsInPlace() {
        var form = Form(source: SourceLocation(file: "f", line: 3))
        form.indicators.declarations = [
            .implementation: [TierDeclaration(tier1: "产出指标", tier2: "数量指标", line: 5)],
            .annual: [TierDeclaration(tier1: "产出指标", tier2: "数量指标", line: 6), TierDeclaration(tier1: "效益指标", tier2: "社会效益指标", line: 7)],
        ]
        func address(_ side: Side) -> UnsafeRawPointer? {
            form.indicators.declarations[side]?.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        let before = (address(.implementation), address(.annual))
        form.shiftLines(by: 100)
        #expect(form.source.line == 103)
        #expect(form.indicators.declarations[.implementation]?.map(\.line) == [105])
        #expect(form.indicators.declarations[.annual]?.map(\.line) == [106, 107])
        // The same arrays, changed where they are: a copy per form was garbage in the part's
        // malloc arena at every join.
        #expect(address(.implementation) == before.0)
        #expect(address(.annual) == before.1)
    }

    /// The room estimated for a file's forms: none under 16 forms read, proportional with a
    /// quarter more, none when it would take more bytes of `Form` values than the file has.
    @Test func roomIsEstimatedFromTheFormsRead() {
        #expect(FormChunks.estimatedRoom(forms: 15, bytesRead: 60_000, totalBytes: 4_000_000) == nil)
        #expect(FormChunks.estimatedRoom(forms: 16, bytesRead: 0, totalBytes: 4_000_000) == nil)
        // 16 forms in 64,000 bytes: 1,000 in 4,000,000; a quarter more, and 64.
        #expect(FormChunks.estimatedRoom(forms: 16, bytesRead: 64_000, totalBytes: 4_000_000) == 1_314)
        // 1,000 forms in 2,000,000 bytes: 2,000 in 4,000,000; a quarter more, and 64.
        #expect(FormChunks.estimatedRoom(forms: 1_000, bytesRead: 2_000_000, totalBytes: 4_000_000) == 2_564)
        // Forms so short that their room would take more bytes than the file: none (chunks).
        let stride = MemoryLayout<Form>.stride
        #expect(FormChunks.estimatedRoom(forms: 1_000, bytesRead: 30_000, totalBytes: 4_000_000) == nil)
        #expect(FormChunks.estimatedRoom(forms: 1_000, bytesRead: 1_000 * stride, totalBytes: 1_000 * stride * 10) == nil)
        #expect(FormChunks.estimatedRoom(forms: 1_000, bytesRead: 1_000 * stride * 2, totalBytes: 1_000 * stride * 20) == 12_564)
    }

    /// The first array, when it has room for all, is the joined one (its forms stay where
    /// they were written); when it has not, the forms are copied into a new one. The same
    /// forms in order either way.
    @Test func joinedKeepsAFirstArrayWithRoomForAll() throws {
        let bytes = Array(ReadingPathsTests.text(forms: 9, seed: 37).utf8)
        let forms = try #require(bytes.withUnsafeBufferPointer { FormReader.read(utf8: $0, file: "k.txt") }).forms
        #expect(forms.count == 9)
        func base(_ a: [Form]) -> UnsafeRawPointer? { a.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        var first = Array(forms[0..<4])
        first.reserveCapacity(9)
        let firstBase = base(first)
        var lists = [first, Array(forms[4..<7]), Array(forms[7...])]
        first = []
        let joined = FormChunks.joined(&lists)
        #expect(joined == forms)
        #expect(base(joined) == firstBase)
        #expect(lists.isEmpty)
        var small = Array(forms[0..<4])
        small.reserveCapacity(8)
        try #require(small.capacity < 9)
        let smallBase = base(small)
        var tight = [small, Array(forms[4...])]
        small = []
        let copied = FormChunks.joined(&tight)
        #expect(copied == forms)
        #expect(base(copied) != smallBase)
    }

    /// A streamed part that starts the file gets room for the file's forms once 16 are read:
    /// its forms stay in one array (three chunks of 20 without it), the same reading.
    @Test func theFirstPartKeepsItsFormsInOneArray() throws {
        let (reserved, plain) = try Self.readFirstPart(forms: 60, seed: 38)
        #expect(plain.forms.chunks.map(\.count) == [20, 20, 20])
        #expect(reserved.forms.chunks.count == 1)
        #expect(reserved.forms.chunks.first.map { $0.capacity >= 60 } == true)
        #expect(reserved.forms.chunks.first == Array(plain.forms.chunks.joined()))
        #expect(reserved.diagnostics == plain.diagnostics)
    }

    /// With more forms than the estimate's 64 spare: the room reserved scales with the file
    /// (600 forms in one array, not 30 chunks of 20), and not past twice the forms.
    @Test func theRoomScalesWithTheFile() throws {
        let (reserved, _) = try Self.readFirstPart(forms: 600, seed: 39)
        #expect(reserved.forms.chunks.count == 1)
        let capacity = try #require(reserved.forms.chunks.first?.capacity)
        #expect(capacity >= 600 && capacity < 1_200)
    }

    /// A generated file of `forms` read as one streamed part in chunks of 20: with room
    /// reserved for the file's forms (`fileSize` given) and without.
    private static func readFirstPart(forms: Int, seed: UInt64) throws -> (reserved: FormReader.Part, plain: FormReader.Part) {
        let bytes = Array(ReadingPathsTests.text(forms: forms, seed: seed).utf8)
        let path = try ReadingPathsTests.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_RDONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        let reserved = try #require(StreamReader.readPart(fd, 0, bytes.count, path: path, bufferSize: 1000, chunkSize: 20, fileSize: bytes.count))
        let plain = try #require(StreamReader.readPart(fd, 0, bytes.count, path: path, bufferSize: 1000, chunkSize: 20))
        return (reserved, plain)
    }

    /// A first array without room for all (a short estimate) is copied into the joined one
    /// from its end a slice at a time, each slice released and its pages given back at once
    /// (`mincore`), so that it never stands whole beside the joined array; the same forms in
    /// order.
    @Test func aTooSmallFirstArrayIsMovedAcrossInSlices() throws {
        let bytes = Array(ReadingPathsTests.text(forms: 9, seed: 40).utf8)
        let nine = try #require(bytes.withUnsafeBufferPointer { FormReader.read(utf8: $0, file: "s.txt") }).forms
        let forms = (0..<400).map { nine[$0 % nine.count] }
        let page = Int(sysconf(Int32(_SC_PAGESIZE))), stride = MemoryLayout<Form>.stride
        /// Whether each whole page within elements `range` of `list`'s storage is resident.
        func resident(_ list: inout [Form], _ range: Range<Int>) -> [Bool] {
            list.withUnsafeMutableBufferPointer { storage in
                let base = Int(bitPattern: storage.baseAddress!)
                let start = (base + range.lowerBound * stride + page - 1) / page * page
                let end = (base + range.upperBound * stride) / page * page
                guard end > start else { return [] }
                var flags = [UInt8](repeating: 0, count: (end - start) / page)
                _ = mincore(UnsafeMutableRawPointer(bitPattern: start), end - start, &flags)
                return flags.map { $0 & 1 == 1 }
            }
        }
        var first = Array(forms[0..<300])
        let capacity = first.capacity
        try #require(capacity < 400)
        let out = UnsafeMutableBufferPointer<Form>.allocate(capacity: 400)
        defer { out.deallocate() }
        #expect(FormChunks.moveTail(of: &first, into: out, before: 300, slice: 100) == 100)
        #expect(first.count == 200 && first.capacity == capacity)
        #expect(Array(out[200..<300]) == Array(forms[200..<300]))
        let kept = resident(&first, 0..<200), given = resident(&first, 200..<300)
        #expect(!kept.isEmpty && kept.allSatisfy { $0 })
        #expect(!given.isEmpty && given.allSatisfy { !$0 })
        var end = 200
        while !first.isEmpty { end -= FormChunks.moveTail(of: &first, into: out, before: end, slice: 100) }
        #expect(end == 0)
        #expect(Array(out[0..<300]) == Array(forms[0..<300]))
        out.baseAddress!.deinitialize(count: 300)

        var small = Array(forms[0..<300])
        let smallBase = small.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        var lists = [small, Array(forms[300..<350]), Array(forms[350...])]
        small = []
        let joined = FormChunks.joined(&lists)
        #expect(joined == forms)
        #expect(joined.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } != smallBase)
        #expect(lists.isEmpty)
    }
}
