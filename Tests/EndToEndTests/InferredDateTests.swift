import XCTest

/// A date whose year the text did not give is marked wherever baoterm shows it: "~" after the
/// day in text, `publishedYearInferred` in JSON, whether the rows come from the files or the index.
final class InferredDateTests: XCTestCase {
    /// Three articles citing one decree in one province: the year inferred ("Ngày 6/12" beside
    /// "Tháng 10/2016"), written ("Ngày 9/3/2017") and absent.
    private func corpus() throws -> TempFolder {
        let folder = try TempFolder()
        try folder.write("c/a.txt", """
            Nghệ An triển khai Nghị quyết 35/NQ-CP về hỗ trợ doanh nghiệp
            Ngày 6/12, UBND tỉnh Nghệ An họp bàn việc thực hiện Nghị quyết số 35/NQ-CP của Chính phủ về hỗ trợ và phát triển doanh nghiệp. Tháng 10/2016, tỉnh đã có 120 doanh nghiệp mới thành lập.

            """)
        try folder.write("c/b.txt", """
            Nghệ An tổng kết thực hiện Nghị quyết 35/NQ-CP
            Ngày 9/3/2017, UBND tỉnh Nghệ An tổng kết một năm thực hiện Nghị quyết số 35/NQ-CP của Chính phủ về hỗ trợ và phát triển doanh nghiệp.

            """)
        try folder.write("c/c.txt", """
            Doanh nghiệp Nghệ An chờ Nghị quyết 35/NQ-CP đi vào cuộc sống
            Nhiều doanh nghiệp ở tỉnh Nghệ An mong Nghị quyết số 35/NQ-CP của Chính phủ về hỗ trợ và phát triển doanh nghiệp sớm đi vào cuộc sống.

            """)
        return folder
    }

    /// The text line of `output` that holds `title`.
    private func line(_ output: String, _ title: String) -> String {
        output.split(separator: "\n").map(String.init).first { $0.contains(title) } ?? ""
    }

    /// `publishedYearInferred` by file name: true, false, or NSNull for an article without a date.
    private func flags(_ rows: [[String: Any]]) -> [String: String] {
        var out: [String: String] = [:]
        for row in rows {
            guard let path = row["path"] as? String else { continue }
            out[(path as NSString).lastPathComponent] = row["publishedYearInferred"].map { "\($0)" } ?? "missing"
        }
        return out
    }

    private let expectedFlags = ["a.txt": "1", "b.txt": "0", "c.txt": "<null>"]

    func testListFromTheFilesAndFromTheIndexMarksTheInferredYear() throws {
        let folder = try corpus()
        let index = folder.file("i.sqlite")
        let plain = try runBaoterm(["list", folder.file("c")])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(line(plain.stdout, "triển khai").hasPrefix("2016-12-06~  Nghệ An"), plain.stdout)
        XCTAssertTrue(line(plain.stdout, "tổng kết").hasPrefix("2017-03-09   Nghệ An"), plain.stdout)
        for filter in [["--province", "Nghệ An"], ["--cites", "35/NQ-CP"]] {
            let text = try runBaoterm(["list", folder.file("c"), "--index", index] + filter)
            XCTAssertEqual(text.status, 0, text.stderr)
            XCTAssertEqual(text.stdout.split(separator: "\n").count, 3, text.stdout)
            XCTAssertTrue(line(text.stdout, "triển khai").hasPrefix("2016-12-06~  Nghệ An"), "\(filter): \(text.stdout)")
            XCTAssertTrue(line(text.stdout, "tổng kết").hasPrefix("2017-03-09   Nghệ An"), "\(filter): \(text.stdout)")
            XCTAssertTrue(line(text.stdout, "chờ Nghị quyết").hasPrefix("             Nghệ An"), "\(filter): \(text.stdout)")
            let json = try runBaoterm(["list", folder.file("c"), "--index", index, "--json"] + filter)
            XCTAssertEqual(flags(json.jsonArray), expectedFlags, "\(filter): \(json.stdout)")
        }
        XCTAssertEqual(flags(try runBaoterm(["list", folder.file("c"), "--json"]).jsonArray), expectedFlags)
    }

    func testSearchAndCitesMarkTheInferredYear() throws {
        let folder = try corpus()
        let index = folder.file("i.sqlite")
        let search = try runBaoterm(["search", "doanh nghiệp", folder.file("c"), "--index", index])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(line(search.stdout, "triển khai").contains(". 2016-12-06~ · Nghệ An  "), search.stdout)
        XCTAssertTrue(line(search.stdout, "tổng kết").contains(". 2017-03-09 · Nghệ An  "), search.stdout)
        XCTAssertTrue(line(search.stdout, "chờ Nghị quyết").contains(". ---------- · Nghệ An  "), search.stdout)
        let searchJSON = try runBaoterm(["search", "doanh nghiệp", folder.file("c"), "--index", index, "--json"])
        XCTAssertEqual(flags(searchJSON.jsonArray), expectedFlags, searchJSON.stdout)

        let cites = try runBaoterm(["cites", "35/NQ-CP", folder.file("c"), "--index", index])
        XCTAssertEqual(cites.status, 0, cites.stderr)
        XCTAssertEqual(line(cites.stdout, "triển khai"), "2016-12-06~  Nghệ An triển khai Nghị quyết 35/NQ-CP về hỗ trợ doanh nghiệp")
        XCTAssertEqual(line(cites.stdout, "tổng kết thực"), "2017-03-09  Nghệ An tổng kết thực hiện Nghị quyết 35/NQ-CP")
        let citesJSON = try runBaoterm(["cites", "35/NQ-CP", folder.file("c"), "--index", index, "--json"])
        XCTAssertEqual(flags(citesJSON.jsonArray), expectedFlags, citesJSON.stdout)
    }

    func testShowAndTheBrowserMarkTheInferredYear() throws {
        let folder = try corpus()
        let show = try runBaoterm(["show", folder.file("c/a.txt")])
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("\n2016-12-06~ (year inferred)\n"), show.stdout)
        let showJSON = try runBaoterm(["show", folder.file("c/a.txt"), "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(showJSON.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["publishedYearInferred"] as? Bool, true)

        let index = folder.file("i.sqlite")
        let env = ["XDG_CONFIG_HOME": folder.file("config"), "LANG": "C.UTF-8"]
        // The list opens on the newest article; "j" previews the inferred one in the reader.
        let reader = try runBaoterm(["screen", folder.file("c"), "--index", index, "--size", "120x12", "--keys", "j"], environment: env)
        XCTAssertEqual(reader.status, 0, reader.stderr)
        XCTAssertTrue(reader.stdout.contains("*  2016-12-06~ Nghệ An triển khai"), "list row: \(reader.stdout)")
        XCTAssertTrue(reader.stdout.contains("│ 2016-12-06~ "), "reader metadata line: \(reader.stdout)")
        // The document view lists the citing articles with their days.
        let document = try runBaoterm(["screen", folder.file("c"), "--index", index, "--size", "120x16", "--keys", "d<Enter>"], environment: env)
        XCTAssertTrue(line(document.stdout, "triển khai Nghị quyết").contains("2016-12-06~ Nghệ An triển khai"), document.stdout)
        XCTAssertTrue(line(document.stdout, "tổng kết thực").contains("2017-03-09 Nghệ An tổng kết"), document.stdout)
    }
}
