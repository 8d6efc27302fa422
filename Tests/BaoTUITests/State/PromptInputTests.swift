import BaoCore
import XCTest
@testable import BaoTUI

/// Long input in the prompts: the line shows its end, a search that missed stays missed while
/// the query grows (without a look at the list or the article), and the text is never lost.
final class PromptInputTests: XCTestCase {
    private func typeText(_ rt: BrowserRuntime, _ text: String) {
        rt.type(text.map { Key.char($0) })
    }

    /// The status line shows the end of a long `:` line, the cursor after it, at any length.
    func testLongCommandLineShowsItsEnd() {
        let rt = Fixtures.runtime(width: 60, height: 20)
        rt.type(":")
        let long = String(repeating: "abcdefghij", count: 2_000) + "ĐUÔI-Cần-Thơ"
        typeText(rt, long)
        XCTAssertEqual(rt.state.prompt?.text, long)
        let status = rt.render().text.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(status.hasSuffix("abcdefghijĐUÔI-Cần-Thơ▏"), status)
        XCTAssertEqual(DisplayWidth.of(status), 60)
        rt.type("<BS><BS><BS>")
        XCTAssertEqual(rt.state.prompt?.text, String(long.dropLast(3)))
        let shorter = rt.render().text.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(shorter.hasSuffix("ĐUÔI-Cần-▏"), shorter)
    }

    /// A short line keeps its lead; a wide character at the cut is not split.
    func testShortAndWideLines() {
        let rt = Fixtures.runtime(width: 20, height: 10)
        rt.type(":abc")
        XCTAssertTrue((rt.render().text.split(separator: "\n").last.map(String.init) ?? "").hasPrefix(":abc▏"))
        typeText(rt, String(repeating: "字", count: 30))
        let status = rt.render().text.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertEqual(status, ":" + String(repeating: "字", count: 9) + "▏")
    }

    /// `/` in the list: after a miss, typing on changes nothing but the query; deleting back to
    /// a query that matches finds the title again.
    func testListSearchStaysMissedWhileTheQueryGrows() {
        let rt = Fixtures.runtime()
        rt.type("/vung cao")
        let found = rt.state.list.selection
        XCTAssertEqual(rt.state.list.items[found].path, "c.txt")
        XCTAssertFalse(rt.state.list.missed)
        rt.type("zzz")
        XCTAssertTrue(rt.state.list.missed)
        XCTAssertEqual(rt.state.message, "Không tìm thấy: vung caozzz")
        typeText(rt, String(repeating: "x", count: 5_000))
        XCTAssertTrue(rt.state.list.missed)
        XCTAssertEqual(rt.state.reader.search.query, "vung caozzz" + String(repeating: "x", count: 5_000))
        XCTAssertEqual(rt.state.list.selection, found)
        rt.type("<C-u>")
        rt.type("vung")
        XCTAssertFalse(rt.state.list.missed)
        XCTAssertEqual(rt.state.list.items[rt.state.list.selection].path, "c.txt")
    }

    /// The titles are folded once per article and walked again without the store; another list
    /// is searched anew.
    func testTitleSearchFollowsTheList() {
        let rt = Fixtures.runtime()
        rt.type("/vung<Esc>")
        XCTAssertEqual(rt.state.list.items[rt.state.list.selection].path, "c.txt")
        rt.send(.listLoaded(ArticleListing(Array(rt.state.list.items.prefix(1)))))
        XCTAssertEqual(rt.state.list.count, 1)
        rt.type("/vung")
        XCTAssertTrue(rt.state.list.missed, "the one title left does not hold it")
        rt.type("<C-u>hoa binh")
        XCTAssertFalse(rt.state.list.missed)
        XCTAssertEqual(rt.state.list.selection, 0)
    }

    /// In the reader, a query that found nothing is not looked for again as it grows; a shorter
    /// one is.
    func testReaderSearchAfterAMiss() {
        let rt = Fixtures.runtime()
        rt.type("<Enter>/chuyen doi")
        XCTAssertEqual(rt.state.reader.search.matches.count, 3)
        rt.type("qqq")
        XCTAssertEqual(rt.state.reader.search.matches.count, 0)
        typeText(rt, String(repeating: "q", count: 3_000))
        XCTAssertEqual(rt.state.reader.search.matches.count, 0)
        XCTAssertEqual(rt.state.prompt?.text.count, "chuyen doiqqq".count + 3_000)
        rt.type("<C-u>chuyen")
        XCTAssertGreaterThanOrEqual(rt.state.reader.search.matches.count, 3)
    }
}
