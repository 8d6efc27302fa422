import BaoText
import BaoEntities

/// The reader's marks on people's and places' names: the ranges where the extractors found them
/// (`NameRanges`, UTF-8 offsets into the body), as character ranges of each block.
enum NameMarks {
    /// One mark: characters of a block and the role they take.
    struct Mark: Equatable {
        var range: Range<Int>
        var role: Role
    }

    /// The marks of each block, people's before places' (a name is marked once, as the first
    /// that claims it). `blockChars` are the blocks' characters and `starts` the UTF-8 offset of
    /// each block in the body; a range that does not fall on characters of one block (a store
    /// that does not match its article) is left out.
    static func locate(_ names: NameRanges, blockChars: [[Character]], starts: [Int]) -> [[Mark]] {
        var marks: [[Mark]] = Array(repeating: [], count: blockChars.count)
        guard !names.people.isEmpty || !names.provinces.isEmpty else { return marks }
        // The UTF-8 offset of each character of each block, and of its end; made on first use.
        var offsets: [[Int]?] = Array(repeating: nil, count: blockChars.count)
        func add(_ range: Range<Int>, _ role: Role) {
            let block = lastIndex(in: starts, atMost: range.lowerBound)
            guard block >= 0, block < blockChars.count else { return }
            if offsets[block] == nil {
                var table = [0]
                table.reserveCapacity(blockChars[block].count &+ 1)
                var offset = 0
                for character in blockChars[block] {
                    offset &+= character.utf8.count
                    table.append(offset)
                }
                offsets[block] = table
            }
            guard let table = offsets[block] else { return }
            let start = range.lowerBound &- starts[block]
            let end = range.upperBound &- starts[block]
            let first = lastIndex(in: table, atMost: start)
            let last = lastIndex(in: table, atMost: end)
            guard first >= 0, last > first, table[first] == start, table[last] == end else { return }
            marks[block].append(Mark(range: first..<last, role: role))
        }
        for ranges in names.people { for range in ranges { add(range, .person) } }
        for ranges in names.provinces { for range in ranges { add(range, .place) } }
        return marks
    }

    /// The index of the last element of the ascending `values` not above `value`; -1 when none is.
    private static func lastIndex(in values: [Int], atMost value: Int) -> Int {
        values.partitionPoint { $0 > value } &- 1
    }
}
