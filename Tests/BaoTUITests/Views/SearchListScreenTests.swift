import BaoCore
import Foundation
import XCTest
@testable import BaoTUI

/// The browser's search list (`:search`) through the real index: ranked like `baoterm search`,
/// counts in the status line, the matched phrase highlighted in titles, `s` for date order.
/// Golden screens at 120×12 (`BAOTERM_RECORD=1` re-records them).
final class SearchListScreenTests: XCTestCase {
    private var folder = ""

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
        super.tearDown()
    }

    /// Five articles of our own: three about corruption, one visit to "những" families, one
    /// where "tham" and "những" stand apart.
    private func runtime() throws -> BrowserRuntime {
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-search-list-\(UUID().uuidString)")
        let articles = (folder as NSString).appendingPathComponent("articles")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        let files = [
            ("a.txt", "Chống tham nhũng: Tỉnh ủy họp bàn\n28/01/2019 | 15:27\nHội nghị đánh giá công tác phòng, chống tham nhũng năm qua.\nNhiều vụ việc được xử lý nghiêm."),
            ("b.txt", "Thăm những gia đình chính sách dịp Tết\n05/02/2019 | 08:00\nĐoàn công tác đến thăm những gia đình khó khăn.\nMỗi suất quà trị giá một triệu đồng."),
            ("c.txt", "Tham nhũng đất đai: xử lý nghiêm\n12/03/2019 | 09:10\nCơ quan điều tra khởi tố hai cán bộ xã.\nVụ án tham nhũng gây thất thoát lớn."),
            ("d.txt", "Học sinh tham quan bảo tàng tỉnh\n20/04/2019 | 10:00\nCác em được tham quan khu trưng bày.\nNhững hiện vật quý được giới thiệu kỹ."),
            ("e.txt", "Ngừa tham nhũng từ việc kê khai\n02/01/2019 | 07:30\nCán bộ phải kê khai tài sản hằng năm.\nViệc kiểm tra được làm chặt chẽ."),
        ]
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: (articles as NSString).appendingPathComponent(name)))
        }
        let index = try CorpusIndex(path: (folder as NSString).appendingPathComponent("index.sqlite"))
        _ = try index.refresh(roots: [articles])
        let runtime = BrowserRuntime(store: index, state: AppState(width: 120, height: 12, corpusName: "tin"))
        runtime.send(.start)
        return runtime
    }

    private func names(_ rt: BrowserRuntime) -> [String] {
        rt.state.list.items.map { ($0.path as NSString).lastPathComponent }
    }

    func testSearchRanksCountsAndHighlightsThePhrase() throws {
        let rt = try runtime()
        rt.type(":search tham nhung<Enter>")
        // The usual reading ("tham nhũng") as a phrase, then the other reading as a phrase, then
        // the syllables near each other.
        XCTAssertEqual(Array(names(rt).prefix(3)).sorted(), ["a.txt", "c.txt", "e.txt"])
        XCTAssertEqual(Array(names(rt).suffix(2)), ["b.txt", "d.txt"])
        XCTAssertEqual(rt.state.list.items.map(\.match), [.phrase, .phrase, .phrase, .phrase, .near])
        let screen = rt.render()
        XCTAssertTrue(screen.line(11).contains("tìm: tham nhung (5 bài, 4 cụm từ, theo độ khớp · s: mới nhất)"), screen.line(11))
        // Titles show the phrase matched, never a lone syllable (the selected row is drawn plain).
        XCTAssertEqual(Set(highlightedRuns(screen)), ["tham nhũng", "Tham nhũng", "Thăm những"])
        assertGolden(screen, "search-tham-nhung-120x12", styles: true)

        rt.type("s")
        XCTAssertEqual(names(rt), ["d.txt", "c.txt", "b.txt", "a.txt", "e.txt"])
        let byDate = rt.render()
        XCTAssertTrue(byDate.line(11).contains("(5 bài, 4 cụm từ, theo ngày · s: khớp nhất)"), byDate.line(11))
        assertGolden(byDate, "search-tham-nhung-by-date-120x12", styles: true)
        rt.type("s")
        XCTAssertEqual(rt.state.list.items.map(\.match), [.phrase, .phrase, .phrase, .phrase, .near])
    }

    func testMarkedSearchIsExact() throws {
        let rt = try runtime()
        rt.type(":search thăm những<Enter>")
        XCTAssertEqual(names(rt), ["b.txt"])
        XCTAssertTrue(rt.render().line(11).contains("(1 bài, 1 cụm từ, theo độ khớp"), rt.render().line(11))
    }

    func testHighlightRanges() throws {
        let highlight = try XCTUnwrap(SearchHighlight(query: "tham nhung"))
        let title = "Thăm những nơi chống tham nhũng, những người tham gia"
        let ranges = highlight.ranges(in: title)
        let characters = Array(title)
        XCTAssertEqual(ranges.map { String(characters[$0]) }, ["Thăm những", "tham nhũng"])
        let marked = try XCTUnwrap(SearchHighlight(query: "\"tham nhũng\" người"))
        XCTAssertEqual(marked.ranges(in: title).map { String(characters[$0]) }, ["tham nhũng", "người"])
        XCTAssertNil(SearchHighlight(query: "-tham"))
    }
}
