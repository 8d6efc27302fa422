import BaoCore
@testable import BaoText
import BaoTestSupport
import XCTest

/// The scalars read as characters of their own: they never join, and each is its own canonical form.
final class OwnCharactersTests: XCTestCase {
    private var own: [Unicode.Scalar] {
        (UInt32(0)...0x10FFFF).filter(OwnCharacters.contains).compactMap(Unicode.Scalar.init)
    }

    func testOwnCharactersNeverJoin() {
        let own = self.own
        XCTAssertGreaterThan(own.count, 900)
        var generator = SplitMix(seed: 0x6F77_6E)
        func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> String {
            var pair = String.UnicodeScalarView()
            pair.append(a)
            pair.append(b)
            return String(pair)
        }
        for _ in 0..<50_000 {
            guard let a = own.randomElement(using: &generator), let b = own.randomElement(using: &generator) else { continue }
            XCTAssertEqual(pair(a, b).count, 2, "U+\(String(a.value, radix: 16)) U+\(String(b.value, radix: 16))")
        }
        for a in own {
            for b in own where b.value < 0x80 || b.value == 0x1EA1 || b.value == 0x2026 {
                XCTAssertEqual(pair(a, b).count, 2, "U+\(String(a.value, radix: 16)) U+\(String(b.value, radix: 16))")
            }
        }
    }

    func testOwnCharactersAreTheirOwnCanonicalForm() {
        for scalar in own {
            let text = String(Character(scalar))
            XCTAssertEqual(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), [scalar], "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Between texts of the set, a prefix of characters is a prefix of bytes.
    func testPrefixesOfCharactersAreThoseOfBytes() {
        let pieces = ["a", "à", "bài", "Bài", " ", "và", "ảnh", ":", "ạ", "ʰ", "İ", "i", "–", "…", "Đ"]
        var generator = SplitMix(seed: 0x7072_6566)
        var prefixes = 0
        for round in 0..<20_000 {
            let parts = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }
            let text = parts.joined()
            // Half the prefixes are pieces the text opens with, the others drawn anew.
            let drawn = (0..<Int.random(in: 1...3, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }
            let prefix = round % 2 == 0 ? parts.prefix(drawn.count).joined() : drawn.joined()
            XCTAssertTrue(OwnCharacters.isOwn(text) && OwnCharacters.isOwn(prefix))
            XCTAssertEqual(text.hasPrefix(prefix), text.utf8.starts(with: prefix.utf8), "\(text) \(prefix)")
            if text.hasPrefix(prefix) { prefixes += 1 }
        }
        XCTAssertGreaterThan(prefixes, 8_000)
    }

    func testPropertiesAreThoseOfCharacter() {
        for scalar in own {
            let character = Character(scalar)
            let properties = OwnCharacters.properties(scalar.value)
            XCTAssertEqual(properties.contains(.letter), character.isLetter)
            XCTAssertEqual(properties.contains(.uppercase), character.isUppercase)
            XCTAssertEqual(properties.contains(.number), character.isNumber)
        }
        XCTAssertEqual(OwnCharacters.properties(0x1EA0), [.letter, .uppercase])  // Ạ
        XCTAssertEqual(OwnCharacters.properties(0x1EA1), [.letter])  // ạ
        XCTAssertEqual(OwnCharacters.properties(0x35), [.number])
        XCTAssertEqual(OwnCharacters.properties(0x301), [])  // not in the set
        XCTAssertNil(OwnCharacters.scalars(of: "Hoa\u{300}"))
        XCTAssertFalse(OwnCharacters.isOwn("Hoa\u{300}"))
        XCTAssertTrue(OwnCharacters.isOwn("Bài và ảnh: “Ngọc” – Hải"))
        XCTAssertEqual(OwnCharacters.scalars(of: "Hòa"), [0x48, 0xF2, 0x61])
    }
}
