import BaoCore
@testable import BaoEntities
import XCTest

/// The people extractor on input no article has: it must neither crash nor find people in noise.
final class PeopleRobustnessTests: XCTestCase {
    func testRandomTextDoesNotCrash() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Nguyễn", "Văn", " ", ",", ".", "ông", "Bí", "thư", "(", "-", "\n", "TP.HCM", "̀", "Ð", "\u{0}", "🙂", "A", "đường"]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                text += pieces.randomElement(using: &generator) ?? ""
            }
            let people = PeopleExtractor.extract(fromText: text)
            for person in people {
                XCTAssertFalse(person.name.isEmpty)
                XCTAssertLessThanOrEqual(person.name.split(separator: " ").count, 4, person.name)
            }
        }
        for _ in 0..<100 {
            let scalars = (0..<Int.random(in: 0...200, using: &generator)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &generator))
            }
            _ = PeopleExtractor.extract(fromText: String(String.UnicodeScalarView(scalars)))
        }
    }

    func testEdgesOfTheText() {
        XCTAssertEqual(PeopleExtractor.extract(fromText: ""), [])
        XCTAssertEqual(PeopleExtractor.extract(fromText: "ông"), [])
        XCTAssertEqual(PeopleExtractor.extract(fromText: "ông Nguyễn"), [])
        XCTAssertEqual(PeopleExtractor.extract(fromText: "Bí thư Tỉnh ủy,"), [])
        XCTAssertEqual(PeopleExtractor.extract(fromText: "Nguyễn Văn An,"), [Person(name: "Nguyễn Văn An")])
        XCTAssertEqual(PeopleExtractor.extract(fromText: "đồng chí Nguyễn Văn An, Bí thư"),
                       [Person(name: "Nguyễn Văn An", roles: ["Bí thư"])])
    }

    func testAHugeLineIsReadInOnePass() {
        let sentence = "Theo ông Trần Văn Bình, Chủ tịch UBND xã, đường Lê Lợi sẽ được mở rộng. "
        let text = String(repeating: sentence, count: 5_000)
        let people = PeopleExtractor.extract(fromText: text)
        XCTAssertEqual(people, [Person(name: "Trần Văn Bình", roles: ["Chủ tịch UBND xã"])])
    }
}
