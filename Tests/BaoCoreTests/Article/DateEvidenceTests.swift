@testable import BaoArticle
import BaoCore
import BaoTestSupport
import XCTest

/// Publication dates are the day of the news or nothing: the texts here are written for these
/// tests, each with the trap a real page sets.
final class DateEvidenceTests: XCTestCase {
    private func published(_ lines: [String]) -> PublishedDate? {
        ArticleParser.parse(text: lines.joined(separator: "\n"), path: "x.txt").published
    }

    func testAMonthWithItsYearNearTheDateGivesTheYear() {
        let story = [
            "Lừa bán ô tô giá rẻ",
            "Nhiều người mua xe bị lừa.",
            "Ngày 6/12, công an tỉnh đang mở rộng điều tra vụ lừa đảo. Theo công an, năm 2013, ông A làm nghề môi giới. Tháng 5/2016, ông A nhận tiền của khách, đến cuối tháng 10/2016 thì mất khả năng trả nợ.",
        ]
        let date = published(story)
        XCTAssertEqual(date?.iso, "2016-12-06")
        XCTAssertEqual(date?.yearInferred, true)
        // Early in the next year, a date of late December points to that next year.
        let january = ["Tin", "Dẫn.", "Sáng 5/1, hội nghị tổng kết diễn ra. Trước đó, ngày 28/12/2016, tỉnh đã họp."]
        XCTAssertEqual(published(january)?.iso, "2017-01-05")
    }

    func testAPlanTargetIsNeverTheYear() {
        let plan = ["Quy hoạch khu du lịch", "Dẫn.", "Ngày 16/5, hiệp hội kiến nghị về quy hoạch khu du lịch đến năm 2025, định hướng đến năm 2030.",
                    "Quy hoạch đến năm 2025 được phê duyệt; giai đoạn 2021-2025 và tầm nhìn 2045 đã rõ."]
        XCTAssertNil(published(plan))
        let event = ["Cúp bóng đá", "Dẫn.", "Hôm qua 27-6, báo chí đưa tin về World Cup 2022. Năm 2014 và tháng 12-2014 đã có điều tra."]
        XCTAssertNil(published(event))
    }

    func testAnAnniversaryYearIsNotThePresent() {
        let past = ["Kỷ niệm 70 năm ngày thành lập", "Ngày 20/5/1947, đoàn cán bộ đến làm việc tại đồi chè.",
                    "Tối 19/5, tỉnh tổ chức lễ kỷ niệm."]
        XCTAssertNil(published(past))
        // The same ceremony with the anniversary's two ends written: the later one is the present.
        let both = ["Lễ kỷ niệm", "Dẫn.", "Sáng ngày 24/6, thành phố tổ chức lễ kỷ niệm 50 năm ngày thiết lập quan hệ ngoại giao (24/6/1967 - 24/6/2017)."]
        XCTAssertEqual(published(both)?.iso, "2017-06-24")
    }

    func testABirthYearIsNoEvidence() {
        let birth = ["Bắt đối tượng", "Dẫn.", "Ngày 17/6, công an bắt Nguyễn Văn A (SN 1992) và Trần Văn B sinh năm 1963. Năm 1992 A đã từng bị bắt."]
        XCTAssertNil(published(birth))
    }

    func testABackgroundDateIsNotTheDayOfTheNews() {
        // A full date opening the lead, with later events of the story four months on.
        let background = ["Vụ án", "Ngày 6-3-2017, nạn nhân bị sát hại trong căn hộ.", "Ngày 29-6-2017, tòa tuyên án bị cáo."]
        XCTAssertNil(published(background))
        // A full date opening a later paragraph with nothing else to confirm it.
        let alone = ["Chia tay", "Hai người chia tay là thiệt thòi cho con.", "Ngày 6/2/2016, cô hạ sinh con trai đầu lòng."]
        XCTAssertNil(published(alone))
        // Confirmed by another date of the same weeks, it stands.
        let confirmed = ["Họp", "Dẫn đầu bài.", "Chiều 6/2/2017, bộ trưởng trao Quyết định số 234 ngày 03/02/2017."]
        XCTAssertEqual(published(confirmed)?.iso, "2017-02-06")
        XCTAssertEqual(published(confirmed)?.yearInferred, false)
        // "Từ ngày …" opens a period, not the day of the news.
        XCTAssertNil(published(["Thị thực", "Từ ngày 1/2/2017, cấp thị thực điện tử cho công dân 40 nước."]))
    }

