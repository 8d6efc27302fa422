import BaoCore
@testable import BaoCorpus
import XCTest

final class PackedNameRangesTests: XCTestCase {
    func testSeedRangesRoundTrip() throws {
        for number in ["000", "001", "002", "003", "004"] {
            let found = EntityExtractor.extract(from: try SeedTests.seed(number))
            let packed = PackedNameRanges.pack(found.names)
            // The organisations' and documents' ranges are not packed.
            var kept = found.names
            kept.organizations = []
            kept.documents = []
            XCTAssertEqual(try PackedNameRanges.unpack(packed, people: found.people.count, provinces: found.provinces.count),
                           kept, number)
        }
    }

    func testLargeOffsetsAndEmptyListsRoundTrip() throws {
        let names = NameRanges(people: [[], [0..<1, 127..<300, 70_000..<70_128]], provinces: [[(1 << 40)..<((1 << 40) + 5)]])
        let packed = PackedNameRanges.pack(names)
        XCTAssertEqual(try PackedNameRanges.unpack(packed, people: 2, provinces: 1), names)
        XCTAssertEqual(try PackedNameRanges.unpack(PackedNameRanges.pack(NameRanges()), people: 0, provinces: 0), NameRanges())
        // Entities made without their ranges keep none.
        XCTAssertEqual(try PackedNameRanges.unpack(PackedNameRanges.pack(NameRanges()), people: 2, provinces: 1), NameRanges())
        // A row of an index migrated but not yet refreshed has none, and still opens.
        XCTAssertEqual(try PackedNameRanges.unpack(Data(), people: 2, provinces: 1), NameRanges())
        // Each number of a small article takes one byte: counts, start distances and lengths.
        XCTAssertEqual(PackedNameRanges.pack(NameRanges(people: [[3..<17, 40..<54]], provinces: [])),
                       Data([1, 2, 3, 14, 37, 14, 0]))
    }

    /// A blob that does not match its article is damage with a message, never a trap.
    func testDamagedBlobsThrow() {
        let packed = PackedNameRanges.pack(NameRanges(people: [[3..<17, 40..<54]], provinces: [[60..<67]]))
        let damaged: [(Data, Int, Int)] = [
            (packed, 2, 1),  // another number of people than stored
            (packed, 1, 2),
            (packed.dropLast(), 1, 1),  // cut short
            (packed + [0], 1, 1),  // bytes left over
            (Data(repeating: 0xFF, count: 12), 1, 1),  // a number too long for an Int
            (Data([1, 0xFF, 0xFF, 0xFF, 0x7F, 0]), 1, 0),  // more ranges than bytes
            (Data([1, 2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 1, 0]), 1, 0),
        ]
        for (index, (data, people, provinces)) in damaged.enumerated() {
            XCTAssertThrowsError(try PackedNameRanges.unpack(data, people: people, provinces: provinces), "case \(index)") { error in
                XCTAssertEqual((error as? StorageError)?.cause, .corrupt, "case \(index)")
            }
        }
    }

    /// The index gives the reader the ranges the extractors found; a row of an index migrated but
    /// not yet refreshed opens without them, and a damaged one says so.
    func testTheIndexKeepsTheRangesOfEachArticle() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Cần Thơ đón đoàn công tác\nBí thư Thành ủy Nguyễn Văn Tâm đón đoàn tại Cần Thơ.\nĐoàn đi dọc đường Nguyễn Văn Tâm về huyện Thới Lai.\n")
        let (index, _) = try corpus.refreshed()
        let id = try XCTUnwrap(try index.articles(matching: ArticleFilter()).first?.id)
        let (article, entities) = try XCTUnwrap(try index.article(id: id))
        let extracted = EntityExtractor.extract(from: article)
        XCTAssertEqual(entities.names.people, extracted.names.people)
        XCTAssertEqual(entities.names.provinces, extracted.names.provinces)
        // The organisations' ranges are the extractor's only: the index does not keep them.
        XCTAssertEqual(extracted.organizations.map(\.name), ["Thành ủy Cần Thơ"])
        XCTAssertEqual(extracted.names.organizations.count, 1)
        XCTAssertEqual(entities.names.organizations, [])
        XCTAssertEqual(entities.names.people.map(\.count), [1])
        XCTAssertEqual(entities.names.provinces.map(\.count), [2])

        try index.pool.write { db in try db.execute(sql: "UPDATE article_content SET name_ranges = x''") }
        XCTAssertEqual(try index.article(id: id)?.entities.names, NameRanges())
        XCTAssertEqual(try index.article(id: id)?.entities.people, extracted.people)

        try index.pool.write { db in try db.execute(sql: "UPDATE article_content SET name_ranges = x'05'") }
        XCTAssertThrowsError(try index.article(id: id)) { error in
            XCTAssertEqual((error as? StorageError)?.cause, .corrupt)
        }
    }
}
