import BaoCore
import BaoTestSupport
import XCTest
@testable import BaoTUI

/// The browser's province filter across the July 2025 merger, and the status line saying so.
final class ProvinceEraFilterTests: XCTestCase {
    private func runtime() -> BrowserRuntime {
        func entry(_ path: String, _ province: String, _ date: PublishedDate) -> (Article, ArticleEntities) {
            let article = Fixtures.article(path: path, title: "Tin " + province, date: date,
                                           blocks: [Block(kind: .lead, text: "Tin của " + province + ".")])
            let entities = ArticleEntities(
                provinces: [ProvinceMention(name: province, postMerger: "Phú Thọ", mentions: 1)], primaryProvince: province)
            return (article, entities)
        }
        let store = MemoryCorpus(articles: [
            entry("hoa-binh-2024.txt", "Hòa Bình", PublishedDate(year: 2024, month: 4, day: 2)),
            entry("phu-tho-2024.txt", "Phú Thọ", PublishedDate(year: 2024, month: 6, day: 1)),
            entry("phu-tho-2025.txt", "Phú Thọ", PublishedDate(year: 2025, month: 10, day: 3)),
        ])
        return Fixtures.runtime(store: store)
    }

    func testFormerProvinceIncludesTheLaterUnitAndSaysSo() {
        let rt = runtime()
        rt.type(":province Hòa Bình<Enter>")
        XCTAssertEqual(rt.listPaths, ["phu-tho-2025.txt", "hoa-binh-2024.txt"])
        XCTAssertTrue(rt.render().line(39).contains("tỉnh: Hòa Bình (trước 7/2025; từ 1/7/2025: Phú Thọ)"), rt.render().line(39))
    }

    /// The picker's pre-2025 count is what choosing the province then lists.
    func testPickerCountsTheLaterUnitForAFormerProvince() {
        let rt = runtime()
        rt.type("p")
        let counts = Dictionary(uniqueKeysWithValues: rt.state.pickerShown.map { ($0.name, $0.count) })
        XCTAssertEqual(counts["Hòa Bình"], 2)
        XCTAssertEqual(counts["Phú Thọ"], 2)
        rt.type("hoa binh<Enter>")
        XCTAssertEqual(rt.listPaths, ["phu-tho-2025.txt", "hoa-binh-2024.txt"])
    }

    func testUnitThatGoesOnNeedsNoNote() {
        let rt = runtime()
        rt.type(":province Phú Thọ<Enter>")
        XCTAssertEqual(rt.listPaths, ["phu-tho-2025.txt", "phu-tho-2024.txt", "hoa-binh-2024.txt"])
        XCTAssertTrue(rt.render().line(39).contains("tỉnh: Phú Thọ"))
        XCTAssertFalse(rt.render().line(39).contains("1/7/2025"))
    }
}
