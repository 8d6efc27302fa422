import BaoCore
@testable import BaoCorpus
import XCTest

final class IndexKeyTests: XCTestCase {
    func testProvinceKeys() {
        XCTAssertEqual(IndexKey.province("Bà Rịa - Vũng Tàu"), IndexKey.province("ba ria vung tau"))
        XCTAssertEqual(IndexKey.province("TP. Cần Thơ"), IndexKey.province("can tho"))
        XCTAssertEqual(IndexKey.province("thành phố Hồ Chí Minh"), "hochiminh")
        XCTAssertEqual(IndexKey.province("TP.HCM"), "hochiminh")
        XCTAssertEqual(IndexKey.province("Tỉnh Đắk Lắk"), "daklak")
        XCTAssertNotEqual(IndexKey.province("Cà Mau"), IndexKey.province("Lào Cai"))
    }

    func testDocumentKeys() {
        XCTAssertEqual(IndexKey.document("05-CT/TW"), IndexKey.document("5-ct/tw"))
        XCTAssertEqual(IndexKey.document("NQĐH-XIII"), IndexKey.document("nqdh-xiii"))
        XCTAssertEqual(IndexKey.document("10-NQ/TU"), "10-nq/tu")
        XCTAssertEqual(IndexKey.document("05/2015/TTLT"), "5/2015/ttlt")
        XCTAssertNotEqual(IndexKey.document("59-NQ/TW"), IndexKey.document("5-NQ/TW"))
    }

    func testIndexLocationIsStablePerCorpus() {
        let env = ["XDG_CACHE_HOME": "/tmp/cache-x"]
        let a = IndexLocation.defaultPath(for: ["/data/Tin Cần Thơ", "/data/b"], environment: env)
        let b = IndexLocation.defaultPath(for: ["/data/b", "/data/Tin Cần Thơ/"], environment: env)
        XCTAssertEqual(a, b)
        XCTAssertTrue(a.hasPrefix("/tmp/cache-x/baoterm/"), a)
        XCTAssertNotEqual(a, IndexLocation.defaultPath(for: ["/data/b"], environment: env))
        let home = IndexLocation.defaultPath(for: ["/data/b"], environment: ["HOME": "/home/u"])
        XCTAssertTrue(home.hasPrefix("/home/u/.cache/baoterm/b-"), home)
    }
}
