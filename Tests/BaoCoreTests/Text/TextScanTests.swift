@testable import BaoCore
import XCTest

/// The byte-level searches must find what the Character- and index-based searches they replace find.
final class TextScanTests: XCTestCase {
    func testLastRangeFindsTheLastOccurrenceWithinTheWindow() {
        let line = "Lãnh đạo tỉnh dự lễ. Ảnh: Minh Khoa | Ảnh: Hoàng Uyên"
        let range = TextScan.lastRange(of: "Ảnh:", in: line, window: 30)
        XCTAssertEqual(range.map { String(line[$0.upperBound...]) }, " Hoàng Uyên")
        XCTAssertNil(TextScan.lastRange(of: "Lãnh", in: line, window: 30))
        XCTAssertEqual(TextScan.lastRange(of: "Lãnh", in: line).map { line.distance(from: line.startIndex, to: $0.lowerBound) }, 0)
    }

    func testLastRangeInASubstringGivesIndicesOfTheWholeString() {
        let text = "Bắc Ninh | Hà Nội | Cần Thơ"
        let slice = text[text.index(text.startIndex, offsetBy: 4)...]
        let range = TextScan.lastRange(of: " | ", in: slice)
        XCTAssertEqual(range.map { String(text[$0.upperBound...]) }, "Cần Thơ")
    }

    func testFirstIndexOfASCIIMatchesFirstIndexOfCharacter() {
        for line in ["Xem thêm: Đại hội Đảng bộ tỉnh", "Tin liên quan", "Từ khóa:: a", ":đầu", "cuối:"] {
            let text = Substring(line)
            XCTAssertEqual(TextScan.firstIndex(ofASCII: 0x3A, in: text), text.firstIndex(of: ":"), line)
        }
    }

    func testFirstIndexOfASCIISkipsAColonCarryingACombiningMark() {
        // ":" followed by U+0301 is one character that is not ":"; the plain colon after it is found.
        let text = Substring("a:\u{301} b: c")
        let index = TextScan.firstIndex(ofASCII: 0x3A, in: text)
        XCTAssertEqual(index, text.firstIndex(of: ":"))
        XCTAssertEqual(index.map { String(text[$0...]) }, ": c")
    }
}
