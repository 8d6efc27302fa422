import XCTest
@testable import BaoCore

/// A document's title is its own: quoted, or the "về …" subject right after its symbol, issuer or
/// date, cut where the subject ends; none rather than a fragment of a sentence about something else.
final class DocumentTitleTests: XCTestCase {
    private func title(_ body: String, id: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        DocumentTestSupport.one(DocumentTestSupport.documents(body), id: id, file: file, line: line)?.title
    }

    func testSubjectEndsBeforeAVerbPhrase() {
        XCTAssertEqual(title("Nghị quyết 12-NQ/TW về chỉnh đốn Đảng hiện nay cũng không xa với suy nghĩ của nhiều người.", id: "12-NQ/TW"),
                       "chỉnh đốn Đảng hiện nay")
        XCTAssertEqual(title("Nghị quyết 35/NQ-CP về hỗ trợ doanh nghiệp đến năm 2020 vừa tổng kết một năm.", id: "35/NQ-CP"),
                       "hỗ trợ doanh nghiệp đến năm 2020")
    }

    func testSubjectEndsAtACommaThatOpensAClause() {
        XCTAssertEqual(title("Nghị định 20/2016/NĐ-CP về xử phạt trong lĩnh vực môi trường, có hiệu lực từ ngày 1/2, phạt nặng hành vi xả rác.",
                             id: "20/2016/NĐ-CP"), "xử phạt trong lĩnh vực môi trường")
        XCTAssertEqual(title("Nghị định 30/2014/NĐ-CP về tổ chức các sở, trong đó yêu cầu mỗi sở có ba phó giám đốc.", id: "30/2014/NĐ-CP"),
                       "tổ chức các sở")
        // A comma inside the subject stays: "nâng cao năng lực cạnh tranh, định hướng đến năm 2020".
        XCTAssertEqual(title("Nghị quyết 19-2017/NQ-CP về cải thiện môi trường kinh doanh, định hướng đến năm 2020.", id: "19/2017/NQ-CP"),
                       "cải thiện môi trường kinh doanh, định hướng đến năm 2020")
    }

    func testSubjectEndsBeforeTheIssuingBody() {
        XCTAssertEqual(title("Thực hiện Chỉ thị 40-CT/TW về tín dụng chính sách của Ban Bí thư, tỉnh đã giải ngân nhiều vốn.", id: "40-CT/TW"),
                       "tín dụng chính sách")
    }

    func testAClosingQuoteOpensNoTitle() {
        XCTAssertNil(title("\"Phải giảm biên chế theo tinh thần Nghị quyết 39-NQ/TW\", ông nói. Vị trưởng ban nói thêm về nguồn vốn.", id: "39-NQ/TW"))
    }

    func testAPartOfTheDocumentHasItsOwnSubject() {
        XCTAssertNil(title("Theo Điều 30 của Nghị định số 74/2013/NĐ-CP về quản lý thuê bao trả trước, nhà mạng phải xác minh.", id: "74/2013/NĐ-CP"))
    }

    func testALawNamedWithoutNumberStaysInTheSubject() {
        XCTAssertEqual(title("Nghị định 25/2011/NĐ-CP về hướng dẫn thi hành một số điều của Luật Viễn thông đã được sửa.", id: "25/2011/NĐ-CP"),
                       "hướng dẫn thi hành một số điều của Luật Viễn thông")
    }

    func testAFragmentEndingInOfIsNoTitle() {
        XCTAssertNil(title("Nghị định 15/2016/NĐ-CP về sửa đổi, bổ sung một số điều của Nghị định 79/2012/NĐ-CP đã có hiệu lực.", id: "15/2016/NĐ-CP"))
    }

    func testCongressResolutionHasNoSubject() {
        let found = DocumentTestSupport.documents("Thực hiện Nghị quyết Đại hội XII của Đảng về vấn đề xử lý nợ xấu của ngân hàng.")
        XCTAssertEqual(found.map(\.key), ["NQĐH-XII"])
        XCTAssertNil(found.first?.title)
    }
}
