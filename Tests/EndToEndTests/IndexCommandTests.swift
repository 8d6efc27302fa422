import BaoCore
import XCTest

/// `index`, `search`, `provinces`, `documents` and `cites` through the real binary.
final class IndexCommandTests: XCTestCase {
    private static let seeds = Binary.packageRoot.appendingPathComponent("seeds").path

    private func seedNumbers(_ objects: [[String: Any]]) -> [String] {
        objects.compactMap { ($0["path"] as? String).map { String(($0 as NSString).lastPathComponent.prefix(3)) } }.sorted()
    }

    func testIndexRefreshSummaryAndDefaultLocation() throws {
        let folder = try TempFolder()
        try folder.write("corpus/a.txt", "Tin một\nXã Thái Hòa đón chuẩn nông thôn mới.\n")
        try folder.write("corpus/b.txt", "Tin hai\nNgành hóa chất tăng trưởng.\n")
        let env = ["XDG_CACHE_HOME": folder.file("cache")]
        let first = try runBaoterm(["index", folder.file("corpus")], environment: env)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("2 articles indexed (2 added)"), first.stdout)
        XCTAssertTrue(first.stdout.contains(folder.file("cache") + "/baoterm/corpus-"), first.stdout)
        XCTAssertEqual(first.stderr, "", "no progress bar when stderr is not a terminal")

        let second = try runBaoterm(["index", folder.file("corpus")], environment: env)
        XCTAssertTrue(second.stdout.contains("2 articles indexed (up to date)"), second.stdout)