    func testAReviewAndPlanPairChoosesByMonth() {
        let late = ["Tổng kết", "Ngày 25/12, Tỉnh ủy tổng kết năm 2023 và triển khai nhiệm vụ năm 2024.", "Năm 2023 là năm bản lề; năm 2024 tăng tốc."]
        XCTAssertEqual(published(late)?.iso, "2023-12-25")
        let early = ["Tổng kết", "Sáng 6/1, Huyện ủy tổng kết năm 2016 và bàn nhiệm vụ năm 2017.", "Năm 2016 khép lại; năm 2017 mở ra."]
        XCTAssertEqual(published(early)?.iso, "2017-01-06")
        // A year named once beside the date is as often a past one.
        let once = ["Sân bay", "Dẫn.", "Chiều 8/6, Quốc hội thảo luận; theo đó, năm 2016 sân bay đạt 32 triệu khách."]
        XCTAssertNil(published(once))
    }

    func testAnAnnouncedEventIsNotTheDayOfTheNews() {
        XCTAssertNil(published(["Giao lưu", "Ngày 12/6/2017 tại thư viện sẽ diễn ra buổi giao lưu văn học."]))
        XCTAssertNil(published(["Nguyệt thực", "Ngày 11/2/2017 nguyệt thực sắp diễn ra trên cả nước."]))
        // A plan reported on the day is that day's news.
        let reported = ["Thể thao", "Ngày 6/2/2017, Tổng cục cho hay đoàn sẽ có 6 vận động viên dự giải."]
        XCTAssertEqual(published(reported)?.iso, "2017-02-06")
        XCTAssertTrue(DateEvidence.announcesFuture("Chiều 19.5.2017, hội nghị sẽ bàn."))
        XCTAssertFalse(DateEvidence.announcesFuture("Chiều 19.5.2017, hội nghị họp. Năm tới sẽ bàn."))
    }

    func testAnAnniversaryOfAYearNotWrittenDoesNotMoveThePresent() {
        // "127 năm ngày sinh" counts from a year the text does not name: 2017 stays the present.
        let ceremony = ["Dâng hương", "Sáng 18/5/2017, lãnh đạo thành phố dâng hương nhân kỷ niệm 127 năm ngày sinh của Người."]
        XCTAssertEqual(published(ceremony)?.iso, "2017-05-18")
    }

    func testTheDateOfAnArchivePhotoCaptionIsNotTheDayOfTheNews() {
        // The caption of an archive photo glued to the paragraph after it, under a lead that
        // tells the news (a telegram of later that week).
        let telegram = ["Công điện về phòng chống dịch", "UBND tỉnh ban hành công điện số 05/CĐ-UBND ngày 9/3/2018 về phòng dịch lở mồm.",
                        "Ngày 4/3/2018, đàn bò nhiễm bệnh ở xã Yên Hòa được tiêu hủy. Ảnh tư liệu Toàn văn công điện như sau: các huyện khẩn trương tiêm phòng."]
        XCTAssertNil(published(telegram))
        XCTAssertTrue(DateEvidence.opensWithArchiveCaption(telegram[2]))
        XCTAssertTrue(DateEvidence.opensWithArchiveCaption("Sáng 19.5.2018, hội nghị khai mạc (Ảnh: Tư liệu). Sau đó các đại biểu thảo luận."))
        // A photo of the day credited to its photographer dates the news.
        let session = ["Quốc hội họp", "Sáng 25/5/2018, Quốc hội họp phiên toàn thể tại hội trường. Ảnh: Lan Anh Các đại biểu thảo luận dự án luật, nhiều ý kiến đề nghị làm rõ phạm vi điều chỉnh và đối tượng áp dụng."]
        XCTAssertEqual(published(session)?.iso, "2018-05-25")
        XCTAssertFalse(DateEvidence.opensWithArchiveCaption(session[1]))
        XCTAssertFalse(DateEvidence.opensWithArchiveCaption("Ngày 4/3/2018, ảnh tư liệu về trận lũ được trưng bày."))
    }

