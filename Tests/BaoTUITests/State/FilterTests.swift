import BaoCore
import XCTest
@testable import BaoTUI

final class FilterTests: XCTestCase {
    func testPickerNarrowsWithoutAccentsAndEnterFilters() {
        let rt = Fixtures.runtime()
        rt.type("p")
        XCTAssertEqual(rt.state.location, .provinces)
        XCTAssertEqual(rt.state.pickerShown.map(\.name), ["Hòa Bình", "Quảng Ninh"])
        rt.type("quang")
        XCTAssertEqual(rt.state.pickerShown.map(\.name), ["Quảng Ninh"])
        rt.type("<BS><BS><BS><BS><BS>hoa b")
        XCTAssertEqual(rt.state.pickerShown.map(\.name), ["Hòa Bình"])
        rt.type("<Enter>")
        XCTAssertTrue(rt.state.location.isBrowse)
        XCTAssertEqual(rt.state.filter.province, "Hòa Bình")
        XCTAssertEqual(rt.listPaths, ["a.txt", "c.txt"])
        XCTAssertTrue(rt.render().line(39).contains("tỉnh: Hòa Bình"))
    }

    func testPickerTabShowsMergedUnits() {
        let rt = Fixtures.runtime()
        rt.type("p<Tab>")
        XCTAssertTrue(rt.state.picker.merged)
        XCTAssertEqual(rt.state.pickerShown.map(\.name), ["Phú Thọ", "Quảng Ninh"])
        rt.type("phu<Enter>")
        XCTAssertEqual(rt.listPaths, ["a.txt", "c.txt"])
    }

    func testCommandLineFilters() {
        let rt = Fixtures.runtime()
        rt.type(":province Phú Thọ<Enter>")
        XCTAssertEqual(rt.listPaths, ["a.txt", "c.txt"])
        rt.type(":cites 05-CT/TW<Enter>")
        XCTAssertEqual(rt.state.filter, ArticleFilter(province: "Phú Thọ", cites: "05-CT/TW", provinceEra: .since2025))
        rt.type(":clear<Enter>:search tu tuong<Enter>")
        XCTAssertEqual(rt.listPaths, ["a.txt", "b.txt"])
        XCTAssertTrue(rt.render().line(39).contains("tìm: tu tuong"))
        rt.type(":bogus<Enter>")
        XCTAssertEqual(rt.state.message?.hasPrefix("Lệnh không rõ :bogus"), true)
        // An unknown command is shown as an error, not as an ordinary message.
        let status = rt.render().line(39)
        let column = Array(status).firstIndex(of: "L")
        XCTAssertNotNil(column, status)
        XCTAssertEqual(column.flatMap { rt.render().cell(x: $0, y: 39)?.role }, .error)
        rt.type(":quit<Enter>")
        XCTAssertTrue(rt.state.shouldQuit)
    }

    func testOpenNFollowsTheNumberedLink() {
        let rt = Fixtures.runtime()
        rt.type("<Enter>:open 2<Enter>")
        XCTAssertEqual(rt.state.location, .document(key: "05-CT/TW"))
        rt.type("h:open 9<Enter>")
        XCTAssertEqual(rt.state.message, "Bài đang mở không có liên kết [9]")
    }

    func testDocumentsIndexSortsAndFilters() {
        let rt = Fixtures.runtime()
        rt.type("d")
        XCTAssertEqual(rt.state.documentsShown.map(\.id), ["05-CT/TW", "12-NQ/TU"])
        rt.type("s")
        XCTAssertEqual(rt.state.documentsIndex.sort, .id)
        XCTAssertEqual(rt.state.documentsShown.map(\.id), ["05-CT/TW", "12-NQ/TU"])
        rt.type("/nghi<Enter>")
        XCTAssertEqual(rt.state.documentsShown.map(\.id), ["12-NQ/TU"])
        rt.type("<Enter>")
        XCTAssertEqual(rt.state.location, .document(key: "12-NQ/TU@Hòa Bình"))
        rt.type("c")
        XCTAssertEqual(rt.state.filter.cites, "12-NQ/TU@Hòa Bình")
    }
}
