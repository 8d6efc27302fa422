import BaoCore
@testable import BaoFetch
import FetchFixtures
import XCTest

final class ArticleExtractorTests: XCTestCase {
    let article = FixtureArticles.canTho

    func testProvincialPortalFields() {
        let page = SiteFamily.provincialPortal.page(article, url: "http://x/a")
        let extracted = ArticleExtractor.extract(html: page)
        XCTAssertEqual(extracted.title, article.title)
        XCTAssertEqual(extracted.published?.iso, "2024-09-12T08:15")
        XCTAssertEqual(extracted.rubric, "Xây dựng Đảng")
        XCTAssertEqual(extracted.byline, "Bài, ảnh: NGỌC THIỆN")
        XCTAssertEqual(extracted.blocks.first?.text, article.lead)
        XCTAssertEqual(extracted.blocks.filter { $0.kind == .caption }.map(\.text),
                       ["Quang cảnh hội nghị sơ kết tại Trung tâm Hội nghị thành phố (Ảnh: Ngọc Thiện)"])
        let all = extracted.bodyText
        for furniture in ["Chia sẻ", "Tin liên quan", "Ý kiến bạn đọc", SiteFamily.provincialPortal.furniture[10]] {
            XCTAssertFalse(all.contains(furniture), furniture)
        }
    }

    func testNationalPaperFieldsFromMetaAndSapo() {
        let page = SiteFamily.nationalPaper.page(FixtureArticles.haNoi, url: "http://x/b")
        let extracted = ArticleExtractor.extract(html: page)
        XCTAssertEqual(extracted.title, FixtureArticles.haNoi.title)
        XCTAssertEqual(extracted.published?.iso, "2025-01-15T09:30")
        XCTAssertEqual(extracted.rubric, "Thời sự")
        XCTAssertEqual(extracted.lead, FixtureArticles.haNoi.lead)
        XCTAssertEqual(extracted.byline, "Thanh Hà")
        XCTAssertEqual(extracted.blocks.count, 4)  // three paragraphs and one figure caption
        XCTAssertEqual(extracted.blocks[1].kind, .caption)
        XCTAssertFalse(extracted.isPhotoGallery)
    }

    func testNewsAgencyKeepsTheAgencyLeadAndDropsInlineSeeAlsoLinks() {
        let page = SiteFamily.newsAgency.page(FixtureArticles.laoCai, url: "http://x/c")
        let extracted = ArticleExtractor.extract(html: page)
        XCTAssertEqual(extracted.rubric, "Kinh tế")
        XCTAssertEqual(extracted.published?.iso, "2024-06-20T15:40")
        XCTAssertTrue(extracted.blocks.first?.text.hasPrefix("LÀO CAI (TTXVN) - Ủy ban nhân dân tỉnh Lào Cai") ?? false)
        XCTAssertFalse(extracted.bodyText.contains("Xem thêm"))
        XCTAssertEqual(extracted.blocks.last?.text, FixtureArticles.laoCai.paragraphs.last)
    }

    func testLegacyPortalWithBreakSeparatedParagraphs() {
        let page = SiteFamily.legacyPortal.page(FixtureArticles.daNang, url: "http://x/d")
        let extracted = ArticleExtractor.extract(html: page)
        XCTAssertEqual(extracted.published?.iso, "2024-11-02T16:05")
        XCTAssertEqual(extracted.rubric, "Xây dựng Đảng")
        XCTAssertEqual(extracted.byline, "Văn Hùng")
        XCTAssertEqual(extracted.blocks.map(\.text).filter { FixtureArticles.daNang.paragraphs.contains($0) }.count, 3)
        XCTAssertFalse(extracted.bodyText.contains("Các tin khác"))
    }

    func testPhotoGalleryPageIsRecognised() {
        let extracted = ArticleExtractor.extract(html: FixtureSite.galleryPage)
        XCTAssertTrue(extracted.isPhotoGallery)
        XCTAssertEqual(extracted.imageCount, 4)
    }

    func testCommentsAfterAnUnmarkedHeadingEndTheArticle() {
        let html = """
        <html><body><h1>Tiêu đề bài viết về công tác cán bộ</h1><div>
        <p>Đoạn một của bài viết có đủ độ dài để được xem là nội dung chính của trang.</p>
        <p>Đoạn hai của bài viết cũng dài như vậy, nói về công tác cán bộ ở địa phương.</p>
        <h3>Ý kiến bạn đọc</h3><p>Một bình luận dài của bạn đọc không thuộc về bài viết này chút nào.</p></div></body></html>
        """
        let extracted = ArticleExtractor.extract(html: html)
        XCTAssertEqual(extracted.blocks.map(\.text).count, 2)
        XCTAssertFalse(extracted.bodyText.contains("bình luận"))
    }

    func testISODates() {
        XCTAssertEqual(ArticleExtractor.isoDate("2025-07-15T08:30:00+07:00")?.iso, "2025-07-15T08:30")
        XCTAssertEqual(ArticleExtractor.isoDate("2025-07-15")?.iso, "2025-07-15")
        XCTAssertNil(ArticleExtractor.isoDate("15/07/2025"))
        XCTAssertNil(ArticleExtractor.isoDate("2025-13-01"))
    }
}