    func testAPeriodStartingInAMonthGivesNoYear() {
        // "từ tháng 1/2018" may be a year or more before the news.
        let sinkholes = ["Hố sụt xuất hiện", "Chiều 5/2, trên cánh đồng xã Tân Lập xuất hiện nhiều hố sụt. Hiện tượng này đã có từ tháng 1/2018."]
        XCTAssertNil(published(sinkholes))
        // It still contradicts a year that another month gives.
        let project = ["Dự án thoát nước", "Chiều 5/2, ban quản lý cho biết dự án được triển khai từ tháng 1/2018 sẽ hoàn thành vào tháng 3/2019."]
        XCTAssertNil(published(project))
        // A start given to the day is as recent as the news that tells it.
        let halted = ["Ngừng bán hàng", "Ngày 11/5, cục cho biết công ty đã chấm dứt bán hàng đa cấp từ ngày 26/4/2019."]
        XCTAssertEqual(published(halted)?.iso, "2019-05-11")
    }

    func testADateToldAsEarlierPutsThePresentAfterIt() {
        // "Trước đó, ngày 13/3/2018": February of that year would come before what came before.
        let wanted = ["Bắt đối tượng truy nã sau gần một năm", "Chiều 10/2, công an tỉnh bắt hai đối tượng truy nã. Trước đó, ngày 13/3/2018, hai đối tượng gây án rồi bỏ trốn."]
        XCTAssertNil(published(wanted))
        // The same earlier date a few weeks back still gives the year.
        let weeks = ["Bắt đối tượng", "Chiều 10/4, công an tỉnh bắt hai đối tượng. Trước đó, ngày 13/3/2018, hai đối tượng gây án rồi bỏ trốn."]
        XCTAssertEqual(published(weeks)?.iso, "2018-04-10")
    }

    func testALaterReportedDayMakesTheOpeningDateTheStartOfTheNews() {
        // The story runs on to a later day that a sentence reports, even one glued to a caption.
        let offensive = ["Quân đội tiến công", "Ngày 10.05.2018, quân đội tiếp tục chiến dịch tấn công vào khu phía đông.",
                         "Một đơn vị chuẩn bị xuất kích Ngày 11.05.2018, các đơn vị giành lại được 27 tòa nhà."]
        XCTAssertNil(published(offensive))
        let revisit = ["Con đường trong thành cổ", "Ngày 2/2/2018, tòa soạn nhận được văn bản của sở.",
                       "Theo văn bản, sở đề nghị dừng thi công. Sáng 6/2, phóng viên quay lại thì con đường đã làm xong."]
        XCTAssertNil(published(revisit))
        // A later day announced, or one the text only names inside a sentence, is no report.
        let announced = ["Hội thảo", "Ngày 10/5/2018, ban tổ chức họp báo giới thiệu hội thảo.", "Ngày 12/5/2018 hội thảo sẽ diễn ra tại Huế."]
        XCTAssertEqual(published(announced)?.iso, "2018-05-10")
        let named = ["Ký hợp đồng", "Ngày 10/5/2018, hai công ty ký hợp đồng thuê đất, có hiệu lực từ ngày 15/5/2018."]
        XCTAssertEqual(published(named)?.iso, "2018-05-10")
        // A reported day of the year before is another story's.
        let review = ["Tổng kết", "Sáng 5/1/2018, tỉnh tổng kết công tác năm 2017. Ngày 28/12/2017, ban chỉ đạo đã họp."]
        XCTAssertEqual(published(review)?.iso, "2018-01-05")
    }

    // MARK: - The shortcuts of the scan give what the full reading gives

    func testTheByteCheckLetThroughEveryTextThatNamesAYear() {
        // Each of these names a year or an anniversary: the scan must read them.
        for text in ["năm 2017", "ngày 8/1/2017", "tháng 5/2016", "kỷ niệm 70 năm", "70\nnăm trước", "2016-2020", "5 Năm"] {
            XCTAssertTrue(DateEvidence.mayNameAYear(text), text)
        }
        // None of these can give a year or an anniversary (a number before an "n" is read: it may be "năm").
        for text in ["ngày 16/5", "3 tỷ đồng", "12345 tỉnh", "số 12, 345 và 67.890", "không có số"] {
            XCTAssertFalse(DateEvidence.mayNameAYear(text), text)
        }
        // Skipping such texts changes nothing: a paragraph of counts beside one with the year.
        let story = ["Tin", "Dẫn.", "Ngày 6/12, 15 người và 3 tỷ đồng được huy động. Tháng 11/2016, hội nghị đã họp."]
        XCTAssertEqual(published(story)?.iso, "2016-12-06")
    }

