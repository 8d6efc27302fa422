import BaoCore
@testable import BaoCorpus
import GRDB
import XCTest

/// Facets, filters and the citation graph over articles whose entities the test gives by hand,
/// so that they check the index alone, whatever the extractors find.
final class CorpusGraphTests: XCTestCase {
    private var corpus: TempCorpus!
    private var index: CorpusIndex!

    override func setUpWithError() throws {
        corpus = try TempCorpus()
        index = try corpus.open()
        try add("a.txt", published: PublishedDate(year: 2024, month: 8, day: 31),
                body: "Mở đầu. Thành ủy quán triệt Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng. Tiếp theo là Nghị quyết 59-NQ/TW.",
                provinces: [("Cần Thơ", "Cần Thơ")], primary: "Cần Thơ",
                documents: [("NQTW4-XII", "NQTW4-XII", "Nghị quyết Trung ương 4 khóa XII", []), ("59-NQ/TW", "59-NQ/TW@XII", "59-NQ/TW", [])],
                people: ["Phạm Văn Hiểu"], source: "TTXVN")
        try add("b.txt", published: PublishedDate(year: 2019, month: 1, day: 28),
                body: "Ban Thường vụ học tập NQ Trung ương 4 khóa XII. Cùng với Chỉ thị 05-CT/TW của Bộ Chính trị.",
                provinces: [("Bạc Liêu", "Cà Mau"), ("Cần Thơ", "Cần Thơ")], primary: "Bạc Liêu",
                documents: [("NQTW4-XII", "NQTW4-XII", "NQ Trung ương 4 khóa XII", []), ("5-CT/TW", "5-CT/TW", "Chỉ thị 05-CT/TW", [])],
                people: [], source: "baobaclieu.vn", url: "https://www.baobaclieu.vn/chinh-tri/x.html")
        try add("c.txt", published: PublishedDate(year: 2020, month: 8, day: 5),
                body: "Kết luận 21-KL/TW của Bộ Chính trị được triển khai.",
                provinces: [("Hồ Chí Minh", "Hồ Chí Minh")], primary: "Hồ Chí Minh",
                documents: [("21-KL/TW", "21-KL/TW@XII", "Kết luận 21-KL/TW", [])], people: ["Võ Thị Dung"])
        try add("d.txt", published: nil,
                body: "Theo Kết luận 21-KL/TW, các cấp ủy rà soát.",
                provinces: [], primary: nil,
                documents: [("21-KL/TW", "21-KL/TW", "Kết luận 21-KL/TW", ["term"])], people: [])
    }

    override func tearDown() {
        index = nil
        corpus = nil
    }

