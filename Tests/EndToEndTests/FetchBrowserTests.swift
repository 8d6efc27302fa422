import FetchFixtures
import Foundation
import XCTest

/// The browser's fetch key in a real terminal (tmux), against the local fixture server.
final class FetchBrowserTests: XCTestCase {
    func testFetchKeyFillsTheOpenCorpus() throws {
        let site = try FixtureSite()
        defer { site.server.stop() }
        let folder = try TempFolder()
        try folder.write("config/baoterm/feeds", site.feedsFile(failures: false))
        let articles = folder.file("data/baoterm/articles")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        let env = ["XDG_CONFIG_HOME": folder.file("config"), "XDG_DATA_HOME": folder.file("data"),
                   "XDG_STATE_HOME": folder.file("state"), "XDG_CACHE_HOME": folder.file("cache")]
        let tmux = try BrowserTmux(width: 120, height: 30, arguments: [articles], environment: env)
        _ = try tmux.waitFor { $0.contains("Không có bài nào") }
        try tmux.send("R")
        let shown = try tmux.waitFor { $0.contains("Đã tải 20 bài mới từ 4 nguồn") }
        XCTAssertTrue(shown.contains("Bài viết 1/20"), shown)
        XCTAssertTrue(shown.contains("Hà Nội siết chặt xử lý"), shown)
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(), 0)
    }
}
