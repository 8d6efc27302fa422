import BaoCore
import XCTest
@testable import BaoTUI

/// The words for the index refresh and fetch runs behind the browser, in both languages.
final class BackgroundMessagesTests: XCTestCase {
    func testRefreshSaysWhatChanged() {
        var summary = RefreshSummary()
        XCTAssertEqual(BackgroundMessages.refreshed(summary, .vi), [])
        summary.added = 3
        summary.removed = 1
        XCTAssertEqual(BackgroundMessages.refreshed(summary, .vi), ["Đã cập nhật chỉ mục: 3 bài mới, 1 bài bị xóa"])
        XCTAssertEqual(BackgroundMessages.refreshed(summary, .en), ["Index refreshed: 3 new, 1 removed"])
        summary.skipped = .busy(holder: 42)
        summary.rebuilt = "damaged"
        XCTAssertEqual(BackgroundMessages.refreshed(summary, .vi).prefix(2),
                       ["Một tiến trình baoterm khác đang cập nhật chỉ mục: dùng chỉ mục như hiện có",
                        "Chỉ mục bị hỏng và đã được dựng lại"])
        XCTAssertEqual(BackgroundMessages.refreshed(summary, .en).prefix(2),
                       ["Another baoterm process is updating the index: it is shown as it is",
                        "The index was damaged and has been rebuilt"])
        XCTAssertEqual(BackgroundMessages.notRefreshed("disk full", .vi), "Chưa cập nhật được chỉ mục: disk full")
        XCTAssertEqual(BackgroundMessages.notRefreshed("disk full", .en), "Index not refreshed: disk full")
    }

    func testIndexNotes() {
        XCTAssertEqual(BackgroundMessages.note(.readOnly(path: "/x.sqlite"), .vi), "Chỉ mục /x.sqlite chỉ đọc: dùng như hiện có, có thể chưa cập nhật")
        XCTAssertEqual(BackgroundMessages.note(.readOnly(path: "/x.sqlite"), .en), "The index /x.sqlite is read-only: it is used as it is and may be out of date")
        XCTAssertEqual(IndexNote.readOnly(path: "/x.sqlite").description, "the index /x.sqlite is read-only: it is used as it is and may be out of date")
        XCTAssertEqual(BackgroundMessages.note(.stateInMemory(reason: "/s is a file, not a folder"), .vi),
                       "Dấu đã đọc, đánh dấu và lịch sử chỉ được giữ trong lần chạy này: /s is a file, not a folder")
        XCTAssertEqual(BackgroundMessages.note(.rebuilt(path: "/x.sqlite"), .en), "The index /x.sqlite was damaged: it is rebuilt from the articles")
    }

    func testFetchProgressAndResult() {
        XCTAssertEqual(BackgroundMessages.fetchProgress(feedsDone: 2, feedsTotal: 5, stored: 7, failed: 0, .vi), "Đang tải tin: 2/5 nguồn, 7 bài mới")
        XCTAssertEqual(BackgroundMessages.fetchProgress(feedsDone: 2, feedsTotal: 5, stored: 7, failed: 1, .en), "Fetching: 2/5 feeds, 7 new, 1 failed")
        XCTAssertEqual(BackgroundMessages.fetched(stored: 20, feeds: 4, failedFeeds: 0, savedIn: nil, .vi), "Đã tải 20 bài mới từ 4 nguồn")
        XCTAssertEqual(BackgroundMessages.fetched(stored: 1, feeds: 1, failedFeeds: 1, savedIn: "~/.local/share/baoterm/articles", .en),
                       "Fetched 1 new article from 1 feed, 1 failed (see baoterm fetch); saved in ~/.local/share/baoterm/articles, open them with: baoterm")
        XCTAssertEqual(BackgroundMessages.fetchFailed(.noFeedsFile("~/.config/baoterm/feeds"), example: "URL", .vi),
                       "Không tải được tin: chưa có tệp feeds ~/.config/baoterm/feeds; tạo tệp, mỗi dòng một URL nguồn tin, vd. URL")
        XCTAssertEqual(BackgroundMessages.fetchFailed(.noFeeds("/f", problems: 2), example: "URL", .en),
                       "Could not fetch: /f has no feed URL (2 bad lines, see baoterm fetch)")
    }
}
