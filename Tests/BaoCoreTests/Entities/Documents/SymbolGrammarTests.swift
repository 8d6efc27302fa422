import BaoCore
@testable import BaoEntities
import XCTest

/// Each symbol form and written variant of SPEC section 4, in sentences written for these tests.
final class SymbolGrammarTests: XCTestCase {
    private let in2020 = PublishedDate(year: 2020, month: 6, day: 1)

    private func ids(_ body: String) -> [String] {
        DocumentTestSupport.documents(body, published: in2020, primary: "Đồng Nai").map(\.id)
    }

    func testPartySymbols() {
        XCTAssertEqual(ids("Thực hiện Nghị quyết 59-NQ/TW và Chỉ thị 05-CT/TW trong toàn Đảng bộ."), ["59-NQ/TW", "5-CT/TW"])
        XCTAssertEqual(ids("Theo Kết luận 21-KL/TW, Quy định 181-QĐ/TW đã được sửa."), ["21-KL/TW", "181-QĐ/TW"])
        XCTAssertEqual(ids("Tỉnh ủy ban hành 16-NQ/TU, huyện thực hiện 07-NQ/HU."), ["16-NQ/TU", "7-NQ/HU"])
        XCTAssertEqual(ids("Quy định 08-QĐi/TW về trách nhiệm nêu gương."), ["8-QĐi/TW"])
    }

    func testStateSymbols() {
        XCTAssertEqual(ids("Nghị định 67/2014/NĐ-CP và Thông tư 02/2017/TT-BYT vẫn có hiệu lực."), ["67/2014/NĐ-CP", "2/2017/TT-BYT"])
        XCTAssertEqual(ids("Nghị quyết 35/NQ-CP, Quyết định 1880/QĐ-TTg được triển khai."), ["35/NQ-CP", "1880/QĐ-TTg"])
        XCTAssertEqual(ids("Thông tư liên tịch 05/2015/TTLT-BTP-BCA-BYT quy định rõ."), ["5/2015/TTLT-BTP-BCA-BYT"])
        XCTAssertEqual(ids("Nghị quyết số 54/2017/NQ-QH của Quốc hội."), ["54/2017/NQ-QH"])
        XCTAssertEqual(ids("Luật số 45/2019/QH14 có hiệu lực."), ["45/2019/QH14"])
        XCTAssertEqual(ids("Công văn 4912/UBND-NC gửi các sở."), ["4912/UBND-NC"])
    }

    func testSpacesAroundSeparators() {
        XCTAssertEqual(ids("Kiểm điểm Nghị quyết số 16 - NQ/TU của Thành ủy."), ["16-NQ/TU"])
        XCTAssertEqual(ids("Quyết định số 1206 /QĐ-TTg đã ban hành."), ["1206/QĐ-TTg"])
    }

    func testStateLettersAfterTheirWord() {
        XCTAssertEqual(ids("Sở đã có Công văn số 133/CN-VP và văn bản số 614/BHXH-GĐ gửi các huyện."), ["133/CN-VP", "614/BHXH-GĐ"])
        // Without the word, an unknown issuer is not read as a letter.
        XCTAssertEqual(ids("Xem mục 133/CN-VP trong phụ lục."), [])
    }

    func testSlashForTheHyphenAfterAType() {
        XCTAssertEqual(ids("Theo Thông tư số 32/2013/TT/BTC và báo cáo số 25/BC/UBND."), ["32/2013/TT-BTC", "25/BC-UBND"])
    }

    func testDecreeByNumberAndYear() {
        // Only the Government issues decrees: "Nghị định 78/2015" is 78/2015/NĐ-CP.
        XCTAssertEqual(ids("Theo Nghị định 78/2015 về đăng ký doanh nghiệp."), ["78/2015/NĐ-CP"])
        XCTAssertEqual(ids("Theo Thông tư 78/2015 về đăng ký doanh nghiệp."), [])
    }

    func testPersonnelDecision() {
        XCTAssertEqual(ids("Ban Bí thư ban hành Quyết định số 469-QĐNS/TW chỉ định nhân sự."), ["469-QĐNS/TW"])
    }

