import BaoCore
import BaoTestSupport
import XCTest

final class MemoryCorpusTests: XCTestCase {
    /// A corpus loaded from files keeps the ranges the extractors give, as the index does: every
    /// mention of every cited document has the range of the body whose bytes are its wording.
    func testLoadedArticlesKeepTheirDocumentRanges() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
        let (corpus, problems) = MemoryCorpus.load(paths: [seeds])
        XCTAssertEqual(problems.count, 0)
        let summaries = try corpus.articles(matching: ArticleFilter())
        XCTAssertEqual(summaries.count, 5)
        var mentions = 0
        for summary in summaries {
            let (article, entities) = try XCTUnwrap(try corpus.article(id: summary.id))
            let body = Array(article.bodyText.utf8)
            XCTAssertEqual(entities.names.documents.map(\.count), entities.documents.map(\.mentions.count), summary.path)
            for (document, ranges) in zip(entities.documents, entities.names.documents) {
                for (mention, range) in zip(document.mentions, ranges) {
                    XCTAssertLessThanOrEqual(range.upperBound, body.count, summary.path)
                    guard range.upperBound <= body.count else { continue }
                    XCTAssertEqual(String(decoding: body[range], as: UTF8.self), mention.text, summary.path)
                    mentions += 1
                }
            }
        }
        XCTAssertGreaterThan(mentions, 10)
    }
}
