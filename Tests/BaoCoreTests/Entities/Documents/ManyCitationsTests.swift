import BaoCore
@testable import BaoEntities
import XCTest

/// One document cited tens of thousands of times in one article: one entry, every mention kept.
/// The merge once copied the growing mentions array on each citation, which made such a file hang.
final class ManyCitationsTests: XCTestCase {
    func testOneDocumentCitedManyTimesIsOneEntryWithEveryMention() {
        let count = 60_000
        let body = String(repeating: "Thực hiện Nghị quyết số 59-NQ/TW. ", count: count)
        let article = Article(path: "many.txt", title: "Tiêu đề", published: PublishedDate(year: 2021, month: 3, day: 1),
                              blocks: [Block(kind: .paragraph, text: body)])
        let documents = DocumentExtractor.extract(from: article, provinces: ProvinceResult())
        XCTAssertEqual(documents.count, 1)
        XCTAssertEqual(documents.first?.id, "59-NQ/TW")
        XCTAssertEqual(documents.first?.mentions.count, count)
        let scalars = Array(article.bodyText.unicodeScalars)
        if let last = documents.first?.mentions.last {
            let start = last.offset
            let end = start + last.text.unicodeScalars.count
            XCTAssertLessThanOrEqual(end, scalars.count)
            if end <= scalars.count {
                XCTAssertEqual(String(String.UnicodeScalarView(scalars[start..<end])), last.text)
            }
        }
    }
}
