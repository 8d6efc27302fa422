import BaoCore
@testable import BaoText
import XCTest

final class TonePlacementTests: XCTestCase {
    func testOpenSyllablesTakeTheToneOnTheMainVowel() {
        XCTAssertEqual(TonePlacement.canonical("hòa"), "hoà")
        XCTAssertEqual(TonePlacement.canonical("thủy"), "thuỷ")
        XCTAssertEqual(TonePlacement.canonical("khóa"), "khoá")
        XCTAssertEqual(TonePlacement.canonical("khỏe"), "khoẻ")
        XCTAssertEqual(TonePlacement.canonical("Thanh Hóa, Khánh Hòa"), "Thanh Hoá, Khánh Hoà")
        XCTAssertEqual(TonePlacement.canonical("HÒA BÌNH"), "HOÀ BÌNH")
        XCTAssertEqual(TonePlacement.canonical("Thủy"), "Thuỷ")
    }

    func testNewStyleIsLeftAsItIs() {
        XCTAssertEqual(TonePlacement.canonical("hoà thuỷ khoá"), "hoà thuỷ khoá")
    }

    func testClosedSyllablesAndQuOnsetsNeverChange() {
        for word in ["hoàng", "thuyết", "quý", "quỳnh", "Quỳnh Lưu", "có", "của", "thủ"] {
            XCTAssertEqual(TonePlacement.canonical(word), word, word)
        }
    }

    func testSentenceKeepsEverythingElse() {
        let text = "Tỉnh Khánh Hòa: 59-NQ/TW, 7.987 đảng viên; “tự soi”…"
        XCTAssertEqual(TonePlacement.canonical(text), "Tỉnh Khánh Hoà: 59-NQ/TW, 7.987 đảng viên; “tự soi”…")
    }
}
