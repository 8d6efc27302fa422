import XCTest
import BaoCore
import GRDB
@testable import BaoCorpus

/// The list the browser pages (`listing(matching:)` and `summaries(ids:)`) is the list
/// `articles(matching:)` gives, row for row: order, read marks and how close a search matched.
final class ArticleListingTests: XCTestCase {
    private func corpus() throws -> TempCorpus {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Thứ Hai, 05/03/2018 | 08:00\nCần Thơ họp bàn phòng chống tham nhũng\nThành ủy Cần Thơ bàn phòng chống tham nhũng.\nCán bộ học tập nghị quyết.\n")
        try corpus.write("b.txt", "Thứ Ba, 06/03/2018 | 09:00\nHà Nội thăm gia đình chính sách\nTham dự buổi gặp mặt có lãnh đạo thành phố.\nNhững phần quà được trao.\n")
        try corpus.write("c.txt", "Thứ Tư, 07/03/2018 | 10:00\nTham nhũng vặt ở cơ sở\nNgười dân phản ánh tham nhũng vặt ở Cần Thơ.\nThanh tra vào cuộc.\n")
        try corpus.write("d.txt", "Tin không ngày\nXã ven biển làm đường mới.\nNgười dân góp công.\n")
        return corpus
    }

    func testListingIsTheArticleListRowForRow() throws {
        let corpus = try corpus()
        let (index, _) = try corpus.refreshed()
        let read = try XCTUnwrap(try index.articleID(path: IndexLocation.absolutePath(corpus.path("c.txt"))))
        try index.setRead(id: read, true)
        let filters = [ArticleFilter(), ArticleFilter(province: "can tho"), ArticleFilter(query: "tham nhung"),
                       ArticleFilter(query: "tham nhung", byDate: true), ArticleFilter(query: "-tham"), ArticleFilter(query: "nguoi dan")]
        for filter in filters {
            let articles = try index.articles(matching: filter)
            let listing = try index.listing(matching: filter)
            XCTAssertFalse(articles.isEmpty, "\(filter)")
            XCTAssertEqual(listing.ids, articles.map(\.id), "\(filter)")
            XCTAssertEqual(listing.read, Set(articles.filter(\.isRead).map(\.id)), "\(filter)")
            XCTAssertEqual(listing.matches.isEmpty ? articles.map { _ in nil } : listing.matches, articles.map(\.match), "\(filter)")
            let fetched = try index.summaries(ids: listing.ids)
            XCTAssertEqual(fetched.map(\.path), articles.map(\.path), "\(filter)")
            XCTAssertEqual(fetched.map(\.title), articles.map(\.title), "\(filter)")
        }
        // "tham nhung" as a phrase in a.txt and c.txt; b.txt holds its syllables apart.
        let search = try index.listing(matching: ArticleFilter(query: "tham nhung"))
        XCTAssertEqual(search.phrases, 2)
        XCTAssertTrue(search.read.contains(read))
        XCTAssertNil(try index.listing(matching: ArticleFilter()).phrases)
    }

    func testSummariesFollowTheOrderAskedAndLeaveOutUnknownIDs() throws {
        let corpus = try corpus()
        let (index, _) = try corpus.refreshed()
        let all = try index.articles(matching: ArticleFilter())
        let asked = all.map(\.id).reversed() + [Int64.max, -1]
        XCTAssertEqual(try index.summaries(ids: Array(asked)).map(\.path), all.map(\.path).reversed())
        XCTAssertEqual(try index.summaries(ids: []), [])
    }

    /// A read mark follows the article's content: renamed, it is still read in the listing.
    func testReadMarkKeptByContentAfterARename() throws {
        let corpus = try corpus()
        let (index, _) = try corpus.refreshed()
        let id = try XCTUnwrap(try index.articleID(path: IndexLocation.absolutePath(corpus.path("b.txt"))))
        try index.setRead(id: id, true)
        let text = try String(contentsOfFile: corpus.path("b.txt"), encoding: .utf8)
        try corpus.remove("b.txt")
        try corpus.write("b-moved.txt", text)
        _ = try index.refresh(roots: [corpus.folder])
        let moved = try XCTUnwrap(try index.articleID(path: IndexLocation.absolutePath(corpus.path("b-moved.txt"))))
        XCTAssertEqual(try index.listing(matching: ArticleFilter()).read, [moved])
        XCTAssertEqual(try index.listing(matching: ArticleFilter(query: "gia dinh")).read, [moved])
        XCTAssertEqual(try index.articles(matching: ArticleFilter()).filter(\.isRead).map(\.id), [moved])
    }

    /// The whole list is read in its order from an index, not sorted row by row when it is asked.
    func testWholeListIsReadInIndexOrder() throws {
        let corpus = try corpus()
        let (index, _) = try corpus.refreshed()
        let plan = try index.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT a.id FROM article a ORDER BY \(CorpusIndex.listOrder)").map { $0["detail"] as String? ?? "" }
        }
        XCTAssertTrue(plan.contains { $0.contains("article_list_order") }, "\(plan)")
        XCTAssertFalse(plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }
}
