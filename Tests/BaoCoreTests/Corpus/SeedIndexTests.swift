import BaoCore
@testable import BaoCorpus
import XCTest

/// The index over the five bundled seeds (SPEC section 7). These need the real parser and entity
/// extractors.
final class SeedIndexTests: XCTestCase {
    private static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path

    private var corpus: TempCorpus!
    private var index: CorpusIndex!

    override func setUpWithError() throws {
        corpus = try TempCorpus()
        index = try corpus.open()
        let summary = try index.refresh(roots: [Self.seeds])
        XCTAssertEqual(summary.added, 5)
        XCTAssertEqual(summary.failures, [])
    }

    override func tearDown() {
        index = nil
        corpus = nil
    }

    /// The seed numbers ("000"…) of some articles, sorted, once each.
    private func seeds(_ paths: [String]) -> [String] {
        Array(Set(paths.map { String(($0 as NSString).lastPathComponent.prefix(3)) })).sorted()
    }

    /// The index keeps each body once and cuts the blocks back out of it: what comes back must be
    /// the article the parser made, every block and its text included.
    func testStoredArticlesEqualTheParsedOnes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(files.count, 5)
        for file in files {
            let path = (Self.seeds as NSString).appendingPathComponent(file)
            let parsed = try ArticleLoader.article(from: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
            let id = try XCTUnwrap(try index.articleID(path: path))
            let stored = try XCTUnwrap(try index.article(id: id)).article
            XCTAssertGreaterThan(stored.blocks.count, 1, file)
            XCTAssertEqual(stored, parsed, file)
        }
    }

    /// The index gives the reader, for every mention of every cited document, the range of the
    /// body whose bytes are the mention's wording.
    func testEveryDocumentMentionHasTheRangeOfItsWording() throws {
        var mentions = 0
        for article in try index.articles(matching: ArticleFilter()) {
            let (stored, entities) = try XCTUnwrap(try index.article(id: article.id))
            let body = Array(stored.bodyText.utf8)
            let name = (article.path as NSString).lastPathComponent
            XCTAssertEqual(entities.names.documents.count, entities.documents.count, name)
            for (document, ranges) in zip(entities.documents, entities.names.documents) {
                XCTAssertEqual(ranges.count, document.mentions.count, "\(name) \(document.key)")
                for (mention, range) in zip(document.mentions, ranges) {
                    XCTAssertLessThanOrEqual(range.upperBound, body.count, "\(name) \(mention.text)")
                    guard range.upperBound <= body.count else { continue }
                    XCTAssertEqual(String(decoding: body[range], as: UTF8.self), mention.text, name)
                    mentions += 1
                }
            }
        }
        XCTAssertGreaterThan(mentions, 10)
    }

    func testNQTW4XIIIsCitedByFourSeeds() throws {
        let detail = try XCTUnwrap(try index.document("NQTW4-XII"))
        XCTAssertEqual(seeds(detail.citations.map(\.article.path)), ["000", "002", "003", "004"])
        XCTAssertTrue(detail.citations.allSatisfy { !$0.sentence.isEmpty })
        XCTAssertEqual(seeds(try index.articles(matching: ArticleFilter(cites: "NQTW4-XII")).map(\.path)), ["000", "002", "003", "004"])
    }

    func testFiveCTTWIsCitedBy002And003() throws {
        XCTAssertEqual(seeds(try index.articles(matching: ArticleFilter(cites: "5-CT/TW")).map(\.path)), ["002", "003"])
    }

    func testProvinceCounts() throws {
        let counts = try index.provinceCounts(merged: false)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: counts.map { ($0.name, $0.count) }),
                       ["Cần Thơ": 2, "Bạc Liêu": 1, "Lào Cai": 1, "Hồ Chí Minh": 1])
        let merged = try index.provinceCounts(merged: true)
        XCTAssertEqual(merged.first { $0.name == "Cà Mau" }?.count, 1)
        XCTAssertEqual(seeds(try index.articles(matching: ArticleFilter(province: "Cà Mau")).map(\.path)), ["002"])
    }

    func testProvinceFilter() throws {
        XCTAssertEqual(seeds(try index.articles(matching: ArticleFilter(province: "can tho")).map(\.path)), ["000", "001"])
        XCTAssertEqual(seeds(try index.articles(matching: ArticleFilter(province: "Hồ Chí Minh")).map(\.path)), ["004"])
    }

    func testCitySearchWithAndWithoutMarks() throws {
        for query in ["can tho", "Cần Thơ", "CẦN THƠ"] {
            let found = seeds(try index.search(query, limit: 20).map(\.article.path))
            XCTAssertTrue(found.contains("000") && found.contains("001"), "\(query): \(found)")
        }
    }

    func testDatesFilter() throws {
        XCTAssertEqual(seeds(try index.search("after:2024", limit: 20).map(\.article.path)), ["000"])
        XCTAssertEqual(seeds(try index.search("before:2020 province:\"Bạc Liêu\"", limit: 20).map(\.article.path)), ["002"])
    }
}
