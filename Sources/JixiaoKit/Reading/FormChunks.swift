import Foundation

/// The forms one part of a file has read, in arrays of at most `size` forms each (chunks), in
/// file order. A part hands its builder's forms over chunk by chunk (`collect`), and
/// `FormReader.join` copies them into the whole file's array one chunk at a time (`joined`),
/// dropping each chunk once copied and its pages given back: at most one chunk stands beside
/// the joined array. One array per part stood beside it before (35 MB more peak memory at 100,000 forms),
/// and a part's array grown by doubling held its old and new buffers at once while it grew.
struct FormChunks {
    /// Forms per chunk: about 2 MB of `Form` values (3,200 forms), so that the chunk standing
    /// beside the joined array is small, and the chunks few (about 30 at 100,000 forms).
    static let defaultSize = max(1, (2 << 20) / MemoryLayout<Form>.stride)

    let size: Int
    /// The first chunk's size when it differs (`reserveFirst`).
    private var firstSize: Int?
    private(set) var chunks: [[Form]] = []
    /// Forms in all chunks.
    var count: Int { chunks.reduce(0) { $0 + $1.count } }

    init(size: Int = FormChunks.defaultSize) {
        precondition(size > 0)
        self.size = size
    }

    /// Makes the builder's forms, while they are the first chunk, room for `room` forms: the
    /// chunk then grows to that size without doubling, and, when it ends up holding room for
    /// every form of the file, `joined` keeps it as the file's array. Ignored once a chunk
    /// was taken.
    mutating func reserveFirst(_ room: Int, in builder: inout FormBuilder) {
        guard chunks.isEmpty, room > builder.forms.count else { return }
        builder.reserveForms(room)
        firstSize = room
    }

    /// Room for every form of a file of `totalBytes`, estimated from the first `forms` read
    /// in `bytesRead` bytes, with a quarter more for forms longer than those (memory not yet
    /// written takes address space only, never resident pages). Nil while too few forms are
    /// read to tell, and when the room would take more bytes of `Form` values than the file
    /// has: for forms that short the room could not be trusted, and chunks are kept.
    static func estimatedRoom(forms: Int, bytesRead: Int, totalBytes: Int) -> Int? {
        guard forms >= 16, bytesRead > 0 else { return nil }
        let estimate = Int((Double(forms) / Double(bytesRead) * Double(totalBytes) * 1.25).rounded(.up)) + 64
        return estimate <= totalBytes / MemoryLayout<Form>.stride + 64 ? estimate : nil
    }

    /// Whether the builder holds a chunk's worth of forms (`collect` would take them).
    @inline(__always)
    func isFull(_ builder: FormBuilder) -> Bool { builder.forms.count >= (chunks.isEmpty ? firstSize ?? size : size) }

    /// Takes the builder's forms when they fill a chunk (call after each row: a row finishes
    /// at most one form), or all of them with `all` (after `finish`).
    @inline(__always)
    mutating func collect(_ builder: inout FormBuilder, all: Bool = false) {
        guard isFull(builder) || (all && !builder.forms.isEmpty) else { return }
        chunks.append(builder.takeForms(room: all ? 0 : size))
    }

    /// The chunks, moved out (each uniquely held, so that `joined` can give its pages back);
    /// none are left.
    mutating func take() -> [[Form]] {
        var out: [[Form]] = []
        swap(&out, &chunks)
        return out
    }

    /// The forms of several arrays in one, in order (a file's chunks, the files of a folder):
    /// room for all reserved at once, then each array copied in, its forms released and its
    /// pages given back as they are copied. Appending file after file to one array held the old
    /// buffer beside the doubled one at each growth, and left the old ones resident in the
    /// arena. One array is returned as it is, and so is the first with its room for all (its
    /// forms then written once). `lists` is left empty.
    static func joined(_ lists: inout [[Form]]) -> [Form] {
        defer { lists = [] }
        if lists.count == 1 { return lists[0] }
        let total = lists.reduce(0) { $0 + $1.count }
        if !lists.isEmpty, lists[0].capacity >= total {
            // The first array has room for all (`reserveFirst`): its forms stay where they
            // were written, and the others are copied in after them.
            var forms: [Form] = []
            swap(&forms, &lists[0])
            for k in lists.indices.dropFirst() {
                var list: [Form] = []
                swap(&list, &lists[k])
                forms += list
                giveBack(&list)
            }
            return forms
        }
        // Filled from the end, each array from its last forms, a slice at a time: a first
        // array grown past a chunk on a short estimate stands beside the joined one only in
        // what is not yet copied, as a chunk did before the estimate.
        return Array(unsafeUninitializedCapacity: total) { out, written in
            var end = total
            for k in lists.indices.reversed() {
                var list: [Form] = []
                swap(&list, &lists[k])
                while !list.isEmpty {
                    end -= moveTail(of: &list, into: out, before: end)
                }
            }
            written = total
        }
    }

    /// Copies the last forms of `list` (at most `slice`) into `out` just before index
    /// `before`, then releases them from `list` and gives back the whole pages they held
    /// (`giveBack`); returns how many were copied. `list` keeps its capacity.
    @discardableResult
    static func moveTail(of list: inout [Form], into out: UnsafeMutableBufferPointer<Form>, before: Int, slice: Int = defaultSize) -> Int {
        let n = min(list.count, slice)
        guard n > 0 else { return 0 }
        let from = list.count - n
        list.withUnsafeBufferPointer { (out.baseAddress! + before - n).initialize(from: $0.baseAddress! + from, count: n) }
        list.removeLast(n)
        giveBack(&list, from: from, to: from + n)
        return n
    }

    /// Releases the forms of `chunk` and gives the whole pages of its storage back to the
    /// system (`MADV_DONTNEED`, as `CellStrings` does for a huge cell's bytes). Freeing alone
    /// would not: glibc's malloc carves a block of a few megabytes from its arena when the
    /// arena has room (the reader sets a top pad of 64 MB), and a block freed inside an arena
    /// stays resident — at 100,000 forms the chunks freed while the joined array filled kept
    /// 66 MB resident. Only the storage's interior is given back: the array's header and the
    /// allocator's own words around the block stay.
    static func giveBack(_ chunk: inout [Form]) {
        chunk.removeAll(keepingCapacity: true)
        giveBack(&chunk, from: 0, to: chunk.capacity)
    }

    /// Gives back the whole pages of `chunk`'s storage from element `from` on, up to element
    /// `to` (rounded up to its page: the storage past `to` is given back already or unused),
    /// never past the storage's end. The forms from `from` on must be released already.
    static func giveBack(_ chunk: inout [Form], from: Int, to: Int) {
        let capacity = chunk.capacity
        precondition(chunk.count <= from && from <= to && to <= capacity)
        let stride = MemoryLayout<Form>.stride
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard (to - from) * stride >= page else { return }
        chunk.withUnsafeMutableBufferPointer { storage in
            guard let base = storage.baseAddress.map({ Int(bitPattern: $0) }) else { return }
            let start = (base + from * stride + page - 1) / page * page
            let end = min((base + to * stride + page - 1) / page * page, (base + capacity * stride) / page * page)
            if end > start { madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_DONTNEED) }
        }
    }
}
