import BaoCore
import Foundation
import XCTest
@testable import BaoTUI

/// Golden screens of the browser as a daily reader on the seeds at 80×24, 120×40 and 200×50
/// (`BAOTERM_RECORD=1` re-records them), named `reader-SCENARIO-WxH`: layout and preview, zoom,
/// hidden sidebar, q, counts in the document view, picker era, unknown names, empty results,
/// status hints, unread, bookmarks, inferred dates, English.
final class ReaderScreensTests: XCTestCase {
    static let sizes = [(80, 24), (120, 40), (200, 50)]

    /// Each scenario: a name and the keys typed from the first screen.
    static let scenarios: [(name: String, keys: String)] = [
        ("preview", "jj"),
        ("zoom-list", "z"),
        ("zoom-reader", "<Enter>z"),
        ("sidebar-hidden", "<Enter>e"),
        ("closed-with-q", "j<Enter>q"),
        ("document-counts", "<Enter>]]]]]<Enter>"),
        ("citation-opened", "<Enter>]]]]]<Enter>jj<Enter>"),
        ("picker-before-2025", "pcan tho<Enter>"),
        ("picker-since-2025", "p<Tab>can tho<Enter>"),
        ("unknown-province", ":province Atlantis<Enter>"),
        ("unknown-document", ":cites 5-CT/TX<Enter>"),
        ("documents-no-match", "d/zzz<Enter>"),
        ("unread-only", "rjrU"),
        ("bookmarks", "jbjjbB"),
        ("help", "?"),
    ]

    func testGoldenScreens() throws {
        for (w, h) in Self.sizes {
            for scenario in Self.scenarios {
                let rt = BrowserRuntime(store: try freshSeeds(), state: AppState(width: w, height: h, corpusName: "seeds"))
                rt.send(.start)
                rt.type(scenario.keys)
                assertGolden(rt.render(), "reader-\(scenario.name)-\(w)x\(h)")
            }
        }
    }

    func testEnglishGoldenScreens() throws {
        for (w, h) in Self.sizes {
            var state = AppState(width: w, height: h, corpusName: "seeds")
            state.lang = .en
            let rt = BrowserRuntime(store: try freshSeeds(), state: state)
            rt.send(.start)
            rt.type("<Enter>")
            assertGolden(rt.render(), "reader-english-\(w)x\(h)")
        }
    }

    /// The seeds index with the user state of earlier scenarios (read marks, bookmarks) cleared.
    func freshSeeds() throws -> CorpusIndex {
        let store = try SeedScreenTests.store.get()
        for article in try store.articles(matching: ArticleFilter()) {
            try store.setRead(id: article.id, false)
            try store.setBookmarked(id: article.id, false)
        }
        return store
    }
}
