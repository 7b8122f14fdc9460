/// How many departments a year holds, as `YearSummary` finds them (code and name by their
/// bytes: the same code in composed and decomposed form is two departments), without building
/// its rows: `list`'s footer needs only the count. Each form's department is hashed where the
/// forms are read anyway (`FormList`'s parallel measuring pass); the hashes are then shared
/// out by value, each share counted in a table of its own on any core, and two forms whose
/// hashes are equal are told apart by comparing their bytes, so the count is exact whatever the
/// hashes.
enum DepartmentCount {
    /// The hash of a department: its code's bytes and length, then its name's (fed to `Hasher`
    /// eight bytes at a time: byte by byte it took a tenth of the list's time).
    static func hash(code: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>) -> Int {
        var h = Hasher()
        combine(code, into: &h)
        combine(name, into: &h)
        return h.finalize()
    }

    private static func combine(_ bytes: UnsafeBufferPointer<UInt8>, into h: inout Hasher) {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            h.combine(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        while i < raw.count {
            tail = tail << 8 | UInt64(raw[i])
            i += 1
        }
        h.combine(tail)
        h.combine(raw.count)
    }

    /// `hash(code:name:)` of `d`.
    static func hash(_ d: Department) -> Int {
        CheckText.bytes(d.code) { code in CheckText.bytes(d.name) { name in hash(code: code, name: name) } }
    }

    /// The number of distinct departments of `forms`, where `hashes[i]` is the hash of
    /// `forms[i].department` (any function of the department's bytes will do: equal hashes are
    /// checked byte for byte). `shares`: how many tables the hashes are split over, counted in
    /// parallel (one: counted on this thread).
    static func count(_ forms: UnsafeBufferPointer<Form>, hashes: [Int], shares: Int) -> Int {
        precondition(hashes.count == forms.count, "one hash per form")
        let shares = max(1, shares)
        return hashes.withUnsafeBufferPointer { hashes in
            Parallel.map(shares) { s -> Int in
                // The share by the hash's high bits; the table's slot by its low bits.
                var members: [Int32] = []
                for i in hashes.indices where share(hashes[i], of: shares) == s { members.append(Int32(i)) }
                var size = 4
                while size < members.count * 2 { size <<= 1 }
                var table = [Int32](repeating: -1, count: size)
                var distinct = 0
                for i in members {
                    let h = hashes[Int(i)]
                    var slot = h & (size - 1)
                    while true {
                        let j = table[slot]
                        if j < 0 {
                            table[slot] = i
                            distinct += 1
                            break
                        }
                        if hashes[Int(j)] == h && same(forms[Int(j)].department, forms[Int(i)].department) { break }
                        slot = (slot + 1) & (size - 1)
                    }
                }
                return distinct
            }.reduce(0, +)
        }
    }

    /// Which of `n` shares a hash falls to (its high 32 bits scaled to `0..<n`).
    private static func share(_ h: Int, of n: Int) -> Int {
        Int(((UInt64(UInt(bitPattern: h)) >> 32) &* UInt64(n)) >> 32)
    }

    /// The same department: code and name byte for byte.
    private static func same(_ a: Department, _ b: Department) -> Bool {
        CheckText.same(a.code, b.code) && CheckText.same(a.name, b.name)
    }
}
