/// A set of word patterns (in `ScanText` matching form) looked up by their first scalar, stored
/// flat so that trying them at every word start costs no reference counting.
///
/// This is the hot path of the document pass: every word of a candidate body that starts with a
/// trigger letter is tried against it.
struct PatternSet: Sendable {
    /// All patterns, one after the other.
    private let storage: [UInt32]
    /// Per pattern, in bucket order (longest first within a bucket): start in `storage`, length, item index.
    private let entries: [(start: Int, length: Int, item: Int)]
    /// For first scalars below 0x200: entries `bucketStart[v] ..< bucketStart[v + 1]`; index 0x200
    /// holds the patterns starting with any higher scalar, up to `entries.count`.
    private let bucketStart: [Int]

    init(_ patterns: [[UInt32]]) {
        var sorted: [(first: UInt32, pattern: [UInt32], item: Int)] = []
        for (item, pattern) in patterns.enumerated() {
            guard let first = pattern.first else { continue }
            sorted.append((min(first, 0x200), pattern, item))
        }
        sorted.sort { $0.first != $1.first ? $0.first < $1.first : $0.pattern.count > $1.pattern.count }
        var storage: [UInt32] = []
        var entries: [(start: Int, length: Int, item: Int)] = []
        var bucketStart = [Int](repeating: 0, count: 0x202)
        for entry in sorted {
            bucketStart[Int(entry.first) + 1] += 1
            entries.append((storage.count, entry.pattern.count, entry.item))
            storage.append(contentsOf: entry.pattern)
        }
        for index in 1..<bucketStart.count { bucketStart[index] += bucketStart[index - 1] }
        self.storage = storage
        self.entries = entries
        self.bucketStart = bucketStart
    }

    /// True when some pattern starts with this scalar: a cheap filter before `match`.
    func mayStart(with value: UInt32) -> Bool {
        let bucket = Int(min(value, 0x200))
        return bucketStart[bucket] < bucketStart[bucket + 1]
    }

    /// The item index and length of the longest pattern that is a whole word at `index`.
    func match(in text: ScanText, at index: Int) -> (item: Int, length: Int)? {
        let value = text[index]
        let bucket = Int(min(value, 0x200))
        let lower = bucketStart[bucket]
        let upper = bucketStart[bucket + 1]
        guard lower < upper else { return nil }
        return text.folded.withUnsafeBufferPointer { folded -> (item: Int, length: Int)? in
            storage.withUnsafeBufferPointer { patterns -> (item: Int, length: Int)? in
                entries.withUnsafeBufferPointer { entries -> (item: Int, length: Int)? in
                    for candidate in lower..<upper {
                        let entry = entries[candidate]
                        let end = index + entry.length
                        guard end <= folded.count else { continue }
                        var k = 0
                        while k < entry.length && folded[index + k] == patterns[entry.start + k] { k += 1 }
                        guard k == entry.length else { continue }
                        if end < folded.count, ScanText.isLetter(folded[end]) || ScanText.isDigit(folded[end]) { continue }
                        if index > 0, ScanText.isLetter(folded[index - 1]) || ScanText.isDigit(folded[index - 1]) { continue }
                        return (entry.item, entry.length)
                    }
                    return nil
                }
            }
        }
    }
}
