import BaoEntities
import Foundation

/// `NameRanges` as the index keeps them (`article_content.name_ranges`): a few bytes per name
/// instead of a JSON array of pairs.
///
/// Unsigned LEB128 numbers: the count of people, then for each person the count of its ranges
/// and each range as the distance of its start from the previous range's start (from 0 for the
/// first) and its length; then the same for the provinces. Ranges of one entity are in text
/// order, so every distance is small and most numbers take one or two bytes. The organisations'
/// ranges are left out: the reader marks people and places only.
enum PackedNameRanges {
    static func pack(_ names: NameRanges) -> Data {
        var bytes: [UInt8] = []
        for lists in [names.people, names.provinces] {
            append(lists.count, to: &bytes)
            for ranges in lists {
                append(ranges.count, to: &bytes)
                var previous = 0
                for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                    append(range.lowerBound &- previous, to: &bytes)
                    append(range.count, to: &bytes)
                    previous = range.lowerBound
                }
            }
        }
        return Data(bytes)
    }

    /// The ranges `pack` made, for an article with `people` people and `provinces` provinces: a
    /// list for each of them, or none.
    /// No bytes at all is a row written before the column was (the migration's default, until the
    /// next refresh parses the file again): its names are not marked.
    static func unpack(_ data: Data, people: Int, provinces: Int) throws -> NameRanges {
        guard !data.isEmpty else { return NameRanges() }
        let bytes = [UInt8](data)
        var reader = Reader(bytes: bytes)
        var lists: [[[Range<Int>]]] = []
        for expected in [people, provinces] {
            let count = try reader.next()
            // None at all: entities made without their ranges (the extractors always give them).
            guard count == expected || count == 0 else { throw damaged }
            var entities: [[Range<Int>]] = []
            for _ in 0..<count {
                let n = try reader.next()
                // Each range takes at least two bytes: a count beyond what is left is damage, not
                // an allocation to make.
                guard n <= bytes.count else { throw damaged }
                var ranges: [Range<Int>] = []
                ranges.reserveCapacity(n)
                var previous = 0
                for _ in 0..<n {
                    let (start, overflow) = previous.addingReportingOverflow(try reader.next())
                    let length = try reader.next()
                    let (end, overflow2) = start.addingReportingOverflow(length)
                    guard !overflow, !overflow2 else { throw damaged }
                    ranges.append(start..<end)
                    previous = start
                }
                entities.append(ranges)
            }
            lists.append(entities)
        }
        guard reader.atEnd else { throw damaged }
        return NameRanges(people: lists[0], provinces: lists[1])
    }

    private static func append(_ value: Int, to bytes: inout [UInt8]) {
        var value = UInt(max(0, value))
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static let damaged = StorageError(
        cause: .corrupt,
        message: "the stored places of an article's names do not match it: the index is damaged and is rebuilt by the next baoterm index")

    /// Reads LEB128 numbers one after the other.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position == bytes.count }

        /// The next number; damage when the bytes end inside it or it does not fit an `Int`.
        mutating func next() throws -> Int {
            var value = 0
            var shift = 0
            while true {
                guard position < bytes.count, shift <= 56 else { throw PackedNameRanges.damaged }
                let byte = bytes[position]
                position &+= 1
                value |= Int(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift &+= 7
            }
        }
    }
}
