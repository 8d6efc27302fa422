import XCTest
@testable import BaoCore

final class TextNormalizerTests: XCTestCase {
    func testDecomposedInputBecomesComposed() {
        let nfd = "Thừa Thiên Huế".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(nfd.utf8), Array("Thừa Thiên Huế".utf8))
        XCTAssertEqual(Array(TextNormalizer.normalize(nfd).utf8), Array("Thừa Thiên Huế".utf8))
    }

    func testEthBecomesDStroke() {
        XCTAssertEqual(TextNormalizer.normalize("Ðảng bộ HÐND, ðồng chí"), "Đảng bộ HĐND, đồng chí")
    }

    func testEscapeSequencesAndControlsAreRemoved() {
        let text = "a\u{1B}[31mred\u{1B}[0m b\u{1B}]0;title\u{07}c\u{07}\u{08}d\u{0}e\u{9B}2Jf\u{85}g"
        let out = TextNormalizer.normalize(text)
        XCTAssertEqual(out, "ared bcdefg")
        XCTAssertTrue(TextNormalizer.isTerminalSafe(out))
    }

    func testUnterminatedOSCDoesNotSwallowTheText() {
        let out = TextNormalizer.normalize("x\u{1B}]2;no end\nnext line")
        XCTAssertTrue(out.hasSuffix("next line"), out)
        XCTAssertFalse(out.contains("\u{1B}"))
    }

    func testSpacesLineBreaksAndInvisibleCharacters() {
        XCTAssertEqual(TextNormalizer.normalize("số\u{00A0}16\u{200B}-NQ\r\nb\rc\u{2028}d\tz\u{FEFF}"), "số 16-NQ\nb\nc\nd z")
    }

    func testZeroWidthJoinerKeptInsideEmoji() {
        let family = "👩\u{200D}👧"
        XCTAssertEqual(TextNormalizer.normalize(family), family)
        XCTAssertEqual(TextNormalizer.normalize("a\u{200D}b"), "ab")
    }

    func testFoldWhitespace() {
        XCTAssertEqual(TextNormalizer.foldWhitespace("  a \n\n b\t c  "), "a b c")
    }

    func testComparisonKeyUnifiesToneAndCaseAndForm() {
        let keys = ["Khánh Hòa", "Khánh Hoà", "KHÁNH HOÀ", "Khánh  Hòa".decomposedStringWithCanonicalMapping]
            .map(TextNormalizer.comparisonKey)
        XCTAssertEqual(Set(keys).count, 1, "\(keys)")
        XCTAssertNotEqual(TextNormalizer.comparisonKey("Hòa"), TextNormalizer.comparisonKey("Hóa"))
    }
}
