import XCTest
import BaoCore
@testable import BaoCorpus

/// The index over small corpora of sentences written for these tests.
final class CorpusIndexTests: XCTestCase {
    private func diacriticsCorpus() throws -> TempCorpus {
        let corpus = try TempCorpus()
        try corpus.write("hoa-binh.txt", "Tin tỉnh nhà\nXã Thái Hòa đón chuẩn nông thôn mới.\nNgười dân phấn khởi.\n")
        try corpus.write("hoa-moi.txt", "Tin tỉnh bạn\nPhường Tân Hoà khai trương chợ.\nTiểu thương vui mừng.\n")
        try corpus.write("hoa-hoc.txt", "Tin khoa học\nNgành hóa chất tăng trưởng mạnh.\nDoanh nghiệp mở rộng.\n")
        try corpus.write("hoa-lan.txt", "Tin vườn\nVườn hoa lan nở rộ dịp Tết.\nDu khách đông vui.\n")
        try corpus.write("can-tho.txt", "Tin miền Tây\nThành ủy CẦN THƠ họp phiên thường kỳ.\nCần Thơ tăng tốc.\n")
        return corpus
    }

    func testQueryWithoutMarksMatchesEveryMarkedForm() throws {
        let corpus = try diacriticsCorpus()
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try index.search("hoa", limit: 10).names, ["hoa-binh.txt", "hoa-hoc.txt", "hoa-lan.txt", "hoa-moi.txt"])
    }

    func testQueryWithMarksMatchesExactlyAfterTonePlacement() throws {
        let corpus = try diacriticsCorpus()
        let (index, _) = try corpus.refreshed()
        // "Hòa" and "Hoà" are one word written with two tone placements; "hóa" is another word.
        XCTAssertEqual(try index.search("Hòa", limit: 10).names, ["hoa-binh.txt", "hoa-moi.txt"])
        XCTAssertEqual(try index.search("hoà", limit: 10).names, ["hoa-binh.txt", "hoa-moi.txt"])
        XCTAssertEqual(try index.search("Hóa", limit: 10).names, ["hoa-hoc.txt"])
    }

    func testFoldedAndMarkedCitySearch() throws {
        let corpus = try diacriticsCorpus()
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try index.search("can tho", limit: 10).names, ["can-tho.txt"])
        XCTAssertEqual(try index.search("Cần Thơ", limit: 10).names, ["can-tho.txt"])
        XCTAssertEqual(try index.search("\"thành ủy cần thơ\"", limit: 10).names, ["can-tho.txt"])
        XCTAssertEqual(try index.search("\"can tho thanh uy\"", limit: 10).names, [])
    }

    func testPrefixNegationAndSnippet() throws {
        let corpus = try diacriticsCorpus()
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try index.search("tie*", limit: 10).names, ["hoa-moi.txt"])
        XCTAssertEqual(try index.search("hoa -lan", limit: 10).names, ["hoa-binh.txt", "hoa-hoc.txt", "hoa-moi.txt"])
        XCTAssertEqual(try index.articles(matching: ArticleFilter(query: "-hoa")).names, ["can-tho.txt"])
        let hit = try XCTUnwrap(try index.search("khai trương", limit: 1).first)
        XCTAssertTrue(hit.snippet.contains("khai trương"), hit.snippet)
        XCTAssertGreaterThan(hit.score, 0)
        XCTAssertThrowsError(try index.search("-hoa", limit: 10))
        XCTAssertThrowsError(try index.search("  ", limit: 10))
    }

    func testTitleMatchesRankFirst() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Hội nghị sơ kết\nNội dung bàn về giao thông.\nThêm một câu về thủy lợi.\n")
        try corpus.write("b.txt", "Thủy lợi miền núi\nNội dung bàn về giao thông và nông nghiệp.\nThêm một câu.\n")
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try index.search("thuy loi", limit: 10).map { ($0.article.path as NSString).lastPathComponent }, ["b.txt", "a.txt"])
    }

    func testRefreshPicksUpChangedDeletedAndNewFiles() throws {
        let corpus = try diacriticsCorpus()
        let (index, first) = try corpus.refreshed()
        XCTAssertEqual(first.added, 5)
        XCTAssertEqual(try index.articleCount(), 5)

        let second = try index.refresh(roots: [corpus.folder])
        XCTAssertTrue(second.isNoOp, "\(second)")
        XCTAssertEqual(second.unchanged, 5)

        try corpus.write("hoa-lan.txt", "Tin vườn\nVườn mai vàng nở rộ dịp Tết.\nDu khách đông vui.\n")
        try corpus.age("hoa-lan.txt", secondsAgo: 0)
        try corpus.remove("hoa-hoc.txt")
        try corpus.write("moi.txt", "Tin mới\nHợp tác xã hoa kiểng mở rộng.\n")
        let third = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(third.added, 1)
        XCTAssertEqual(third.updated, 1)
        XCTAssertEqual(third.removed, 1)
        XCTAssertEqual(third.unchanged, 3)
        XCTAssertEqual(try index.search("hoa", limit: 10).names, ["hoa-binh.txt", "hoa-moi.txt", "moi.txt"])
        XCTAssertEqual(try index.search("mai vang", limit: 10).names, ["hoa-lan.txt"])
        XCTAssertEqual(try index.search("hóa", limit: 10).names, [])
    }

    func testNewDateSameContentIsOnlyTouched() throws {
        let corpus = try diacriticsCorpus()
        let (index, _) = try corpus.refreshed()
        let before = try XCTUnwrap(try index.articleID(path: IndexLocation.absolutePath(corpus.path("hoa-lan.txt"))))
        try corpus.age("hoa-lan.txt", secondsAgo: 3600)
        let summary = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(summary.touched, 1)
        XCTAssertEqual(summary.updated, 0)
        XCTAssertEqual(try index.articleID(path: IndexLocation.absolutePath(corpus.path("hoa-lan.txt"))), before)
        XCTAssertTrue(try index.refresh(roots: [corpus.folder]).isNoOp)
    }

    func testUserStateSurvivesReindex() throws {
        let corpus = try diacriticsCorpus()
        let (index, _) = try corpus.refreshed()
        let path = IndexLocation.absolutePath(corpus.path("hoa-lan.txt"))
        let id = try XCTUnwrap(try index.articleID(path: path))
        try index.setRead(id: id, true)
        try index.setBookmarked(id: id, true)
        try index.recordVisit(id: id)

        // The file changes (its row is replaced) and then the whole index is rebuilt.
        try corpus.write("hoa-lan.txt", "Tin vườn\nVườn hoa mai nở rộ.\n")
        try corpus.age("hoa-lan.txt", secondsAgo: 0)
        XCTAssertEqual(try index.refresh(roots: [corpus.folder]).updated, 1)
        try index.pool.write { db in try db.execute(sql: "UPDATE meta SET value = 'old' WHERE key = 'content_version'") }
        let rebuilt = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(rebuilt.added, 5)

        let newID = try XCTUnwrap(try index.articleID(path: path))
        let summary = try XCTUnwrap(try index.articles(matching: ArticleFilter()).first { $0.id == newID })
        XCTAssertTrue(summary.isRead)
        XCTAssertEqual(try index.bookmarks().map(\.id), [newID])
        XCTAssertEqual(try index.history(limit: 10).map(\.id), [newID])
        XCTAssertEqual(try index.search("hoa mai", limit: 10).names, ["hoa-lan.txt"])

        try index.setRead(id: newID, false)
        XCTAssertFalse(try index.articles(matching: ArticleFilter()).contains { $0.isRead })
    }

    func testIndexSurvivesReopening() throws {
        let corpus = try diacriticsCorpus()
        _ = try corpus.refreshed()
        let reopened = try corpus.open()
        XCTAssertTrue(try reopened.refresh(roots: [corpus.folder]).isNoOp)
        XCTAssertEqual(try reopened.search("can tho", limit: 5).names, ["can-tho.txt"])
    }

    func testUnreadableFileIsReportedAndSkipped() throws {
        let corpus = try diacriticsCorpus()
        try Data([0xC3, 0x28, 0xFF, 0xFE, 0xFD]).write(to: URL(fileURLWithPath: corpus.path("broken.txt")))
        let (index, summary) = try corpus.refreshed()
        XCTAssertEqual(summary.failures.map { ($0.path as NSString).lastPathComponent }, ["broken.txt"])
        XCTAssertEqual(try index.articleCount(), 5)
    }
}

