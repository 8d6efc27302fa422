import BaoCore
@testable import BaoText
import XCTest

final class FoldingTests: XCTestCase {
    func testMarksCaseAndDStrokeFold() {
        XCTAssertEqual(Folding.fold("Cần Thơ"), "can tho")
        XCTAssertEqual(Folding.fold("CẦN THƠ"), "can tho")
        XCTAssertEqual(Folding.fold("Đắk Lắk"), "dak lak")
        XCTAssertEqual(Folding.fold("Ðảng"), "dang")
        XCTAssertEqual(Folding.fold("Thừa Thiên Huế".decomposedStringWithCanonicalMapping), "thua thien hue")
    }

    func testToneVariantsFoldAlike() {
        XCTAssertEqual(Folding.fold("Khánh Hòa"), Folding.fold("Khánh Hoà"))
    }
}
