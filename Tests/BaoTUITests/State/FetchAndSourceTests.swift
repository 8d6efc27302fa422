import BaoCore
import XCTest
@testable import BaoTUI

/// R fetches with a progress line in the status line; `:source` filters the list by paper.
final class FetchAndSourceTests: XCTestCase {
    func testFetchKeyStartsOneFetchAndShowsItsProgress() {
        let rt = Fixtures.runtime()
        var started = 0
        rt.startFetch = { started += 1 }
        rt.type("R")
        XCTAssertEqual(started, 1)
        XCTAssertEqual(rt.state.fetching, "Đang tải tin…")
        XCTAssertTrue(rt.render().text.contains("Đang tải tin…"), rt.render().text)

        rt.type("R")
        XCTAssertEqual(started, 1, "a second R while fetching does not start another")
        XCTAssertEqual(rt.state.message, "Đang tải tin, chờ lượt này xong")

        rt.send(.fetchProgress("Đang tải tin: 2/5 nguồn, 7 bài mới"))
        rt.type("j")  // a key clears the message, not the progress line
        let screen = rt.render().text
        XCTAssertTrue(screen.contains("Đang tải tin: 2/5 nguồn, 7 bài mới"), screen)

        rt.send(.fetchFinished("Đã tải 7 bài mới từ 5 nguồn"))
        XCTAssertNil(rt.state.fetching)
        XCTAssertEqual(rt.state.message, "Đã tải 7 bài mới từ 5 nguồn")
        XCTAssertEqual(rt.state.list.items.count, 3, "the list is reloaded")
        rt.type(":fetch<Enter>")
        XCTAssertEqual(started, 2, ":fetch does what R does")
    }

    func testWithoutAFetcherTheKeySaysWhatToUse() {
        let rt = Fixtures.runtime()
        rt.type("R")
        XCTAssertNil(rt.state.fetching)
        XCTAssertEqual(rt.state.message, "Không tải tin được ở đây: dùng baoterm fetch")
    }

    func testProgressAfterTheEndIsIgnored() {
        let rt = Fixtures.runtime()
        rt.send(.fetchProgress("Đang tải tin: 1/1 nguồn, 0 bài mới"))
        XCTAssertNil(rt.state.fetching)
    }

    func testSourceCommandFiltersByPaperAndKeepsOtherFilters() {
        let rt = Fixtures.runtime()
        rt.type(":search đường<Enter>")
        rt.type(":source b.txt<Enter>")
        XCTAssertEqual(rt.state.filter.query, "đường source:b.txt")
        XCTAssertEqual(rt.state.list.items.map(\.path), [], "b.txt does not say đường")
        rt.type(":search<Enter>:source b.txt<Enter>")
        XCTAssertEqual(rt.state.list.items.map(\.path), ["b.txt"])
        rt.type(":source baotinh.example.vn<Enter>")
        XCTAssertEqual(rt.state.filter.query, "source:baotinh.example.vn", "a new paper replaces the old one")
        XCTAssertEqual(rt.state.list.items.count, 3)
        rt.type(":source<Enter>")
        XCTAssertNil(rt.state.filter.query)
    }

    func testSourceFieldIsReplacedWhateverItsQuoting() {
        XCTAssertEqual(SourceFilter.query("đảng source:\"Báo Nhân Dân\" xã", source: "TTXVN"), "đảng xã source:TTXVN")
        XCTAssertEqual(SourceFilter.query("nguon:ttxvn", source: "Báo Cần Thơ"), "source:\"Báo Cần Thơ\"")
        XCTAssertNil(SourceFilter.query("source:a", source: nil))
        XCTAssertNil(SourceFilter.query(nil, source: nil))
    }
}
