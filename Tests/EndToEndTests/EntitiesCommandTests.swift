import Foundation
import XCTest

/// `baoterm entities` run as a user runs it, on the bundled seeds.
final class EntitiesCommandTests: XCTestCase {
    private func baoterm(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(arguments)
    }

    private func seed(_ prefix: String) throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: CommandRunner.seeds)
        let name = try XCTUnwrap(files.first { $0.hasPrefix(prefix + "_") })
        return (CommandRunner.seeds as NSString).appendingPathComponent(name)
    }

    func testSeed000IsGroupedWithCountsAndRoles() throws {
        let result = try baoterm(["entities", try seed("000")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.first, "Năng động lãnh đạo xây dựng TP Cần Thơ phát triển")

        let provinces = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Provinces (") })
        let canTho = try XCTUnwrap(lines.first { $0.hasPrefix("  Cần Thơ · after 2025: Cần Thơ · ") })
        XCTAssertTrue(canTho.contains(" mentions · via "), canTho)
        for district in ["Thới Lai", "Vĩnh Thạnh", "Bình Thủy", "Ô Môn"] {
            XCTAssertTrue(canTho.contains(district), "\(district) not in \(canTho)")
        }
        XCTAssertTrue(lines.contains("Primary province: Cần Thơ"))

        let documents = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Documents (") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("  59-NQ/TW  [59-NQ/TW@XII]  Nghị quyết") && $0.contains("2020-08-05") })
        XCTAssertTrue(lines.contains("      “Về xây dựng và phát triển TP Cần Thơ đến năm 2030, tầm nhìn đến năm 2045”"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("  NQTW4-XII  [NQTW4-XII]") })

        let people = try XCTUnwrap(lines.firstIndex(of: "People (3)"))
        XCTAssertEqual(Array(lines[(people + 1)...(people + 3)]), [
            "  Phạm Văn Hiểu — Phó Bí thư Thường trực Thành ủy; Chủ tịch HĐND thành phố",
            "  Lê Tấn Thủ — Ủy viên BTV; Trưởng Ban Tổ chức Thành ủy",
            "  Trịnh Minh Thắng — Chủ nhiệm Ủy ban Kiểm tra Thành ủy",
        ])
        XCTAssertFalse(result.stdout.contains("Anh Dũng"), "the author is not an entity")

        let organisations = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Organisations (") })
        XCTAssertTrue(lines.contains("  Ban Thường vụ Thành ủy Cần Thơ (BTV) — Cần Thơ"))
        XCTAssertTrue(provinces < documents && documents < people && people < organisations)

        // Each heading's count is the number of lines listed under it.
        for heading in [provinces, people, organisations] {
            let n = Int(lines[heading].split(separator: "(").last?.dropLast() ?? "")
            let items = lines[(heading + 1)...].prefix { $0.hasPrefix("  ") }.count
            XCTAssertEqual(n, items, lines[heading])
        }
    }

    func testJSONHasTheExtractFields() throws {
        let result = try baoterm(["entities", try seed("004"), "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let people = try XCTUnwrap(object["people"] as? [[String: Any]])
        XCTAssertEqual(people.compactMap { $0["name"] as? String }, ["Võ Thị Dung"])
        XCTAssertEqual(object["primaryProvince"] as? String, "Hồ Chí Minh")
        for key in ["provinces", "documents", "organizations", "author", "path"] {
            XCTAssertTrue(object.keys.contains(key), key)
        }
    }

    func testUnreadableFileIsReportedWithExitOne() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).txt").path
        let result = try baoterm(["entities", missing])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("baoterm: \(missing): "), result.stderr)
    }

    func testMissingArgumentIsAUsageError() throws {
        let result = try baoterm(["entities"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertFalse(result.stderr.isEmpty)
    }
}
