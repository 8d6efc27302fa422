import XCTest
@testable import BaoTUI

final class ScreenTests: XCTestCase {
    func testSize() {
        let screen = Screen(width: 40, height: 12)
        XCTAssertEqual(screen.width * screen.height, 480)
    }
}
