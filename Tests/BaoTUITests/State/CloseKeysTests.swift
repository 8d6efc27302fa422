import BaoCore
import XCTest
@testable import BaoTUI

/// `q` closes the view on top, `Q` quits from every view, `Esc` leaves what is being typed or
/// shown and never quits.
final class CloseKeysTests: XCTestCase {
    /// Keys that reach each view of the browser from a fresh start on the fixtures (120×40).
    static let views: [(name: String, keys: String)] = [
        ("list", ""), ("reader", "<Enter>"), ("sidebar", "<Enter><Tab>"), ("document", "<Enter>]<Enter>"),
        ("documents", "d"), ("picker", "p"), ("picker typing", "phoa"), ("help", "?"),
        ("search prompt", "<Enter>/tinh"), ("command prompt", ":prov"), ("documents filter", "d/12"),
        ("bookmarks", "B"),
    ]

    func testCapitalQQuitsFromEveryViewOutsideATextPrompt() {
        for (name, keys) in Self.views where !name.hasSuffix("prompt") && name != "documents filter" {
            let rt = Fixtures.runtime()
            rt.type(keys)
            XCTAssertFalse(rt.state.shouldQuit, name)
            rt.type("Q")
            XCTAssertTrue(rt.state.shouldQuit, "Q did not quit from the \(name)")
        }
    }

    func testCapitalQIsTextInAPrompt() {
        let rt = Fixtures.runtime()
        rt.type(":province Q")
        XCTAssertFalse(rt.state.shouldQuit)
        XCTAssertEqual(rt.state.prompt?.text, "province Q")
    }

    func testEscNeverQuits() {
        for (name, keys) in Self.views {
            let rt = Fixtures.runtime()
            rt.type(keys)
            for _ in 0..<6 { rt.type("<Esc>") }
            XCTAssertFalse(rt.state.shouldQuit, "Esc quit from the \(name)")
            XCTAssertNil(rt.state.prompt, name)
            XCTAssertTrue(rt.state.location.isBrowse, "six Esc did not come back to the list from the \(name)")
            XCTAssertEqual(rt.state.focus, .list, name)
        }
    }

    func testEscLeavesAPromptFirstThenTheView() {
        let rt = Fixtures.runtime()
        rt.type("d/12<Esc>")
        XCTAssertNil(rt.state.prompt)
        XCTAssertEqual(rt.state.location, .documents)
        XCTAssertEqual(rt.state.documentsIndex.filter, "", "Esc while typing drops the filter typed")
        rt.type("/12<Enter>")
        XCTAssertEqual(rt.state.documentsIndex.filter, "12")
        XCTAssertEqual(rt.state.documentsShown.map(\.id), ["12-NQ/TU"])
        rt.type("<Esc>")
        XCTAssertEqual(rt.state.documentsIndex.filter, "", "Esc clears a confirmed filter before closing")
        XCTAssertEqual(rt.state.location, .documents)
        rt.type("/05<Enter>x")
        XCTAssertEqual(rt.state.documentsIndex.filter, "", "x clears the documents filter")
        XCTAssertEqual(rt.state.documentsShown.count, 2)
        rt.type("/12<Enter>/05")
        XCTAssertEqual(rt.state.documentsIndex.filter, "05", "a new / starts a new filter")
        rt.type("<Esc><Esc>")
        XCTAssertTrue(rt.state.location.isBrowse)

        let picker = Fixtures.runtime()
        picker.type("phoa<Esc>")
        XCTAssertEqual(picker.state.location, .provinces)
        XCTAssertEqual(picker.state.picker.query, "")
        picker.type("<Esc>")
        XCTAssertTrue(picker.state.location.isBrowse)
    }

    func testQClosesTheReaderToTheList() {
        let rt = Fixtures.runtime()
        rt.type("j<Enter>")
        XCTAssertEqual(rt.state.focus, .reader)
        rt.type("q")
        XCTAssertFalse(rt.state.shouldQuit)
        XCTAssertEqual(rt.state.focus, .list)
        XCTAssertEqual(rt.state.list.selection, 1)
        rt.type("q")
        XCTAssertTrue(rt.state.shouldQuit)
    }

    func testQInAnArticleOpenedFromTheDocumentViewGoesBackThere() {
        let rt = Fixtures.runtime()
        rt.type("<Enter>]<Enter>")
        guard case .document(let key) = rt.state.location else { return XCTFail("no document view") }
        rt.type("j<Enter>")
        XCTAssertEqual(rt.state.focus, .reader)
        XCTAssertTrue(rt.state.location.isBrowse)
        rt.type("q")
        XCTAssertEqual(rt.state.location, .document(key: key))
        rt.type("q")
        XCTAssertTrue(rt.state.location.isBrowse)
        XCTAssertFalse(rt.state.shouldQuit)
    }

    /// The picker is the exception: there `q` is typed (Quảng Nam, Quảng Ninh…) and Esc closes.
    func testQClosesEveryViewOnTopWithoutQuitting() {
        for (name, keys) in Self.views where ["document", "documents", "help", "bookmarks"].contains(name) {
            let rt = Fixtures.runtime()
            rt.type(keys)
            XCTAssertFalse(rt.state.location.isBrowse, name)
            rt.type("q")
            XCTAssertTrue(rt.state.location.isBrowse, "q did not close the \(name)")
            XCTAssertFalse(rt.state.shouldQuit, name)
        }
    }

    /// At 50 columns the reader replaces the list: Esc, h and q bring the list back.
    func testNarrowEscAndHReturnFromTheReaderToTheList() {
        for key in ["<Esc>", "h", "<BS>", "q"] {
            let rt = Fixtures.runtime(width: 50, height: 20)
            rt.type("j<Enter>")
            XCTAssertNil(rt.state.layout.list)
            rt.type(key)
            XCTAssertEqual(rt.state.focus, .list, key)
            XCTAssertNotNil(rt.state.layout.list, key)
            XCTAssertEqual(rt.state.list.selection, 1, key)
            XCTAssertFalse(rt.state.shouldQuit, key)
            // A second article opened from the list comes back to the list too.
            rt.type("j<Enter>")
            rt.type(key)
            XCTAssertEqual(rt.state.focus, .list, key)
        }
    }
}
