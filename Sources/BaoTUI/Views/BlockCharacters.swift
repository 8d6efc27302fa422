import BaoArticle

/// The body's blocks as the reader's characters, and the way from a UTF-8 range of the body (the
/// unit the extractors and the index give places in, `NameRanges`) to characters of one block.
///
/// The UTF-8 offset of every character of a block is tabulated the first time a range falls in
/// that block and kept for the rest of the article, so marks and links share one table per block.
struct BlockCharacters {
    /// The characters of each block.
    let chars: [[Character]]
    /// The UTF-8 offset of each block in `Article.bodyText` (the blocks joined by a blank line).
    let starts: [Int]
    /// For each block once made: the UTF-8 offset in the block of each character, and of its end.
    private var offsets: [[Int]?]

    init(blocks: [String]) {
        chars = blocks.map { Array($0) }
        starts = Article.blockStarts(lengths: blocks.map(\.utf8.count))
        offsets = Array(repeating: nil, count: blocks.count)
    }

    /// The block and its characters that `range` (UTF-8 offsets into the body) covers exactly;
    /// nil when it does not fall on characters of one block (inside a character, across the blank
    /// line between blocks, past the end: a store that does not match its article).
    mutating func locate(_ range: Range<Int>) -> (block: Int, range: Range<Int>)? {
        let block = Self.lastIndex(in: starts, atMost: range.lowerBound)
        guard block >= 0, block < chars.count else { return nil }
        let table = offsets(of: block)
        let start = range.lowerBound &- starts[block]
        let end = range.upperBound &- starts[block]
        let first = Self.lastIndex(in: table, atMost: start)
        let last = Self.lastIndex(in: table, atMost: end)
        guard first >= 0, last > first, table[first] == start, table[last] == end else { return nil }
        return (block, first..<last)
    }

    /// `locate(range)` when the characters there are `text`: a cited document's mention whose
    /// range still spells its wording.
    mutating func locate(_ range: Range<Int>, spelling text: String) -> (block: Int, range: Range<Int>)? {
        guard let found = locate(range), chars[found.block][found.range].elementsEqual(text) else { return nil }
        return found
    }

    private mutating func offsets(of block: Int) -> [Int] {
        if let table = offsets[block] { return table }
        var table = [0]
        table.reserveCapacity(chars[block].count &+ 1)
        var offset = 0
        for character in chars[block] {
            offset &+= character.utf8.count
            table.append(offset)
        }
        offsets[block] = table
        return table
    }

    /// The index of the last element of the ascending `values` not above `value`; -1 when none is.
    private static func lastIndex(in values: [Int], atMost value: Int) -> Int {
        values.partitionPoint { $0 > value } &- 1
    }
}
