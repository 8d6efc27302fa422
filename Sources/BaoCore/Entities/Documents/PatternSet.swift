/// A set of word patterns (in `ScanText` matching form) looked up by their first scalar, stored
/// flat so that trying them at every word start costs no reference counting.
///
/// This is the hot path of the document pass: every word of the corpus that starts with a trigger
/// letter is tried against it.
struct PatternSet: Sendable {
    private let storage: [UInt32]
    /// Per pattern: start in `storage`, length, and the caller's item index; longest first within a bucket.
    private let entries: [(start: Int, length: Int, item: Int)]
    /// For first scalars below 0x200: the indices in `entries` of the patterns starting with it.
    private let buckets: [[Int]]
    /// Patterns whose first scalar is 0x200 or above (rare).
    private let others: [Int]

    init(_ patterns: [[UInt32]]) {
        var storage: [UInt32] = []
        var entries: [(start: Int, length: Int, item: Int)] = []
        for (item, pattern) in patterns.enumerated() where !pattern.isEmpty {
            entries.append((storage.count, pattern.count, item))
            storage.append(contentsOf: pattern)
        }
        entries.sort { $0.length > $1.length }
        var buckets = [[Int]](repeating: [], count: 0x200)
        var others: [Int] = []
        for (index, entry) in entries.enumerated() {
            let first = storage[entry.start]
            if first < 0x200 { buckets[Int(first)].append(index) } else { others.append(index) }
        }
        self.storage = storage
        self.entries = entries
        self.buckets = buckets
        self.others = others
    }

    /// True when some pattern starts with this scalar: a cheap filter before `match`.
    func mayStart(with value: UInt32) -> Bool {
        value < 0x200 ? !buckets[Int(value)].isEmpty : !others.isEmpty
    }

    /// The item index and length of the longest pattern that is a whole word at `index`.
    func match(in text: ScanText, at index: Int) -> (item: Int, length: Int)? {
        let value = text[index]
        let candidates = value < 0x200 ? buckets[Int(value)] : others
        guard !candidates.isEmpty else { return nil }
        return text.folded.withUnsafeBufferPointer { folded -> (item: Int, length: Int)? in
            storage.withUnsafeBufferPointer { patterns -> (item: Int, length: Int)? in
                for candidate in candidates {
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
