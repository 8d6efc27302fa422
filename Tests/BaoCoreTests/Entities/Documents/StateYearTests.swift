import BaoCore
@testable import BaoEntities
import XCTest

/// The year of a yearless State symbol ("35/NQ-CP", numbered anew each year), decided from what the
/// article writes about that very document (README "Cited documents").
final class StateYearTests: XCTestCase {
    func testBareMentionTakesTheYearWrittenForTheSameSymbolElsewhere() {
        let found = DocumentTestSupport.documents(
            "Bộ Tài chính nhắc lại Nghị quyết 27/NQ-CP. Nghị quyết 27/NQ-CP ngày 14/3/2015 của Chính phủ giao Bộ rà soát thuế.")
        XCTAssertEqual(found.map(\.key), ["27/NQ-CP@2015"])
        XCTAssertEqual(found.first?.mentions.map(\.offset).count, 2)
        XCTAssertEqual(found.first?.unknown, [])
        XCTAssertEqual(found.first?.year, 2015)
    }

    func testLocalSymbolTakesTheYearWithinItsProvince() {
        let found = DocumentTestSupport.documents(
            "Ông Tâm khiếu nại Quyết định số 4417/QĐ-UBND ngày 2/10/2015 của UBND tỉnh Cà Mau. "
                + "Tỉnh cho rằng Quyết định số 4417/QĐ-UBND của UBND tỉnh Cà Mau đúng thẩm quyền.",
            primary: "Cà Mau")
        XCTAssertEqual(found.map(\.key), ["4417/QĐ-UBND@Cà Mau@2015"])
        XCTAssertEqual(found.first?.mentions.count, 2)
    }

    func testANumberCouncilDocumentJoinsTheDatedSymbol() {
        // "Quyết định số 4417" after its issuing body: the same document as the dated symbol.
        let found = DocumentTestSupport.documents(
            "Ông Tâm khiếu nại Quyết định số 4417/QĐ-UBND ngày 2/10/2015 của UBND tỉnh Cà Mau về bồi thường. "
                + "Theo tỉnh, UBND tỉnh Cà Mau ban hành Quyết định số 4417 về bồi thường là đúng.",
            primary: "Cà Mau")
        XCTAssertEqual(found.map(\.key), ["4417/QĐ-UBND@Cà Mau@2015"])
        XCTAssertEqual(found.first?.mentions.map(\.text), ["Quyết định số 4417/QĐ-UBND", "Quyết định số 4417"])
    }

    func testTwoYearsForOneSymbolDecideNothing() {
        // Two documents numbered 27 in two years: the bare mention could be either.
        let found = DocumentTestSupport.documents(
            "Nghị quyết 27/NQ-CP ngày 14/3/2015 và Nghị quyết 27/NQ-CP ngày 2/4/2016 của Chính phủ. Sau đó, Nghị quyết 27/NQ-CP được sửa.")
        XCTAssertEqual(found.map(\.key), ["27/NQ-CP@2015", "27/NQ-CP@2016", "27/NQ-CP@?"])
    }

    func testAnotherSymbolsYearIsNoEvidence() {
        let found = DocumentTestSupport.documents(
            "Nghị quyết 27/NQ-CP ngày 14/3/2015 của Chính phủ và Nghị quyết 72/NQ-CP của Chính phủ.")
        XCTAssertEqual(found.map(\.key), ["27/NQ-CP@2015", "72/NQ-CP@?"])
    }

    // MARK: The date of issue, told with the issuer

