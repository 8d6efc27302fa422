import BaoCore
@testable import BaoCorpus
import XCTest

/// The index shows the title most citing articles agree on, not the first one it met.
final class DocumentTitleVoteTests: XCTestCase {
    func testTitleMostArticlesAgreeOn() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nMở đầu.\nTỉnh thực hiện Nghị quyết 35/NQ-CP ngày 16/5/2016 về việc cấp phép nhanh.")
        try corpus.write("b.txt", "Tin hai\nMở đầu.\nSở triển khai Nghị quyết 35/NQ-CP ngày 16/5/2016 về hỗ trợ và phát triển doanh nghiệp đến năm 2020.")
        try corpus.write("c.txt", "Tin ba\nMở đầu.\nHiệp hội bàn Nghị quyết 35/NQ-CP ngày 16/5/2016 về Hỗ trợ và phát triển doanh nghiệp đến năm 2020.")
        try corpus.write("d.txt", "Tin bốn\nMở đầu.\nDoanh nghiệp nhắc Nghị quyết 35/NQ-CP ngày 16/5/2016 của Chính phủ.")
        let index = try corpus.open()
        _ = try index.refresh(roots: [corpus.folder])
        let document = try XCTUnwrap(index.documents().first { $0.key == "35/NQ-CP@2016" })
        XCTAssertEqual(document.count, 4)
        // Two articles agree (case aside), one says something else, one gives no title.
        XCTAssertEqual(DocumentTitle.agreementKey(document.title ?? ""), "ho tro va phat trien doanh nghiep den nam 2020")
        XCTAssertEqual(try index.document("35/NQ-CP@2016")?.document.title, document.title)
    }

    func testTieShowsNoTitle() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nMở đầu.\nTỉnh thực hiện Nghị quyết 36/NQ-CP ngày 1/6/2016 về việc cấp phép nhanh.")
        try corpus.write("b.txt", "Tin hai\nMở đầu.\nSở triển khai Nghị quyết 36/NQ-CP ngày 1/6/2016 về chính phủ điện tử.")
        let index = try corpus.open()
        _ = try index.refresh(roots: [corpus.folder])
        let document = try XCTUnwrap(index.documents().first { $0.key == "36/NQ-CP@2016" })
        XCTAssertNil(document.title)
    }

    func testAgreementKeyIgnoresCaseQuotesAndALeadingVe() {
        XCTAssertEqual(DocumentTitle.agreementKey("Về “Đẩy mạnh học tập”"), DocumentTitle.agreementKey("đẩy mạnh học tập"))
        XCTAssertNotEqual(DocumentTitle.agreementKey("đẩy mạnh học tập"), DocumentTitle.agreementKey("đẩy mạnh học"))
    }
}
