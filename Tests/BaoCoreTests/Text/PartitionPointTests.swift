import XCTest
@testable import BaoText

/// `partitionPoint` finds the first element past a bound, as a linear scan would.
final class PartitionPointTests: XCTestCase {
    func testTheFirstElementPastTheBound() {
        let values = [1, 3, 3, 5, 8]
        XCTAssertEqual(values.partitionPoint { $0 > 3 }, 3)
        XCTAssertEqual(values.partitionPoint { $0 >= 3 }, 1)
        XCTAssertEqual(values.partitionPoint { $0 > 100 }, 5, "none past the bound: the end")
        XCTAssertEqual(values.partitionPoint { $0 > 0 }, 0)
        XCTAssertEqual([Int]().partitionPoint { $0 > 0 }, 0)
        XCTAssertEqual(values[1...].partitionPoint { $0 > 3 }, 3, "a slice answers with its own indices")
    }

    func testAgreesWithALinearScanOnRandomSortedArrays() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let values = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0...20, using: &generator) }.sorted()
            let bound = Int.random(in: -1...21, using: &generator)
            XCTAssertEqual(values.partitionPoint { $0 > bound }, values.firstIndex { $0 > bound } ?? values.count)
        }
    }
}