    func testDateOpeningTheClauseOfTheIssuingBody() {
        let keys = [
            "Ngày 14/9/2016, UBND tỉnh Kon Tum đã ban hành Quyết định số 873/QĐ-UBND về giá đất.",
            "Ngày 14/9/2016, Bộ Tài chính có Công văn số 873/BTC-CST gửi các địa phương.",
            "Trước đó, ngày 14.9.2016, Bộ trưởng Bộ Tài chính Đinh Văn Hòa đã ký, ban hành Quyết định số 873/QĐ-BTC về thuế.",
            "Cụ thể, ngày 14-9-2016, Cục Hàng không tiếp tục có văn bản số 873/CHK-QLC gửi các hãng.",
        ].map { DocumentTestSupport.documents($0, primary: "Kon Tum").map { [$0.key, $0.date ?? "-"] } }
        XCTAssertEqual(keys, [
            [["873/QĐ-UBND@Kon Tum@2016", "2016-09-14"]],
            [["873/BTC-CST@2016", "2016-09-14"]],
            [["873/QĐ-BTC@2016", "2016-09-14"]],
            [["873/CHK-QLC@2016", "2016-09-14"]],
        ])
    }

    func testADateBeforeThatIsNotTheIssueDecidesNothing() {
        let keys = [
            // The date is another document's.
            "Nghị định số 45/NĐ-CP ngày 2-3-1975 của Hội đồng Chính phủ thay thế Nghị định số 145/NĐ-CP.",
            // Received on that day, not issued.
            "Theo hồ sơ, ngày 12/11/2015, bà Hạnh nhận được Quyết định số 2594/QĐ-UBND của huyện.",
            // Reported on that day.
            "Ngày 5/6/2017, Sở Tài chính cho biết UBND tỉnh đã ban hành Quyết định số 3321/QĐ-UBND.",
            "Ngày 5/6/2017, tại hội nghị, ông Nam nói UBND tỉnh đã ban hành Quyết định số 3321/QĐ-UBND.",
            // A number in the subject: another clause.
            "Ngày 5/6/2017, 12 hộ dân gửi Công văn số 77/CV-HD lên tỉnh.",
        ].map { DocumentTestSupport.documents($0, primary: "Kon Tum").map(\.key) }
        XCTAssertEqual(keys, [
            ["45/NĐ-CP@1975", "145/NĐ-CP@?"],
            ["2594/QĐ-UBND@Kon Tum@?"],
            ["3321/QĐ-UBND@Kon Tum@?"],
            ["3321/QĐ-UBND@Kon Tum@?"],
            ["77/CV-HD@?"],
        ])
    }

    func testSigningDateAfterTheSymbolAndItsIssuer() {
        let keys = [
            "Quyết định 4163/QĐ-BYT của Bộ Y tế ban hành ngày 22/4/2013 quy định về khám bệnh.",
            "Công văn 299/UBND-KT do Phó chủ tịch UBND tỉnh, ông Trần Văn Bình ký ngày 30.5.2017 yêu cầu xử lý.",
            "Quyết định xử phạt 291/QĐ-XPVPHC ký ngày 9/6/2017 buộc công ty nộp phạt.",
            "Nghị quyết 45/NQ-CP của Chính phủ ban hành 16/11/2010 đã hết hiệu lực.",
            "UBND tỉnh ban hành Thông báo 07/TB-UBND (ngày 9-3-2014) về việc thu hồi đất.",
            "Ông Lâm dẫn quyết định số 2871 của UBND tỉnh ngày 15/8/2012 để khiếu nại.",
            "Văn bản số 512/NHNN-TT của Ngân hàng Nhà nước Việt Nam ngày 3-4-2016 yêu cầu báo cáo.",
        ].map { DocumentTestSupport.documents($0, primary: "Kon Tum").map { [$0.key, $0.date ?? "-"] } }
        XCTAssertEqual(keys, [
            [["4163/QĐ-BYT@2013", "2013-04-22"]],
            [["299/UBND-KT@Kon Tum@2017", "2017-05-30"]],
            [["291/QĐ-XPVPHC@2017", "2017-06-09"]],
            [["45/NQ-CP@2010", "2010-11-16"]],
            [["7/TB-UBND@Kon Tum@2014", "2014-03-09"]],
            [["2871/QĐ-UBND@Kon Tum@2012", "2012-08-15"]],
            [["512/NHNN-TT@2016", "2016-04-03"]],
        ])
    }

