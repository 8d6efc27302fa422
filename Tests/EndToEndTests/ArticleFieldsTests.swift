import BaoCore
@testable import BaoCorpus
import GRDB
import XCTest

/// The article's fields are written out by hand in several places: the JSON the index stores, the
/// `extract` record, the `show --json` record and the index's article columns. Each place must carry
/// every stored property of `Article`, or name it below with the reason it leaves it out, so that a
/// field added to the model and forgotten in one of them fails here.
final class ArticleFieldsTests: XCTestCase {
    /// Every property set, so that writers which leave nil values out still show each key.
    private let article = Article(
        path: "/corpus/a.txt", title: "Nghị quyết 59", subtitle: "Bài 2: Sâu sát cơ sở", series: "Bài 2",
        section: "Xây dựng Đảng", published: PublishedDate(year: 2017, month: 3, day: 9, hour: 7, minute: 5),
        dateline: "Cần Thơ", source: "TTXVN", url: "https://example.vn/a", author: "Minh Anh",
        blocks: [Block(kind: .lead, text: "Dòng đầu"), Block(kind: .caption, text: "Ảnh", credit: "TTXVN")],
        related: [RelatedArticle(title: "Tin khác", text: "Nội dung")], warnings: ["year inferred"])

    /// `Article`'s stored properties, in declaration order.
    private var fields: [String] { Mirror(reflecting: article).children.compactMap(\.label) }

    // MARK: Where each place deliberately leaves a field out

    /// `extract` prints metadata and entities, one object per article, for scripts that aggregate a corpus.
    private let extractOmits: [String: String] = [
        // The text is what `show --json` is for; entity offsets already point into it.
        "blocks": "the body text is printed by show --json, not by extract",
    ]

    /// `show --json` is the whole parsed article.
    private let showOmits: [String: String] = [:]

    /// The stored JSON is the article itself (block texts are slices of the stored body).
    private let storedOmits: [String: String] = [:]

    /// The index's `article` and `article_content` columns are what lists, searches and facets read;
    /// the whole article is kept in `article_json`, which the reader decodes.
    private let indexOmits: [String: String] = [
        "subtitle": "searched through search_title, shown from article_json",
        "series": "shown from article_json; no list or query reads it",
        "dateline": "shown from article_json; no list or query reads it",
        "blocks": "stored as body (their texts joined) and in article_json (kinds, credits, lengths)",
        "related": "shown from article_json; never searched (it belongs to other articles)",
        "warnings": "shown from article_json; no list or query reads it",
    ]

    // MARK: Tests

    func testTheFixtureSetsEveryField() {
        XCTAssertEqual(fields.count, 13, "Article gained or lost a property: add it to the fixture and to each place below")
        for child in Mirror(reflecting: article).children {
            let value = Mirror(reflecting: child.value)
            let empty = (value.displayStyle == .optional || value.displayStyle == .collection) && value.children.isEmpty
            XCTAssertFalse(empty, "\(child.label ?? "?") is not set in the fixture")
        }
    }

    func testStoredJSONWritesEveryField() throws {
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: StoredJSON.article(article)) as? [String: Any])
        let stored = try XCTUnwrap(object["article"] as? [String: Any])
        assertCarries(Set(stored.keys), omitting: storedOmits, place: "the stored JSON (StoredJSON.article)")
    }

    func testExtractRecordCarriesEveryField() throws {
        let result = try runBaoterm(["extract", "--format", "json", try fixtureFile()])
        XCTAssertEqual(result.status, 0, result.stderr)
        let record = try XCTUnwrap(result.jsonArray.first)
        assertCarries(Set(record.keys), omitting: extractOmits, place: "extract --json (ExtractRecord)")
    }

    func testShowRecordCarriesEveryField() throws {
        let result = try runBaoterm(["show", "--json", try fixtureFile()])
        XCTAssertEqual(result.status, 0, result.stderr)
        let record = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        assertCarries(Set(record.keys), omitting: showOmits, place: "show --json (ShowRecord)")
    }

    func testIndexColumnsCarryEveryField() throws {
        let folder = try TempFolder()
        try folder.write("c/a.txt", try String(contentsOfFile: try fixtureFile(), encoding: .utf8))
        let index = folder.file("i.sqlite")
        let result = try runBaoterm(["index", folder.file("c"), "--index", index])
        XCTAssertEqual(result.status, 0, result.stderr)
        let columns = try DatabaseQueue(path: index).read { db in
            try Set(db.columns(in: "article").map(\.name) + db.columns(in: "article_content").map(\.name))
        }
        XCTAssertTrue(columns.contains("article_json"), "the index no longer keeps the whole article: revisit the omissions")
        // Column names are the fields in snake case.
        let fieldColumns = Set(fields.filter { columns.contains(Self.snakeCase($0)) })
        assertCarries(fieldColumns, omitting: indexOmits, place: "the index's article columns (schema and insert)")
    }

    // MARK: Helpers

    /// Every field is among `keys` unless `omitting` names it; every omission is a real field that
    /// is really absent, so the list cannot go stale.
    private func assertCarries(_ keys: Set<String>, omitting: [String: String], place: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        for field in fields where omitting[field] == nil {
            XCTAssertTrue(keys.contains(field), "\(place) does not write Article.\(field)", file: file, line: line)
        }
        for (field, reason) in omitting {
            XCTAssertTrue(fields.contains(field), "\(place): '\(field)' is listed as left out but is not a field of Article", file: file, line: line)
            XCTAssertFalse(keys.contains(field), "\(place) now writes \(field): remove it from the omissions (\(reason))", file: file, line: line)
        }
    }

    private static func snakeCase(_ name: String) -> String {
        name.unicodeScalars.reduce(into: "") { out, scalar in
            if CharacterSet.uppercaseLetters.contains(scalar) { out += "_" + String(scalar).lowercased() } else { out.unicodeScalars.append(scalar) }
        }
    }

    /// A seed article; the records write every key, null or empty when the article lacks the value.
    private func fixtureFile() throws -> String {
        let seeds = Binary.packageRoot.appendingPathComponent("seeds")
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted().first)
        return seeds.appendingPathComponent(name).path
    }
}
