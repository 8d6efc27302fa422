import BaoCore
@testable import BaoEntities
import XCTest

/// The ranges the extractors give with each person, province and organisation (`NameRanges`): the text at each
/// is the mention, and names in a context the extractor rejected have none.
final class NameRangesTests: XCTestCase {
    /// The text of `body` at each UTF-8 byte range, with where it starts.
    private func mentions(_ ranges: [Range<Int>], in body: String) -> [Mention] {
        let bytes = Array(body.utf8)
        return ranges.map { Mention(text: String(decoding: bytes[$0], as: UTF8.self), offset: $0.lowerBound) }
    }

    /// The UTF-8 offset of the `occurrence`-th (1-based) `text` in `body` after `marker`.
    private func offset(of text: String, after marker: String = "", in body: String) -> Int {
        let from = marker.isEmpty ? body.startIndex : (body.range(of: marker)?.upperBound ?? body.endIndex)
        guard let range = body.range(of: text, range: from..<body.endIndex) else { return -1 }
        return body.utf8.distance(from: body.utf8.startIndex, to: range.lowerBound)
    }

    private let people = Article(path: "people.txt", title: "Ông Nguyễn Văn Tâm thăm Cần Thơ", blocks: [
        Block(kind: .lead, text: "Sáng nay, Bí thư Tỉnh ủy Nguyễn Văn Tâm chủ trì hội nghị."),
        Block(kind: .paragraph, text: "Đoàn đi dọc đường Nguyễn Văn Tâm rồi dừng ở số 12 Lê Duẩn."),
        Block(kind: .paragraph, text: "Ông Tâm cho biết, đồng chí Nguyễn Văn Tâm sẽ làm việc với Tổng Bí thư Lê Duẩn."),
        Block(kind: .paragraph, text: "Thiếu tướng Lê Hải dự họp. Sau đó Lê Hải về trụ sở trên đường Lê Hải."),
    ])

    func testPeopleRangesAreTheirFullNamesWhereTheScannerTookThem() throws {
        let found = EntityExtractor.extract(from: people)
        let body = people.bodyText
        XCTAssertEqual(found.people.map(\.name), ["Nguyễn Văn Tâm", "Lê Duẩn", "Lê Hải"])
        XCTAssertEqual(found.names.people.count, found.people.count)
        // The street, the address and "Ông Tâm" are not sightings of the name; the title's is not in the body.
        XCTAssertEqual(mentions(found.names.people[0], in: body), [
            Mention(text: "Nguyễn Văn Tâm", offset: offset(of: "Nguyễn Văn Tâm", in: body)),
            Mention(text: "Nguyễn Văn Tâm", offset: offset(of: "Nguyễn Văn Tâm", after: "đồng chí ", in: body)),
        ])
        XCTAssertEqual(mentions(found.names.people[1], in: body), [
            Mention(text: "Lê Duẩn", offset: offset(of: "Lê Duẩn", after: "Tổng Bí thư ", in: body)),
        ])
        // Named again without the title that made the scanner take it, still the person; not the street.
        XCTAssertEqual(mentions(found.names.people[2], in: body), [
            Mention(text: "Lê Hải", offset: offset(of: "Lê Hải", in: body)),
            Mention(text: "Lê Hải", offset: offset(of: "Lê Hải", after: "Sau đó ", in: body)),
        ])
    }

    private let places = Article(path: "places.txt", title: "Cần Thơ sơ kết công tác dân vận", blocks: [
        Block(kind: .lead, text: "Sáng nay, Thành ủy Cần Thơ sơ kết việc học tập và làm theo tư tưởng Hồ Chí Minh."),
        Block(kind: .paragraph, text: "Đoàn của TP.HCM và của TP. Hồ Chí Minh đến huyện Thới Lai, rồi về phường Thạnh Mỹ Lợi."),
        Block(kind: .paragraph, text: "Phó Chủ tịch nước Trương Hòa Bình gặp cử tri tỉnh Hòa Bình và CẦN THƠ."),
    ])

