import XCTest
@testable import BaoCore

final class TextWindowTests: XCTestCase {
    func testSentenceAroundAnOffset() {
        let body = "Mở đầu. Hội nghị quán triệt Nghị quyết 07-NQ/TU của Tỉnh ủy về 7.500 hộ. Câu sau."
        let offset = Array(body.unicodeScalars).firstIndex(of: "0") ?? 0
        XCTAssertEqual(TextWindow.sentence(in: body, scalarOffset: offset, length: 8),
                       "Hội nghị quán triệt Nghị quyết 07-NQ/TU của Tỉnh ủy về 7.500 hộ.")
    }

    func testSentenceNeverTrapsOnBadOffsets() {
        XCTAssertEqual(TextWindow.sentence(in: "", scalarOffset: 5), "")
        XCTAssertEqual(TextWindow.sentence(in: "Một câu.", scalarOffset: 99), "Một câu.")
        XCTAssertEqual(TextWindow.sentence(in: "Một câu.", scalarOffset: -3), "Một câu.")
    }

    func testCleanDropsControlCharacters() {
        XCTAssertEqual(TextWindow.clean("a\u{1B}[31mb\u{200B}\n\n  c\u{7}"), "a[31mb c")
    }

    func testSnippetCentresOnTheMatch() throws {
        let words = (1...60).map { "từ\($0)" }
        let text = words.joined(separator: " ") + " Khánh Hoà vui " + words.joined(separator: " ")
        let snippet = TextWindow.snippet(in: text, query: try SearchQuery.parse("hòa"), words: 10)
        XCTAssertTrue(snippet.contains("Khánh Hoà"), snippet)
        XCTAssertTrue(snippet.hasPrefix("…"), snippet)
        let folded = TextWindow.snippet(in: text, query: try SearchQuery.parse("khanh"), words: 10)
        XCTAssertTrue(folded.contains("Khánh"), folded)
        let none = TextWindow.snippet(in: text, query: try SearchQuery.parse("vắng"), words: 5)
        XCTAssertEqual(none, "từ1 từ2 từ3 từ4 từ5…")
    }
}
