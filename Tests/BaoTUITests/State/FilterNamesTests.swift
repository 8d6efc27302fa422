import BaoCore
import XCTest
@testable import BaoTUI

/// Unknown names are refused with the nearest ones; picker counts equal what the filter lists;
/// the status line names the unit and era.
final class FilterNamesTests: XCTestCase {
    func testUnknownProvinceIsRefusedWithTheNearestNames() {
        let rt = Fixtures.runtime()
        rt.type(":province Atlantis<Enter>")
        XCTAssertNil(rt.state.filter.province)
        XCTAssertEqual(rt.listPaths.count, 3)
        XCTAssertTrue(rt.state.messageIsError)
        XCTAssertEqual(rt.state.message, "Không có tỉnh/thành 'Atlantis'")
        rt.type(":province Quang Nimh<Enter>")
        XCTAssertNil(rt.state.filter.province)
        XCTAssertTrue(rt.state.message?.contains("gần nhất: Quảng Ninh") == true, rt.state.message ?? "")
    }

    func testUnknownDocumentIsRefusedWithTheNearestIDs() {
        let rt = Fixtures.runtime()
        rt.type(":cites 99-XX/TW<Enter>")
        XCTAssertNil(rt.state.filter.cites)
        XCTAssertTrue(rt.state.messageIsError)
        rt.type(":cites 05-CT/TX<Enter>")
        XCTAssertTrue(rt.state.message?.contains("gần nhất: 05-CT/TW") == true, rt.state.message ?? "")
        rt.type(":cites 05-ct/tw<Enter>")
        XCTAssertEqual(rt.state.filter.cites, "05-ct/tw")
        XCTAssertEqual(rt.listPaths, ["a.txt", "b.txt", "c.txt"])
    }

    /// Every province of the picker, of both eras, lists as many articles as it counted.
    func testPickerCountsEqualTheListedArticles() throws {
        for merged in [false, true] {
            let rt = BrowserRuntime(store: try SeedScreenTests.store.get(), state: AppState(width: 120, height: 40, corpusName: "seeds"))
            rt.send(.start)
            rt.type("p" + (merged ? "<Tab>" : ""))
            let counts = rt.state.picker.counts
            rt.type("<Esc>")
            XCTAssertFalse(counts.isEmpty)
            for (i, province) in counts.enumerated() {
                rt.type("p" + (merged != rt.state.picker.merged ? "<Tab>" : "") + String(repeating: "<Down>", count: i) + "<Enter>")
                XCTAssertEqual(rt.state.filter.province, province.name)
                XCTAssertEqual(rt.state.list.items.count, province.count, "\(province.name), merged \(merged)")
                let status = rt.render().line(39)
                // A province merged into a unit of another name says which unit it is from July 2025.
                XCTAssertTrue(status.contains(merged ? "(sau 2025" : "(trước "), status)
            }
        }
    }

    func testStatusLineNamesTheUnitAndEra() {
        let rt = Fixtures.runtime()
        rt.type(":province Phú Thọ<Enter>")
        XCTAssertEqual(FilterNames.provinceLabel(rt.state.filter, .vi), "tỉnh: Phú Thọ (sau 2025: Hòa Bình + Phú Thọ + Vĩnh Phúc)")
        rt.type(":province hoa binh<Enter>")
        XCTAssertEqual(rt.state.filter.province, "Hòa Bình")
        XCTAssertEqual(FilterNames.provinceLabel(rt.state.filter, .vi), "tỉnh: Hòa Bình (trước 7/2025; từ 1/7/2025: Phú Thọ)")
        XCTAssertEqual(FilterNames.provinceLabel(rt.state.filter, .en), "province: Hòa Bình (before July 2025; from 1 July 2025: Phú Thọ)")
        rt.type(":province Quảng Ninh<Enter>")
        XCTAssertEqual(FilterNames.provinceLabel(rt.state.filter, .vi), "tỉnh: Quảng Ninh (trước 2025)")
    }

    /// After a filter the reader never shows an article the list lost, and an old list search goes.
    func testAFilterDropsTheReadersArticleAndTheListSearch() {
        let rt = Fixtures.runtime()
        rt.type("/quảng<Enter>")
        XCTAssertEqual(rt.state.list.selection, 1)
        XCTAssertTrue(rt.render().line(39).contains("/quảng"))
        rt.type("<Enter>")
        XCTAssertEqual(rt.state.reader.article?.path, "b.txt")
        rt.type(":province Hòa Bình<Enter>")
        XCTAssertEqual(rt.listPaths, ["a.txt", "c.txt"])
        XCTAssertNotEqual(rt.state.reader.article?.path, "b.txt")
        XCTAssertEqual(rt.state.reader.article?.path, "a.txt", "the reader previews the list's first article")
        XCTAssertFalse(rt.render().line(39).contains("/quảng"), rt.render().line(39))
    }

    func testEmptyResultsSaySoAndHowToGetOut() {
        let rt = Fixtures.runtime()
        rt.type(":search khongcotu<Enter>")
        XCTAssertTrue(rt.render().text.contains("Không có bài nào khớp bộ lọc (x: bỏ lọc)"))
        rt.type("xd/zzz<Enter>")
        XCTAssertTrue(rt.render().text.contains("Không có văn bản nào khớp 'zzz'. x hoặc Esc: bỏ lọc"), rt.render().text)
        rt.type("qpzzz")
        XCTAssertTrue(rt.render().text.contains("Không có tỉnh/thành nào khớp 'zzz'. Esc: xóa"), rt.render().text)
    }

    func testNearestNames() {
        XCTAssertEqual(NearestNames.nearest(to: "ha noi", among: Gazetteer.filterNames).first, "Hà Nội")
        XCTAssertEqual(NearestNames.nearest(to: "Atlantis", among: Gazetteer.filterNames), [])
        XCTAssertEqual(NearestNames.nearest(to: "59-NQ/TX", among: ["59-NQ/TW", "5-CT/TW", "NQTW4-XII"]), ["59-NQ/TW"])
    }
}