    func testADateAfterTheSubjectIsNotTheIssue() {
        // "về …" opens the subject: a date in it is the subject's (a meeting, a later step).
        let found = DocumentTestSupport.documents(
            "Văn bản số 2383/BVHTTDL-TCDL về phát ngôn của ông Vinh tại tọa đàm ngày 30/5/2017 đã được thu hồi.")
        XCTAssertEqual(found.map(\.key), ["2383/BVHTTDL-TCDL@?"])
        // Another document's date after "thực hiện".
        let other = DocumentTestSupport.documents(
            "Kế hoạch số 23/KH-UBND tổ chức thực hiện Chỉ thị số 15-CT/TU ngày 16/12/2016 của Thành ủy.", primary: "Hà Nội")
        XCTAssertEqual(other.first?.key, "23/KH-UBND@Hà Nội@?")
    }
}

/// A day of issue told without its year, read in the article's year.
final class StateYearWithoutYearTests: XCTestCase {
    private let june2017 = PublishedDate(year: 2017, month: 6, day: 12)

    func testDayOfIssueWithoutItsYearIsOfTheArticlesYear() {
        let keys = [
            "Ngày 24/5, Bộ Tài chính ban hành Quyết định số 942/QĐ-BTC về lệ phí.",
            "Cũng trong ngày 11-6, UBND tỉnh Bình Định đã có văn bản số 3535/UBND-KT đồng ý phương án.",
            "Công văn số 409/UBND-TKBT, ban hành ngày 3/2, yêu cầu các sở báo cáo.",
            // Later in the year than the article: the year before.
            "Ngày 20.12, Bộ Công Thương đã ban hành Quyết định số 5021/QĐ-BCT về điện.",
        ].map { DocumentTestSupport.documents($0, published: june2017, primary: "Bình Định").map { [$0.key, $0.date ?? "-"] } }
        XCTAssertEqual(keys, [
            [["942/QĐ-BTC@2017", "2017-05-24"]],
            [["3535/UBND-KT@Bình Định@2017", "2017-06-11"]],
            [["409/UBND-TKBT@Bình Định@2017", "2017-02-03"]],
            [["5021/QĐ-BCT@2016", "2016-12-20"]],
        ])
    }

    func testWithoutTheArticlesDateTheYearStaysUnknown() {
        let found = DocumentTestSupport.documents("Ngày 24/5, Bộ Tài chính ban hành Quyết định số 942/QĐ-BTC về lệ phí.")
        XCTAssertEqual(found.map(\.key), ["942/QĐ-BTC@?"])
        XCTAssertNil(found.first?.date)
    }

    func testCommaInsideABodysNameButNotBeforeAClause() {
        let named = DocumentTestSupport.documents(
            "Ngày 23/5/2017, Bộ Văn hóa, Thể thao và Du lịch đã có Công văn số 2198/BVHTTDL-VP gửi Cục.")
        XCTAssertEqual(named.map(\.key), ["2198/BVHTTDL-VP@2017"])
        let clause = DocumentTestSupport.documents(
            "Ngày 23/5/2017, Sở Y tế, sau khi nhận đơn của dân, đã có Công văn số 2198/SYT-VP gửi huyện.")
        XCTAssertEqual(clause.map(\.key), ["2198/SYT-VP@?"])
    }

    func testCouncilDocumentWithItsYearAfterTheNumber() {
        let found = DocumentTestSupport.documents("Sở thực hiện chỉ thị 09 năm 2013 của UBND tỉnh Bắc Giang về vệ sinh.",
                                                  primary: "Bắc Giang")
        XCTAssertEqual(found.map(\.key), ["9/CT-UBND@Bắc Giang@2013"])
    }

    func testMonthDayDates() {
        XCTAssertEqual(MonthDay(month: 5, day: 24).date(before: "2017-06-12"), "2017-05-24")
        XCTAssertEqual(MonthDay(month: 6, day: 12).date(before: "2017-06-12"), "2017-06-12")
        XCTAssertEqual(MonthDay(month: 6, day: 13).date(before: "2017-06-12"), "2016-06-13")
        XCTAssertNil(MonthDay(month: 2, day: 29).date(before: "2017-06-12"))
        XCTAssertEqual(MonthDay(month: 2, day: 29).date(before: "2016-06-12"), "2016-02-29")
    }
}

