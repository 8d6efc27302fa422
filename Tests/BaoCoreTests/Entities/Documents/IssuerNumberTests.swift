import BaoCore
@testable import BaoEntities
import XCTest

/// Documents named by number (and year) and issuer without their full symbol (issue 11 point 4),
/// and the State symbols of the 2025 law (dotted numbers).
final class IssuerNumberTests: XCTestCase {
    func testNationalAssemblyResolutionGetsItsLegislature() throws {
        let found = DocumentTestSupport.documents("Triển khai Nghị quyết 43/2022 của Quốc hội về chính sách tài khóa.")
        let document = try XCTUnwrap(DocumentTestSupport.one(found, id: "43/2022/QH15"))
        XCTAssertEqual(document.key, "43/2022/QH15")
        XCTAssertEqual(document.issuer, "QH15")
        XCTAssertEqual(document.type, "Nghị quyết")
        XCTAssertEqual(document.year, 2022)
        XCTAssertNotNil(DocumentTestSupport.one(DocumentTestSupport.documents("Theo Luật số 55/2014 của Quốc hội về bảo vệ môi trường."),
                                                id: "55/2014/QH13"))
        XCTAssertNotNil(DocumentTestSupport.one(DocumentTestSupport.documents("Theo Nghị quyết 81/2019 của Quốc hội."), id: "81/2019/QH14"))
        XCTAssertNotNil(DocumentTestSupport.one(DocumentTestSupport.documents("Theo Nghị quyết 12/2027 của Quốc hội."), id: "12/2027/QH16"))
    }

    func testYearTwoLegislaturesShareNeedsTheDate() {
        // 2016: the XIII legislature sat until spring, the XIV from July.
        XCTAssertTrue(DocumentTestSupport.documents("Theo Nghị quyết 120/2016 của Quốc hội về đầu tư.").isEmpty)
        let dated = DocumentTestSupport.documents("Theo Nghị quyết 26/2016 ngày 10/11/2016 của Quốc hội về đầu tư công.")
        XCTAssertEqual(dated.map(\.id), ["26/2016/QH14"])
        let early = DocumentTestSupport.documents("Theo Nghị quyết 110/2016 ngày 5/4/2016 của Quốc hội.")
        XCTAssertEqual(early.map(\.id), ["110/2016/QH13"])
    }

    func testStandingCommitteeAndOtherBodies() {
        XCTAssertEqual(DocumentTestSupport.documents("Theo Nghị quyết 73/2022 của Ủy ban Thường vụ Quốc hội.").map(\.id), ["73/2022/UBTVQH15"])
        // Only the National Assembly's own numbering follows from the year: a Government number does not.
        XCTAssertTrue(DocumentTestSupport.documents("Theo Nghị quyết 35/2016 của Chính phủ về doanh nghiệp.").isEmpty)
    }

    func testProvincialCouncilResolutionByNumberAndDate() throws {
        let found = DocumentTestSupport.documents("Thực hiện Nghị quyết số 12 ngày 5/7/2020 của HĐND tỉnh về phí.", primary: "Bạc Liêu")
        let document = try XCTUnwrap(DocumentTestSupport.one(found, id: "12/NQ-HĐND"))
        XCTAssertEqual(document.key, "12/NQ-HĐND@Bạc Liêu@2020")
        XCTAssertEqual(document.scope, "Bạc Liêu")
        XCTAssertEqual(document.date, "2020-07-05")
        XCTAssertEqual(document.type, "Nghị quyết")
    }

    func testCouncilResolutionWithYearAndNamedProvince() {
        let found = DocumentTestSupport.documents("Theo Nghị quyết 15/2019 của HĐND tỉnh Sóc Trăng về học phí.",
                                                  primary: "Cần Thơ", provinces: ["Sóc Trăng"])
        XCTAssertEqual(found.map(\.key), ["15/2019/NQ-HĐND@Sóc Trăng"])
    }

    func testCouncilResolutionWithoutDateKeepsItsYearUnknown() {
        let found = DocumentTestSupport.documents("Thực hiện Nghị quyết số 12 của HĐND tỉnh về phí.", primary: "Bạc Liêu")
        XCTAssertEqual(found.map(\.key), ["12/NQ-HĐND@Bạc Liêu@?"])
        XCTAssertEqual(found.first?.unknown, ["year"])
    }

    func testPeoplesCommitteeDecisionByNumber() {
        let found = DocumentTestSupport.documents("Theo Quyết định số 25 ngày 3/3/2021 của UBND tỉnh về giá đất.", primary: "Lào Cai")
        XCTAssertEqual(found.map(\.key), ["25/QĐ-UBND@Lào Cai@2021"])
    }

    func testDottedNumbersOfThe2025Law() throws {
        let found = DocumentTestSupport.documents("Chính phủ ban hành Nghị quyết 66.7/2025/NQ-CP về cắt giảm thủ tục hành chính.")
        let document = try XCTUnwrap(DocumentTestSupport.one(found, id: "66.7/2025/NQ-CP"))
        XCTAssertEqual(document.key, "66.7/2025/NQ-CP")
        XCTAssertEqual(document.number, "66.7")
        XCTAssertEqual(document.year, 2025)
        XCTAssertEqual(document.mentions.map(\.text), ["Nghị quyết 66.7/2025/NQ-CP"])
        // A dotted number alone ("2.500/2025" is not a symbol without a type) and a price stay out.
        XCTAssertTrue(DocumentTestSupport.documents("Giá 2.500 đồng/kg trong năm 2025.").isEmpty)
        XCTAssertEqual(DocumentTestSupport.documents("Các Nghị quyết 66.1/2025/NQ-CP và 66.12/2025/NQ-CP đã có hiệu lực.").map(\.id),
                       ["66.1/2025/NQ-CP", "66.12/2025/NQ-CP"])
    }

    func testPost2025MinistrySymbolsAreRead() {
        XCTAssertEqual(DocumentTestSupport.documents("Theo Thông tư 12/2025/TT-BNNMT về môi trường.").map(\.key), ["12/2025/TT-BNNMT"])
    }
}
