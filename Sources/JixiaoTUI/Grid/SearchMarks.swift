/// Search hits as scalar offsets, the form `Grid.put(marks:)` takes.
enum SearchMarks {
    /// `ranges` (ascending, of `text`) as scalar offsets into `text`, in one pass.
    static func offsets(_ ranges: [Range<String.Index>], in text: String) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        var out: [Range<Int>] = []
        out.reserveCapacity(ranges.count)
        let us = text.unicodeScalars
        var i = us.startIndex
        var n = 0
        var lower: Int?
        var k = 0
        while k < ranges.count {
            let r = ranges[k]
            if lower == nil, i == r.lowerBound { lower = n }
            if let lo = lower, i == r.upperBound {
                out.append(lo..<n)
                lower = nil
                k += 1
                continue
            }
            guard i < us.endIndex else { break }
            i = us.index(after: i)
            n += 1
        }
        return out
    }

    /// The part of `marks` (offsets into a whole text) that falls in `start..<start + count`,
    /// shifted to offsets into that piece.
    static func slice(_ marks: [Range<Int>], start: Int, count: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let end = start + count
        for m in marks where m.upperBound > start && m.lowerBound < end {
            out.append((max(m.lowerBound, start) - start)..<(min(m.upperBound, end) - start))
        }
        return out
    }
}
