import BaoCore
import XCTest
@testable import BaoTUI

/// The document view counts articles, each once with all its citing sentences; co-citations
/// are counted per article and sorted; unknown qualifiers show as "@?".
final class DocumentLinesTests: XCTestCase {
    func testEachCitingArticleOnceWithAllItsSentences() throws {
        let rt = Fixtures.runtime()
        rt.type(":cites 12-NQ/TU<Enter>")
        rt.type(":open 1<Enter>")
        guard case .document = rt.state.location else { return XCTFail("no document view") }
        let detail = try XCTUnwrap(rt.state.documentView.detail)
        XCTAssertEqual(detail.citations.count, 4, "two mentions in a.txt, two in c.txt")
        let text = rt.render().text
        XCTAssertTrue(text.contains("Được trích dẫn bởi 2 bài (4 lần nhắc)"), text)
        let titles = rt.state.documentLines.filter {
            if case .citation(_, _, 0)? = $0.target, $0.indent == 2 { return true }
            return false
        }
        XCTAssertEqual(titles.map { $0.segments.last?.0 }, ["Hòa Bình đưa chuyển đổi số về từng xã", "Đường đẹp ở vùng cao Hòa Bình"])
        // Both sentences of a.txt are under its title.
        XCTAssertTrue(text.contains("“Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy"), text)
        XCTAssertTrue(text.contains("Nghị quyết 12-NQ/TU đặt mục tiêu rõ cho từng năm.”"), text)
    }

    func testCoCitationsAreCountedPerArticleAndSorted() throws {
        let store = try SeedScreenTests.store.get()
        let detail = try XCTUnwrap(try store.document("NQTW4-XII"))
        XCTAssertFalse(detail.citedWith.isEmpty)
        let counts = detail.citedWith.map(\.count)
        XCTAssertEqual(counts, counts.sorted(by: >), "not sorted by how often cited together")
        let citing = Set(detail.citations.map(\.article.id))
        for other in detail.citedWith {
            let otherCiting = Set(try XCTUnwrap(try store.document(other.key)).citations.map(\.article.id))
            XCTAssertEqual(other.count, citing.intersection(otherCiting).count, other.key)
        }
    }

    /// Opening a citing article from the document view selects that citation and scrolls to it.
    func testOpeningACitationSelectsItsLinkInView() throws {
        let rt = Fixtures.runtime(width: 120, height: 16)
        rt.type(":open 1<Enter>")
        guard case .document(let key) = rt.state.location else { return XCTFail("no document view") }
        // The second sentence of c.txt (its last paragraph, off the first screen).
        let lines = rt.state.documentLines
        let target = try XCTUnwrap(lines.indices.last { line in
            if case .citation(article: 3, _, 1)? = lines[line].target { return true }
            return false
        })
        while rt.state.documentView.selection != target {
            let before = rt.state.documentView.selection
            rt.type("j")
            if rt.state.documentView.selection == before { return XCTFail("cannot reach the sentence") }
        }
        rt.type("<Enter>")
        XCTAssertEqual(rt.state.reader.article?.path, "c.txt")
        let link = try XCTUnwrap(rt.state.reader.selectedLink)
        let links = try XCTUnwrap(rt.state.reader.document?.links)
        XCTAssertEqual(links[link].key, key)
        XCTAssertEqual(links.indices.filter { links[$0].key == key }.firstIndex(of: link), 1)
        XCTAssertTrue(Links.isVisible(rt.state, link))
        XCTAssertGreaterThan(rt.state.reader.scroll, 0)
    }

    func testUnknownQualifierShowsAsAt() {
        XCTAssertEqual(DocumentKeyText.shownID(id: "5-CT/TW", key: "5-CT/TW@?"), "5-CT/TW@?")
        XCTAssertEqual(DocumentKeyText.shownID(id: "5-CT/TW", key: "5-CT/TW@XII"), "5-CT/TW")
        XCTAssertEqual(DocumentKeyText.shownID(id: "2-QĐ/TU", key: "2-QĐ/TU@Bạc Liêu/?"), "2-QĐ/TU@?")
        XCTAssertEqual(DocumentKeyText.shownID(id: "NQTW4-XII", key: "NQTW4-XII"), "NQTW4-XII")
    }

    func testLongTitlesAreCutWithAnEllipsis() {
        let rt = Fixtures.runtime(width: 40, height: 20)
        rt.type("<Enter>]<Enter>")
        let rows = rt.render().text.split(separator: "\n").map(String.init)
        XCTAssertTrue(rows.contains { $0.hasSuffix("…") && $0.contains("Hòa Bình đưa") }, rows.joined(separator: "\n"))
    }
}
