import BaoCore
@testable import BaoCorpus
import XCTest

/// Filtering by a province across the July 2025 merger: a pre-2025 province finds its own articles
/// and, from 1 July 2025, those of the unit that absorbed it. The articles are written for the test.
final class ProvinceEraFilterTests: XCTestCase {
    private var corpus: TempCorpus!
    private var index: CorpusIndex!

    override func setUpWithError() throws {
        corpus = try TempCorpus()
        try corpus.write("bac-lieu-2019.txt", """
            Thứ Hai, 14/01/2019 | 08:00

            Bạc Liêu ra quân trồng cây đầu năm

            Sáng 13/1, Tỉnh ủy Bạc Liêu phát động Tết trồng cây tại huyện Hòa Bình, tỉnh Bạc Liêu.

            Lãnh đạo tỉnh Bạc Liêu đề nghị các địa phương chăm sóc cây sau khi trồng.
            """)
        try corpus.write("ca-mau-2024.txt", """
            Thứ Sáu, 10/05/2024 | 09:15

            Cà Mau khánh thành cầu nông thôn

            UBND tỉnh Cà Mau khánh thành cầu bắc qua kênh xáng tại huyện Thới Bình, tỉnh Cà Mau.
            """)
        try corpus.write("ca-mau-2025.txt", """
            Thứ Hai, 15/09/2025 | 08:30

            Cà Mau ra quân làm sạch kênh rạch

            Sáng 14/9, UBND phường Hiệp Thành, tỉnh Cà Mau phát động ra quân làm sạch kênh rạch.

            Lãnh đạo tỉnh Cà Mau đề nghị các xã, phường duy trì phong trào.
            """)
        try corpus.write("binh-duong-2020.txt", """
            Thứ Tư, 05/08/2020 | 10:00

            Bình Dương đón nhà đầu tư mới

            Tỉnh Bình Dương trao giấy chứng nhận đầu tư cho 12 dự án tại TP Thủ Dầu Một, tỉnh Bình Dương.
            """)
        try corpus.write("ho-chi-minh-2025.txt", """
            Thứ Ba, 12/08/2025 | 14:00

            Phường Thủ Dầu Một sơ kết chính quyền hai cấp

            Chiều 11/8, Đảng ủy phường Thủ Dầu Một, TP Hồ Chí Minh sơ kết 6 tuần vận hành chính quyền hai cấp.

            Phường Thủ Dầu Một đề ra 5 nhiệm vụ trọng tâm.
            """)
        (index, _) = try corpus.refreshed()
    }

    override func tearDown() {
        index = nil
        corpus = nil
    }

    private func names(_ province: String) throws -> [String] {
        try index.articles(matching: ArticleFilter(province: province)).names
    }

    func testArticlesSinceJuly2025AreCreditedToTheirUnit() throws {
        let all = try index.articles(matching: ArticleFilter())
        let primary = Dictionary(uniqueKeysWithValues: all.map { (($0.path as NSString).lastPathComponent, $0.primaryProvince) })
        XCTAssertEqual(primary["ca-mau-2025.txt"], "Cà Mau")
        XCTAssertEqual(primary["ho-chi-minh-2025.txt"], "Hồ Chí Minh")
        XCTAssertEqual(primary["bac-lieu-2019.txt"], "Bạc Liêu")
        XCTAssertEqual(primary["binh-duong-2020.txt"], "Bình Dương")
    }

    func testAFormerProvinceFindsLaterArticlesOfTheUnitThatAbsorbedIt() throws {
        XCTAssertEqual(try names("Bạc Liêu"), ["bac-lieu-2019.txt", "ca-mau-2025.txt"])
        XCTAssertEqual(try names("bac lieu"), ["bac-lieu-2019.txt", "ca-mau-2025.txt"])
        XCTAssertEqual(try names("Bình Dương"), ["binh-duong-2020.txt", "ho-chi-minh-2025.txt"])
    }

    func testAUnitThatGoesOnFindsEveryEra() throws {
        XCTAssertEqual(try names("Cà Mau"), ["bac-lieu-2019.txt", "ca-mau-2024.txt", "ca-mau-2025.txt"])
        XCTAssertEqual(try names("TP.HCM"), ["binh-duong-2020.txt", "ho-chi-minh-2025.txt"])
    }

    func testSearchFiltersTheSameWay() throws {
        XCTAssertEqual(try index.search("province:\"Bạc Liêu\" kênh", limit: 10).names, ["ca-mau-2025.txt"])
        XCTAssertEqual(try index.search("province:\"Bạc Liêu\" trồng", limit: 10).names, ["bac-lieu-2019.txt"])
    }
}
