import BaoCore
@testable import BaoEntities
import XCTest

/// The people of the bundled seed articles (SPEC section 7), read through the real loader.
final class PeopleSeedTests: XCTestCase {
    private static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    private func people(_ prefix: String) throws -> [Person] {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path)
        let file = try XCTUnwrap(files.first { $0.hasPrefix(prefix + "_") }, "seed \(prefix) missing")
        let article = try ArticleLoader.load(path: Self.seeds.appendingPathComponent(file).path)
        return PeopleExtractor.extract(from: article)
    }

    private func person(_ name: String, in people: [Person], file: StaticString = #filePath, line: UInt = #line) -> Person? {
        let match = people.first { $0.name == name }
        XCTAssertNotNil(match, "\(name) not in \(people.map(\.name))", file: file, line: line)
        return match
    }

    func testSeed000() throws {
        let found = try people("000")
        XCTAssertEqual(Set(found.map(\.name)), ["Phạm Văn Hiểu", "Lê Tấn Thủ", "Trịnh Minh Thắng"])
        let hieu = person("Phạm Văn Hiểu", in: found)
        XCTAssertTrue(hieu?.roles.contains("Phó Bí thư Thường trực Thành ủy") ?? false, "\(hieu?.roles ?? [])")
        XCTAssertTrue(hieu?.roles.contains("Chủ tịch HĐND thành phố") ?? false, "\(hieu?.roles ?? [])")
        XCTAssertEqual(person("Lê Tấn Thủ", in: found)?.roles, ["Ủy viên BTV", "Trưởng Ban Tổ chức Thành ủy"])
        XCTAssertEqual(person("Trịnh Minh Thắng", in: found)?.roles, ["Chủ nhiệm Ủy ban Kiểm tra Thành ủy"])
        XCTAssertFalse(found.contains { $0.name == "Anh Dũng" }, "the author is not a person of the text")
    }

    func testSeed001() throws {
        let found = try people("001")
        XCTAssertEqual(found.map(\.name), ["Phạm Văn Hiểu"])
        let roles = found.first?.roles ?? []
        XCTAssertTrue(roles.contains("Phó Bí thư Thường trực Thành ủy"), "\(roles)")
        XCTAssertTrue(roles.contains("Chủ tịch HĐND thành phố"), "\(roles)")
    }

    func testSeed002HasNoHoChiMinh() throws {
        let found = try people("002")
        XCTAssertFalse(found.contains { $0.name.contains("Hồ Chí Minh") }, "\(found)")
        XCTAssertFalse(found.contains { $0.name == "Hoàng Uyên" }, "the byline is the author")
    }

    func testSeed003HasNoPeople() throws {
        XCTAssertEqual(try people("003"), [])
    }

    func testSeed004() throws {
        let found = try people("004")
        XCTAssertEqual(found.map(\.name), ["Võ Thị Dung"])
        XCTAssertTrue(found.first?.roles.contains { $0.hasPrefix("Phó Bí thư Thành ủy") } ?? false, "\(found)")
    }

    func testNoStreetSchoolOrIdeaInAnySeed() throws {
        let forbidden = ["Hồ Chí Minh", "Lý Tự Trọng", "Phạm Ngọc Thạch", "Mác Lênin", "Lênin"]
        for prefix in ["000", "001", "002", "003", "004"] {
            let found = try people(prefix)
            for name in found.map(\.name) {
                XCTAssertFalse(forbidden.contains { name.contains($0) }, "\(prefix): \(name)")
                XCTAssertTrue(name.split(separator: " ").count >= 2, "\(prefix): \(name)")
            }
        }
    }
}
