import BaoCore
@testable import BaoText
import BaoTestSupport
import XCTest

final class TextNormalizerTests: XCTestCase {
    func testDecomposedInputBecomesComposed() {
        let nfd = "Thừa Thiên Huế".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(nfd.utf8), Array("Thừa Thiên Huế".utf8))
        XCTAssertEqual(Array(TextNormalizer.normalize(nfd).utf8), Array("Thừa Thiên Huế".utf8))
    }

    /// The check that lets most texts skip the copying pass never says "unchanged" of a text
    /// that pass changes, on random texts of the characters either pass treats apart.
    func testSurelyUnchangedOnlyWhenTheCopyingPassChangesNothing() {
        let pieces: [String] = [
            "a", "Z", " ", ".", "~", "\n", "\r", "\r\n", "\t", "\u{7F}", "\u{1B}[31m", "\u{0}", "ă", "Đ", "đ", "Ð", "ð",
            "ệ", "Ỷ", "ử", "\u{300}", "\u{301}", "e\u{302}", "\u{A0}", "\u{AD}", "\u{85}", "\u{9B}1m", "\u{200B}",
            "\u{200D}", "👍", "\u{2028}", "\u{202E}", "…", "“", "–", "€", "中", "\u{FEFF}", "Ω", "\u{374}", "한",
        ]
        var generator = SplitMix(seed: 0x6E6F726D)
        var unchanged = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &generator)
            var text = (0..<length).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            text.withUTF8 { bytes in
                let surely = TextNormalizer.isSurelyUnchanged(bytes)
                let copied = TextNormalizer.normalizeCopying(bytes: bytes)
                if surely {
                    unchanged += 1
                    XCTAssertNil(copied, "said unchanged: \(Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))")
                }
            }
        }
        XCTAssertGreaterThan(unchanged, 500)
        var plain = "Sáng 6/2, Tỉnh ủy tổ chức hội nghị “tổng kết” năm 2016 … Ông Nguyễn Văn A.\nTTXVN"
        XCTAssertTrue(plain.withUTF8 { TextNormalizer.isSurelyUnchanged($0) })
        XCTAssertEqual(TextNormalizer.normalize("Đảng ủy “Cần Thơ” … – ỷ"), "Đảng ủy “Cần Thơ” … – ỷ")
    }

    /// Eight bytes at a time, the check answers as it does scalar by scalar, on random texts long
    /// enough to span several windows, of every kind of byte the window test tells apart: printable
    /// ASCII, line feed and the controls, each lead byte range, eth, 0xE1 with and without
    /// 0xBA/0xBB after it, and sequences cut by a window's end.
    func testSurelyUnchangedByWordsIsTheAnswerScalarByScalar() {
        let pieces: [String] = [
            "a", "Z", " ", "~", "\n", "\r", "\t", "\u{7F}", "\u{1F}", "\u{0}", "à", "Ý", "ă", "Đ", "ǻ", "ʰ", "˙", "Ð",
            "ð", "ệ", "Ỷ", "ử", "Ḁ", "ᴀ", "\u{300}", "\u{A0}", "\u{AD}", "\u{85}", "©", "\u{200B}", "\u{200D}",
            "👍", "“", "–", "…", "€", "中", "\u{FEFF}", "Ω", "Ж", "\u{374}", "한", "ab", "Nguyễn ", "tỉnh ",
        ]
        var generator = SplitMix(seed: 0x77_6F72_6473)
        var unchanged = 0
        var changed = 0
        for _ in 0..<30_000 {
            let length = Int.random(in: 0...40, using: &generator)
            // Mostly pieces that pass, so that a text reaches its later windows.
            var text = (0..<length).map { _ in
                Int.random(in: 0..<8, using: &generator) == 0
                    ? pieces.randomElement(using: &generator) ?? ""
                    : ["a", " ", "ệ", "à", "Nguyễn ", "tỉnh ", "Đ", "ử"].randomElement(using: &generator) ?? ""
            }.joined()
            text.withUTF8 { bytes in
                let expected = TextNormalizer.isSurelyUnchanged(scalarByScalar: bytes)
                XCTAssertEqual(
                    TextNormalizer.isSurelyUnchanged(bytes), expected,
                    "\(Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))")
                if expected { unchanged += 1 } else { changed += 1 }
            }
        }
        XCTAssertGreaterThan(unchanged, 3_000)
        XCTAssertGreaterThan(changed, 3_000)
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

/// Output escaping: every control, C1 and bidirectional character becomes a visible escape.
final class OutputEscapeTests: XCTestCase {
    func testFieldsEscapeEveryControl() {
        XCTAssertEqual(TextNormalizer.escapedForDisplay("a\u{1B}[2Jb"), "a\\x1B[2Jb")
        XCTAssertEqual(TextNormalizer.escapedForDisplay("csi\u{9B}2J"), "csi\\x9B2J")
        XCTAssertEqual(TextNormalizer.escapedForDisplay("rtl\u{202E}txt.exe"), "rtl\\u202Etxt.exe")
        XCTAssertEqual(TextNormalizer.escapedForDisplay("x\u{2066}y\u{2069}\u{200F}\u{061C}"), "x\\u2066y\\u2069\\u200F\\u061C")
        XCTAssertEqual(TextNormalizer.escapedForDisplay("two\nlines\tand\u{7F}"), "two\\x0Alines\\x09and\\x7F")
        XCTAssertEqual(TextNormalizer.escapedForDisplay("sep\u{2028}"), "sep\\u2028")
    }

    func testLinesKeepLineFeedsAndTabs() {
        XCTAssertEqual(TextNormalizer.escapedForDisplay("a\nb\tc\u{9B}\u{202E}", keepingLines: true), "a\nb\tc\\x9B\\u202E")
    }

    func testOrdinaryTextIsReturnedAsItIs() {
        // Curly quotes, ellipsis, dashes and Vietnamese share lead bytes with the escaped characters.
        let text = "“Cần Thơ” … – Đảng bộ ‘x’ ₫ ⁄ \u{2070}"
        XCTAssertEqual(TextNormalizer.escapedForDisplay(text), text)
        XCTAssertEqual(TextNormalizer.escapedForJSON(text), text)
    }

    func testJSONGetsUnicodeEscapes() throws {
        let json = "{\"path\":\"a\u{9B}b\u{202E}c\u{85}\"}"
        let escaped = TextNormalizer.escapedForJSON(json)
        XCTAssertEqual(escaped, "{\"path\":\"a\\u009Bb\\u202Ec\\u0085\"}")
        let decoded = try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: String]
        XCTAssertEqual(decoded?["path"], "a\u{9B}b\u{202E}c\u{85}")
    }

    func testEscapedTextIsTerminalSafe() {
        var all = ""
        for v in UInt32(0)...0x2100 { if let s = Unicode.Scalar(v) { all.unicodeScalars.append(s) } }
        XCTAssertFalse(TextNormalizer.isTerminalSafe(all))
        XCTAssertTrue(TextNormalizer.isTerminalSafe(TextNormalizer.escapedForDisplay(all)))
    }
}
