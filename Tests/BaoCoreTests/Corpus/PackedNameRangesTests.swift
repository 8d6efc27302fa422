import BaoCore
@testable import BaoCorpus
import XCTest

final class PackedNameRangesTests: XCTestCase {
    func testSeedRangesRoundTrip() throws {
        var documentRanges = 0
        for number in ["000", "001", "002", "003", "004"] {
            let found = EntityExtractor.extract(from: try SeedTests.seed(number))
            let packed = PackedNameRanges.pack(found.names)
            // The organisations' ranges are not packed.
            var kept = found.names
            kept.organizations = []
            XCTAssertEqual(try PackedNameRanges.unpack(packed, people: found.people.count, provinces: found.provinces.count,
                                                       documents: found.documents.count),
                           kept, number)
            documentRanges += kept.documents.joined().count
        }
        XCTAssertGreaterThan(documentRanges, 10)
    }

    func testLargeOffsetsAndEmptyListsRoundTrip() throws {
        let names = NameRanges(people: [[], [0..<1, 127..<300, 70_000..<70_128]], provinces: [[(1 << 40)..<((1 << 40) + 5)]],
                               documents: [[5..<9], [], [(1 << 40)..<((1 << 40) + 3), 0..<4]])
        let packed = PackedNameRanges.pack(names)
        XCTAssertEqual(try PackedNameRanges.unpack(packed, people: 2, provinces: 1, documents: 3), names)
        XCTAssertEqual(try PackedNameRanges.unpack(PackedNameRanges.pack(NameRanges()), people: 0, provinces: 0, documents: 0), NameRanges())
        // Entities made without their ranges keep none.
        XCTAssertEqual(try PackedNameRanges.unpack(PackedNameRanges.pack(NameRanges()), people: 2, provinces: 1, documents: 3), NameRanges())
        // A row of an index migrated but not yet refreshed has none, and still opens.
        XCTAssertEqual(try PackedNameRanges.unpack(Data(), people: 2, provinces: 1, documents: 3), NameRanges())
        // Each number of a small article takes one byte: counts, start distances and lengths.
        XCTAssertEqual(PackedNameRanges.pack(NameRanges(people: [[3..<17, 40..<54]], provinces: [])),
                       Data([1, 2, 3, 14, 37, 14, 0, 0]))
    }

    /// A document's ranges keep the order of its mentions, which pairs them with the mentions,
    /// even when that is not text order: the distance back is written as a signed number.
    func testDocumentRangesKeepTheOrderOfTheirMentions() throws {
        let names = NameRanges(documents: [[50..<60, 10..<20, 30..<31]])
        let packed = PackedNameRanges.pack(names)
        // Zigzag distances: 50 → 100, -40 → 79, 20 → 40.
        XCTAssertEqual(packed, Data([0, 0, 1, 3, 100, 10, 79, 10, 40, 1]))
        XCTAssertEqual(try PackedNameRanges.unpack(packed, people: 0, provinces: 0, documents: 1), names)
    }

    /// A row written before the documents' ranges were kept (two lists) still opens, read as it
    /// is while another process refreshes the index: its documents have no ranges.
    func testARowWithoutTheDocumentsListHasNoDocumentRanges() throws {
        let older = Data([1, 2, 3, 14, 37, 14, 1, 1, 60, 7])
        XCTAssertEqual(try PackedNameRanges.unpack(older, people: 1, provinces: 1, documents: 4),
                       NameRanges(people: [[3..<17, 40..<54]], provinces: [[60..<67]]))
    }

    /// A blob that does not match its article is damage with a message, never a trap.
    func testDamagedBlobsThrow() {
        let packed = PackedNameRanges.pack(NameRanges(people: [[3..<17, 40..<54]], provinces: [[60..<67]], documents: [[70..<80], [90..<95]]))
        let damaged: [(Data, Int, Int, Int)] = [
            (packed, 2, 1, 2),  // another number of people than stored
            (packed, 1, 2, 2),
            (packed, 1, 1, 1),  // another number of documents than stored
            (packed, 1, 1, 3),
            (packed.dropLast(), 1, 1, 2),  // cut short
            (packed.dropLast(3), 1, 1, 2),  // cut inside the documents
            (packed.prefix(11), 1, 1, 2),  // the documents' count and nothing more
            (packed + [0], 1, 1, 2),  // bytes left over
            (Data(repeating: 0xFF, count: 12), 1, 1, 0),  // a number too long for an Int
            (Data([1, 0xFF, 0xFF, 0xFF, 0x7F, 0]), 1, 0, 0),  // more ranges than bytes
            (Data([0, 0, 1, 0xFF, 0xFF, 0xFF, 0x7F, 0]), 0, 0, 1),  // more document ranges than bytes
            (Data([1, 2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 1, 0, 0]), 1, 0, 0),
            (Data([0, 0, 1, 1, 3, 1]), 0, 0, 1),  // a document range before the body's start
            // A document range whose end passes the largest Int.
            (Data([0, 0, 1, 1, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]), 0, 0, 1),
        ]
        for (index, (data, people, provinces, documents)) in damaged.enumerated() {
            XCTAssertThrowsError(try PackedNameRanges.unpack(data, people: people, provinces: provinces, documents: documents),
                                 "case \(index)") { error in
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
        XCTAssertEqual(entities.names.documents, extracted.names.documents)
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
