import Foundation
import XCTest

/// `list --province` across the July 2025 merger, on articles written for the test.
final class ProvinceEraCommandTests: XCTestCase {
    func testFormerProvinceListsTheLaterUnitAndSaysSo() throws {
        let folder = try TempFolder()
        try folder.write("articles/bac-lieu-2019.txt", """
            Thứ Hai, 14/01/2019 | 08:00

            Bạc Liêu ra quân trồng cây đầu năm

            Sáng 13/1, Tỉnh ủy Bạc Liêu phát động Tết trồng cây; lãnh đạo tỉnh Bạc Liêu đề nghị chăm sóc cây.
            """)
        try folder.write("articles/ca-mau-2025.txt", """
            Thứ Hai, 15/09/2025 | 08:30

            Cà Mau ra quân làm sạch kênh rạch

            Sáng 14/9, UBND phường Hiệp Thành, tỉnh Cà Mau phát động ra quân; lãnh đạo tỉnh Cà Mau dự.
            """)
        let index = folder.file("index.sqlite")
        let former = try runBaoterm(["list", folder.file("articles"), "--province", "bac lieu", "--index", index])
        XCTAssertEqual(former.status, 0, former.stderr)
        // Date and primary province of each line, newest first.
        let heads = former.stdout.split(separator: "\n").map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        XCTAssertEqual(heads, ["2025-09-15 Cà Mau", "2019-01-14 Bạc Liêu"], former.stdout)
        XCTAssertEqual(former.stderr, "baoterm: note: since 1 July 2025 Bạc Liêu is part of Cà Mau: the articles from that day on are those about Cà Mau\n")

        let unit = try runBaoterm(["list", folder.file("articles"), "--province", "Cà Mau", "--index", index])
        XCTAssertEqual(unit.status, 0, unit.stderr)
        XCTAssertEqual(unit.stdout.split(separator: "\n").count, 2, unit.stdout)
        XCTAssertEqual(unit.stderr, "")
    }
}
