import BaoCore
@testable import BaoCorpus
import XCTest

final class StoredJSONTests: XCTestCase {
    /// An article with every field set, text that needs escaping, and two blocks.
    private let article = Article(
        path: "/corpus/a \"quoted\"\\b.txt", title: "Nghị quyết\t“59”", subtitle: "Phụ đề",
        series: "Loạt bài", section: "Xây dựng Đảng",
        published: PublishedDate(year: 2017, month: 3, day: 9, hour: 7, minute: 5, yearInferred: true),
        dateline: "(ĐCSVN) -", source: "TTXVN", url: "https://example.vn/a?b=1&c=2", author: "Minh Anh",
        blocks: [Block(kind: .lead, text: "Dòng đầu\u{1}"), Block(kind: .caption, text: "Ảnh", credit: "Ảnh: TTXVN")],
        related: [RelatedArticle(title: "Tin khác", text: "Nội dung")], warnings: ["year inferred"])

    private let entities = ArticleEntities(
        provinces: [ProvinceMention(name: "Cần Thơ", postMerger: "Cần Thơ", mentions: 2, via: ["Ninh Kiều"])],
        primaryProvince: "Cần Thơ",
        documents: [DocumentCitation(id: "59-NQ/TW", key: "59-NQ/TW@XII", type: "NQ", number: "59", year: 2017,
                                     issuer: "TW", term: "XII", scope: "central", date: "2017-03-09",
                                     title: "về \"xây dựng\"", mentions: [Mention(text: "Nghị quyết 59", offset: 12)],
                                     unknown: ["term"])],
        people: [Person(name: "Phạm Văn Hiểu", roles: ["Bí thư Thành ủy"])],
        organizations: [Organization(name: "Ban Tuyên giáo", abbreviation: "BTG", province: "Cần Thơ")])

    func testArticleRoundTripsThroughJSONDecoder() throws {
        let data = StoredJSON.article(article)
        let decoded = try StoredArticle.decode(data, body: article.bodyText, decoder: JSONDecoder())
        XCTAssertEqual(decoded, article)
        // Nil optionals are left out and still decode.
        let bare = Article(path: "/x", blocks: [Block(kind: .paragraph, text: "một")])
        XCTAssertEqual(try StoredArticle.decode(StoredJSON.article(bare), body: bare.bodyText, decoder: JSONDecoder()), bare)
    }

    func testEntitiesRoundTripThroughJSONDecoder() throws {
        XCTAssertEqual(try JSONDecoder().decode(ArticleEntities.self, from: StoredJSON.entities(entities)), entities)
        XCTAssertEqual(try JSONDecoder().decode(ArticleEntities.self, from: StoredJSON.entities(ArticleEntities())), ArticleEntities())
    }

    /// The five seeds, parsed and extracted, come back unchanged.
    func testSeedsRoundTrip() throws {
        for number in ["000", "001", "002", "003", "004"] {
            let seed = try SeedTests.seed(number)
            let found = EntityExtractor.extract(from: seed)
            XCTAssertEqual(try StoredArticle.decode(StoredJSON.article(seed), body: seed.bodyText, decoder: JSONDecoder()), seed, number)
            // The name ranges are not in the JSON: `PackedNameRanges` keeps them.
            var written = found
            written.names = NameRanges()
            XCTAssertEqual(try JSONDecoder().decode(ArticleEntities.self, from: StoredJSON.entities(found)), written, number)
        }
    }

    /// The writer names each stored property by hand: a property added to a model must be added
    /// there (and to the fixtures above, so that the round trips check it). `ArticleEntities`
    /// has one more, `names`, which `PackedNameRanges` writes to a column of its own.
    func testEveryStoredPropertyIsWritten() {
        let counts: [(String, Any, Int)] = [
            ("Article", article, 13), ("Block", article.blocks[1], 3), ("PublishedDate", article.published as Any, 6),
            ("RelatedArticle", article.related[0], 2), ("ArticleEntities", entities, 5 + 1),
            ("ProvinceMention", entities.provinces[0], 4), ("DocumentCitation", entities.documents[0], 13),
            ("Mention", entities.documents[0].mentions[0], 2), ("Person", entities.people[0], 2),
            ("Organization", entities.organizations[0], 3),
        ]
        for (name, value, written) in counts {
            var mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value { mirror = Mirror(reflecting: wrapped) }
            XCTAssertEqual(mirror.children.count, written, "\(name) has a property StoredJSON does not write")
        }
    }
}
