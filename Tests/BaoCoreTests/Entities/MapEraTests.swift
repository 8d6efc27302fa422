import BaoCore
@testable import BaoEntities
import XCTest

/// Place names read with the map of the article's date: the 63 provinces with their districts and
/// wards before 1 July 2025, the 34 units with their new communes, wards and special zones since.
/// Every text here is written for the test.
final class MapEraTests: XCTestCase {
    private static let since = PublishedDate(year: 2025, month: 9, day: 12)
    private static let before = PublishedDate(year: 2024, month: 3, day: 5)

    private func article(_ paragraphs: String..., title: String? = nil, published: PublishedDate?) -> Article {
        Article(path: "test.txt", title: title, published: published,
                blocks: paragraphs.map { Block(kind: .paragraph, text: $0) })
    }

    private func provinces(_ a: Article) -> [String: ProvinceMention] {
        Dictionary(ProvinceExtractor.extract(from: a).provinces.map { ($0.name, $0) }, uniquingKeysWith: { x, _ in x })
    }

    func testEraOfADate() {
        XCTAssertEqual(MapEra(PublishedDate(year: 2025, month: 6, day: 30)), .before2025)
        XCTAssertEqual(MapEra(PublishedDate(year: 2025, month: 7, day: 1)), .since2025)
        XCTAssertEqual(MapEra(PublishedDate(year: 2026, month: 1, day: 20)), .since2025)
        XCTAssertEqual(MapEra(PublishedDate(year: 2017, month: 12, day: 31)), .before2025)
        XCTAssertEqual(MapEra(nil), .before2025)
    }

    func testNewWardNamedAfterAFormerCity() {
        let a = article("Sáng 10/9, Đảng ủy phường Thủ Dầu Một, TP Hồ Chí Minh tổ chức hội nghị sơ kết công tác quý III.",
                        published: Self.since)
        let found = provinces(a)
        XCTAssertEqual(Set(found.keys), ["Hồ Chí Minh"])
        XCTAssertEqual(found["Hồ Chí Minh"]?.mentions, 2)
        XCTAssertEqual(found["Hồ Chí Minh"]?.via, ["phường Thủ Dầu Một"])
        XCTAssertEqual(ProvinceExtractor.extract(from: a).primary, "Hồ Chí Minh")
    }

    func testNewWardAloneGivesTodaysUnit() {
        let a = article("Người dân phường Vũng Tàu hưởng ứng ngày chủ nhật xanh, dọn rác dọc bờ biển.", published: Self.since)
        let found = provinces(a)
        XCTAssertEqual(Set(found.keys), ["Hồ Chí Minh"], "\(found)")
        XCTAssertEqual(found["Hồ Chí Minh"]?.postMerger, "Hồ Chí Minh")
        XCTAssertEqual(found["Hồ Chí Minh"]?.via, ["phường Vũng Tàu"])
        // Before July 2025 no ward had that name.
        XCTAssertEqual(provinces(article("Người dân phường Vũng Tàu dọn rác.", published: Self.before)), [:])
    }

    /// "phường Hiệp Thành" is a ward of Cà Mau since July 2025; before, wards of that name were in
    /// Bình Dương, Hồ Chí Minh and Hậu Giang.
    func testWardNameResolvedInTheEraOfTheArticle() {
        let text = "Đoàn công tác của TP Hồ Chí Minh đến thăm phường Hiệp Thành, trao quà cho các gia đình chính sách."
        let later = provinces(article(text, "Phường Hiệp Thành sẽ nhân rộng mô hình này.", published: Self.since))
        XCTAssertEqual(later["Cà Mau"]?.via, ["phường Hiệp Thành"], "\(later)")
        XCTAssertEqual(later["Cà Mau"]?.mentions, 2)
        XCTAssertEqual(later["Hồ Chí Minh"]?.via, [], "the ward was credited to Hồ Chí Minh: \(later)")
        XCTAssertEqual(later["Hồ Chí Minh"]?.mentions, 1)
        let earlier = provinces(article(text, "Phường Hiệp Thành sẽ nhân rộng mô hình này.", published: Self.before))
        XCTAssertNil(earlier["Cà Mau"])
        XCTAssertNil(earlier["Bạc Liêu"])
        XCTAssertEqual(earlier["Hồ Chí Minh"]?.mentions, 3, "\(earlier)")
    }

    /// Cà Mau's Tân Thành is a ward since 2025; a writer keeping the old word "xã" still means it.
    func testCommuneSharedByUnitsGoesToTheOneNamed() {
        let a = article("UBND xã Tân Thành, tỉnh Cà Mau vừa khánh thành cây cầu nông thôn thứ năm trong năm.",
                        published: Self.since)
        let found = provinces(a)
        XCTAssertEqual(Set(found.keys), ["Cà Mau"], "\(found)")
        XCTAssertEqual(found["Cà Mau"]?.via, ["xã Tân Thành"])
        // With no unit named, a commune of nine units is nobody's.
        XCTAssertEqual(provinces(article("Nông dân xã Tân Thành thu hoạch lúa.", published: Self.since)), [:])
    }

