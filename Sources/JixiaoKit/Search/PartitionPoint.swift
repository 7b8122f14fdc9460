extension RandomAccessCollection where Index == Int {
    /// The first position whose element is not `isBefore`, in a collection where every element
    /// that is comes first (an ascending list cut at a bound): a binary search.
    @inlinable
    public func partitionPoint(where isBefore: (Element) -> Bool) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if isBefore(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