        try folder.write("corpus/b.txt", "Tin hai\nNgành hóa dầu tăng trưởng mạnh.\n")
        try FileManager.default.removeItem(atPath: folder.file("corpus/a.txt"))
        try folder.write("corpus/sub/c.txt", "Tin ba\nHoa lan nở rộ.\n")
        let third = try runBaoterm(["index", folder.file("corpus")], environment: env)
        XCTAssertTrue(third.stdout.contains("2 articles indexed (1 added, 1 updated, 1 removed)"), third.stdout)
        let hits = try runBaoterm(["search", "hoa", folder.file("corpus"), "--json"], environment: env)
        XCTAssertEqual(hits.jsonArray.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } }.sorted(), ["b.txt", "c.txt"])
    }

    /// File names of `search QUERY CORPUS --index INDEX --json`, sorted (the search must succeed).
    private func searchNames(_ query: String, _ corpus: String, index: String) throws -> [String] {
        let result = try runBaoterm(["search", query, corpus, "--index", index, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.jsonArray.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } }.sorted()
    }

    func testSearchJSONAndDiacritics() throws {
        let folder = try TempFolder()
        try folder.write("c/hoa-binh.txt", "Tin một\nXã Thái Hòa đón chuẩn nông thôn mới.\n")
        try folder.write("c/hoa-moi.txt", "Tin hai\nPhường Tân Hoà khai trương chợ.\n")
        try folder.write("c/hoa-hoc.txt", "Tin ba\nNgành hóa chất tăng trưởng.\n")
        let index = folder.file("i.sqlite")
        func names(_ query: String) throws -> [String] { try searchNames(query, folder.file("c"), index: index) }
        XCTAssertEqual(try names("hoa"), ["hoa-binh.txt", "hoa-hoc.txt", "hoa-moi.txt"])
        XCTAssertEqual(try names("Hòa"), ["hoa-binh.txt", "hoa-moi.txt"])
        XCTAssertEqual(try names("Hóa"), ["hoa-hoc.txt"])
        let result = try runBaoterm(["search", "khai trương", folder.file("c"), "--index", index, "--json", "--limit", "1"])
        let hit = try XCTUnwrap(result.jsonArray.first)
        XCTAssertEqual(Set(hit.keys), ["path", "title", "published", "publishedYearInferred", "primaryProvince", "score", "snippet", "match"])
        XCTAssertEqual(hit["match"] as? String, "phrase")
        XCTAssertTrue((hit["snippet"] as? String)?.contains("khai trương") == true)
        let bad = try runBaoterm(["search", "after:hôm-qua", folder.file("c"), "--index", index])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.hasPrefix("baoterm: "), bad.stderr)
    }

    /// `search` looks for its answer while the refresh looks at the files: when the refresh
    /// changes the index (an edit in place, an addition, a removal), the answer is that of the
    /// index brought up to date, never the one it had before.
    func testSearchAnswersFromTheIndexBroughtUpToDate() throws {
        let folder = try TempFolder()
        try folder.write("c/a.txt", "Tin một\nXã Thái Hòa đón chuẩn nông thôn mới.\n")
        try folder.write("c/b.txt", "Tin hai\nMưa lớn kéo dài ở miền Trung.\n")
        let index = folder.file("i.sqlite")
        func names(_ query: String) throws -> [String] { try searchNames(query, folder.file("c"), index: index) }
        XCTAssertEqual(try names("hoa"), ["a.txt"])
        XCTAssertEqual(try names("hoa"), ["a.txt"], "nothing changed")
        // An edit, an addition and a removal, each found by the refresh before the answer.
        try folder.write("c/a.txt", "Tin một\nXã Thái Bình đón chuẩn nông thôn mới.\n")
        XCTAssertEqual(try names("hoa"), [])
        XCTAssertEqual(try names("thai binh"), ["a.txt"])
        try folder.write("c/d.txt", "Tin bốn\nPhường Tân Hoà khai trương chợ.\n")
        try FileManager.default.removeItem(atPath: folder.file("c/a.txt"))
        XCTAssertEqual(try names("hoa"), ["d.txt"])
        XCTAssertEqual(try names("thai binh"), [])
    }

    func testUnreadableFileIsReportedAndTheRunGoesOn() throws {
        let folder = try TempFolder()
        try folder.write("c/good.txt", "Tin tốt\nMột câu hoa.\n")
        try Data([0xC3, 0x28, 0xFF, 0xFE, 0xFD]).write(to: URL(fileURLWithPath: folder.file("c/bad.txt")))
        let result = try runBaoterm(["search", "hoa", folder.file("c"), "--index", folder.file("i.sqlite"), "--json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("baoterm: " + folder.file("c/bad.txt") + ": "), result.stderr)
        XCTAssertEqual(result.jsonArray.count, 1)
    }

    func testKilledIndexIsCompletedByTheNextRun() throws {
        let folder = try TempFolder()
        let count = 1000
        try SyntheticCorpus.write(count: count, into: folder)
        let index = folder.file("i.sqlite")
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["index", folder.file("c"), "--index", index]
        process.environment = baotermEnvironment([:])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill as soon as a first batch is committed.
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            usleep(10_000)
            if let committed = CorpusIndex.peekArticleCount(at: index), committed > 0 { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        let partial = try CorpusIndex(path: index).articleCount()
        XCTAssertGreaterThan(partial, 0, "committed batches survive the kill")
        XCTAssertLessThan(partial, count, "the index finished before it could be killed")

        let resumed = try runBaoterm(["index", folder.file("c"), "--index", index])
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stdout.contains("\(count) articles indexed (\(count - partial) added"), resumed.stdout)
        XCTAssertEqual(try CorpusIndex(path: index).integrityCheck(), "ok")
        let last = try runBaoterm(["search", "zq\(count - 1)", folder.file("c"), "--index", index, "--json"])
        XCTAssertEqual(last.jsonArray.count, 1, last.stdout)
        let again = try runBaoterm(["index", folder.file("c"), "--index", index])
        XCTAssertTrue(again.stdout.contains("(up to date)"), again.stdout)
    }

    // The seed facts below need the real parser and entity extractors.

    func testCitesOnSeeds() throws {
        let folder = try TempFolder()
        let result = try runBaoterm(["cites", "NQTW4-XII", Self.seeds, "--index", folder.file("i.sqlite"), "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(seedNumbers(result.jsonArray), ["000", "002", "003", "004"])
        XCTAssertEqual(Set(result.jsonArray.first?.keys ?? [:].keys), ["path", "title", "published", "publishedYearInferred", "sentence"])
        XCTAssertTrue(result.jsonArray.allSatisfy { ($0["sentence"] as? String)?.isEmpty == false })
    }

    func testProvincesOnSeeds() throws {
        let folder = try TempFolder()
        let index = folder.file("i.sqlite")
        let result = try runBaoterm(["provinces", Self.seeds, "--index", index, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        var counts: [String: Int] = [:]
        for object in result.jsonArray {
            if let name = object["name"] as? String, let count = object["count"] as? Int { counts[name] = count }
        }
        XCTAssertEqual(counts, ["Cần Thơ": 2, "Bạc Liêu": 1, "Lào Cai": 1, "Hồ Chí Minh": 1])
        let merged = try runBaoterm(["provinces", Self.seeds, "--index", index, "--merged", "--json"])
        let caMau = merged.jsonArray.first { $0["name"] as? String == "Cà Mau" }
        XCTAssertEqual(caMau?["count"] as? Int, 1)
        let filtered = try runBaoterm(["search", "province:\"Cà Mau\"", Self.seeds, "--index", index, "--json"])
        XCTAssertEqual(seedNumbers(filtered.jsonArray), ["002"])
    }

    func testSearchOnSeeds() throws {
        let folder = try TempFolder()
        let index = folder.file("i.sqlite")
        for query in ["can tho", "Cần Thơ"] {
            let result = try runBaoterm(["search", query, Self.seeds, "--index", index, "--json"])
            XCTAssertEqual(result.status, 0, result.stderr)
            let found = seedNumbers(result.jsonArray)
            XCTAssertTrue(found.contains("000") && found.contains("001"), "\(query): \(found)")
        }
    }

    func testListFilteredByProvinceAndCitationOnSeeds() throws {
        let folder = try TempFolder()
        let index = folder.file("i.sqlite")
        let merged = try runBaoterm(["list", Self.seeds, "--province", "ca mau", "--index", index, "--json"])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertEqual(seedNumbers(merged.jsonArray), ["002"])
        let city = try runBaoterm(["list", Self.seeds, "--province", "Cần Thơ", "--index", index, "--json"])
        XCTAssertEqual(seedNumbers(city.jsonArray), ["000", "001"])
        let cites = try runBaoterm(["list", Self.seeds, "--cites", "nqtw4-xii", "--index", index])
        XCTAssertEqual(cites.status, 0, cites.stderr)
        XCTAssertEqual(cites.stdout.split(separator: "\n").count, 4, cites.stdout)
        let both = try runBaoterm(["list", Self.seeds, "--cites", "NQTW4-XII", "--province", "hcm", "--index", index, "--json"])
        XCTAssertEqual(seedNumbers(both.jsonArray), ["004"])
    }

    /// A name that matches nothing is refused with the nearest names and status 2, not an empty answer.
    func testUnknownProvinceAndDocumentAreRefusedWithTheNearestNames() throws {
        let folder = try TempFolder()
        let index = folder.file("i.sqlite")
        let atlantis = try runBaoterm(["list", Self.seeds, "--province", "Atlantis", "--index", index])
        XCTAssertEqual(atlantis.status, 2)
        XCTAssertEqual(atlantis.stdout, "")
        XCTAssertTrue(atlantis.stderr.hasPrefix("baoterm: no province or city named 'Atlantis'"), atlantis.stderr)
        let typo = try runBaoterm(["list", Self.seeds, "--province", "Can Tho x", "--index", index])
        XCTAssertEqual(typo.status, 2)
        XCTAssertTrue(typo.stderr.contains("(nearest: Cần Thơ"), typo.stderr)
        let cites = try runBaoterm(["cites", "99-XX/TW", Self.seeds, "--index", index])
        XCTAssertEqual(cites.status, 2)
        XCTAssertTrue(cites.stderr.hasPrefix("baoterm: no cited document '99-XX/TW' in the index"), cites.stderr)
        let near = try runBaoterm(["cites", "5-CT/TX", Self.seeds, "--index", index])
        XCTAssertEqual(near.status, 2)
        XCTAssertTrue(near.stderr.contains("(nearest: 5-CT/TW"), near.stderr)
        let listCites = try runBaoterm(["list", Self.seeds, "--cites", "99-XX/TW", "--index", index])
        XCTAssertEqual(listCites.status, 2, listCites.stderr)
        // The search filters refuse the same names with the same message.
        let searchAtlantis = try runBaoterm(["search", "province:Atlantis", Self.seeds, "--index", index])
        XCTAssertEqual(searchAtlantis.status, 2)
        XCTAssertEqual(searchAtlantis.stdout, "")
        XCTAssertEqual(searchAtlantis.stderr, atlantis.stderr.components(separatedBy: "\n").first.map { $0 + "\n" })
        let searchTypo = try runBaoterm(["search", "đảng province:\"Can Tho x\"", Self.seeds, "--index", index])
        XCTAssertEqual(searchTypo.status, 2)
        XCTAssertTrue(searchTypo.stderr.hasPrefix("baoterm: no province or city named 'Can Tho x' (nearest: Cần Thơ"), searchTypo.stderr)
        let searchCites = try runBaoterm(["search", "cites:5-CT/TX", Self.seeds, "--index", index])
        XCTAssertEqual(searchCites.status, 2)
        XCTAssertTrue(searchCites.stderr.hasPrefix("baoterm: no cited document '5-CT/TX' in the index (nearest: 5-CT/TW"), searchCites.stderr)
    }

    func testTheCorpusDecidesATermAnArticleDoesNotGive() throws {
        let folder = try TempFolder()
        try folder.write("c/a.txt", "Thứ Hai, 06/03/2017 | 08:00\nBộ Chính trị ban hành kết luận\n\nNgày 2/3/2017, Bộ Chính trị đã ban hành Kết luận số 88-KL/TW về công tác cán bộ.\n\nKết luận nêu nhiều nhiệm vụ.\n")
        try folder.write("c/b.txt", "Tỉnh ủy bàn việc\nMở đầu bài.\nTỉnh ủy quán triệt Kết luận số 88-KL/TW của Bộ Chính trị.\n")
        let index = folder.file("i.sqlite")
        // The article alone does not give the term.
        let extract = try runBaoterm(["extract", folder.file("c/b.txt")])
        XCTAssertTrue(extract.stdout.contains("\"88-KL/TW@?\""), extract.stdout)
        let documents = try runBaoterm(["documents", folder.file("c"), "--index", index, "--json"])
        XCTAssertEqual(documents.status, 0, documents.stderr)
        XCTAssertEqual(documents.jsonArray.map { $0["key"] as? String }, ["88-KL/TW@XII"])
        XCTAssertEqual(documents.jsonArray.first?["count"] as? Int, 2)
        let cites = try runBaoterm(["cites", "88-KL/TW", folder.file("c"), "--index", index])
        XCTAssertTrue(cites.stdout.hasPrefix("88-KL/TW@XII (Kết luận, TW, khóa XII, 2017-03-02): cited by 2 articles"), cites.stdout)
        // The browser: the undated article's link opens the document of term XII.
        let screen = try runBaoterm(["screen", folder.file("c"), "--index", index, "--size", "100x16", "--keys", "j<Enter>]<Enter>"])
        XCTAssertTrue(screen.stdout.contains("88-KL/TW@XII"), screen.stdout)
        XCTAssertTrue(screen.stdout.contains("Được trích dẫn bởi 2 bài"), screen.stdout)
    }

    func testDocumentsOnSeeds() throws {
        let folder = try TempFolder()
        let result = try runBaoterm(["documents", Self.seeds, "--index", folder.file("i.sqlite"), "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let nq = result.jsonArray.first { $0["id"] as? String == "NQTW4-XII" }
        XCTAssertEqual(nq?["count"] as? Int, 4)
        XCTAssertEqual(Set(result.jsonArray.first?.keys ?? [:].keys),
                       ["key", "id", "type", "issuer", "term", "scope", "date", "title", "count"])
        let kl = result.jsonArray.filter { $0["id"] as? String == "21-KL/TW" }
        XCTAssertEqual(kl.count, 2, "the two 21-KL/TW are two documents")
        // 002 and 003 cite one 5-CT/TW (SPEC section 7), and both give it the same subject.
        let directive = result.jsonArray.filter { $0["id"] as? String == "5-CT/TW" }
        XCTAssertEqual(directive.map { $0["count"] as? Int }, [2])
        XCTAssertEqual(directive.first?["title"] as? String, "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
        XCTAssertEqual(nq?["title"] as? String, nil, "the seeds give NQTW4-XII two different subjects, one each: no agreement")
    }
}