    func testSpecialZone() {
        let a = article("Kinh tế biển của đặc khu Phú Quốc tăng trưởng nhanh trong 6 tháng qua.",
                        title: "Đặc khu Phú Quốc đón khách quốc tế", published: Self.since)
        XCTAssertEqual(Set(provinces(a).keys), ["An Giang"])
        XCTAssertEqual(provinces(a)["An Giang"]?.via, ["đặc khu Phú Quốc"])
        XCTAssertEqual(provinces(a)["An Giang"]?.mentions, 2)
        XCTAssertEqual(ProvinceExtractor.extract(from: a).primary, "An Giang")
        // Earlier, a planned "đặc khu" was no unit: the name is Phú Quốc district, in Kiên Giang.
        let earlier = provinces(article("Dự thảo luật về đặc khu Phú Quốc được thảo luận.", published: Self.before))
        XCTAssertEqual(Set(earlier.keys), ["Kiên Giang"], "\(earlier)")
    }

    /// Since July 2025 an article's provinces are units of the 34: a former province it names is the
    /// way to the unit that absorbed it.
    func testFormerProvinceCountsForTheUnitThatAbsorbedIt() {
        let a = article("Tỉnh Cà Mau tổng kết 6 tháng vận hành chính quyền hai cấp.",
                        "Các xã thuộc tỉnh Bạc Liêu (cũ) đã giải quyết xong hồ sơ tồn đọng; huyện Thới Bình cũ cũng vậy.",
                        published: Self.since)
        let result = ProvinceExtractor.extract(from: a)
        let found = provinces(a)
        XCTAssertEqual(Set(found.keys), ["Cà Mau"], "\(found)")
        XCTAssertEqual(found["Cà Mau"]?.mentions, 3)
        XCTAssertEqual(Set(found["Cà Mau"]?.via ?? []), ["Bạc Liêu", "Thới Bình"])
        XCTAssertEqual(result.primary, "Cà Mau")
        // The same text dated earlier names two provinces.
        let earlier = provinces(article("Tỉnh Cà Mau tổng kết.", "Tỉnh Bạc Liêu cũng tổng kết.", published: Self.before))
        XCTAssertEqual(Set(earlier.keys), ["Cà Mau", "Bạc Liêu"])
    }

    /// A ward of the older map still counts since July 2025 when no new ward has its name.
    func testFormerWardStillCounts() {
        let a = article("Khu dân cư thuộc phường Thạnh Mỹ Lợi (cũ) được cấp nước sạch.", published: Self.since)
        XCTAssertEqual(provinces(a)["Hồ Chí Minh"]?.via, ["phường Thạnh Mỹ Lợi"])
    }

    func testUndatedArticlesAreReadWithTheOlderMap() {
        let a = article("Đảng ủy phường Thủ Dầu Một tổ chức hội nghị.", published: nil)
        XCTAssertEqual(provinces(a), [:])
        XCTAssertEqual(provinces(article("Thành ủy Thủ Dầu Một họp.", published: nil))["Bình Dương"]?.mentions, 1)
    }

    func testHueIsItsOwnUnit() {
        let a = article("UBND phường Thuận Hóa, thành phố Huế ra quân dọn vệ sinh.", published: Self.since)
        let found = provinces(a)
        XCTAssertEqual(Set(found.keys), ["Thừa Thiên Huế"], "\(found)")
        XCTAssertEqual(found["Thừa Thiên Huế"]?.postMerger, "Huế")
    }

    func testLaterUnitOfAFilter() {
        XCTAssertEqual(Gazetteer.laterUnit(ofFilter: "Bạc Liêu"), "Cà Mau")
        XCTAssertEqual(Gazetteer.laterUnit(ofFilter: "bac lieu"), "Cà Mau")
        XCTAssertEqual(Gazetteer.laterUnit(ofFilter: "tỉnh Bình Dương"), "Hồ Chí Minh")
        XCTAssertEqual(Gazetteer.laterUnit(ofFilter: "Hậu Giang"), "Cần Thơ")
        XCTAssertEqual(Gazetteer.laterUnit(ofFilter: "Yên Bái"), "Lào Cai")
        for unchanged in ["Cà Mau", "Cần Thơ", "Thừa Thiên Huế", "Huế", "TPHCM", "Hà Nội", "Atlantis", ""] {
            XCTAssertNil(Gazetteer.laterUnit(ofFilter: unchanged), unchanged)
        }
    }
}
