import BaoCore
import XCTest
@testable import BaoTUI

final class SearchTests: XCTestCase {
    func testSearchWithoutMarksMatchesFoldedTextAndHighlights() throws {
        let rt = Fixtures.runtime()
        rt.type("<Enter>/chuyen doi")
        // Incremental: matches are there before Enter.
        XCTAssertEqual(rt.state.reader.search.matches.count, 3)
        rt.type("<Enter>")
        let screen = rt.render()
        XCTAssertEqual(rt.state.reader.search.current, 0)
        let highlighted = highlightedRuns(screen)
        XCTAssertEqual(highlighted.first, "chuyển đổi")
        XCTAssertTrue(highlighted.allSatisfy { Folding.fold($0) == "chuyen doi" }, "\(highlighted)")
        rt.type("n")
        XCTAssertEqual(rt.state.reader.search.current, 1)
        rt.type("N")
        XCTAssertEqual(rt.state.reader.search.current, 0)
        rt.type("N")
        XCTAssertEqual(rt.state.reader.search.current, 2)
    }

    func testSearchWithMarksMatchesExactly() {
        let rt = Fixtures.runtime()
        rt.type("<Enter>/hòa<Enter>")
        let exact = rt.state.reader.search.matches.count
        rt.type("/hoa<Enter>")
        let folded = rt.state.reader.search.matches.count
        rt.type("/hóa<Enter>")
        XCTAssertEqual(rt.state.reader.search.matches.count, 0)
        XCTAssertGreaterThan(exact, 0)
        XCTAssertGreaterThanOrEqual(folded, exact)
    }

    func testEscClearsTheSearch() {
        let rt = Fixtures.runtime()
        rt.type("<Enter>/xã<Esc>")
        XCTAssertTrue(rt.state.reader.search.matches.isEmpty)
        XCTAssertNil(rt.state.prompt)
    }

    func testSlashInTheListJumpsToAMatchingTitle() {
        let rt = Fixtures.runtime()
        rt.type("/vung cao<Enter>")
        XCTAssertEqual(rt.state.list.items[rt.state.list.selection].path, "c.txt")
    }
}

/// Runs of cells drawn as search matches, as text.
func highlightedRuns(_ screen: Screen) -> [String] {
    var runs: [String] = []
    for y in 0..<screen.height {
        var current = ""
        for x in 0..<screen.width {
            guard let cell = screen.cell(x: x, y: y) else { continue }
            if cell.role == .match || cell.role == .matchCurrent { current += cell.text } else if !current.isEmpty {
                runs.append(current); current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
    }
    return runs
}
