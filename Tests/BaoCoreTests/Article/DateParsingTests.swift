@testable import BaoArticle
import BaoCore
import XCTest

final class DateParsingTests: XCTestCase {
    func testDateLines() {
        let cases: [(String, String)] = [
            ("31/08/2024 - 17:45", "2024-08-31T17:45"),
            ("Thứ Hai, 28/01/2019 | 15:27", "2019-01-28T15:27"),
            ("Thứ Tư, ngày 5 tháng 8 năm 2020", "2020-08-05"),
            ("05/08/2020", "2020-08-05"),
            ("5-8-2020", "2020-08-05"),
            ("Chủ nhật, 3.2.2019 08:05 (GMT+7)", "2019-02-03T08:05"),
            ("Cập nhật: 15h27 ngày 28-1-2019", "2019-01-28T15:27"),
            ("2019-01-28T15:27", "2019-01-28T15:27"),
            ("ngày 10 tháng 9 năm 2018", "2018-09-10"),
            ("Thứ hai, 28/1/2019, 15:27 (GMT+7)", "2019-01-28T15:27"),
            ("15:27 | 28/01/2019", "2019-01-28T15:27"),
            ("Ngày đăng: 05-08-2020 08:00", "2020-08-05T08:00"),
        ]
        for (line, iso) in cases {
            XCTAssertEqual(DateParsing.dateLine(line)?.iso, iso, line)
        }
    }

    func testNotDateLines() {
        for line in ["Nghị quyết số 59-NQ/TW ngày 5-8-2020 của Bộ Chính trị", "31/02/2024", "Cần Thơ", "2020 - 2025", "13/13/2020", "Ngày 25/12"] {
            XCTAssertNil(DateParsing.dateLine(line), line)
        }
    }

    func testLeadingDates() {
        XCTAssertEqual(DateParsing.leadingDate("Ngày 25/12, Thành ủy Cần Thơ tổ chức"), .init(year: nil, month: 12, day: 25))
        XCTAssertEqual(DateParsing.leadingDate("Sáng nay (6-2), ông Võ Công Trí"), .init(year: nil, month: 2, day: 6))
        XCTAssertEqual(DateParsing.leadingDate("Chiều 6.2, nhiều người"), .init(year: nil, month: 2, day: 6))
        XCTAssertEqual(DateParsing.leadingDate("Ngày 10/9/2018, Thành ủy ban hành"), .init(year: 2018, month: 9, day: 10))
        XCTAssertNil(DateParsing.leadingDate("Năm 2023, công tác tổ chức"))
        XCTAssertNil(DateParsing.leadingDate("Thành ủy họp ngày 25/12"))
        XCTAssertNil(DateParsing.leadingDate("Chiều 6.25 triệu"))
        // The first word alone decides many openings; the rest of the head decides the others.
        XCTAssertEqual(DateParsing.leadingDate("SÁNG 6/2, Tỉnh ủy họp"), .init(year: nil, month: 2, day: 6))
        XCTAssertEqual(DateParsing.leadingDate("6/2, Tỉnh ủy họp"), .init(year: nil, month: 2, day: 6))
        XCTAssertEqual(DateParsing.leadingDate("Sáng,ngày 6/2, Tỉnh ủy họp"), .init(year: nil, month: 2, day: 6))
        XCTAssertEqual(DateParsing.leadingDate("Sáng-6/2 Tỉnh ủy họp"), DateParsing.leadingDate("Sáng - 6/2 Tỉnh ủy họp"))
        XCTAssertNil(DateParsing.leadingDate("Hôm-qua 6/2 Tỉnh ủy họp"))
        XCTAssertNil(DateParsing.leadingDate("Tỉnh ủy họp sáng 6/2"))
        XCTAssertNil(DateParsing.leadingDate("- Sáng 6/2, Tỉnh ủy họp"))
        XCTAssertNil(DateParsing.leadingDate(String(repeating: "a", count: 60) + " ngày 6/2"))
        XCTAssertNil(DateParsing.leadingDate(""))
    }

    func testYearsSkipNumbersThatAreNotYears() {
        XCTAssertEqual(DateParsing.years(in: "năm 2023, 7.987 đảng viên, 2.029 tập thể, 114,1%, 2020-2025, 2015 - 2020."),
                       [2023, 2020, 2025, 2015, 2020])
    }

