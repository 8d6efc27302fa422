import BaoCore
@testable import BaoEntities
import XCTest

/// The document facts of SPEC section 7 on the five seeds, and the facts across them.
///
/// `documents(seed:)` gives the document pass the provinces SPEC section 7 says each seed yields
/// (its primary province), so that these tests check the document pass alone;
/// `testScopesThroughTheWholeEntityPass` runs the real province pass in front of it.
final class SeedDocumentTests: XCTestCase {
    private static let seedsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

    private static let primaries = ["000": "Cần Thơ", "001": "Cần Thơ", "002": "Bạc Liêu", "003": "Lào Cai", "004": "Hồ Chí Minh"]

    private func article(_ seed: String) throws -> Article {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seedsFolder.path)
        let name = try XCTUnwrap(names.first { $0.hasPrefix(seed + "_") }, "seed \(seed) not found in \(Self.seedsFolder.path)")
        return try ArticleLoader.load(path: Self.seedsFolder.appendingPathComponent(name).path)
    }

    private func documents(seed: String) throws -> [DocumentCitation] {
        let article = try article(seed)
        let primary = Self.primaries[seed]
        let provinces = ProvinceResult(
            provinces: primary.map { [ProvinceMention(name: $0, postMerger: $0, mentions: 1)] } ?? [], primary: primary)
        let found = DocumentExtractor.extract(from: article, provinces: provinces)
        DocumentTestSupport.assertOffsets(found, in: article.bodyText)
        return found
    }

    private func document(_ found: [DocumentCitation], key: String, file: StaticString = #filePath, line: UInt = #line) -> DocumentCitation? {
        let matching = found.filter { $0.key == key }
        XCTAssertEqual(matching.count, 1, "key \(key) among \(found.map(\.key))", file: file, line: line)
        return matching.first
    }

    func testSeed000() throws {
        let found = try documents(seed: "000")
        let resolution = try XCTUnwrap(document(found, key: "59-NQ/TW@XII"))
        XCTAssertEqual(resolution.id, "59-NQ/TW")
        XCTAssertEqual(resolution.term, "XII")
        XCTAssertEqual(resolution.issuer, "TW")
        XCTAssertEqual(resolution.date, "2020-08-05")
        XCTAssertEqual(resolution.type, "Nghị quyết")
        XCTAssertEqual(resolution.title, "Về xây dựng và phát triển TP Cần Thơ đến năm 2030, tầm nhìn đến năm 2045")
        XCTAssertNotNil(document(found, key: "NQTW4-XII"))
        let national = try XCTUnwrap(document(found, key: "NQĐH-XIII"))
        XCTAssertNil(national.scope)
        let own = try XCTUnwrap(document(found, key: "NQĐH-XIV@Cần Thơ"))
        XCTAssertEqual(own.scope, "Cần Thơ")
        XCTAssertEqual(own.mentions.count, 2)
        XCTAssertEqual(found.count, 4, "\(found.map(\.key))")
    }

    func testSeed001() throws {
        let found = try documents(seed: "001")
        XCTAssertEqual(document(found, key: "21-KL/TW@XIII")?.term, "XIII")
        XCTAssertEqual(document(found, key: "21-NQ/TW@XIII")?.term, "XIII")
        for key in ["NQTW4-XIII", "NQTW5-XIII", "NQTW6-XIII"] {
            XCTAssertEqual(document(found, key: key)?.term, "XIII")
        }
        // Nothing from the embedded Bạc Liêu article (002) is part of 001's body.
        XCTAssertFalse(found.contains { $0.id == "12-CT/TU" || $0.id == "5-CT/TW" }, "\(found.map(\.key))")
    }

    func testSeed002() throws {
        let found = try documents(seed: "002")
        XCTAssertNotNil(document(found, key: "NQTW4-XII"))
        let directive = try XCTUnwrap(document(found, key: "5-CT/TW@XII"))
        XCTAssertEqual(directive.type, "Chỉ thị")
        let provincial = try XCTUnwrap(document(found, key: "12-CT/TU@Bạc Liêu"))
        XCTAssertEqual(provincial.scope, "Bạc Liêu")
        XCTAssertGreaterThanOrEqual(provincial.mentions.count, 2)
        let cityRule = try XCTUnwrap(found.first { $0.id == "2-QĐ/TU" })
        XCTAssertEqual(cityRule.type, "Quy định")
        XCTAssertEqual(cityRule.scope, "Bạc Liêu")
        XCTAssertEqual(cityRule.key, "2-QĐ/TU@Bạc Liêu/thành phố Bạc Liêu")
        XCTAssertTrue(cityRule.title?.hasPrefix("Chuẩn mực đạo đức") == true, cityRule.title ?? "no title")
    }

    func testSeed003() throws {
        let found = try documents(seed: "003")
        let directive = try XCTUnwrap(found.first { $0.id == "5-CT/TW" })
        XCTAssertEqual(directive.mentions.count, 2)
        let plenum = try XCTUnwrap(document(found, key: "NQTW4-XII"))
        XCTAssertEqual(plenum.mentions.map(\.text), ["Nghị quyết Trung ương IV khóa XII"])
        let rule = try XCTUnwrap(found.first { $0.id == "3-QĐ/TU" })
        XCTAssertEqual(rule.date, "2018-09-10")
        XCTAssertEqual(rule.scope, "Lào Cai")
        XCTAssertEqual(rule.type, "Quy định")
    }

    func testSeed004() throws {
        let found = try documents(seed: "004")
        let cityResolution = try XCTUnwrap(document(found, key: "16-NQ/TU@Hồ Chí Minh"))
        XCTAssertEqual(cityResolution.scope, "Hồ Chí Minh")
        XCTAssertEqual(cityResolution.mentions.map(\.text), ["Nghị quyết số 16 - NQ/TU", "Nghị quyết số 16-NQ/TU"])
        XCTAssertEqual(document(found, key: "21-KL/TW@XII")?.term, "XII")
        XCTAssertEqual(document(found, key: "54/2017/NQ-QH")?.issuer, "QH")
        XCTAssertNotNil(document(found, key: "NQTW4-XI"))
        XCTAssertNotNil(document(found, key: "NQTW4-XII"))
    }

    func testAcrossSeeds() throws {
        let all = try ["000", "001", "002", "003", "004"].map { try documents(seed: $0) }
        // NQTW4-XII: one key, cited by 000, 002, 003 and 004.
        let citing = all.enumerated().filter { $0.element.contains { $0.key == "NQTW4-XII" } }.map(\.offset)
        XCTAssertEqual(citing, [0, 2, 3, 4])
        // The two 21-KL/TW are different documents.
        let conclusion001 = try XCTUnwrap(all[1].first { $0.id == "21-KL/TW" })
        let conclusion004 = try XCTUnwrap(all[4].first { $0.id == "21-KL/TW" })
        XCTAssertNotEqual(conclusion001.key, conclusion004.key)
        // 5-CT/TW in 002 and 003: one document (SPEC section 7). 003 carries no date at all; the
        // term written for the plenum in its sentence and the reference table both say XII.
        let directive002 = try XCTUnwrap(all[2].first { $0.id == "5-CT/TW" })
        let directive003 = try XCTUnwrap(all[3].first { $0.id == "5-CT/TW" })
        XCTAssertEqual(directive002.key, "5-CT/TW@XII")
        XCTAssertEqual(directive003.key, "5-CT/TW@XII")
        XCTAssertNotNil(directive003.termEvidence)
        XCTAssertNotEqual(directive003.termEvidence, "articleDate")
    }

    func testScopesThroughTheWholeEntityPass() throws {
        let seed002 = try EntityExtractor.extract(from: article("002")).documents
        XCTAssertEqual(seed002.first { $0.id == "12-CT/TU" }?.scope, "Bạc Liêu")
        let seed003 = try EntityExtractor.extract(from: article("003")).documents
        XCTAssertEqual(seed003.first { $0.id == "3-QĐ/TU" }?.scope, "Lào Cai")
        let seed004 = try EntityExtractor.extract(from: article("004")).documents
        XCTAssertEqual(seed004.first { $0.id == "16-NQ/TU" }?.key, "16-NQ/TU@Hồ Chí Minh")
    }
}
