import BaoEntities
import Foundation

/// `NameRanges` as the index keeps them (`article_content.name_ranges`): a few bytes per name
/// instead of a JSON array of pairs.
///
/// Unsigned LEB128 numbers: the count of people, then for each person the count of its ranges
/// and each range as the distance of its start from the previous range's start (from 0 for the
/// first) and its length; then the same for the provinces, then for the cited documents. Ranges
/// of a person or a province are in text order, so every distance is small and most numbers take
/// one or two bytes. A document's ranges keep the order of its mentions (`NameRanges.documents`
/// pairs them with `DocumentCitation.mentions`), which need not be text order: their distances
/// are signed, written zigzag (0, -1, 1, -2, … as 0, 1, 2, 3, …). The organisations' ranges are
/// left out: the reader marks people and places and links documents, not organisations.
enum PackedNameRanges {
    static func pack(_ names: NameRanges) -> Data {
        var bytes: [UInt8] = []
        for list in lists {
            let entities = names[keyPath: list.names]
            append(entities.count, to: &bytes)
            for ranges in entities {
                append(ranges.count, to: &bytes)
                var previous = 0
                for range in list.inTextOrder ? ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) : ranges {
                    let distance = range.lowerBound &- previous
                    append(list.inTextOrder ? distance : zigzag(distance), to: &bytes)
                    append(range.count, to: &bytes)
                    previous = range.lowerBound
                }
            }
        }
        return Data(bytes)
    }

    /// The ranges `pack` made, for an article with `people` people, `provinces` provinces and
    /// `documents` cited documents: a list for each of them, or none.
    /// No bytes at all is a row written before the column was (the migration's default, until the
    /// next refresh parses the file again): its names are not marked. Bytes that end after the
    /// provinces are a row written before the documents' ranges were kept (content version 12,
    /// read as it is while another process refreshes or when the index is read-only): its
    /// document links are placed by their offsets.
    static func unpack(_ data: Data, people: Int, provinces: Int, documents: Int) throws -> NameRanges {
        guard !data.isEmpty else { return NameRanges() }
        let bytes = [UInt8](data)
        var reader = Reader(bytes: bytes)
        var names = NameRanges()
        for (list, expected) in zip(lists, [people, provinces, documents]) {
            // A row of content version 12 ends after the provinces.
            if list.names == \NameRanges.documents, reader.atEnd { break }
            let count = try reader.next()
            // None at all: entities made without their ranges (the extractors always give them).
            guard count == expected || count == 0 else { throw damaged }
            var entities: [[Range<Int>]] = []
            entities.reserveCapacity(count)
            for _ in 0..<count {
                let n = try reader.next()
                // Each range takes at least two bytes: a count beyond what is left is damage, not
                // an allocation to make.
                guard n <= bytes.count else { throw damaged }
                var ranges: [Range<Int>] = []
                ranges.reserveCapacity(n)
                var previous = 0
                for _ in 0..<n {
                    let read = try reader.next()
                    let distance = list.inTextOrder ? read : unzigzag(read)
                    let (start, overflow) = previous.addingReportingOverflow(distance)
                    let length = try reader.next()
                    let (end, overflow2) = start.addingReportingOverflow(length)
                    guard !overflow, !overflow2, start >= 0 else { throw damaged }
                    ranges.append(start..<end)
                    previous = start
                }
                entities.append(ranges)
            }
            names[keyPath: list.names] = entities
        }
        guard reader.atEnd else { throw damaged }
        return names
    }

    /// The lists the blob holds, in the order it holds them. A person's or a province's ranges
    /// are written sorted by start (unsigned distances); a document's in the order of its
    /// mentions (signed distances).
    private static let lists: [(names: WritableKeyPath<NameRanges, [[Range<Int>]]> & Sendable, inTextOrder: Bool)] = [
        (\.people, true), (\.provinces, true), (\.documents, false),
    ]

    private static func append(_ value: Int, to bytes: inout [UInt8]) {
        var value = UInt(max(0, value))
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A signed distance as a non-negative number, small when the distance is small either way.
    private static func zigzag(_ value: Int) -> Int {
        value >= 0 ? value &* 2 : (~value) &* 2 &+ 1
    }

    /// The distance `zigzag` wrote.
    private static func unzigzag(_ value: Int) -> Int {
        value & 1 == 0 ? value >> 1 : ~(value >> 1)
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