    func testProvinceRangesSpellTheirNamesOrThePlacesTheyWereFoundThrough() throws {
        let found = EntityExtractor.extract(from: places)
        let body = places.bodyText
        XCTAssertEqual(found.names.provinces.count, found.provinces.count)
        let byName = Dictionary(uniqueKeysWithValues: zip(found.provinces.map(\.name), found.names.provinces))
        // "CẦN THƠ" in capitals is a mention but not the name as shown.
        XCTAssertEqual(mentions(try XCTUnwrap(byName["Cần Thơ"]), in: body), [
            Mention(text: "Cần Thơ", offset: offset(of: "Cần Thơ", in: body)),
            Mention(text: "Thới Lai", offset: offset(of: "Thới Lai", in: body)),
        ])
        // Not the idea ("tư tưởng Hồ Chí Minh"), not the alias "TP.HCM"; the ward with its type word.
        XCTAssertEqual(mentions(try XCTUnwrap(byName["Hồ Chí Minh"]), in: body), [
            Mention(text: "Hồ Chí Minh", offset: offset(of: "Hồ Chí Minh", after: "TP. ", in: body)),
            Mention(text: "phường Thạnh Mỹ Lợi", offset: offset(of: "phường Thạnh Mỹ Lợi", in: body)),
        ])
        // Not the person's name "Trương Hòa Bình".
        XCTAssertEqual(mentions(try XCTUnwrap(byName["Hòa Bình"]), in: body), [
            Mention(text: "Hòa Bình", offset: offset(of: "Hòa Bình", after: "tỉnh ", in: body)),
        ])
    }

    private let organizations = Article(path: "organizations.txt", title: "Cần Thơ triển khai nghị quyết", blocks: [
        Block(kind: .lead, text: "Sáng nay, Ban Thường vụ Thành ủy Cần Thơ họp với Ủy ban nhân dân tỉnh Lào Cai."),
        Block(kind: .paragraph, text: "Thành ủy giao UBND tỉnh Lào Cai và Ủy ban nhân dân tỉnh Lào Cai phối hợp."),
        Block(kind: .paragraph, text: "Bộ Chính trị đã kết luận; BCT yêu cầu Thành ủy Cần Thơ báo cáo."),
    ])

    func testOrganizationRangesSpellTheirNamesOrTheirAbbreviationAlone() throws {
        let found = EntityExtractor.extract(from: organizations)
        let body = organizations.bodyText
        XCTAssertEqual(found.organizations.map(\.name), [
            "Ban Thường vụ Thành ủy Cần Thơ", "Thành ủy Cần Thơ", "Ủy ban nhân dân tỉnh Lào Cai", "Bộ Chính trị",
        ])
        XCTAssertEqual(found.names.organizations.count, found.organizations.count)
        let ranges = found.names.organizations
        // The body of a committee names the committee too, in its last words.
        XCTAssertEqual(mentions(ranges[0], in: body), [
            Mention(text: "Ban Thường vụ Thành ủy Cần Thơ", offset: offset(of: "Ban Thường vụ", in: body)),
        ])
        // The bare "Thành ủy" is the article's own committee, but does not spell "Thành ủy Cần Thơ".
        XCTAssertEqual(mentions(ranges[1], in: body), [
            Mention(text: "Thành ủy Cần Thơ", offset: offset(of: "Thành ủy Cần Thơ", in: body)),
            Mention(text: "Thành ủy Cần Thơ", offset: offset(of: "Thành ủy Cần Thơ", after: "BCT yêu cầu ", in: body)),
        ])
        // "UBND tỉnh Lào Cai" is the same body under its abbreviation, not its name as shown.
        XCTAssertEqual(mentions(ranges[2], in: body), [
            Mention(text: "Ủy ban nhân dân tỉnh Lào Cai", offset: offset(of: "Ủy ban nhân dân tỉnh Lào Cai", in: body)),
            Mention(text: "Ủy ban nhân dân tỉnh Lào Cai", offset: offset(of: "Ủy ban nhân dân tỉnh Lào Cai", after: " và ", in: body)),
        ])
        XCTAssertEqual(found.organizations[3].abbreviation, "BCT")
        XCTAssertEqual(mentions(ranges[3], in: body), [
            Mention(text: "Bộ Chính trị", offset: offset(of: "Bộ Chính trị", in: body)),
            Mention(text: "BCT", offset: offset(of: "BCT", in: body)),
        ])
    }

