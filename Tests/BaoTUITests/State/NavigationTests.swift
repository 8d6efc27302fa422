import BaoCore
import XCTest
@testable import BaoTUI

final class NavigationTests: XCTestCase {
    func testListIsNewestFirstAndEnterOpensTheArticleInTheReader() {
        let rt = Fixtures.runtime()
        XCTAssertEqual(rt.listPaths, ["a.txt", "b.txt", "c.txt"])
        rt.type("j<Enter>")
        XCTAssertEqual(rt.state.reader.article?.path, "b.txt")
        XCTAssertEqual(rt.state.focus, .reader)
        XCTAssertEqual(rt.state.location, .browse(article: 2))
        XCTAssertTrue(rt.render().text.contains("Quảng Ninh sơ kết Chỉ thị 05"))
    }

    func testCitationsAreNumberedLinksInReadingOrder() throws {
        let rt = Fixtures.runtime()
        rt.type("<Enter>")
        let doc = try XCTUnwrap(rt.state.reader.document)
        XCTAssertEqual(doc.links.map(\.id), ["12-NQ/TU", "05-CT/TW", "12-NQ/TU"])
        XCTAssertEqual(doc.links.map(\.number), [1, 2, 1])
        let text = rt.render().text
        XCTAssertTrue(text.contains("Nghị quyết số 12-NQ/TU[1]"), text)
        XCTAssertTrue(text.contains("Chỉ thị 05-CT/TW[2]"), text)
    }

    func testFollowingALinkAndGoingBackRestoresTheSelectedLinkAndScroll() throws {
        let rt = Fixtures.runtime(width: 120, height: 20)
        rt.type("jj<Enter>")
        XCTAssertEqual(rt.state.reader.article?.path, "c.txt")
        rt.type("<PgDn>]")
        let link = try XCTUnwrap(rt.state.reader.selectedLink)
        let scroll = rt.state.reader.scroll
        XCTAssertGreaterThan(scroll, 0)
        let before = rt.render()
        let key = try XCTUnwrap(rt.state.reader.document?.links[link].key)
        rt.type("<Enter>")
        XCTAssertEqual(rt.state.location, .document(key: key))
        XCTAssertEqual(Set(rt.state.documentView.detail?.citations.map(\.article.path) ?? []), ["a.txt", "c.txt"])
        rt.type("<BS>")
        XCTAssertEqual(rt.state.location, .browse(article: 3))
        XCTAssertEqual(rt.state.reader.selectedLink, link)
        XCTAssertEqual(rt.state.reader.scroll, scroll)
        XCTAssertEqual(rt.render(), before)
        rt.type("l")
        XCTAssertEqual(rt.state.location, .document(key: key))
    }

    func testBackAcrossArticlesReloadsAndRestoresPosition() {
        let rt = Fixtures.runtime(width: 120, height: 16)
        rt.type("jj<Enter>jjjj")
        let scroll = rt.state.reader.scroll
        XCTAssertEqual(scroll, 4)
        // Open another article from the document view, then come back twice.
        rt.type("]]<Enter>")
        guard case .document = rt.state.location else { return XCTFail("expected the document view") }
        func opensA(_ target: PageLine.Target?) -> Bool {
            if case .citation(article: 1, _, _)? = target { return true }
            return false
        }
        XCTAssertNotNil(rt.state.documentLines.firstIndex(where: { opensA($0.target) }))
        while !opensA(rt.state.documentLines[safe: rt.state.documentView.selection]?.target) {
            let before = rt.state.documentView.selection
            rt.type("j")
            if rt.state.documentView.selection == before { return XCTFail("article a.txt not listed") }
        }
        rt.type("<Enter>")
        XCTAssertEqual(rt.state.reader.article?.path, "a.txt")
        rt.type("hh")
        XCTAssertEqual(rt.state.reader.article?.path, "c.txt")
        XCTAssertEqual(rt.state.reader.scroll, rt.state.history[rt.state.historyIndex].scroll)
        XCTAssertGreaterThanOrEqual(rt.state.reader.scroll, 4)
    }

