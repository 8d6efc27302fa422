import BaoCore
@testable import BaoEntities
import XCTest

final class OrganizationExtractorTests: XCTestCase {
    private func organizations(title: String? = nil, _ paragraphs: String...) -> [Organization] {
        let article = Article(path: "test.txt", title: title, blocks: paragraphs.map { Block(kind: .paragraph, text: $0) })
        return OrganizationExtractor.extract(from: article, provinces: ProvinceExtractor.extract(from: article))
    }

    private func find(_ orgs: [Organization], _ name: String) -> Organization? {
        orgs.first { $0.name == name }
    }

    func testDistrictCommitteeIsTiedToItsProvince() {
        let orgs = organizations("Huyện ủy Thới Lai ban hành nghị quyết về phát triển nông nghiệp.")
        XCTAssertEqual(find(orgs, "Huyện ủy Thới Lai")?.province, "Cần Thơ")
    }

    func testBareCityCommitteeIsTheArticlesCity() {
        let orgs = organizations(title: "Cần Thơ đổi mới phương thức lãnh đạo",
                                 "Ban Thường vụ (BTV) Thành ủy tập trung chỉ đạo. Thành ủy phân công cán bộ.")
        let btv = find(orgs, "Ban Thường vụ Thành ủy Cần Thơ")
        XCTAssertEqual(btv?.abbreviation, "BTV")
        XCTAssertEqual(btv?.province, "Cần Thơ")
        XCTAssertEqual(find(orgs, "Thành ủy Cần Thơ")?.province, "Cần Thơ")
    }

    func testAbbreviationsAreExpanded() {
        let orgs = organizations(title: "Lào Cai tổng kết công tác năm",
                                 "UBND tỉnh Lào Cai và HĐND tỉnh họp phiên cuối năm; UBKT Tỉnh ủy báo cáo.",
                                 "BCH Đảng bộ thành phố Lào Cai ra nghị quyết; Ủy ban MTTQ Việt Nam tỉnh dự.")
        XCTAssertEqual(find(orgs, "Ủy ban nhân dân tỉnh Lào Cai")?.abbreviation, "UBND")
        XCTAssertEqual(find(orgs, "Ủy ban nhân dân tỉnh Lào Cai")?.province, "Lào Cai")
        XCTAssertEqual(find(orgs, "Hội đồng nhân dân tỉnh Lào Cai")?.abbreviation, "HĐND")
        XCTAssertEqual(find(orgs, "Ủy ban Kiểm tra Tỉnh ủy Lào Cai")?.abbreviation, "UBKT")
        XCTAssertEqual(find(orgs, "Ban Chấp hành Đảng bộ thành phố Lào Cai")?.abbreviation, "BCH")
        XCTAssertEqual(find(orgs, "Ủy ban Mặt trận Tổ quốc tỉnh Lào Cai")?.abbreviation, "Ủy ban MTTQ")
    }

    func testCommuneCommittee() {
        let orgs = organizations("Đảng ủy xã Tứ Cường (huyện Thanh Miện, tỉnh Hải Dương) tổng kết năm.")
        XCTAssertEqual(find(orgs, "Đảng ủy xã Tứ Cường")?.province, "Hải Dương")
    }

    func testNationalBodies() {
        let orgs = organizations("Bộ Chính trị và Ban Bí thư chỉ đạo; Ban Tổ chức Trung ương hướng dẫn; Đoàn TNCS Hồ Chí Minh hưởng ứng.")
        XCTAssertNotNil(find(orgs, "Bộ Chính trị"))
        XCTAssertNotNil(find(orgs, "Ban Bí thư"))
        XCTAssertNotNil(find(orgs, "Ban Tổ chức Trung ương"))
        XCTAssertEqual(find(orgs, "Đoàn Thanh niên Cộng sản Hồ Chí Minh")?.province, nil)
        XCTAssertTrue(orgs.allSatisfy { $0.province == nil })
    }

    func testCityCommitteeInsideAProvince() {
        let orgs = organizations("Thành ủy TP. Bạc Liêu ban hành quy định; Tỉnh ủy Bạc Liêu chỉ đạo.")
        XCTAssertEqual(find(orgs, "Thành ủy Bạc Liêu")?.province, "Bạc Liêu")
        XCTAssertEqual(find(orgs, "Tỉnh ủy Bạc Liêu")?.province, "Bạc Liêu")
    }

    func testNFDAndTonePlacement() {
        let nfc = organizations("Ủy ban nhân dân huyện Thới Lai họp.")
        let nfd = organizations("Ủy ban nhân dân huyện Thới Lai họp.".decomposedStringWithCanonicalMapping)
        let oldTone = organizations("Uỷ ban nhân dân huyện Thới Lai họp.")
        XCTAssertEqual(nfc.map(\.name), ["Ủy ban nhân dân huyện Thới Lai"])
        XCTAssertEqual(nfd.map(\.name), nfc.map(\.name))
        XCTAssertEqual(oldTone.map(\.name), nfc.map(\.name))
        XCTAssertEqual(nfc.first?.province, "Cần Thơ")
    }

    func testSeed000Committees() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: root.path).first { $0.hasPrefix("000") })
        let article = try ArticleLoader.load(path: root.appendingPathComponent(name).path)
        let orgs = OrganizationExtractor.extract(from: article, provinces: ProvinceExtractor.extract(from: article))
        for committee in ["Huyện ủy Thới Lai", "Huyện ủy Vĩnh Thạnh", "Quận ủy Bình Thủy", "Quận ủy Ô Môn", "Thành ủy Cần Thơ"] {
            XCTAssertEqual(find(orgs, committee)?.province, "Cần Thơ", committee)
        }
        XCTAssertEqual(find(orgs, "Ban Thường vụ Thành ủy Cần Thơ")?.abbreviation, "BTV")
    }

    // MARK: The word tables of scripts/gazetteer/organization-*.tsv

    func testBareCommitteesFollowTheirBareColumn() {
        // primary: the article's own; unit: only with a unit word; none: generic.
        let orgs = organizations(title: "Lào Cai tổng kết công tác năm",
                                 "Tỉnh ủy chỉ đạo các Huyện ủy, Quận ủy và Đảng ủy cơ sở. Đảng bộ tỉnh đạt nhiều kết quả; Đảng bộ vững mạnh.")
        XCTAssertEqual(orgs.map(\.name), ["Tỉnh ủy Lào Cai", "Đảng bộ tỉnh Lào Cai"])
        XCTAssertEqual(orgs.map(\.province), ["Lào Cai", "Lào Cai"])
    }

    func testUnitWordsOfOneAndTwoWordsAndNumberedWards() {
        let orgs = organizations(title: "Cần Thơ: cải cách hành chính",
                                 "UBND thành phố chỉ đạo UBND phường 3 và HĐND TP rà soát; UBND huyện báo cáo.")
        XCTAssertEqual(orgs.map(\.name), ["Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân phường 3",
                                          "Hội đồng nhân dân thành phố Cần Thơ", "Ủy ban nhân dân huyện Cần Thơ"])
        XCTAssertTrue(orgs.allSatisfy { $0.province == "Cần Thơ" })
    }

    func testCentralWordsMakeTheCentralBody() {
        let orgs = organizations("UBKT TW kết luận; Ban Chấp hành Trung ương họp.")
        XCTAssertEqual(orgs.map(\.name), ["Ủy ban Kiểm tra Trung ương", "Ban Chấp hành Trung ương"])
        XCTAssertEqual(orgs.first?.abbreviation, "UBKT")
    }
}
