import BaoCore
@testable import BaoEntities
import XCTest

/// Runs the document pass over sentences written for the tests.
enum DocumentTestSupport {
    /// The documents of a one-paragraph article.
    static func documents(
        _ body: String, title: String? = nil, published: PublishedDate? = nil,
        primary: String? = nil, provinces: [String] = [], via: [String: [String]] = [:]
    ) -> [DocumentCitation] {
        let article = Article(path: "test.txt", title: title, published: published, blocks: [Block(kind: .paragraph, text: body)])
        var names = provinces
        if let primary, !names.contains(primary) { names.append(primary) }
        let result = ProvinceResult(
            provinces: names.map { ProvinceMention(name: $0, postMerger: $0, mentions: 1, via: via[$0] ?? []) },
            primary: primary)
        let found = DocumentExtractor.extract(from: article, provinces: result)
        assertOffsets(found, in: article.bodyText)
        let withRanges = DocumentExtractor.extract(scanned: ScannedArticle(article), published: published, provinces: result)
        XCTAssertEqual(withRanges.documents, found)
        assertRanges(withRanges.ranges, of: found, in: article.bodyText)
        return found
    }

    /// Every mention's UTF-8 range (`NameRanges.documents`) holds its wording and starts where its
    /// offset in Unicode scalars does: both say the same place.
    static func assertRanges(_ ranges: [[Range<Int>]], of documents: [DocumentCitation], in body: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(ranges.map(\.count), documents.map(\.mentions.count), file: file, line: line)
        let bytes = Array(body.utf8)
        let scalars = Array(body.unicodeScalars)
        for (document, ranges) in zip(documents, ranges) {
            for (mention, range) in zip(document.mentions, ranges) {
                guard range.lowerBound >= 0, range.upperBound <= bytes.count, mention.offset <= scalars.count else {
                    XCTFail("range \(range) of \(mention.text) outside the body", file: file, line: line)
                    continue
                }
                XCTAssertEqual(String(decoding: bytes[range], as: UTF8.self), mention.text, file: file, line: line)
                let start = scalars[..<mention.offset].reduce(0) { $0 + $1.utf8.count }
                XCTAssertEqual(range.lowerBound, start, "\(mention)", file: file, line: line)
            }
        }
    }

    /// Every mention's offset (in Unicode scalars) points at its wording in the body.
    static func assertOffsets(_ documents: [DocumentCitation], in body: String, file: StaticString = #filePath, line: UInt = #line) {
        let scalars = Array(body.unicodeScalars)
        for document in documents {
            for mention in document.mentions {
                let wording = Array(mention.text.unicodeScalars)
                let inRange = mention.offset >= 0 && mention.offset + wording.count <= scalars.count
                XCTAssertTrue(inRange, "offset \(mention.offset) of \(mention.text) outside the body", file: file, line: line)
                if inRange {
                    XCTAssertEqual(Array(scalars[mention.offset..<(mention.offset + wording.count)]), wording,
                                   "offset \(mention.offset) does not point at \(mention.text)", file: file, line: line)
                }
            }
        }
    }

    /// The one document with this id, failing the test when there is not exactly one.
    static func one(_ documents: [DocumentCitation], id: String, file: StaticString = #filePath, line: UInt = #line) -> DocumentCitation? {
        let matching = documents.filter { $0.id == id }
        XCTAssertEqual(matching.count, 1, "documents with id \(id) among \(documents.map(\.key))", file: file, line: line)
        return matching.first
    }
}
