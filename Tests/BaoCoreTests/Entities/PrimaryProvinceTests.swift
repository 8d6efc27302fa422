import BaoCore
@testable import BaoEntities
import XCTest

/// The primary province (issue 11, point 7), on texts written for the test.
final class PrimaryProvinceTests: XCTestCase {
    private func primary(_ lines: [String]) -> String? {
        let article = ArticleParser.parse(text: lines.joined(separator: "\n"), path: "x.txt")
        return ProvinceExtractor.extract(from: article).primary
    }

    func testOurProvinceIsTheProvinceNamedOnce() {
        XCTAssertEqual(primary([
            "Đẩy mạnh học tập và làm theo gương Bác",
            "Những năm qua, tỉnh ta đã đạt nhiều kết quả trong việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            "Ban Thường vụ Tỉnh ủy Quảng Trị xác định đây là nhiệm vụ thường xuyên. Nhiều mô hình hay của tỉnh ta được nhân rộng. Đoàn công tác của tỉnh ta đã ra Hà Nội học tập, làm việc với Đà Nẵng.",
            "Thời gian tới, tỉnh ta tiếp tục đẩy mạnh phong trào. Hà Nội và Đà Nẵng là những địa phương làm tốt.",
        ]), "Quảng Trị")
    }

    func testANationalBodyMeetingInHanoiIsNotAboutHanoi() {
        XCTAssertNil(primary([
            "Ủy ban Thường vụ Quốc hội khai mạc phiên họp tại Hà Nội",
            "Sáng nay, tại Hà Nội, Ủy ban Thường vụ Quốc hội khai mạc phiên họp thứ 10 dưới sự chủ trì của Chủ tịch Quốc hội.",
            "Phiên họp cho ý kiến về dự án luật và các báo cáo giám sát của Quốc hội trong cả nước.",
        ]))
        // Local news "tại Gia Lai" in a title is about Gia Lai.
        XCTAssertEqual(primary([
            "Vụ tai nạn thảm khốc tại Gia Lai",
            "Sáng nay, một vụ tai nạn giao thông nghiêm trọng xảy ra trên quốc lộ, làm nhiều người thương vong.",
        ]), "Gia Lai")
        // A Hanoi body acting in Hanoi is about Hanoi.
        XCTAssertEqual(primary([
            "Thành ủy Hà Nội tổng kết công tác năm",
            "Sáng nay, tại Hà Nội, Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác xây dựng Đảng của thành phố.",
        ]), "Hà Nội")
    }
}
