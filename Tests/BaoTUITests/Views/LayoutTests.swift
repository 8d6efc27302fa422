import BaoCore
import XCTest
@testable import BaoTUI

final class LayoutTests: XCTestCase {
    func testWideShowsThreePanesMediumCollapsesTheSidebarNarrowShowsOne() {
        let wide = Layout.compute(width: 120, height: 40, focus: .list)
        XCTAssertNotNil(wide.list); XCTAssertNotNil(wide.reader); XCTAssertNotNil(wide.sidebar)
        let medium = Layout.compute(width: 80, height: 24, focus: .list)
        XCTAssertNotNil(medium.list); XCTAssertNotNil(medium.reader); XCTAssertNil(medium.sidebar)
        let mediumSide = Layout.compute(width: 80, height: 24, focus: .sidebar)
        XCTAssertNil(mediumSide.reader); XCTAssertNotNil(mediumSide.sidebar)
        let narrow = Layout.compute(width: 40, height: 12, focus: .reader)
        XCTAssertNil(narrow.list); XCTAssertEqual(narrow.reader?.width, 40); XCTAssertNil(narrow.sidebar)
    }

    func testPanesNeverOverlap() {
        for width in [40, 59, 60, 61, 99, 100, 120, 200] {
            for focus in Pane.allCases {
                let layout = Layout.compute(width: width, height: 12, focus: focus)
                let rects = [layout.list, layout.reader, layout.sidebar].compactMap { $0 }
                var used = Set<Int>()
                for r in rects {
                    XCTAssertLessThanOrEqual(r.x + r.width, width)
                    for x in r.x..<(r.x + r.width) { XCTAssertTrue(used.insert(x).inserted, "overlap at \(x), width \(width)") }
                }
                for s in layout.separators { XCTAssertTrue(used.insert(s).inserted, "separator over a pane at \(s)") }
            }
        }
    }

    func testResizeKeepsTheReaderAtTheSameParagraph() {
        let rt = Fixtures.runtime(width: 120, height: 20)
        rt.type("jj<Enter><PgDn>")
        let top = rt.state.reader.lines[rt.state.reader.scroll]
        rt.send(.resize(width: 70, height: 15))
        let after = rt.state.reader.lines[rt.state.reader.scroll]
        XCTAssertEqual(after.paragraph, top.paragraph)
        XCTAssertEqual(rt.state.reader.wrapWidth, rt.state.readerWidth)
        rt.send(.resize(width: 40, height: 12))
        XCTAssertEqual(rt.render().text.split(separator: "\n", omittingEmptySubsequences: false).count, 12)
    }

    /// Random keys at small sizes: nothing crashes and every row is exactly the screen's width.
    func testRandomKeysAtSmallSizesKeepRowsAligned() {
        let keys: [Key] = Key.sequence("jkJK<Enter><Tab><S-Tab>][hl/xn<Esc>Npdgs<PgDn><PgUp>G?q:<BS>c<Up><Down><Left><Right>r ")
            + [.char("a"), .char("ư"), .enter]
        var seed: UInt64 = 0x5EED
        for (width, height) in [(40, 12), (41, 13), (60, 20), (1, 1), (12, 3)] {
            let rt = Fixtures.runtime(width: width, height: height)
            for step in 0..<600 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                let key = keys[Int((seed >> 33) % UInt64(keys.count))]
                if key == .char("q") || key == .ctrl("c") { continue }
                rt.send(.key(key))
                if rt.state.shouldQuit { break }
                if step % 50 == 0 { rt.send(.mouse(MouseEvent(kind: .click, x: Int(seed % 40), y: Int(seed % 12)))) }
                if step % 17 == 0 { assertRowsAligned(rt.render(), "\(width)x\(height) step \(step)") }
            }
            assertRowsAligned(rt.render(), "\(width)x\(height) end")
        }
    }

    func assertRowsAligned(_ screen: Screen, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        for y in 0..<screen.height {
            var columns = 0
            var x = 0
            while x < screen.width {
                guard let cell = screen.cell(x: x, y: y) else { break }
                XCTAssertNotEqual(cell.width, 0, "continuation without a wide cell at \(x),\(y) \(context)", file: file, line: line)
                columns += max(cell.width, 1)
                x += max(cell.width, 1)
            }
            XCTAssertEqual(columns, screen.width, "row \(y) \(context)", file: file, line: line)
        }
    }
}
