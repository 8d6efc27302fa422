extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isAfter` holds, in a collection where every
    /// element for which it does not hold comes first (sorted data and a bound); `endIndex` when
    /// none holds. A binary search: O(log n) calls of `isAfter`.
    @inlinable
    package func partitionPoint(_ isAfter: (Element) throws -> Bool) rethrows -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let mid = low &+ (high &- low) / 2
            if try isAfter(self[mid]) { high = mid } else { low = mid &+ 1 }
        }
        return low
    }
}