    func testTWWrittenWithU() {
        XCTAssertEqual(ids("Tiếp tục quán triệt Nghị quyết 19-NQ/TƯ của Trung ương."), ["19-NQ/TW"])
    }

    func testHyphenForSlash() {
        XCTAssertEqual(ids("Chính phủ ban hành Nghị quyết 19-2017/NQ-CP về môi trường kinh doanh."), ["19/2017/NQ-CP"])
        XCTAssertEqual(ids("Theo quyết định số 82/2005-QĐ-UBND của tỉnh."), ["82/2005/QĐ-UBND"])
    }

    func testWithAndWithoutSo() {
        XCTAssertEqual(ids("Nghị quyết số 59-NQ/TW; Nghị quyết 60-NQ/TW; Hướng dẫn số: 11-HD/VPTW."), ["59-NQ/TW", "60-NQ/TW", "11-HD/VPTW"])
    }

    func testEthIsReadAsD() {
        XCTAssertEqual(ids("Nghị định 67/2014/NÐ-CP và Quy định 181-QÐ/TW."), ["67/2014/NĐ-CP", "181-QĐ/TW"])
    }

    func testLowerCaseSlugVariant() {
        XCTAssertEqual(ids("Nghi Quyet So 15- Nq/tw"), ["15-NQ/TW"])
    }

    func testNotSymbols() {
        XCTAssertEqual(ids("Ngày 10/9/2018, phường 3 đón 2.500 khách; dịch COVID-19 đã lùi, tỷ lệ 20/30 đạt."), [])
        XCTAssertEqual(ids("Giai đoạn 2015-2020 và 2020 - 2025, nhiệm kỳ 2020-2025."), [])
        XCTAssertEqual(ids("Xe 51-AB/XY chạy trên quốc lộ."), [])
    }

    func testTypeComesFromTheWordBeforeTheSymbol() {
        let found = DocumentTestSupport.documents(
            "Quy định số 205-QĐ/TW và Quyết định số 99-QĐ/TW; riêng 100-QĐ/TW.", published: in2020)
        XCTAssertEqual(found.map(\.type), ["Quy định", "Quyết định", "Quy định"])
        XCTAssertEqual(found.map(\.number), ["205", "99", "100"])
    }

    func testStateFields() throws {
        let found = DocumentTestSupport.documents("Thông tư 02/2017/TT-BYT của Bộ Y tế về khám bệnh.")
        let document = try XCTUnwrap(DocumentTestSupport.one(found, id: "2/2017/TT-BYT"))
        XCTAssertEqual(document.type, "Thông tư")
        XCTAssertEqual(document.year, 2017)
        XCTAssertEqual(document.issuer, "BYT")
        XCTAssertEqual(document.key, "2/2017/TT-BYT")
        XCTAssertEqual(document.title, "khám bệnh")
        XCTAssertEqual(document.mentions, [Mention(text: "Thông tư 02/2017/TT-BYT", offset: 0)])
    }

    func testQuotedTitleAfterFillerWords() {
        let found = DocumentTestSupport.documents("Nghị định số 08/2016/NĐ-CP về việc “Quy định điều kiện kinh doanh” có hiệu lực.")
        XCTAssertEqual(found.first?.title, "Quy định điều kiện kinh doanh")
    }

    func testYearlessStateSymbolIsKeyedByItsYear() throws {
        let dated = DocumentTestSupport.documents("Quyết định 1880/QĐ-TTg ngày 29/12/2016 của Thủ tướng.")
        XCTAssertEqual(dated.first?.key, "1880/QĐ-TTg@2016")
        XCTAssertEqual(dated.first?.date, "2016-12-29")
        let undated = DocumentTestSupport.documents("Theo Nghị quyết 35/NQ-CP, doanh nghiệp được hỗ trợ.")
        XCTAssertEqual(undated.first?.key, "35/NQ-CP@?")
        XCTAssertEqual(undated.first?.unknown, ["year"])
    }
}
