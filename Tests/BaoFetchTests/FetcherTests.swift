import BaoCore
@testable import BaoFetch
import FetchFixtures
import Foundation
import XCTest

/// Fetching from the local fixture server (127.0.0.1 only): every site family, then every failure.
final class FetcherTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    var paths: FetchPaths {
        FetchPaths(feedsFile: folder + "/feeds", articles: folder + "/articles", stateFile: folder + "/state/fetched.json")
    }

    func fetcher(timeout: TimeInterval = 10) -> Fetcher {
        var settings = HTTPSettings()
        settings.timeout = timeout
        settings.retries = 1
        settings.backoff = 0.05
        return Fetcher(paths: paths, client: HTTPClient(settings: settings))
    }

    func feeds(_ site: FixtureSite, failures: Bool) -> [FeedsFile.Feed] {
        let file = FeedsFile.parse(site.feedsFile(failures: failures), path: "feeds")
        XCTAssertEqual(file.problems, [])
        return file.feeds
    }

    func testEveryFamilyIsFetchedStoredLosslesslyAndNotFetchedTwice() async throws {
        let site = try FixtureSite()
        defer { site.server.stop() }
        let reports = try await fetcher().run(feeds(site, failures: false))
        XCTAssertEqual(reports.map(\.error), [nil, nil, nil, nil])
        XCTAssertEqual(reports.map(\.stored.count), [5, 5, 5, 5])
        XCTAssertEqual(reports.map(\.name), ["Cổng Đảng bộ tỉnh", "Báo Nhân Dân", "TTXVN", "Báo tỉnh (bản cũ)"])

        for family in SiteFamily.allCases {
            for article in FixtureArticles.all {
                let url = site.url(FixtureSite.pagePath(family, article))
                let relative = ArticleFile.relativePath(url: url, published: PublishedDate(year: article.published.0, month: article.published.1, day: article.published.2), fetched: Date())
                let text = try String(contentsOfFile: paths.articles + "/" + relative, encoding: .utf8)
                let parsed = ArticleParser.parse(text: text, path: relative)
                XCTAssertEqual(parsed.title, article.title, "\(family) \(article.slug)")
                XCTAssertEqual(parsed.published?.iso, article.iso, "\(family) \(article.slug)")
                XCTAssertEqual(parsed.url, url)
                XCTAssertEqual(parsed.author, article.expectedAuthor, "\(family) \(article.slug)")
                XCTAssertEqual(parsed.section, article.rubric, "\(family) \(article.slug)")
                XCTAssertTrue(parsed.blocks.contains { $0.kind == .caption && $0.text.hasPrefix(article.captions[0].text) }, "\(family) \(article.slug)")
                XCTAssertTrue(parsed.bodyText.contains(article.paragraphs.last!), "\(family) \(article.slug)")
            }
        }
        XCTAssertLessThanOrEqual(site.server.peakConnections, 4, "at most 4 connections to one host")
        XCTAssertTrue(site.server.requests.allSatisfy { $0.headers["user-agent"]?.hasPrefix("baoterm/\(BaoFetchVersion.current)") ?? false })

        // Second run: conditional requests answered 304, no page fetched again.
        let pageHits = site.hitCount(FixtureSite.pagePath(.nationalPaper, FixtureArticles.canTho))
        let again = try await fetcher().run(feeds(site, failures: false))
        XCTAssertEqual(again.map(\.notModified), [true, true, true, true])
        XCTAssertEqual(again.map(\.stored.count), [0, 0, 0, 0])
        XCTAssertEqual(site.hitCount(FixtureSite.pagePath(.nationalPaper, FixtureArticles.canTho)), pageHits)
        let conditional = site.server.requests.filter { $0.path == "/portal/rss.xml" }.last
        XCTAssertNotNil(conditional?.headers["if-none-match"])
        XCTAssertEqual(conditional?.headers["if-modified-since"], "Sat, 05 Dec 2026 08:00:00 GMT")
    }

    func testEachFailureIsReportedForItsFeedAndTheOthersAreStored() async throws {
        let site = try FixtureSite(slowDelay: 3)
        defer { site.server.stop() }
        let reports = try await fetcher(timeout: 1).run(feeds(site, failures: true))
        func report(_ path: String) -> FeedReport? { reports.first { $0.feed.url.hasSuffix(path) } }

        XCTAssertEqual(reports.prefix(4).map(\.stored.count), [5, 5, 5, 5])
        XCTAssertEqual(report("/fail/404.xml")?.error, "\(site.url("/fail/404.xml")): HTTP 404 Not Found")
        XCTAssertEqual(report("/fail/500.xml")?.error, "\(site.url("/fail/500.xml")): HTTP 500 Internal Server Error")
        XCTAssertEqual(site.hitCount("/fail/500.xml"), 2, "one retry after a 500")
        XCTAssertEqual(report("/fail/slow.xml")?.error, "\(site.url("/fail/slow.xml")): no answer within 1 s (timed out)")
        XCTAssertEqual(report("/fail/loop.xml")?.error, "\(site.url("/fail/loop.xml")): more than 5 redirects (a redirect loop?)")
        XCTAssertEqual(report("/fail/huge.xml")?.error, "\(site.url("/fail/huge.xml")): response larger than 8 MB, not read")
        XCTAssertTrue(report("/fail/malformed.xml")?.error?.contains("malformed XML at line 4") ?? false, report("/fail/malformed.xml")?.error ?? "")

        // Wrong declared charsets: both pages stored with the right letters, each with a note.
        let charset = try XCTUnwrap(report("/fail/charset.xml"))
        XCTAssertEqual(charset.stored.count, 2)
        XCTAssertEqual(charset.notes.count, 2)
        for path in charset.stored {
            let text = try String(contentsOfFile: paths.articles + "/" + path, encoding: .utf8)
            let parsed = ArticleParser.parse(text: text, path: path)
            XCTAssertTrue([FixtureArticles.haNoi.title, FixtureArticles.daNang.title].contains(parsed.title ?? ""), parsed.title ?? "")
        }

        // Duplicate GUIDs and a page also listed by the portal feed: fetched once.
        let dupes = try XCTUnwrap(report("/fail/dupes.xml"))
        XCTAssertEqual(dupes.error, nil)
        XCTAssertEqual(site.hitCount(FixtureSite.pagePath(.provincialPortal, FixtureArticles.laoCai)), 1)

        XCTAssertEqual(report("/fail/gallery.xml")?.skipped, ["\(site.url("/fail/gallery.html")): photo gallery, no article text"])

        let pages = try XCTUnwrap(report("/fail/pages.xml"))
        XCTAssertEqual(pages.error, nil)
        XCTAssertEqual(pages.stored.count, 0, "the good page is the national paper's, claimed by its own feed")
        XCTAssertEqual(Set(pages.skipped), [
            "\(site.url("/fail/missing.html")): HTTP 404 Not Found",
            "\(site.url("/fail/huge-page.html")): response larger than 8 MB, not read",
            "\(site.url("/fail/loop-a")): more than 5 redirects (a redirect loop?)",
        ])
    }
}
