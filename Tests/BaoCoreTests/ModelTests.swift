import BaoCore
import XCTest

final class ModelTests: XCTestCase {
    func testPublishedDateISO() {
        XCTAssertEqual(PublishedDate(year: 2024, month: 8, day: 31, hour: 17, minute: 45).iso, "2024-08-31T17:45")
        XCTAssertEqual(PublishedDate(year: 2023, month: 12, day: 25).iso, "2023-12-25")
    }
}
