import XCTest

/// `list`, `show` and `extract` run as a user runs them.
final class ParserCommandTests: XCTestCase {
    func testListPrintsOneLinePerSeed() throws {
        let result = try CommandRunner.run(["list", CommandRunner.seeds])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.lines.count, 5)
        XCTAssertTrue(result.lines[0].hasPrefix("2024-08-31"), result.lines[0])
        XCTAssertTrue(result.lines[0].hasSuffix("Năng động lãnh đạo xây dựng TP Cần Thơ phát triển"))
        // Seed 001 writes "Ngày 25/12" without its year: the list marks the inferred year.
        XCTAssertTrue(result.lines[1].hasPrefix("2023-12-25~  "), result.lines[1])
        XCTAssertTrue(result.lines[0].hasPrefix("2024-08-31   "), result.lines[0])
        XCTAssertTrue(result.lines[3].hasPrefix("           "), "seed 003 has no date")
        XCTAssertEqual(result.stderr, "")
    }

    func testListDefaultsToTheBundledSeeds() throws {
        let elsewhere = FileManager.default.temporaryDirectory
        let result = try CommandRunner.run(["list", "--json"], in: elsewhere)
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 5)
        XCTAssertEqual(rows.compactMap { $0["published"] as? String },
                       ["2024-08-31T17:45", "2023-12-25", "2019-01-28T15:27", "2020-08-05"])
        XCTAssertEqual(rows.compactMap { $0["publishedYearInferred"] as? Bool }, [false, true, false, false])
        for row in rows {
            XCTAssertNotNil(row["path"] as? String)
            XCTAssertTrue(row.keys.contains("primaryProvince"))
        }
    }

    func testShowWrapsToTheWidthAndMarksBlocks() throws {
        let seed = try seedPath("000")
        let result = try CommandRunner.run(["show", seed, "--width", "60"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = result.stdout
        XCTAssertTrue(text.hasPrefix("Năng động lãnh đạo xây dựng TP Cần Thơ phát triển\nBài 2: Sâu sát cơ sở"), text)
        XCTAssertTrue(text.contains("2024-08-31 17:45 · Anh Dũng"))
        XCTAssertTrue(text.contains("## Lấy hiệu quả công việc để đánh giá năng lực cán bộ"))
        XCTAssertTrue(text.contains("  [Ảnh] Ban Thường vụ Thành ủy"))
        XCTAssertFalse(text.contains("Chia sẻ bài viết"))
        XCTAssertFalse(text.contains("Ð"))
        for line in result.lines {
            XCTAssertLessThanOrEqual(line.count, 60, line)
        }
        let wide = try CommandRunner.run(["show", seed], environment: ["COLUMNS": "100"])
        XCTAssertTrue(wide.lines.contains { $0.count > 60 })
        XCTAssertTrue(wide.lines.allSatisfy { $0.count <= 100 })
    }

    func testShowJSONHasBlocksAndBodyText() throws {
        let result = try CommandRunner.run(["show", try seedPath("004"), "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["author"] as? String, "S. Hải")
        let blocks = try XCTUnwrap(object["blocks"] as? [[String: Any]])
        XCTAssertEqual(blocks.first?["kind"] as? String, "caption")
        let body = try XCTUnwrap(object["bodyText"] as? String)
        XCTAssertEqual(body, blocks.compactMap { $0["text"] as? String }.joined(separator: "\n\n"))
    }

    func testExtractOutputFollowsTheSchema() throws {
        let schemaURL = Binary.packageRoot.appendingPathComponent("schema/extract.schema.json")
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let jsonl = try CommandRunner.run(["extract", CommandRunner.seeds, "--format", "jsonl"])
        XCTAssertEqual(jsonl.status, 0, jsonl.stderr)
        XCTAssertEqual(jsonl.lines.count, 5)
        var records: [[String: Any]] = []
        for line in jsonl.lines {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(SchemaCheck.problems(object, schema), [], line)
            records.append(object)
        }
        XCTAssertEqual(records[0]["published"] as? String, "2024-08-31T17:45")
        XCTAssertEqual(records[1]["publishedYearInferred"] as? Bool, true)
        XCTAssertTrue(records[3]["published"] is NSNull)
        XCTAssertEqual(records[3]["source"] as? String, "baolaocai.vn")
        XCTAssertEqual(records[4]["author"] as? String, "S. Hải")

        let json = try CommandRunner.run(["extract", CommandRunner.seeds, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, 5)
        XCTAssertEqual(array.map { $0["title"] as? String }, records.map { $0["title"] as? String })
    }

    /// The schema's checks are real: a record missing a field or with a wrong type fails them.
    func testSchemaCheckRejectsBadRecords() throws {
        let schemaURL = Binary.packageRoot.appendingPathComponent("schema/extract.schema.json")
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let bad: [String: Any] = ["path": 3, "title": NSNull(), "documents": [["id": "x"]]]
        let problems = SchemaCheck.problems(bad, schema)
        XCTAssertTrue(problems.contains("$.path: expected string"), "\(problems)")
        XCTAssertTrue(problems.contains("$: missing author"), "\(problems)")
        XCTAssertTrue(problems.contains("$.documents[0]: missing key"), "\(problems)")
    }

    func testBadFilesAreReportedAndSkipped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Tiêu đề tốt\nMột đoạn văn bình thường.".utf8).write(to: folder.appendingPathComponent("a-good.txt"))
        try Data([0x00, 0x01, 0x02, 0x03, 0xFF]).write(to: folder.appendingPathComponent("b-binary.txt"))
        try Data().write(to: folder.appendingPathComponent("c-empty.txt"))
        var tcvn: [UInt8] = Array("Th".utf8)
        tcvn.append(0xB5)
        tcvn.append(contentsOf: Array("nh ".utf8))
        tcvn.append(0xF1)
        tcvn.append(contentsOf: Array("y C".utf8))
        tcvn.append(0xC7)
        tcvn.append(contentsOf: Array("n Th".utf8))
        tcvn.append(0xAC)
        try Data(tcvn).write(to: folder.appendingPathComponent("d-tcvn.txt"))
        try Data("Tiêu đề \u{1B}]0;pwned\u{07}có mã\u{1B}[31m điều khiển\nĐoạn\u{07} văn.".utf8)
            .write(to: folder.appendingPathComponent("e-escapes.txt"))
        let result = try CommandRunner.run(["extract", folder.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.lines.count, 2)
        XCTAssertFalse(result.stdout.contains("\u{1B}"))
        XCTAssertFalse(result.stdout.contains("\u{07}"))
        XCTAssertTrue(result.stdout.contains("\"title\":\"Tiêu đề có mã điều khiển\""), result.stdout)
        let errors = result.errorLines
        XCTAssertEqual(errors.count, 3, result.stderr)
        XCTAssertEqual(errors[0], "baoterm: \(folder.path)/b-binary.txt: binary file, not text")
        XCTAssertEqual(errors[1], "baoterm: \(folder.path)/c-empty.txt: empty file")
        XCTAssertTrue(errors[2].hasPrefix("baoterm: \(folder.path)/d-tcvn.txt: not UTF-8: looks like TCVN3"), errors[2])

        // A missing path is a usage error found before anything is read.
        let list = try CommandRunner.run(["list", folder.path, folder.appendingPathComponent("missing").path])
        XCTAssertEqual(list.status, 2)
        XCTAssertEqual(list.lines.count, 0)
        XCTAssertEqual(list.errorLines, ["baoterm: \(folder.path)/missing: no such file or folder"], list.stderr)
    }

    func testDirectoryLoopIsReportedOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Tiêu đề\nMột đoạn văn.".utf8).write(to: folder.appendingPathComponent("sub/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("sub/up").path, withDestinationPath: folder.path)
        let result = try CommandRunner.run(["list", folder.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.lines.count, 1)
        XCTAssertEqual(result.errorLines, ["baoterm: \(folder.path)/sub/up: directory loop (a link leads back to a folder above it); skipped"])
    }

    func testUsageErrorsExitWithTwo() throws {
        XCTAssertEqual(try CommandRunner.run(["list", "--bogus"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["show"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["extract", "--format", "xml"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["show", "x", "--width", "3"]).status, 2)
        let missing = try CommandRunner.run(["show", "/nonexistent/article.txt"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "baoterm: /nonexistent/article.txt: no such file\n")
    }

    func testHelpOnEveryParserCommand() throws {
        for command in ["list", "show", "extract"] {
            let result = try CommandRunner.run([command, "--help"])
            XCTAssertEqual(result.status, 0)
            XCTAssertTrue(result.stdout.contains("USAGE: baoterm \(command)"), result.stdout)
        }
    }

    private func seedPath(_ number: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: CommandRunner.seeds)
        let name = try XCTUnwrap(names.first { $0.hasPrefix(number + "_") })
        return CommandRunner.seeds + "/" + name
    }
}

/// The part of JSON Schema the extract schema uses: type, required, properties, items, pattern.
enum SchemaCheck {
    static func problems(_ value: Any, _ schema: [String: Any], at path: String = "$") -> [String] {
        var found: [String] = []
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [(type as? String) ?? ""]
            if !allowed.contains(where: { matches(value, $0) }) {
                return ["\(path): expected \(allowed.joined(separator: " or "))"]
            }
        }
        if let object = value as? [String: Any] {
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
                found.append("\(path): missing \(key)")
            }
            let properties = (schema["properties"] as? [String: [String: Any]]) ?? [:]
            for (key, sub) in properties.sorted(by: { $0.key < $1.key }) {
                if let child = object[key] { found += problems(child, sub, at: "\(path).\(key)") }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { found += problems(element, items, at: "\(path)[\(index)]") }
        }
        if let pattern = schema["pattern"] as? String, let string = value as? String,
           string.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): does not match \(pattern)")
        }
        return found
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        case "boolean":
            return (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
        case "integer":
            guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        default: return false
        }
    }
}

/// Whatever a file holds, `show` never passes a control character or escape sequence on.
final class ShowSanitisingTests: XCTestCase {
    func testEscapeSequencesInAFileNeverReachTheTerminal() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-esc-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let text = "Tiêu đề\u{1B}[2J\u{1B}]0;title\u{07} bài\n\nĐoạn\u{9B}31m văn\u{08}\u{7F} có \u{1B}[31mmàu\u{1B}[0m và chuông\u{07}.\r\n"
        try Data(text.utf8).write(to: file)
        let result = try CommandRunner.run(["show", file.path, "--width", "40"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Tiêu đề bài\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Đoạn văn có màu và chuông."), result.stdout)
        for scalar in result.stdout.unicodeScalars where scalar != "\n" {
            XCTAssertFalse(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value), "U+\(String(scalar.value, radix: 16))")
        }
    }
}
