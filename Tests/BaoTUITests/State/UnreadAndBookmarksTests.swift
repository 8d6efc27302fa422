import BaoCore
import XCTest
@testable import BaoTUI

/// Next unread, unread only, bookmarks and the position kept across sessions.
final class UnreadAndBookmarksTests: XCTestCase {
    func testNextUnreadSkipsReadArticlesAndWraps() {
        let rt = Fixtures.runtime()
        rt.type("jr")
        XCTAssertTrue(rt.state.list.items[1].isRead)
        rt.type("gu")
        XCTAssertEqual(rt.state.list.selection, 2, "b.txt is read: u goes to c.txt")
        XCTAssertEqual(rt.state.reader.article?.path, "c.txt", "the reader previews it")
        rt.type("u")
        XCTAssertEqual(rt.state.list.selection, 0, "u wraps around")
        rt.type("rjjr")
        rt.type("u")
        XCTAssertEqual(rt.state.message, "Không còn bài chưa đọc trong danh sách")
    }

    func testUnreadOnlyFilterKeepsArticlesReadMeanwhileUntilReloaded() {
        let rt = Fixtures.runtime()
        rt.type("jr")
        rt.type("U")
        XCTAssertEqual(rt.listPaths, ["a.txt", "c.txt"])
        XCTAssertTrue(rt.render().line(39).contains("chưa đọc"))
        rt.type("r")
        XCTAssertEqual(rt.listPaths, ["a.txt", "c.txt"], "an article read meanwhile stays until the list reloads")
        rt.type("jr")
        rt.type("UU")
        XCTAssertEqual(rt.listPaths, [])
        XCTAssertTrue(rt.render().text.contains("Không còn bài chưa đọc (U: hiện tất cả)."), rt.render().text)
        rt.type("x")
        XCTAssertEqual(rt.listPaths.count, 3)
        XCTAssertFalse(rt.state.unreadOnly)
    }

    func testBookmarkKeyAndBookmarksView() {
        let store = Fixtures.corpus
        let rt = Fixtures.runtime(store: store)
        rt.type("jb")
        XCTAssertEqual(rt.state.bookmarked, [2])
        XCTAssertEqual(try store.bookmarks().map(\.path), ["b.txt"])
        XCTAssertTrue(rt.render().line(2).hasPrefix("*+"), rt.render().line(2))
        rt.type("jj<Enter>b")
        XCTAssertEqual(try store.bookmarks().map(\.path), ["c.txt", "b.txt"], "b in the reader bookmarks the open article")
        rt.type("B")
        XCTAssertEqual(rt.state.location, .bookmarks)
        XCTAssertEqual(rt.state.bookmarks.items.map(\.path), ["c.txt", "b.txt"])
        rt.type("j<Enter>")
        XCTAssertEqual(rt.state.reader.article?.path, "b.txt")
        XCTAssertEqual(rt.state.focus, .reader)
        rt.type("q")
        XCTAssertEqual(rt.state.location, .bookmarks, "q goes back to the bookmarks view it was opened from")
        rt.type("b")
        XCTAssertEqual(try store.bookmarks().map(\.path), ["c.txt"])
        // A new session sees the bookmarks the store kept.
        let next = Fixtures.runtime(store: store)
        XCTAssertEqual(next.state.bookmarked, [3])
        next.type("B")
        XCTAssertEqual(next.state.bookmarks.items.map(\.path), ["c.txt"])
        next.type("bq")
        next.type("B")
        XCTAssertTrue(next.render().text.contains("Chưa có bài nào được đánh dấu"), next.render().text)
    }

