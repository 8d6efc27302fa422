import BaoCore
@testable import BaoText
import XCTest

final class TextWrapperTests: XCTestCase {
    /// A 2 MB word took minutes when the rest of the word was copied and re-measured per line.
    func testVeryLongWordIsCutIntoFullLinesInOnePass() {
        let word = String(repeating: "a", count: 2_000_000)
        let lines = TextWrapper.wrap("mở " + word + " đầu", width: 20)
        XCTAssertEqual(lines.count, 100_002)
        XCTAssertEqual(lines.first, "mở")
        XCTAssertEqual(lines[1], String(repeating: "a", count: 20))
        XCTAssertEqual(lines[100_000], String(repeating: "a", count: 20))
        XCTAssertEqual(lines.last, "đầu")
        XCTAssertEqual(lines.dropFirst().dropLast().joined(), word)
    }

    func testLongWordKeepsClustersWholeAndIndent() {
        let word = "Việt中文Nam" + String(repeating: "中", count: 5)
        let lines = TextWrapper.wrap(word, width: 6, indent: "  ")
        XCTAssertEqual(lines, ["  Việt", "  中文", "  Nam", "  中中", "  中中", "  中"])
    }

    func testCharacterWiderThanTheLineStillGoesOut() {
        XCTAssertEqual(TextWrapper.wrap("中a中", width: 1), ["中", "a", "中"])
    }

    /// Printing fills a line with every word that fits; the browser keeps the space at the break
    /// on the line too, which its golden screens are drawn with.
    func testAWordEndingOnTheLastColumnStaysOnlyWhenPrinting() {
        XCTAssertEqual(TextWrapper.wrap("aaa bbb ccc", width: 7), ["aaa bbb", "ccc"])
        XCTAssertEqual(TextWrapper.lines("aaa bbb ccc", width: 7), ["aaa", "bbb ccc"])
        XCTAssertEqual(TextWrapper.lineRanges(Array("aaa bbb ccc"), width: 7), [0..<7, 8..<11])
        XCTAssertEqual(TextWrapper.lineRanges(Array("aaa bbb ccc"), width: 7, breakSpaceFits: true), [0..<3, 4..<11])
    }

    func testPrintingFoldsRunsOfSpacesAndTheBrowserKeepsThem() {
        XCTAssertEqual(TextWrapper.wrap("  mở   đầu  \n\nhết", width: 20, indent: "> "), ["> mở đầu", "> ", "> hết"])
        XCTAssertEqual(TextWrapper.lines("  mở   đầu", width: 20), ["  mở   đầu"])
        XCTAssertEqual(TextWrapper.lines("mở   đầu", width: 4), ["mở ", "đầu"])
        XCTAssertEqual(TextWrapper.lines("", width: 4), [])
    }
}
