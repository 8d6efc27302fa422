import BaoCore
import XCTest

final class ModelTests: XCTestCase {
    func testPublishedDateISO() {
        XCTAssertEqual(PublishedDate(year: 2024, month: 8, day: 31, hour: 17, minute: 45).iso, "2024-08-31T17:45")
        XCTAssertEqual(PublishedDate(year: 2023, month: 12, day: 25).iso, "2023-12-25")
    }

    /// The block starts cut `bodyText` back into its blocks, counted in UTF-8 bytes or in scalars.
    func testBlockStartsFindEachBlockInTheBody() {
        let texts = ["Hà Nội", "", "e\u{301} 中文 🇻🇳", "cuối"]
        let article = Article(path: "a.txt", blocks: texts.map { Block(kind: .paragraph, text: $0) })
        let bytes = Array(article.bodyText.utf8)
        let byteStarts = Article.blockStarts(lengths: texts.map(\.utf8.count))
        XCTAssertEqual(byteStarts, [0, 11, 13, 34])
        for (text, start) in zip(texts, byteStarts) {
            XCTAssertEqual(String(decoding: bytes[start..<(start + text.utf8.count)], as: UTF8.self), text)
        }
        let scalars = Array(article.bodyText.unicodeScalars)
        let scalarStarts = Article.blockStarts(lengths: texts.map(\.unicodeScalars.count))
        for (text, start) in zip(texts, scalarStarts) {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[start..<(start + text.unicodeScalars.count)])), text)
        }
    }
}
