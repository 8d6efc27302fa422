@testable import BaoArticle
import BaoCore
import XCTest

/// Page furniture never eats the article: a share row or a print button anywhere in a page is
/// dropped, and the body around it is kept whole.
final class FurnitureTests: XCTestCase {
    static let furnitureLines = [
        "Chia sẻ Zalo", "Chia sẻ Facebook", "In bài", "Gửi email", "Chia sẻ", "Facebook Twitter Zalo Email", "Quảng cáo",
    ]

    /// Every seed, with each furniture line inserted at each line position, keeps its whole body.
    func testEverySeedKeepsItsWholeBodyWhereverFurnitureStands() throws {
        for number in ["000", "001", "002", "003", "004"] {
            let path = try SeedTests.seedPath(number)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let original = ArticleParser.parse(text: text, path: path)
            XCTAssertFalse(original.bodyText.isEmpty)
            let lines = text.components(separatedBy: "\n")
            for furniture in Self.furnitureLines {
                for position in 1...lines.count {
                    var changed = lines
                    changed.insert(furniture, at: position)
                    let article = ArticleParser.parse(text: changed.joined(separator: "\n"), path: path)
                    XCTAssertEqual(article.bodyText, original.bodyText, "seed \(number): \"\(furniture)\" at line \(position)")
                    if article.bodyText != original.bodyText { break }
                }
            }
        }
    }

    func testAShareRowUnderTheBylineKeepsTheArticle() {
        let page = """
        Thứ Hai, 28/01/2019 | 15:27

        Tỉnh ủy quán triệt nghị quyết

        Hoàng Minh

        Chia sẻ Zalo

        In bài

        Sáng nay, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết cho cán bộ chủ chốt của tỉnh.

        Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy, chủ trì hội nghị và yêu cầu các cấp ủy triển khai ngay trong quý.

        Tin khác

        Một tin khác của trang
        """
        let article = ArticleParser.parse(text: page, path: "x.txt")
        XCTAssertTrue(article.bodyText.contains("Sáng nay, Ban Thường vụ Tỉnh ủy"), article.bodyText)
        XCTAssertTrue(article.bodyText.contains("Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy"), article.bodyText)
        XCTAssertFalse(article.bodyText.contains("Chia sẻ"))
        XCTAssertFalse(article.bodyText.contains("In bài"))
        XCTAssertFalse(article.bodyText.contains("Một tin khác"))
        XCTAssertEqual(article.author, "Hoàng Minh")
        XCTAssertEqual(EntityExtractor.extract(from: article).people.map(\.name), ["Nguyễn Văn Bình"])
    }

    func testAHeadingOfThePageTailAboveTheBodyDoesNotCutIt() {
        let lines = [
            "Huyện ủy tổng kết công tác năm",
            "Tin khác",
            "Chiều qua, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng và triển khai nhiệm vụ năm mới.",
            "Hội nghị đã biểu dương nhiều tập thể và cá nhân có thành tích xuất sắc trong năm qua ở các xã.",
            "Ý kiến bạn đọc",
            "Bài viết rất hay, cảm ơn tác giả đã phản ánh kịp thời những kết quả của địa phương chúng tôi.",
        ]
        let body = ArticleParser.parse(text: lines.joined(separator: "\n"), path: "x.txt").bodyText
        XCTAssertTrue(body.contains("Hội nghị đã biểu dương"), body)
        XCTAssertFalse(body.contains("Bài viết rất hay"), body)
    }

    func testARelatedBoxAboveTheBodyIsAListOfHeadlines() {
        let page = """
        Thành ủy họp phiên thường kỳ

        Tin liên quan

        Thành ủy bàn công tác cán bộ quý I

        Ban Thường vụ làm việc với quận

        Sáng nay, Thành ủy họp phiên thường kỳ tháng này để cho ý kiến vào nhiều nội dung quan trọng của thành phố.

        Hội nghị thống nhất chủ trương và giao các cơ quan tham mưu hoàn thiện hồ sơ trình cấp có thẩm quyền.
        """
        let article = ArticleParser.parse(text: page, path: "x.txt")
        XCTAssertTrue(article.bodyText.contains("Hội nghị thống nhất chủ trương"), article.bodyText)
        XCTAssertEqual(article.related.map(\.title), ["Thành ủy bàn công tác cán bộ quý I", "Ban Thường vụ làm việc với quận"])
    }
}