    func testQClosesViewsThenQuitsAndCapitalQQuits() {
        let rt = Fixtures.runtime()
        rt.type("d")
        XCTAssertEqual(rt.state.location, .documents)
        rt.type("q")
        XCTAssertTrue(rt.state.location.isBrowse)
        XCTAssertFalse(rt.state.shouldQuit)
        rt.type("q")
        XCTAssertTrue(rt.state.shouldQuit)

        let other = Fixtures.runtime()
        other.type("pq")
        // In the picker a lower-case q narrows the list (Quảng Nam…); Q quits as everywhere.
        XCTAssertEqual(other.state.picker.query, "q")
        XCTAssertFalse(other.state.shouldQuit)
        other.send(.key(.char("Q")))
        XCTAssertTrue(other.state.shouldQuit)
        let picker = Fixtures.runtime()
        picker.type("p<C-c>")
        XCTAssertTrue(picker.state.shouldQuit)
        let third = Fixtures.runtime()
        third.type("Q")
        XCTAssertTrue(third.state.shouldQuit)
    }

    func testTabCyclesPanesAndSidebarEnterFiltersByProvince() {
        let rt = Fixtures.runtime()
        rt.type("<Enter><Tab>")
        XCTAssertEqual(rt.state.focus, .sidebar)
        XCTAssertEqual(rt.state.sidebarItems[safe: rt.state.sidebar.selection]?.target, .province("Hòa Bình"))
        rt.type("<Enter>")
        XCTAssertEqual(rt.state.filter.province, "Hòa Bình")
        XCTAssertEqual(rt.listPaths, ["a.txt", "c.txt"])
        XCTAssertEqual(rt.state.focus, .list)
        rt.type("<S-Tab>")
        XCTAssertEqual(rt.state.focus, .sidebar)
        rt.type("x")
        XCTAssertEqual(rt.listPaths.count, 3)
    }

    func testCFiltersToArticlesCitingTheSelectedLink() {
        let rt = Fixtures.runtime()
        rt.type("<Enter>]]c")
        XCTAssertEqual(rt.state.filter.cites, "05-CT/TW")
        XCTAssertEqual(rt.listPaths, ["a.txt", "b.txt", "c.txt"])
        rt.type("<Enter>]c")
        XCTAssertEqual(rt.state.filter.cites, "12-NQ/TU@Hòa Bình")
        XCTAssertEqual(rt.listPaths, ["a.txt", "c.txt"])
        XCTAssertTrue(rt.render().line(39).contains("trích: 12-NQ/TU@Hòa Bình"), rt.render().line(39))
    }

    func testReadMarkToggles() {
        let rt = Fixtures.runtime()
        XCTAssertTrue(rt.render().line(1).hasPrefix("*"))
        rt.type("r")
        XCTAssertTrue(rt.state.list.items[0].isRead)
        XCTAssertFalse(rt.render().line(1).hasPrefix("*"))
    }

    /// Lists come back from the runtime's cache when a filter is cleared: read marks set meanwhile hold.
    func testCachedListKeepsReadMarks() {
        let rt = Fixtures.runtime()
        rt.type(":province Hòa Bình<Enter>")
        XCTAssertEqual(rt.listPaths, ["a.txt", "c.txt"])
        rt.type("jr")
        rt.type("x")
        XCTAssertEqual(rt.listPaths, ["a.txt", "b.txt", "c.txt"])
        XCTAssertEqual(rt.state.list.items.map(\.isRead), [false, false, true])
        rt.type(":province Hòa Bình<Enter>")
        XCTAssertEqual(rt.state.list.items.map(\.isRead), [false, true])
    }

    func testMarkReadOnOpenWhenAsked() {
        let runtime = BrowserRuntime(store: Fixtures.corpus, state: AppState(width: 100, height: 30, corpusName: "f",
                                                                            options: BrowserOptions(markReadOnOpen: true)))
        runtime.send(.start)
        runtime.type("<Enter>")
        XCTAssertTrue(runtime.state.list.items[0].isRead)
    }

    func testOpenSourceWithoutABrowserSaysSo() {
        let rt = Fixtures.runtime()
        rt.type("<Enter>o")
        XCTAssertEqual(rt.state.message, "Sẽ mở https://baotinh.example.vn/a.txt")
        var opened: [String] = []
        rt.openURL = { opened.append($0); return nil }
        rt.type("o")
        XCTAssertEqual(opened, ["https://baotinh.example.vn/a.txt"])
    }
}