    /// Openers are looked for only where their first two bytes are: each opener, wherever it
    /// stands in a sentence, still gives its reported day.
    func testEveryOpenerIsFoundByItsFirstTwoBytes() {
        for opener in ["Ngày ", "Sáng ", "Chiều ", "Tối ", "Trưa ", "Đêm ", "Rạng sáng "] {
            for before in ["", "Tin trước. ", "Ảnh: TTXVN ", "x"] {
                let text = before + opener + "12/5/2017, các đơn vị giành lại 27 tòa nhà."
                let evidence = DateEvidence(title: nil, paragraphs: [text])
                XCTAssertEqual(evidence.reportedDays, [DateEvidence.ReportedDay(year: 2017, month: 5, day: 12)], text)
            }
        }
        XCTAssertEqual(DateEvidence(title: nil, paragraphs: ["Ng 12/5/2017, N", "Ngà"]).reportedDays, [])
    }

    func testTheFirstSentenceHeadStopsAtTheFirstSentenceEndOutsideADate() {
        XCTAssertEqual(DateEvidence.firstSentenceHead("Ngày 19.5.2017 sẽ khai mạc. Sau đó có tiệc."), "Ngày 19.5.2017 sẽ khai mạc.")
        XCTAssertEqual(DateEvidence.firstSentenceHead("Ngày 19. 5 hội nghị diễn ra! Rồi nghỉ."), "Ngày 19. 5 hội nghị diễn ra!")
        let long = String(repeating: "chữ ", count: 150)
        XCTAssertEqual(DateEvidence.firstSentenceHead(long), String(long.prefix(400)))
        // The cut gives the same answer as the whole head: the announcement is in the first sentence.
        XCTAssertTrue(DateEvidence.announcesFuture("Ngày 12/6/2017 tại Hội An sẽ diễn ra buổi giao lưu. Ban tổ chức cho biết."))
        XCTAssertFalse(DateEvidence.announcesFuture("Ngày 6/2, hội nghị đã diễn ra. Năm sau sẽ họp tiếp."))
    }

    /// The tokens read from the bytes are those read from the scalar view (the former reading,
    /// below), on random folded and unfolded texts.
    func testTokensFromTheBytesAreTheTokensFromTheScalars() {
        let pieces = ["ngay", "thang", "nam", "h", "17", "2017", "1234567", " ", "\n", "\t", "/", "-", "–", ".", ",", "(", ")",
                      "Đ", "đ", "ệ", "москва", "中", "한", "👍", "e\u{301}", "\u{301}", "٣", "²", "ǅ", "…"]
        var generator = SplitMix(seed: 0x6474_6F6B)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            XCTAssertEqual(DateParsing.tokenize(text), referenceTokenize(text), text)
        }
    }

    private func referenceTokenize(_ folded: String) -> [DateParsing.Token] {
        var tokens: [DateParsing.Token] = []
        var copy = folded
        copy.withUTF8 { bytes in
            var number = 0, digits = 0
            var wordStart = -1
            var offset = 0
            func flush(at end: Int) {
                if digits > 0 { tokens.append(.number(number, digits: digits)); number = 0; digits = 0 }
                if wordStart >= 0 {
                    tokens.append(.word(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self)))
                    wordStart = -1
                }
            }
            for scalar in folded.unicodeScalars {
                let v = scalar.value
                if v >= 0x30 && v <= 0x39 {
                    // "17h45": a time written with h between digits.
                    if wordStart >= 0 { flush(at: offset) }
                    number = digits < 6 ? number * 10 + Int(v - 0x30) : number
                    digits += 1
                } else if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x80 && scalar.properties.isAlphabetic) {
                    if digits > 0 { flush(at: offset) }
                    if wordStart < 0 { wordStart = offset }
                } else {
                    flush(at: offset)
                    if !(v < 0x80 && DateParsing.isTokenGap(UInt8(v))) { tokens.append(.symbol(Character(scalar))) }
                }
                offset += UTF8.width(scalar)
            }
            flush(at: offset)
        }
        return tokens
    }

    func testWordsCutFromTheBytesAreTheWordsOfTheText() {
        XCTAssertEqual(DateParsing.tokenize("17h45 ngay 5/12 (lan 2) – xong"),
                       [.number(17, digits: 2), .word("h"), .number(45, digits: 2), .word("ngay"), .number(5, digits: 1),
                        .symbol("/"), .number(12, digits: 2), .symbol("("), .word("lan"), .number(2, digits: 1), .symbol(")"),
                        .symbol("–"), .word("xong")])
        XCTAssertEqual(DateParsing.tokenize("москва2017"), [.word("москва"), .number(2017, digits: 4)])
    }
}
