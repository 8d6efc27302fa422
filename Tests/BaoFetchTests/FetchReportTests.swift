import BaoFetch
import XCTest

/// The lines `baoterm-fetch` writes and `baoterm` reads: each message comes back as it was sent,
/// one line each, and a line that is no message is none.
final class FetchReportTests: XCTestCase {
    func testEveryMessageIsOneLineThatReadsBackTheSame() throws {
        let feed = FetchedFeed(name: "Nhân Dân", url: "https://nhandan.vn/rss/chinhtri.rss", stored: 3,
                               skipped: ["https://nhandan.vn/a.html: HTTP 404 Not Found"], known: 2, notModified: false,
                               error: nil, notes: ["charset \"windows-1258\" declared, UTF-8 read\nsecond line"])
        let messages: [FetchMessage] = [
            .progress(FetchProgress(feedsDone: 1, feedsTotal: 4, articlesStored: 7, pagesFailed: 1)),
            .finished(FetchOutcome(reports: [feed, FetchedFeed(name: "x", url: "x", stored: 0, skipped: [], known: 0, notModified: true,
                                                               error: "x: HTTP 500", notes: [])],
                                   problems: ["feeds:3: not a URL: \"nhandan\""])),
            .setupFailed(.noFeedsFile("/home/u/.config/baoterm/feeds")),
            .setupFailed(.noFeeds("/f", problems: ["a", "b"])),
            .setupFailed(.failed("fetched.json: not JSON")),
        ]
        for message in messages {
            let line = message.encodedLine()
            XCTAssertEqual(line.last, 0x0A)
            XCTAssertEqual(line.filter { $0 == 0x0A }.count, 1, "\(message) is not one line")
            XCTAssertEqual(FetchMessage.decode(line: line.dropLast()), message)
        }
        XCTAssertNil(FetchMessage.decode(line: Data("Đang tải tin: 1/4 nguồn".utf8)))
        XCTAssertNil(FetchMessage.decode(line: Data("{\"unknown\":{}}".utf8)))
    }
}