    private func add(_ name: String, published: PublishedDate?, body: String, provinces: [(String, String)], primary: String?,
                     documents: [(String, String, String, [String])], people: [String], source: String? = nil, url: String? = nil) throws {
        let article = Article(path: "/corpus/" + name, title: "Bài " + name, published: published, source: source, url: url,
                              blocks: [Block(kind: .paragraph, text: body)])
        let citations = documents.map { id, key, mention, unknown in
            let offset = body.range(of: mention).map { body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: $0.lowerBound) } ?? 0
            return DocumentCitation(id: id, key: key, type: "Nghị quyết", issuer: "TW", term: unknown.isEmpty ? "XII" : nil,
                                    mentions: [Mention(text: mention, offset: offset)], unknown: unknown)
        }
        let entities = ArticleEntities(
            provinces: provinces.map { ProvinceMention(name: $0.0, postMerger: $0.1, mentions: 1) },
            primaryProvince: primary, documents: citations, people: people.map { Person(name: $0) })
        let record = try IndexedArticle(file: ListedFile(path: article.path, size: 1, mtime: 1), hash: "h", article: article, entities: entities)
        _ = try index.pool.write { db in try CorpusIndex.write(db, [.parsed(record, replacing: nil)]) }
    }

    private func names(_ summaries: [ArticleSummary]) -> [String] {
        summaries.map { ($0.path as NSString).lastPathComponent }.sorted()
    }

    func testProvinceCountsByPrimaryProvince() throws {
        let counts = try index.provinceCounts(merged: false)
        XCTAssertEqual(counts, [
            ProvinceCount(name: "Bạc Liêu", count: 1, postMerger: "Cà Mau"),
            ProvinceCount(name: "Cần Thơ", count: 1, postMerger: "Cần Thơ"),
            ProvinceCount(name: "Hồ Chí Minh", count: 1, postMerger: "Hồ Chí Minh"),
        ])
        let merged = try index.provinceCounts(merged: true)
        XCTAssertEqual(merged.map(\.name), ["Cà Mau", "Cần Thơ", "Hồ Chí Minh"])
    }

    func testProvinceFilterTakesOldAndMergedUnitsWithoutAccents() throws {
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(province: "ca mau"))), ["b.txt"])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(province: "Bạc Liêu"))), ["b.txt"])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(province: "TP. Cần Thơ"))), ["a.txt"])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(province: "TPHCM"))), ["c.txt"])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(province: "Hà Nội"))), [])
    }

    func testListIsNewestFirstWithUndatedLast() throws {
        XCTAssertEqual(try index.articles(matching: ArticleFilter()).map { ($0.path as NSString).lastPathComponent },
                       ["a.txt", "c.txt", "b.txt", "d.txt"])
    }

    func testCitesFilterByIdOrKey() throws {
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(cites: "nqtw4-xii"))), ["a.txt", "b.txt"])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(cites: "5-CT/TW"))), ["b.txt"])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(cites: "05-ct/tw"))), ["b.txt"])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(cites: "21-KL/TW"))), ["c.txt", "d.txt"])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(cites: "21-KL/TW@XII"))), ["c.txt"])
    }

    func testSearchFieldsCombineWithWords() throws {
        XCTAssertEqual(try index.search("person:\"pham van hieu\"", limit: 10).names, ["a.txt"])
        XCTAssertEqual(try index.search("person:Dung", limit: 10).names, ["c.txt"])
        XCTAssertEqual(try index.search("cites:NQTW4-XII \"bộ chính trị\"", limit: 10).names, ["b.txt"])
        XCTAssertEqual(try index.search("nghi quyet province:\"can tho\"", limit: 10).names, ["a.txt"])
        XCTAssertEqual(try index.search("after:2020 before:2024", limit: 10).names, ["c.txt"])
        XCTAssertEqual(try index.search("after:2020-08-05 ket luan", limit: 10).names, ["c.txt"])
        XCTAssertEqual(try index.search("cites:21-KL/TW -rà", limit: 10).names, ["c.txt"])
    }

    /// `person:` reads the distinct names (`person_key`) and then their rows: any part of a name,
    /// any case or marks, in search and in the article list; a name whose article is gone leads
    /// to nothing.
    func testPersonFilterFindsThePartOfANameThroughTheNames() throws {
        XCTAssertEqual(try index.search("person:hiểu", limit: 10).names, ["a.txt"])
        XCTAssertEqual(try index.search("person:\"VĂN HIỂU\" thành ủy", limit: 10).names, ["a.txt"])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(query: "person:thi"))), ["c.txt"])
        XCTAssertEqual(try index.search("person:\"Văn Dung\"", limit: 10).names, [])
        let keys = try index.pool.read { db in try String.fetchAll(db, sql: "SELECT name_key FROM person_key ORDER BY name_key") }
        XCTAssertEqual(keys, ["pham van hieu", "vo thi dung"])
        try index.pool.write { db in
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE path = '/corpus/c.txt'")
            try CorpusIndex.deleteArticle(db, id: try XCTUnwrap(id))
        }
        XCTAssertEqual(try index.search("person:dung", limit: 10).names, [])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(query: "person:dung"))), [])
    }

    /// An index written before the names table existed gets it filled from its person rows when
    /// it is opened.
    func testMigrationFillsTheNamesFromThePersonRows() throws {
        try index.pool.write { db in
            try db.execute(sql: "DROP TABLE person_key; DELETE FROM grdb_migrations WHERE identifier = 'v9-person-key'")
        }
        index = nil
        index = try corpus.open()
        XCTAssertEqual(try index.search("person:dung", limit: 10).names, ["c.txt"])
        XCTAssertEqual(try index.search("person:\"pham van hieu\"", limit: 10).names, ["a.txt"])
    }

    func testSourceFilterMatchesTheOutletOrTheURL() throws {
        XCTAssertEqual(try index.search("source:ttxvn", limit: 10).names, ["a.txt"])
        XCTAssertEqual(try index.search("source:baobaclieu chi thi", limit: 10).names, ["b.txt"])
        XCTAssertEqual(try index.search("source:chinh-tri", limit: 10).names, ["b.txt"])
        XCTAssertEqual(names(try index.articles(matching: ArticleFilter(query: "source:TTXVN"))), ["a.txt"])
        XCTAssertEqual(try index.search("source:nhandan", limit: 10).names, [])
    }

    func testDocumentsWithCounts() throws {
        let documents = try index.documents()
        XCTAssertEqual(documents.first?.key, "NQTW4-XII")
        XCTAssertEqual(documents.first?.count, 2)
        XCTAssertEqual(Set(documents.map(\.key)), ["NQTW4-XII", "59-NQ/TW@XII", "5-CT/TW", "21-KL/TW@XII", "21-KL/TW"])
    }

    func testDocumentDetailWithSentencesAndCoCitations() throws {
        let detail = try XCTUnwrap(try index.document("NQTW4-XII"))
        XCTAssertEqual(detail.citations.map { ($0.article.path as NSString).lastPathComponent }, ["a.txt", "b.txt"])
        XCTAssertEqual(detail.citations.first?.sentence, "Thành ủy quán triệt Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.")
        XCTAssertEqual(detail.citations.last?.sentence, "Ban Thường vụ học tập NQ Trung ương 4 khóa XII.")
        XCTAssertEqual(detail.citations.first?.mention.text, "Nghị quyết Trung ương 4 khóa XII")
        XCTAssertEqual(Set(detail.citedWith.map(\.key)), ["59-NQ/TW@XII", "5-CT/TW"])
        XCTAssertNil(try index.document("99-NQ/TW"))
    }

    func testSameSymbolDifferentTermsArePossiblyTheSame() throws {
        let known = try XCTUnwrap(try index.document("21-KL/TW@XII"))
        XCTAssertEqual(known.citations.count, 1)
        XCTAssertEqual(known.possiblySame.map(\.key), ["21-KL/TW"])
        let bySymbol = try XCTUnwrap(try index.document("21-kl/tw"))
        XCTAssertEqual(bySymbol.document.key, "21-KL/TW")  // a key written exactly wins over an id
    }

    func testArticlesSharingDocuments() throws {
        let a = try XCTUnwrap(try index.articleID(path: "/corpus/a.txt"))
        let shared = try index.articlesSharingDocuments(with: a, limit: 10)
        XCTAssertEqual(shared.map { ($0.article.path as NSString).lastPathComponent }, ["b.txt"])
        XCTAssertEqual(shared.first?.documentKeys, ["NQTW4-XII"])
    }

    func testStoredArticleNeedsNoReparse() throws {
        let a = try XCTUnwrap(try index.articleID(path: "/corpus/a.txt"))
        let (article, entities) = try XCTUnwrap(try index.article(id: a))
        XCTAssertEqual(article.title, "Bài a.txt")
        XCTAssertEqual(entities.primaryProvince, "Cần Thơ")
        XCTAssertEqual(entities.people.map(\.name), ["Phạm Văn Hiểu"])
    }
}

extension CorpusGraphTests {
    func testDocumentKeysForAnIdOrAKey() throws {
        XCTAssertEqual(try index.documentKeys(matching: "21-KL/TW@XII"), ["21-KL/TW@XII"])
        XCTAssertEqual(try index.documentKeys(matching: "21-kl/tw@xii"), ["21-KL/TW@XII"])
        XCTAssertEqual(try index.documentKeys(matching: "05-CT/TW"), ["5-CT/TW"])
        XCTAssertEqual(try index.documentKeys(matching: "59-NQ/TW"), ["59-NQ/TW@XII"])
        XCTAssertEqual(try index.documentKeys(matching: "99-NQ/TW"), [])
    }
}