extension CorpusIndexTests {
    func testMissingRootDoesNotEmptyTheIndex() throws {
        let corpus = try diacriticsCorpusForExtension()
        let (index, _) = try corpus.refreshed()
        let summary = try index.refresh(roots: [corpus.folder, corpus.folder + "-typo"])
        XCTAssertEqual(summary.removed, 0)
        XCTAssertEqual(summary.failures.count, 1)
        XCTAssertEqual(try index.articleCount(), 2)
    }

    private func diacriticsCorpusForExtension() throws -> TempCorpus {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nXã Thái Hòa.\n")
        try corpus.write("b.txt", "Tin hai\nNgành hóa chất.\n")
        return corpus
    }
}

import GRDB

extension CorpusIndexTests {
    /// A database of the first schema is migrated: corpus tables rebuilt, user state kept.
    func testMigrationFromFirstSchemaKeepsUserState() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nXã Thái Hòa đón chuẩn nông thôn mới.\n")
        do {
            let pool = try DatabasePool(path: corpus.indexPath)
            try CorpusIndex.migrator.migrate(pool, upTo: "v1")
            try pool.write { db in
                try db.execute(sql: "INSERT INTO read_mark(path, at) VALUES (?, 1)", arguments: [IndexLocation.absolutePath(corpus.path("a.txt"))])
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('content_version', '1')")
            }
        }
        let (index, summary) = try corpus.refreshed()
        XCTAssertEqual(summary.added, 1)
        XCTAssertEqual(try index.articles(matching: ArticleFilter()).map(\.isRead), [true])
        XCTAssertEqual(try index.search("thai hoa", limit: 5).count, 1)
        XCTAssertEqual(try index.integrityCheck(), "ok")
    }
}
