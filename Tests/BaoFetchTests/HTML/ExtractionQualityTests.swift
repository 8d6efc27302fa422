import BaoCore
@testable import BaoFetch
import FetchFixtures
import XCTest

/// Body-text recall and furniture left on every fixture page of every site family.
final class ExtractionQualityTests: XCTestCase {
    func page(_ family: SiteFamily, _ article: FixtureArticle) -> String {
        family.page(article, url: "http://127.0.0.1/" + article.slug)
    }

    func testRecallAndFurnitureOnEverySiteFamily() {
        var scores: [ExtractionScore] = []
        for family in SiteFamily.allCases {
            for article in FixtureArticles.all {
                let extracted = ArticleExtractor.extract(html: page(family, article))
                let body = (extracted.lead.map { [$0] } ?? []) + extracted.blocks.map(\.text)
                let score = ExtractionScore(expected: family.expectedBody(article), extracted: body)
                scores.append(score)
                XCTAssertGreaterThanOrEqual(score.recall, 0.98, "\(family) \(article.slug): recall \(score.recall)\n\(body.joined(separator: "\n"))")
                XCTAssertLessThanOrEqual(score.furniture, 0.01, "\(family) \(article.slug): furniture \(score.furniture)\n\(body.joined(separator: "\n"))")
            }
        }
        let total = ExtractionScore(summing: scores)
        XCTAssertGreaterThanOrEqual(total.recall, 0.98)
        XCTAssertLessThanOrEqual(total.furniture, 0.01)
    }
}
