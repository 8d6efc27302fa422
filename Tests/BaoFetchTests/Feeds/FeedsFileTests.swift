@testable import BaoFetch
import XCTest

final class FeedsFileTests: XCTestCase {
    func testURLsTagsNamesAndComments() {
        let text = """
        # Báo Đảng
        https://baocantho.vn/rss/chinh-tri.rss  tinh mien-tay "Báo Cần Thơ"   # tỉnh

        https://nhandan.vn/rss/chinhtri.rss trung-uong "~Nhân Dân"
        http://example.vn/feed tin-tuc ~TenNgan
        http://example.vn/feed2 "tin tức" "Tên"
        """
        let file = FeedsFile.parse(text, path: "feeds")
        XCTAssertEqual(file.problems, [])
        XCTAssertEqual(file.feeds, [
            FeedsFile.Feed(url: "https://baocantho.vn/rss/chinh-tri.rss", tags: ["tinh", "mien-tay"], name: "Báo Cần Thơ", line: 2),
            FeedsFile.Feed(url: "https://nhandan.vn/rss/chinhtri.rss", tags: ["trung-uong"], name: "Nhân Dân", line: 4),
            FeedsFile.Feed(url: "http://example.vn/feed", tags: ["tin-tuc"], name: "TenNgan", line: 5),
            FeedsFile.Feed(url: "http://example.vn/feed2", tags: ["tin tức"], name: "Tên", line: 6),
        ])
    }

    func testBadLinesAreReportedWithFileAndLineAndTheRestIsKept() {
        let text = """
        ftp://example.vn/feed
        baocantho.vn/rss
        https://ok.vn/rss "Tên chưa đóng
        https://ok.vn/rss2
        https://ok.vn/rss2 trung-lap
        """
        let file = FeedsFile.parse(text, path: "/home/u/.config/baoterm/feeds")
        XCTAssertEqual(file.feeds.map(\.url), ["https://ok.vn/rss2"])
        XCTAssertEqual(file.problems.map(\.line), [1, 2, 3, 5])
        XCTAssertTrue(file.problems[0].description.hasPrefix("/home/u/.config/baoterm/feeds:1: 'ftp://example.vn/feed' is not an http(s) URL"))
        XCTAssertTrue(file.problems[2].message.contains("unterminated quote"))
        XCTAssertTrue(file.problems[3].message.contains("already listed on line 4"))
    }
}