/// The year of issue told by a month or a year opening the clause, by the issuer's name before
/// the date, or by "ngày … tại" before the document.
final class StateYearOtherFormsTests: XCTestCase {
    func testMonthOrYearOpeningTheClauseOfTheIssuingBody() {
        let keys = [
            "Trước tình trạng trên, tháng 12-2016, Chủ tịch UBND tỉnh Ninh Thuận đã ban hành Chỉ thị số 29/CT-UBND về môi trường.",
            "Năm 2013, Bộ Công Thương ban hành Quyết định số 4501/QĐ-BCT về quy hoạch.",
            // Inside the clause, the year is something else's.
            "Thực hiện kế hoạch năm 2017, UBND tỉnh Ninh Thuận đã ban hành Chỉ thị số 31/CT-UBND về môi trường.",
            // A later issue is not of that year.
            "Năm 2018, Bộ Công Thương sẽ ban hành Quyết định số 4502/QĐ-BCT về quy hoạch.",
        ].map { DocumentTestSupport.documents($0, primary: "Ninh Thuận").map(\.key) }
        XCTAssertEqual(keys, [
            ["29/CT-UBND@Ninh Thuận@2016"],
            ["4501/QĐ-BCT@2013"],
            ["31/CT-UBND@Ninh Thuận@?"],
            ["4502/QĐ-BCT@?"],
        ])
    }

    func testIssuersNameThenTheDate() {
        let found = DocumentTestSupport.documents("Báo cáo số 821/BC-PC Thanh Trì ngày 2/6/2017 nêu rõ lý do cắt điện.")
        XCTAssertEqual(found.map { [$0.key, $0.date ?? "-"] }, [["821/BC-PC@2017", "2017-06-02"]])
    }

    func testATypeNameThatIsNoTriggerBetweenTheVerbAndTheSymbol() {
        let keys = [
            "Ngày 4.1.2017, UBND tỉnh Vĩnh Phúc có Tờ trình số 02/TTr-UBND đề nghị Tỉnh ủy cho triển khai.",
            "Ngày 28/02/2017 Thủ tướng Chính phủ đã có Công điện hỏa tốc số 320/CĐ-TTg về giải phóng mặt bằng.",
        ].map { DocumentTestSupport.documents($0, primary: "Vĩnh Phúc").map(\.key) }
        XCTAssertEqual(keys, [["2/TTr-UBND@Vĩnh Phúc@2017"], ["320/CĐ-TTg@2017"]])
    }

    func testApprovalDateAfterTheIssuerAndADayAfterTheSymbol() {
        let approved = DocumentTestSupport.documents("Máy bay đón khách theo phép bay số 2664/TC-QC của Cục Tác chiến phê duyệt ngày 30/05/2017.")
        XCTAssertEqual(approved.map(\.key), ["2664/TC-QC@2017"])
        let day = DocumentTestSupport.documents(
            "Văn bản số 528/UBND-VP ngày 29/5 của UBND thành phố gửi Thường trực Thành ủy.",
            published: PublishedDate(year: 2017, month: 6, day: 2), primary: "Điện Biên")
        XCTAssertEqual(day.map { [$0.key, $0.date ?? "-"] }, [["528/UBND-VP@Điện Biên@2017", "2017-05-29"]])
    }

    func testDateThenTaiBeforeTheDocument() {
        let found = DocumentTestSupport.documents(
            "Trước đó, ngày 14/11/2013 tại Văn bản số 1333/UBND-TNMT gửi Sở, huyện đã nêu rõ việc này.", primary: "Thái Nguyên")
        XCTAssertEqual(found.map(\.key), ["1333/UBND-TNMT@Thái Nguyên@2013"])
    }
}
