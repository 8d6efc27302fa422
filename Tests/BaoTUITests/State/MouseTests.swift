import BaoCore
import XCTest
@testable import BaoTUI

final class MouseTests: XCTestCase {
    func testClickOpensTheArticleUnderThePointer() {
        let rt = Fixtures.runtime()
        rt.send(.mouse(MouseEvent(kind: .click, x: 5, y: 3)))
        XCTAssertEqual(rt.state.reader.article?.path, "c.txt")
        XCTAssertEqual(rt.state.list.selection, 2)
    }

    func testClickOnALinkFollowsIt() throws {
        let rt = Fixtures.runtime()
        rt.type("<Enter>")
        let screen = rt.render()
        let reader = try XCTUnwrap(rt.state.layout.reader)
        var target: (Int, Int)?
        for y in 0..<screen.height {
            for x in reader.x..<(reader.x + reader.width) where screen.cell(x: x, y: y)?.role == .link {
                target = (x, y)
                break
            }
            if target != nil { break }
        }
        let (x, y) = try XCTUnwrap(target)
        rt.send(.mouse(MouseEvent(kind: .click, x: x, y: y)))
        XCTAssertEqual(rt.state.location, .document(key: "12-NQ/TU@Hòa Bình"))
    }

    func testWheelScrollsThePaneUnderThePointerWithoutMovingFocus() throws {
        let rt = Fixtures.runtime(width: 120, height: 16)
        rt.type("jj<Enter><S-Tab>")
        XCTAssertEqual(rt.state.focus, .list)
        let reader = try XCTUnwrap(rt.state.layout.reader)
        rt.send(.mouse(MouseEvent(kind: .wheelDown, x: reader.x + 3, y: 5)))
        XCTAssertEqual(rt.state.reader.scroll, 3)
        XCTAssertEqual(rt.state.focus, .list)
        rt.send(.mouse(MouseEvent(kind: .wheelUp, x: reader.x + 3, y: 5)))
        XCTAssertEqual(rt.state.reader.scroll, 0)
    }
}
