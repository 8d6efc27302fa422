import BaoCore
@testable import BaoText
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testVietnameseIsOneColumnPerLetterInBothForms() {
        XCTAssertEqual(DisplayWidth.of("Việt Nam"), 8)
        XCTAssertEqual(DisplayWidth.of("Việt Nam".decomposedStringWithCanonicalMapping), 8)
        XCTAssertEqual(DisplayWidth.of("e\u{0302}\u{0323}"), 1)
    }

    func testWideAndZeroWidth() {
        XCTAssertEqual(DisplayWidth.of("中文"), 4)
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("👩\u{200D}👧"), 2)
        XCTAssertEqual(DisplayWidth.of("\u{0301}"), 0)
        XCTAssertEqual(DisplayWidth.of("a\u{1B}b"), 2)
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
    }

    func testTruncateAndPadByColumns() {
        XCTAssertEqual(DisplayWidth.truncate("Cần Thơ phát triển", to: 8), "Cần Thơ…")
        XCTAssertEqual(DisplayWidth.truncate("中文中文", to: 5), "中文…")
        XCTAssertEqual(DisplayWidth.truncate("ngắn", to: 10), "ngắn")
        let rows = ["Cần Thơ", "Ca\u{0300}n Tho\u{031B}", "中文", "😀 a"].map { DisplayWidth.pad($0, to: 9) + "|" }
        for row in rows { XCTAssertEqual(DisplayWidth.of(row), 10, row) }
        XCTAssertEqual(DisplayWidth.pad("xyz", to: 0), "")
    }

    func testWrapKeepsEveryLineWithinWidth() {
        let text = "Nghị quyết số 59-NQ/TW ngày 5-8-2020 của Bộ Chính trị về xây dựng và phát triển TP Cần Thơ 中文中文中文 đến năm 2030"
        for width in [8, 13, 20, 40] {
            let lines = TextWrapper.wrap(text, width: width, indent: "  ")
            XCTAssertFalse(lines.isEmpty)
            for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, line) }
            XCTAssertEqual(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ").split(separator: " ").joined(),
                           text.split(separator: " ").joined())
        }
    }

    func testSuffixFittingKeepsWholeGraphemesFromTheEnd() {
        XCTAssertEqual(DisplayWidth.suffix("Cần Thơ", fitting: 3), "Thơ")
        XCTAssertEqual(DisplayWidth.suffix("ab字字", fitting: 3), "字")
        XCTAssertEqual(DisplayWidth.suffix("ab", fitting: 5), "ab")
        XCTAssertEqual(DisplayWidth.suffix("abc", fitting: 0), "")
        let decomposed = "Thơ".decomposedStringWithCanonicalMapping
        XCTAssertEqual(DisplayWidth.suffix("x" + decomposed, fitting: 3), Substring(decomposed))
    }
}