    func testYearInferenceFromContext() {
        let review = "Ngày 25/12, Tỉnh ủy tổng kết năm 2023 và triển khai nhiệm vụ năm 2024."
        let reviewBody = review + "\nNăm 2023 khép lại, năm 2024 mở ra."
        XCTAssertEqual(ArticleParser.inferYear(paragraph: review, article: reviewBody, month: 12), 2023)
        let early = "Sáng 6/1, Huyện ủy tổng kết năm 2016 và bàn nhiệm vụ năm 2017."
        XCTAssertEqual(ArticleParser.inferYear(paragraph: early, article: early + "\nNăm 2016 và năm 2017.", month: 1), 2017)
        // A year named alone beside the date, or only as a plan, is not enough.
        XCTAssertEqual(ArticleParser.inferYear(paragraph: review, article: review, month: 12), 2023)
        XCTAssertNil(ArticleParser.inferYear(paragraph: "Ngày 8/6, năm 2016 đạt 32 triệu khách.", article: "Năm 2016.", month: 6))
        let single = "Ngày 3/3, hội nghị bàn kế hoạch năm 2021."
        XCTAssertNil(ArticleParser.inferYear(paragraph: single, article: single + "\nKế hoạch năm 2021.", month: 3))
        // A date with its year within two months decides; birth years never count.
        let body = "Ngày 2/6, công an bắt đối tượng Nguyễn Văn A (sinh năm 1991).\nNgày 20/5/2016, A trộm xe."
        XCTAssertEqual(ArticleParser.inferYear(paragraph: "Ngày 2/6, công an bắt đối tượng Nguyễn Văn A (sinh năm 1991).", article: body, month: 6), 2016)
        XCTAssertNil(ArticleParser.inferYear(paragraph: "Ngày 2/6, x.", article: "năm 2014, năm 2019, năm 2019, năm 2014", month: 6))
        XCTAssertNil(ArticleParser.inferYear(paragraph: "Ngày 2/6.", article: "không có năm", month: 2))
        XCTAssertEqual(DateParsing.years(in: "sinh năm 1991, SN 1985, năm 2016", excludingBirthYears: true), [2016])
    }

    /// A target year ("đến năm 2035") is a plan, not the day the text was written.
    func testYearInferenceIgnoresPlansAndYearsAfterTheCurrentOne() {
        let plan = "Ngày 5/2, Tỉnh ủy bàn quy hoạch tỉnh đến năm 2035, tầm nhìn 2045."
        XCTAssertNil(ArticleParser.inferYear(paragraph: plan, article: plan, month: 2, latestYear: 2017))
        let body = plan + "\nĐến năm 2035, năm 2035 và năm 2035; giai đoạn 2021-2025."
        XCTAssertNil(ArticleParser.inferYear(paragraph: plan, article: body, month: 2, latestYear: 2040))
        // Nothing beyond the clock's year is ever inferred.
        let far = "Ngày 5/2, tổng kết năm 2099."
        XCTAssertNil(ArticleParser.inferYear(paragraph: far, article: far + "\nNăm 2099, năm 2099.", month: 2))
        let near = "Ngày 5/2, tổng kết năm 2019 và triển khai nhiệm vụ năm 2020."
        XCTAssertEqual(ArticleParser.inferYear(paragraph: near, article: near, month: 2), 2020)
        // Through the parser: the plan year is not taken, the missing year is reported instead.
        let article = ArticleParser.parse(text: "Tỉnh bàn quy hoạch\nNgày 5/2, Tỉnh ủy bàn quy hoạch tỉnh đến năm 2095, tầm nhìn 2099.\nHội nghị thống nhất mục tiêu đến năm 2095.\n", path: "x.txt")
        XCTAssertNil(article.published)
        XCTAssertTrue(article.warnings.contains("the text dates itself 5/2 without a year"), "\(article.warnings)")
    }

    func testOnlyASCIIDigitsFoldToDigits() {
        // dateLine passes over lines without an ASCII digit: no other scalar may fold to one.
        var nonASCIIDigits: [UInt32] = []
        for value in UInt32(0x80)..<0x20000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Folding.fold(String(scalar)).utf8.contains(where: { $0 &- 0x30 < 10 }) { nonASCIIDigits.append(value) }
        }
        XCTAssertEqual(nonASCIIDigits, [])
        XCTAssertNil(DateParsing.dateLine("Thứ Hai, ngày mười tháng tám"))
        XCTAssertEqual(DateParsing.dateLine("Thứ Hai, 28/01/2019 | 15:27")?.iso, "2019-01-28T15:27")
    }
}