    /// Ranges point into the body text the reader shows, blocks joined by a blank line.
    func testEveryRangeOfTheSeedsIsItsEntitysName() throws {
        for number in ["000", "001", "002", "003", "004"] {
            let seed = try SeedTests.seed(number)
            let found = EntityExtractor.extract(from: seed)
            let body = seed.bodyText
            for (person, ranges) in zip(found.people, found.names.people) {
                for mention in mentions(ranges, in: body) { XCTAssertEqual(mention.text, person.name, number) }
            }
            for (province, ranges) in zip(found.provinces, found.names.provinces) {
                for mention in mentions(ranges, in: body) {
                    XCTAssertTrue(mention.text == province.name || province.via.contains(mention.text), "\(number): \(mention)")
                }
            }
            XCTAssertEqual(found.names.organizations.count, found.organizations.count, number)
            for (organization, ranges) in zip(found.organizations, found.names.organizations) {
                for mention in mentions(ranges, in: body) {
                    XCTAssertTrue(mention.text == organization.name || mention.text == organization.abbreviation, "\(number): \(mention)")
                }
            }
            DocumentTestSupport.assertRanges(found.names.documents, of: found.documents, in: body)
            XCTAssertFalse(found.names.documents.joined().isEmpty, number)
            XCTAssertFalse(found.names.provinces.joined().isEmpty, number)
        }
    }

    /// The document pass reads the scanned body's bytes and gives each mention the bytes its
    /// scalar offset falls on, after letters of one to four bytes in earlier blocks.
    func testDocumentRangesAfterLettersOfEveryLength() {
        let article = Article(path: "wide.txt", title: "Quán triệt 𝐍ghị quyết", blocks: [
            Block(kind: .lead, text: "Ở Đắk Lắk 😀 và “Tây Nguyên”, cán bộ học Nghị quyết số 18-NQ/TW."),
            Block(kind: .paragraph, text: "Theo Nghị định 67/2014/NĐ-CP và Chỉ thị 05-CT/TW, 𝐀 tiếp tục Nghị quyết 18-NQ/TW."),
        ])
        let found = EntityExtractor.extract(from: article)
        let body = article.bodyText
        XCTAssertEqual(found.documents.map(\.id), ["18-NQ/TW", "67/2014/NĐ-CP", "5-CT/TW"])
        XCTAssertEqual(mentions(found.names.documents[0], in: body).map(\.text), ["Nghị quyết số 18-NQ/TW", "Nghị quyết 18-NQ/TW"])
        XCTAssertEqual(mentions(found.names.documents[1], in: body).map(\.text), ["Nghị định 67/2014/NĐ-CP"])
        DocumentTestSupport.assertRanges(found.names.documents, of: found.documents, in: body)
    }

    /// A body given decomposed (not through the parser) is scanned composed, but its documents'
    /// offsets and ranges count the text as given, as `baoterm extract` prints them.
    func testDocumentRangesOfADecomposedBodyCountItAsGiven() {
        let text = "Các cấp ủy thực hiện Nghị quyết số 18-NQ/TW và Chỉ thị 05-CT/TW của Bộ Chính trị."
        let article = Article(path: "nfd.txt", blocks: [Block(kind: .paragraph, text: text.decomposedStringWithCanonicalMapping)])
        let found = EntityExtractor.extract(from: article)
        XCTAssertEqual(found.documents.map(\.id), ["18-NQ/TW", "5-CT/TW"])
        XCTAssertEqual(found.documents, DocumentExtractor.extract(from: article, provinces: ProvinceResult()))
        DocumentTestSupport.assertRanges(found.names.documents, of: found.documents, in: article.bodyText)
    }
}
