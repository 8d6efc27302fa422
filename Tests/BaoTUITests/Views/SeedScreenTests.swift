import BaoCore
import Foundation
import XCTest
@testable import BaoTUI

/// The seed scenarios of the browser, through the real index and extractors, with golden screens
/// at 120×40 and 60×20 (`BAOTERM_RECORD=1` re-records them).
final class SeedScreenTests: XCTestCase {
    static let sizes = [(120, 40), (60, 20)]

    static let database = FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-tui-seeds-\(getpid()).sqlite").path

    override class func tearDown() {
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        super.tearDown()
    }

    /// The seeds indexed once into a temporary database.
    static let store: Result<CorpusIndex, Error> = {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
        do {
            // Read marks set by one test stay in memory, apart from the user's own state.
            let index = try CorpusIndex(path: database, state: UserState())
            _ = try index.refresh(roots: [seeds], progress: nil)
            return .success(index)
        } catch {
            return .failure(error)
        }
    }()

    func runtime(_ width: Int, _ height: Int) throws -> BrowserRuntime {
        let runtime = BrowserRuntime(store: try Self.store.get(), state: AppState(width: width, height: height, corpusName: "seeds"))
        runtime.send(.start)
        return runtime
    }

    func seedNumber(_ path: String) -> String { String((path as NSString).lastPathComponent.prefix(3)) }

    /// Opens seed 000 from the list.
    func open000(_ rt: BrowserRuntime) throws {
        let index = try XCTUnwrap(rt.state.list.items.firstIndex { seedNumber($0.path) == "000" })
        rt.type(String(repeating: "j", count: index) + "<Enter>")
        XCTAssertEqual(rt.state.reader.article.map { seedNumber($0.path) }, "000")
    }

    /// Presses `]` until the NQTW4-XII link is selected; returns how many presses it took.
    func selectNQTW4(_ rt: BrowserRuntime) throws -> Int {
        for presses in 1...40 {
            rt.type("]")
            if let link = rt.state.reader.selectedLink, rt.state.reader.document?.links[link].id == "NQTW4-XII" { return presses }
        }
        XCTFail("no NQTW4-XII link in seed 000")
        return 0
    }

    func testOpenFollowTheNQTW4LinkAndComeBack() throws {
        for (w, h) in Self.sizes {
            let rt = try runtime(w, h)
            try open000(rt)
            assertGolden(rt.render(), "seed-000-open-\(w)x\(h)")
            _ = try selectNQTW4(rt)
            let atLink = rt.render()
            let link = rt.state.reader.selectedLink
            let scroll = rt.state.reader.scroll
            assertGolden(atLink, "seed-000-link-nqtw4-\(w)x\(h)", styles: true)
            rt.type("<Enter>")
            guard case .document(let key) = rt.state.location else { return XCTFail("no document view at \(w)x\(h)") }
            XCTAssertEqual(rt.state.documentView.detail?.document.id, "NQTW4-XII")
            let citing = rt.state.documentView.detail?.citations.map { seedNumber($0.article.path) }.sorted()
            XCTAssertEqual(citing, ["000", "002", "003", "004"])
            assertGolden(rt.render(), "seed-document-nqtw4-\(w)x\(h)")
            XCTAssertTrue(key.hasPrefix("NQTW4-XII"))
            rt.type("<BS>")
            XCTAssertEqual(rt.state.reader.selectedLink, link)
            XCTAssertEqual(rt.state.reader.scroll, scroll)
            XCTAssertEqual(rt.render(), atLink, "back did not return to the same link and scroll at \(w)x\(h)")
        }
    }

    func testProvincePickerCanTho() throws {
        for (w, h) in Self.sizes {
            let rt = try runtime(w, h)
            rt.type("pcan tho")
            XCTAssertEqual(rt.state.pickerShown.first?.name, "Cần Thơ")
            assertGolden(rt.render(), "seed-picker-can-tho-\(w)x\(h)")
            rt.type("<Enter>")
            XCTAssertEqual(rt.state.filter.province, "Cần Thơ")
            XCTAssertEqual(rt.state.list.items.map { seedNumber($0.path) }.sorted(), ["000", "001"])
            assertGolden(rt.render(), "seed-filter-can-tho-\(w)x\(h)")
        }
    }

    func testCommandLineProvinceCaMauIsTheMergedUnit() throws {
        for (w, h) in Self.sizes {
            let rt = try runtime(w, h)
            rt.type(":province Cà Mau<Enter>")
            XCTAssertEqual(rt.state.list.items.map { seedNumber($0.path) }, ["002"])
            assertGolden(rt.render(), "seed-filter-ca-mau-\(w)x\(h)")
        }
    }

    func testSearchTuTuongHighlightsMatchesInTheReader() throws {
        for (w, h) in Self.sizes {
            let rt = try runtime(w, h)
            try open000(rt)
            rt.type("/tư tưởng<Enter>")
            XCTAssertGreaterThan(rt.state.reader.search.matches.count, 0)
            let screen = rt.render()
            let runs = highlightedRuns(screen)
            XCTAssertFalse(runs.isEmpty)
            // A match wrapped at a line end shows as two runs, "tư" then "tưởng".
            var pending = ""
            for run in runs {
                let joined = (pending.isEmpty ? "" : pending + " ") + run.lowercased()
                if "tư tưởng".hasPrefix(joined) && joined != "tư tưởng" { pending = joined; continue }
                XCTAssertEqual(joined, "tư tưởng")
                pending = ""
            }
            XCTAssertEqual(pending, "")
            XCTAssertTrue(screen.line(h - 1).contains("/tư tưởng 1/"), screen.line(h - 1))
            assertGolden(screen, "seed-search-tu-tuong-\(w)x\(h)", styles: true)
        }
    }

    func testDocumentsIndexAndHelp() throws {
        let rt = try runtime(120, 40)
        rt.type("d")
        let ids = rt.state.documentsShown.map(\.id)
        XCTAssertEqual(ids.first, "NQTW4-XII")
        XCTAssertTrue(ids.contains("5-CT/TW"))
        assertGolden(rt.render(), "seed-documents-120x40")
        rt.type("q?")
        assertGolden(rt.render(), "seed-help-120x40")
    }

    func testSmallestWindow() throws {
        let rt = try runtime(40, 12)
        try open000(rt)
        assertGolden(rt.render(), "seed-000-open-40x12")
        rt.type("<Tab>")
        assertGolden(rt.render(), "seed-000-sidebar-40x12")
    }
}
