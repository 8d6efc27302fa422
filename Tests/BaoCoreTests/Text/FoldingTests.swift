import BaoCore
@testable import BaoText
import BaoTestSupport
import XCTest

final class FoldingTests: XCTestCase {
    /// The generated fold table (FoldingTable.swift) is what its definition works out, entry by
    /// entry: a change to the definition or to the toolchain's Unicode data fails here until
    /// `baoterm-bench tables` writes the table again.
    func testTheGeneratedFoldTableIsItsDefinition() {
        let computed = Folding.Table.computeByScalar()
        XCTAssertEqual(computed.count, Int(Folding.Table.size))
        assertGeneratedTable(Folding.Table.byScalar, equals: computed, file: "FoldingTable.swift")
        // What the entries mean, for a few scalars read by hand.
        XCTAssertEqual(Folding.Table.byScalar[0xE1], 0x61)  // á → a
        XCTAssertEqual(Folding.Table.byScalar[0x1EF7], 0x79)  // ỷ → y
        XCTAssertEqual(Folding.Table.byScalar[0x110], 0x64)  // Đ → d
        XCTAssertEqual(Folding.Table.byScalar[0x301], 0)  // a combining acute is dropped
        XCTAssertEqual(Folding.Table.byScalar[0xDF], 0xDF)  // ß stays (its lower case is itself)
        XCTAssertEqual(Folding.Table.byScalar[0x130], 0x69)  // İ → i (the dot above is a mark)
    }

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
        // Folds longer than their text ("Ⱥ" lower-cases to three bytes) are written again with the room they need, alike.
        XCTAssertEqual(Folding.fold("ȺȺ"), "ⱥⱥ")
        XCTAssertEqual(Array(Folding.fold("Ⱥ").utf8).count, 3)
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
