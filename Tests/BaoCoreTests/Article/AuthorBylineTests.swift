@testable import BaoArticle
import BaoCore
import XCTest

/// Bylines that sign with a full name and a unit are the author (issue 11, point 6).
final class AuthorBylineTests: XCTestCase {
    private let body = """
    Tỉnh ủy quán triệt nghị quyết mới
    Các cấp ủy đã quán triệt đầy đủ nghị quyết tới cán bộ, đảng viên trong toàn tỉnh thời gian qua.
    Việc học tập được tổ chức nghiêm túc, bảo đảm chất lượng và đúng kế hoạch đề ra của cấp trên.
    """

    func testANameWithItsUnitInParentheses() {
        let article = ArticleParser.parse(text: body + "\nNguyễn Thị Lan (Ban Tổ chức Tỉnh ủy Nghệ An)", path: "x.txt")
        XCTAssertEqual(article.author, "Nguyễn Thị Lan")
        XCTAssertNotEqual(article.source, "Ban Tổ chức Tỉnh ủy Nghệ An")
    }

    func testAuthorLabel() {
        XCTAssertEqual(Byline.parse("Tác giả: Trần Văn Bình"), .init(author: "Trần Văn Bình", source: nil))
    }

    func testANameThenItsUnitAfterADash() {
        XCTAssertEqual(Byline.parse("Lê Văn Tâm - Đảng ủy Khối các cơ quan tỉnh"), .init(author: "Lê Văn Tâm", source: nil))
        let article = ArticleParser.parse(text: body + "\nLê Văn Tâm - Đảng ủy Khối Doanh nghiệp tỉnh", path: "x.txt")
        XCTAssertEqual(article.author, "Lê Văn Tâm")
        XCTAssertFalse(article.bodyText.contains("Lê Văn Tâm"))
        // Two writers joined by a dash: the second is no unit.
        XCTAssertNotEqual(Byline.parse("Trần Hoàng - Trường Phong")?.author, "Trần Hoàng")
        XCTAssertNotEqual(Byline.parse("Trần Hoàng – Trường Phong (thực hiện)")?.author, "Trần Hoàng")
        // A source line keeps its source.
        XCTAssertEqual(Byline.parse("Theo Tuấn Thành (Công an TP)")?.source, "Công an TP")
        // Two places joined by a dash are no byline.
        XCTAssertNotEqual(Byline.parse("Hà Nội - Sài Gòn")?.author, "Hà Nội")
    }
}