    func testTheNextSessionReopensAtTheArticleAndPosition() {
        let store = Fixtures.corpus
        let options = BrowserOptions(markReadOnOpen: true, restoresPosition: true)
        let first = BrowserRuntime(store: store, state: AppState(width: 100, height: 16, corpusName: "f", options: options))
        first.send(.start)
        XCTAssertNil(first.state.pendingPosition)
        first.type("jj<Enter><PgDn><PgDn>")
        let scroll = first.state.reader.scroll
        XCTAssertGreaterThan(scroll, 0)
        XCTAssertNil(first.saveLastPosition())

        let second = BrowserRuntime(store: store, state: AppState(width: 100, height: 16, corpusName: "f", options: options))
        second.send(.start)
        XCTAssertEqual(second.state.reader.article?.path, "c.txt")
        XCTAssertEqual(second.state.list.selection, 2)
        XCTAssertEqual(second.state.focus, .reader)
        XCTAssertEqual(second.state.reader.scroll, scroll)

        // Closed at the list: nothing to reopen.
        second.type("q")
        XCTAssertNil(second.saveLastPosition())
        XCTAssertNil(try store.lastPosition())

        // Headless screens never restore: they must be repeatable.
        let headless = Fixtures.runtime(store: store)
        XCTAssertEqual(headless.state.reader.article?.path, "a.txt")
    }

    /// The position is the first character shown, not a line: reopened at another width, the
    /// reader's top line holds the text that was at the top.
    func testTheNextSessionAtAnotherWidthShowsTheSameTopText() {
        let options = BrowserOptions(markReadOnOpen: true, restoresPosition: true)
        for (closeWidth, openWidth) in [(120, 60), (60, 120), (100, 45)] {
            let store = Fixtures.corpus
            let first = BrowserRuntime(store: store, state: AppState(width: closeWidth, height: 16, corpusName: "f", options: options))
            first.send(.start)
            first.type("jj<Enter><PgDn>jjj")
            let top = first.state.reader.lines[first.state.reader.scroll]
            let paragraph = first.state.reader.document!.paragraphs[top.paragraph].chars
            // The words the top line starts with (as many as fit at either width).
            let shown = String(paragraph[top.start..<min(top.end, top.start + 30)]).trimmedWhitespace
            XCTAssertGreaterThan(top.start, 0, "the top line is inside a paragraph: a line index would not find it")
            XCTAssertNil(first.saveLastPosition())

            let second = BrowserRuntime(store: store, state: AppState(width: openWidth, height: 16, corpusName: "f", options: options))
            second.send(.start)
            XCTAssertEqual(second.state.reader.article?.path, "c.txt")
            let reopened = second.state.reader.lines[second.state.reader.scroll]
            XCTAssertEqual(reopened.paragraph, top.paragraph)
            XCTAssertTrue(reopened.start <= top.start && reopened.end > top.start, "\(closeWidth)→\(openWidth): \(reopened) \(top)")
            // The reader's first text row (below its header) is the line holding the old top text.
            let readerTop = second.render().line(1)
            XCTAssertTrue(readerTop.contains(String(shown.prefix(12))), "\(closeWidth)→\(openWidth): '\(shown)' not on the top row: \(readerTop)")
        }
    }

    func testInferredDatesAreMarkedInTheListAndTheReader() throws {
        let store = try SeedScreenTests.store.get()
        let rt = BrowserRuntime(store: store, state: AppState(width: 120, height: 40, corpusName: "seeds"))
        rt.send(.start)
        let inferred = try XCTUnwrap(rt.state.list.items.firstIndex { $0.path.hasSuffix("001.txt") || $0.path.contains("001") })
        XCTAssertTrue(rt.state.list.items[inferred].publishedInferred, "seed 001's year is inferred")
        XCTAssertEqual(rt.state.list.items.filter(\.publishedInferred).count, 1)
        XCTAssertTrue(rt.render().line(1 + inferred).contains("2023-12-25~"), rt.render().line(1 + inferred))
        rt.type(String(repeating: "j", count: inferred))
        let reader = try XCTUnwrap(rt.state.layout.reader)
        let readerText = (0..<40).map { rt.render().line($0) }.map { String($0.dropFirst(reader.x)) }.joined(separator: "\n")
        XCTAssertTrue(readerText.contains("2023-12-25~"), readerText)
    }
}
