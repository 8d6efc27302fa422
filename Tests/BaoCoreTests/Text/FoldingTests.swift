import BaoCore
@testable import BaoText
import BaoTestSupport
import XCTest

final class FoldingTests: XCTestCase {
    /// Folding the string's bytes gives what folding its scalar view, one scalar at a time, gives.
    func testFoldOfTheBytesIsTheFoldOfTheScalars() {
        let pieces = ["a", "Z", "@", "[", "`", "{", " ", "\n", "Đ", "đ", "Ð", "ð", "Ả", "ệ", "Ỷ", "Ư", "ơ", "e\u{301}", "\u{323}",
                      "ß", "ẞ", "İ", "Ⱥ", "Σ", "ж", "中", "한", "👍", "…", "–", "\u{A0}", "ǅ", "ﬁ", "Ω", "K"]
        var generator = SplitMix(seed: 0x666F_6C64)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            var expected: [UInt8] = []
            for scalar in text.unicodeScalars { Folding.appendFolded(scalar, to: &expected) }
            XCTAssertEqual(Array(Folding.fold(text).utf8), expected, text)
        }
    }

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
