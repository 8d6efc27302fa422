import XCTest
@testable import BaoCore

final class SearchTextTests: XCTestCase {
    func testFoldingMapsDStrokeByHand() {
        XCTAssertEqual(SearchText.folded("Đắk Lắk"), "dak lak")
        XCTAssertEqual(SearchText.folded("ĐẢNG ỦY"), "dang uy")
        XCTAssertEqual(SearchText.folded("Ðảng"), "dang")  // eth, as web copy writes it
        XCTAssertEqual(SearchText.folded("CẦN THƠ"), SearchText.folded("can tho"))
    }

    func testFoldingIgnoresNormalisationForm() {
        let nfd = "Thừa Thiên Huế".decomposedStringWithCanonicalMapping
        XCTAssertEqual(SearchText.folded(nfd), "thua thien hue")
        XCTAssertEqual(SearchText.canonical(nfd), "thừa thiên huế")
    }

    func testCanonicalUnifiesTonePlacement() {
        XCTAssertEqual(SearchText.canonical("hoà"), SearchText.canonical("hòa"))
        XCTAssertEqual(SearchText.canonical("Khánh Hoà"), "khánh hòa")
        XCTAssertEqual(SearchText.canonical("thuỷ lợi"), "thủy lợi")
        XCTAssertEqual(SearchText.canonical("khoẻ mạnh"), "khỏe mạnh")
        XCTAssertEqual(SearchText.canonical("Thanh Hoá."), "thanh hóa.")
    }

    func testCanonicalKeepsDistinctTonesAndOnsets() {
        XCTAssertNotEqual(SearchText.canonical("Hòa"), SearchText.canonical("Hóa"))
        XCTAssertEqual(SearchText.canonical("quý"), "quý")  // "qu" is an onset: the mark stays on y
        XCTAssertEqual(SearchText.canonical("hoàng"), "hoàng")  // closed syllable: one placement only
        XCTAssertEqual(SearchText.canonical("hoài"), "hoài")
        XCTAssertEqual(SearchText.canonical("ðổi"), "đổi")
    }

    func testHasMarks() {
        XCTAssertTrue(SearchText.hasMarks("Hòa"))
        XCTAssertTrue(SearchText.hasMarks("đi"))
        XCTAssertFalse(SearchText.hasMarks("Hoa"))
        XCTAssertFalse(SearchText.hasMarks("can tho"))
    }

    func testTokensSplitLikeTheIndex() {
        XCTAssertEqual(SearchText.tokens("59-nq/tw"), ["59", "nq", "tw"])
        XCTAssertEqual(SearchText.tokens("“cần thơ”, 2024."), ["cần", "thơ", "2024"])
        XCTAssertEqual(SearchText.tokens("  "), [])
    }
}
