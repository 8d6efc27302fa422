import BaoCore
@testable import BaoEntities
import XCTest

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

    func testATypeWordWithoutItsNumberIsPartOfTheSubject() {
        XCTAssertEqual(title("Nghị định 05/2019/NĐ-CP về sửa đổi, bổ sung một số nghị định hướng dẫn thi hành Luật Đầu tư chính thức có hiệu lực từ hôm nay.",
                             id: "5/2019/NĐ-CP"), "sửa đổi, bổ sung một số nghị định hướng dẫn thi hành Luật Đầu tư")
        XCTAssertEqual(title("Nghị quyết 02/NQ-CP về những nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2019 đã được các bộ triển khai.",
                             id: "2/NQ-CP"), "những nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2019")
        // A type word that is also a verb of the sentence still ends the subject.
        XCTAssertEqual(title("Nghị định 100/2019/NĐ-CP về xử phạt trong lĩnh vực giao thông quy định mức phạt mới với người say rượu.", id: "100/2019/NĐ-CP"),
                       "xử phạt trong lĩnh vực giao thông")
    }

    func testAPartNamedWithoutCuaKeepsTheDocumentsSubject() {
        XCTAssertEqual(title("Theo khoản 2 Điều 5 Nghị định 100/2019/NĐ-CP về xử phạt trong lĩnh vực giao thông, hành vi này bị phạt nặng.",
                             id: "100/2019/NĐ-CP"), "xử phạt trong lĩnh vực giao thông")
    }

    func testASubjectCutInsideAPhraseOrSummarisingGivesNoTitle() {
        // Cut at "quy định", the subject would end on "một số": a fragment.
        XCTAssertNil(title("Nghị định 30/2018/NĐ-CP về sửa đổi một số quy định về kinh doanh xăng dầu được nhiều doanh nghiệp hoan nghênh.", id: "30/2018/NĐ-CP"))
        // "nhiều quy định": the writer's summary of the content, not the document's own title.
        XCTAssertNil(title("Bộ Tài chính ban hành Thông tư 50/2018/TT-BTC về điều chỉnh nhiều quy định về thu lệ phí trước bạ.", id: "50/2018/TT-BTC"))
        XCTAssertNil(title("Thông tư 51/2018/TT-BTC về hàng loạt khoản phí mới.", id: "51/2018/TT-BTC"))
        // Words folded alike are not confused: a title may end in "mới", "bảo vệ" or "vấn đề".
        XCTAssertEqual(title("Nghị quyết 26-NQ/TW về xây dựng nông thôn mới được quán triệt.", id: "26-NQ/TW"), "xây dựng nông thôn mới")
        XCTAssertEqual(title("Luật số 55/2014/QH13 về bảo vệ môi trường có hiệu lực.", id: "55/2014/QH13"), "bảo vệ môi trường")
        // "tiếp theo" ends a phrase; "theo" alone opens one.
        XCTAssertEqual(title("Kết luận 30-KL/TW về quy hoạch cán bộ đến năm 2025 và những năm tiếp theo gắn với luân chuyển đã được kiểm tra.", id: "30-KL/TW"),
                       "quy hoạch cán bộ đến năm 2025 và những năm tiếp theo")
        XCTAssertNil(title("Nghị định 31/2018/NĐ-CP về xử phạt theo Nghị định 20/2016/NĐ-CP đã được sửa.", id: "31/2018/NĐ-CP"))
    }

    func testABodyNamedAfterACommaOpensTheNextClause() {
        XCTAssertEqual(title("Theo Nghị định 15/2019/NĐ-CP của Chính phủ về tổ chức các cơ quan chuyên môn thuộc UBND tỉnh, TP trực thuộc TƯ, Sở Y tế hiện thừa hai phó giám đốc.",
                             id: "15/2019/NĐ-CP"), "tổ chức các cơ quan chuyên môn thuộc UBND tỉnh, TP trực thuộc TƯ")
        // Bodies listed in the subject itself are not named: "UBND các huyện".
        XCTAssertEqual(title("Nghị định 16/2019/NĐ-CP về việc giao các sở, UBND các huyện tổ chức chiếu sáng vào cuối tuần.", id: "16/2019/NĐ-CP"),
                       "việc giao các sở, UBND các huyện tổ chức chiếu sáng vào cuối tuần")
    }

    func testAnotherDocumentOrAClosingBracketEndsTheSubject() {
        // "Báo cáo số 12/BC-…" and "các văn bản số …" name other documents from the comma or "và" on.
        XCTAssertEqual(title("Quốc hội nghe Tờ trình 90/TTr-UBTVQH14 về dự kiến chương trình giám sát năm 2019, Báo cáo số 12/BC-UBTVQH14 ngày 5 tháng 6 năm 2018.",
                             id: "90/TTr-UBTVQH14"), "dự kiến chương trình giám sát năm 2019")
        XCTAssertEqual(title("Theo Thông tư 20/2018/TT-BTC về chuyển nhượng tên miền không qua đấu giá và các văn bản số 35/TCT-CS của Tổng cục Thuế, phí được miễn.",
                             id: "20/2018/TT-BTC"), "chuyển nhượng tên miền không qua đấu giá")
        // The citation stood in brackets.
        XCTAssertEqual(title("Giải thưởng được cộng dồn (theo Thông tư 05/2019/TT-BTC về việc hướng dẫn quản lý tài chính đối với doanh nghiệp xổ số), giá trị giải tăng dần.",
                             id: "5/2019/TT-BTC"), "việc hướng dẫn quản lý tài chính đối với doanh nghiệp xổ số")
    }

    func testAPlenumOfUnknownTermHasNoTitle() {
        // Plenum 5 of which term: each term's plenum had its own resolutions.
        let unknown = DocumentTestSupport.documents("Các doanh nghiệp mong Nghị quyết Trung ương 5 về tiếp tục cơ cấu lại doanh nghiệp nhà nước đã đi vào cuộc sống.")
        XCTAssertEqual(unknown.map(\.key), ["NQTW5@?"])
        XCTAssertNil(unknown.first?.title)
        let written = DocumentTestSupport.documents("Các doanh nghiệp mong Nghị quyết Trung ương 5 khóa XII về tiếp tục cơ cấu lại doanh nghiệp nhà nước đã đi vào cuộc sống.")
        XCTAssertEqual(written.map(\.key), ["NQTW5-XII"])
        XCTAssertEqual(written.first?.title, "tiếp tục cơ cấu lại doanh nghiệp nhà nước")
    }

    /// scripts/documents/subject-words.tsv: a row whose role is misspelt would be read by no rule.
    func testEverySubjectWordHasARoleARuleReads() {
        let roles: Set<String> = ["dangling", "clause", "afterComma", "bodyAfterComma", "little"]
        let rows = DocumentCatalog.rows(DocumentTables.subjectWords)
        XCTAssertGreaterThan(rows.count, 100)
        for row in rows {
            XCTAssertEqual(row.count, 2, row.joined(separator: "|"))
            XCTAssertTrue(row.count == 2 && roles.contains(row[1]), row.joined(separator: "|"))
        }
        for role in roles { XCTAssertFalse(DocumentCatalog.subjectWords(role).isEmpty, role) }
    }
}
