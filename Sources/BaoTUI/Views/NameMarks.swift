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

    /// The marks of each block of `blocks`, people's before places' (a name is marked once, as
    /// the first that claims it). A range that does not fall on characters of one block (a store
    /// that does not match its article) is left out.
    static func locate(_ names: NameRanges, in blocks: inout BlockCharacters) -> [[Mark]] {
        var marks: [[Mark]] = Array(repeating: [], count: blocks.chars.count)
        for (lists, role) in [(names.people, Role.person), (names.provinces, .place)] {
            for ranges in lists {
                for range in ranges {
                    guard let (block, characters) = blocks.locate(range) else { continue }
                    marks[block].append(Mark(range: characters, role: role))
                }
            }
        }
        return marks
    }
}
