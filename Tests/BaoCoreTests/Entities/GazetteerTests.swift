import BaoCore
@testable import BaoEntities
import XCTest

final class GazetteerTests: XCTestCase {
    func testHasSixtyThreeProvincesAndThirtyFourUnits() {
        XCTAssertEqual(Gazetteer.allProvinces.count, 63)
        XCTAssertEqual(Set(Gazetteer.allProvinces.map(\.postMerger)).count, 34)
        XCTAssertEqual(Gazetteer.allPostMergerUnits.count, 34)
        XCTAssertGreaterThanOrEqual(Gazetteer.allDistricts.count, 696)
    }

    func testCanonicalShortNames() {
        let names = Set(Gazetteer.allProvinces.map(\.name))
        for name in ["Cần Thơ", "Hồ Chí Minh", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Lào Cai"] {
            XCTAssertTrue(names.contains(name), name)
        }
    }

    func testMergerMapping() {
        XCTAssertEqual(Gazetteer.province(named: "Bạc Liêu")?.postMerger, "Cà Mau")
        XCTAssertEqual(Gazetteer.province(named: "Yên Bái")?.postMerger, "Lào Cai")
        XCTAssertEqual(Gazetteer.province(named: "Sóc Trăng")?.postMerger, "Cần Thơ")
        XCTAssertEqual(Gazetteer.province(named: "Hậu Giang")?.postMerger, "Cần Thơ")
        XCTAssertEqual(Gazetteer.province(named: "Bình Dương")?.postMerger, "Hồ Chí Minh")
        XCTAssertEqual(Gazetteer.province(named: "Bà Rịa - Vũng Tàu")?.postMerger, "Hồ Chí Minh")
        XCTAssertEqual(Gazetteer.province(named: "Thừa Thiên Huế")?.postMerger, "Huế")
    }

    func testFormerProvincesOfMergedUnit() {
        XCTAssertEqual(Set(Gazetteer.formerProvinces(ofMerged: "Cà Mau").map(\.name)), ["Bạc Liêu", "Cà Mau"])
        XCTAssertEqual(Set(Gazetteer.formerProvinces(ofMerged: "ca mau").map(\.name)), ["Bạc Liêu", "Cà Mau"])
        XCTAssertEqual(
            Set(Gazetteer.formerProvinces(ofMerged: "TP.HCM").map(\.name)),
            ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"])
        XCTAssertEqual(Set(Gazetteer.formerProvinces(ofMerged: "Huế").map(\.name)), ["Thừa Thiên Huế"])
        XCTAssertTrue(Gazetteer.formerProvinces(ofMerged: "Atlantis").isEmpty)
    }

    func testProvincesCoveredByAFilter() {
        XCTAssertEqual(Set(Gazetteer.provincesCovered(byFilter: "Cà Mau").map(\.name)), ["Bạc Liêu", "Cà Mau"])
        XCTAssertEqual(Gazetteer.provincesCovered(byFilter: "bac lieu").map(\.name), ["Bạc Liêu"])
        XCTAssertEqual(
            Set(Gazetteer.provincesCovered(byFilter: "can tho").map(\.name)), ["Cần Thơ", "Hậu Giang", "Sóc Trăng"])
        XCTAssertEqual(Set(Gazetteer.provincesCovered(byFilter: "TPHCM").map(\.name)),
                       ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"])
        XCTAssertEqual(Gazetteer.provincesCovered(byFilter: "Thừa Thiên Huế").map(\.name), ["Thừa Thiên Huế"])
        XCTAssertTrue(Gazetteer.provincesCovered(byFilter: "Narnia").isEmpty)
    }

    func testLookupAcceptsAliasesAccentsAndPrefixes() {
        for name in ["TPHCM", "TP.HCM", "TP. Hồ Chí Minh", "Sài Gòn", "thành phố Hồ Chí Minh", "ho chi minh", "HCM"] {
            XCTAssertEqual(Gazetteer.province(named: name)?.name, "Hồ Chí Minh", name)
        }
        XCTAssertEqual(Gazetteer.province(named: "can tho")?.name, "Cần Thơ")
        XCTAssertEqual(Gazetteer.province(named: "CẦN THƠ")?.name, "Cần Thơ")
        XCTAssertEqual(Gazetteer.province(named: "tỉnh Bạc Liêu")?.name, "Bạc Liêu")
        XCTAssertEqual(Gazetteer.province(named: "Huế")?.name, "Thừa Thiên Huế")
        XCTAssertEqual(Gazetteer.province(named: "Khánh Hoà")?.name, "Khánh Hòa")
        XCTAssertEqual(Gazetteer.province(named: "ba ria vung tau")?.name, "Bà Rịa - Vũng Tàu")
        XCTAssertNil(Gazetteer.province(named: "Paris"))
        XCTAssertNil(Gazetteer.province(named: ""))
    }

    func testDistrictsWithSharedNames() {
        XCTAssertEqual(Set(Gazetteer.districts(named: "Vĩnh Thạnh").map(\.province)), ["Cần Thơ", "Bình Định"])
        XCTAssertEqual(Gazetteer.districts(named: "Thới Lai").map(\.province), ["Cần Thơ"])
        XCTAssertEqual(Gazetteer.districts(named: "Thới Lai").first?.partyCommittee, "Huyện ủy Thới Lai")
        XCTAssertEqual(Gazetteer.districts(named: "Quận 2").first?.isHistorical, true)
        XCTAssertEqual(Gazetteer.districts(named: "Bình Thủy").first?.isOrdinaryWord, true)
        XCTAssertGreaterThanOrEqual(Gazetteer.districts(named: "Châu Thành").count, 10)
    }

    func testWordKeysIgnoreCaseAndTonePlacementButKeepTones() {
        XCTAssertEqual(WordKey.key(of: "Hoà"), WordKey.key(of: "hòa"))
        XCTAssertEqual(WordKey.key(of: "HÒA"), WordKey.key(of: "hoà"))
        XCTAssertEqual(WordKey.key(of: "thuỷ"), WordKey.key(of: "thủy"))
        XCTAssertNotEqual(WordKey.key(of: "Hòa"), WordKey.key(of: "Hóa"))
        XCTAssertNotEqual(WordKey.key(of: "Hòa"), WordKey.key(of: "Hoa"))
        XCTAssertEqual(WordKey.key(of: "Ðảng"), WordKey.key(of: "Đảng"))
        let nfd = "Khánh Hòa".decomposedStringWithCanonicalMapping
        XCTAssertEqual(WordScanner.scan(nfd).map(\.key), WordScanner.scan("Khánh Hoà").map(\.key))
    }
}
