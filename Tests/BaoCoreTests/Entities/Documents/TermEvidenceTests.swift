import BaoCore
@testable import BaoEntities
import XCTest

/// The term of Party Central documents, decided from the strongest evidence the article gives
/// (README "Cited documents"), and what decided it (`termEvidence`).
final class TermEvidenceTests: XCTestCase {
    private let in2019 = PublishedDate(year: 2019, month: 3, day: 4)
    private let in2023 = PublishedDate(year: 2023, month: 10, day: 2)

    private func one(_ body: String, id: String, published: PublishedDate? = nil,
                     file: StaticString = #filePath, line: UInt = #line) throws -> DocumentCitation {
        let found = DocumentTestSupport.documents(body, published: published)
        return try XCTUnwrap(DocumentTestSupport.one(found, id: id, file: file, line: line), file: file, line: line)
    }

    // MARK: (a) written for the document

    func testTermWrittenAfterTheDocument() throws {
        let document = try one("Các chi bộ thực hiện Chỉ thị số 35-CT/TW của Ban Bí thư khóa XII về đại hội.", id: "35-CT/TW", published: in2023)
        XCTAssertEqual(document.key, "35-CT/TW@XII")
        XCTAssertEqual(document.termEvidence, "written")
    }

    func testTermWrittenInBracketsAfterTheWordKhoa() throws {
        let found = DocumentTestSupport.documents(
            "Doanh nghiệp được tiếp sức bởi Nghị quyết Trung ương 5 khóa (XII) và Kết luận 10-KL/TW khóa ( XI ).")
        XCTAssertEqual(found.map(\.key), ["NQTW5-XII", "10-KL/TW@XI"])
        XCTAssertEqual(found.map(\.termEvidence), ["written", "written"])
    }

    func testDateWrittenBeforeTheIssuingBody() throws {
        // The article is of 2023, the directive of 2019: the date before "Ban Bí thư đã ban hành" decides.
        let document = try one("Ngày 3/2/2019, Ban Bí thư đã ban hành Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp.",
                               id: "35-CT/TW", published: in2023)
        XCTAssertEqual(document.date, "2019-02-03")
        XCTAssertEqual(document.key, "35-CT/TW@XII")
        XCTAssertEqual(document.termEvidence, "date")
    }

    func testTermWrittenBeforeTheIssuingVerb() throws {
        let document = try one("Năm 2013, Ban Chấp hành Trung ương khóa XI đã ban hành Nghị quyết số 77-NQ/TW về đất đai.",
                               id: "77-NQ/TW", published: in2019)
        XCTAssertEqual(document.key, "77-NQ/TW@XI")
        XCTAssertEqual(document.termEvidence, "written")
    }

    func testDateAfterTheSymbolGivesTheTermNotTheArticleDate() throws {
        let document = try one("Thực hiện Kết luận số 64-KL/TW ngày 28/10/2013 của Ban Chấp hành Trung ương.", id: "64-KL/TW", published: in2019)
        XCTAssertEqual(document.key, "64-KL/TW@XI")
        XCTAssertEqual(document.termEvidence, "date")
    }

    func testLaterBareMentionJoinsTheWrittenOne() throws {
        let found = DocumentTestSupport.documents(
            "Thành ủy quán triệt Kết luận 64-KL/TW ngày 28/10/2013 của Trung ương. Sau hội nghị, các chi bộ bàn việc thực hiện Kết luận 64-KL/TW.",
            published: in2019)
        XCTAssertEqual(found.map(\.key), ["64-KL/TW@XI"])
        XCTAssertEqual(found.first?.mentions.count, 2)
    }

    // MARK: (b) the same sentence

    func testTermOfAnotherCentralDocumentInTheSentence() throws {
        let document = try one("Đảng ủy quán triệt Nghị quyết Trung ương 6 khóa XI và Kết luận 93-KL/TW của Bộ Chính trị về đổi mới.",
                               id: "93-KL/TW")
        XCTAssertEqual(document.key, "93-KL/TW@XI")
        XCTAssertEqual(document.termEvidence, "sameSentence")
    }

    func testTwoTermsInTheSentenceDecideNothing() throws {
        let document = try one("Đảng ủy quán triệt Nghị quyết Trung ương 6 khóa XI, Nghị quyết Trung ương 2 khóa XII và Kết luận 93-KL/TW của Bộ Chính trị.",
                               id: "93-KL/TW")
        XCTAssertEqual(document.key, "93-KL/TW@?")
        XCTAssertNil(document.termEvidence)
    }

    func testTermOfTheNextSentenceIsNotUsed() throws {
        let document = try one("Các chi bộ bàn Kết luận 93-KL/TW của Bộ Chính trị. Họ cũng học Nghị quyết Trung ương 6 khóa XI.",
                               id: "93-KL/TW")
        XCTAssertEqual(document.key, "93-KL/TW@?")
    }

    // MARK: (c) the reference table

    func testReferenceTableGivesTheTermOfAWellKnownDirective() throws {
        let document = try one("Các chi bộ tiếp tục thực hiện Chỉ thị 05 của Bộ Chính trị trong năm nay.", id: "5-CT/TW")
        XCTAssertEqual(document.key, "5-CT/TW@XII")
        XCTAssertEqual(document.termEvidence, "reference")
    }

    func testSubjectPicksOneOfTwoDocumentsWithOneSymbol() throws {
        let province = try one("Tỉnh thực hiện Nghị quyết 26-NQ/TW về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An.", id: "26-NQ/TW")
        XCTAssertEqual(province.key, "26-NQ/TW@XI")
        XCTAssertEqual(province.termEvidence, "reference")
        let farming = try one("Ngành nông nghiệp học lại Nghị quyết 26-NQ/TW về nông nghiệp, nông dân, nông thôn.", id: "26-NQ/TW")
        XCTAssertEqual(farming.key, "26-NQ/TW@X")
        // No subject: two rows, no decision.
        XCTAssertEqual(try one("Tỉnh thực hiện Nghị quyết 26-NQ/TW của Bộ Chính trị.", id: "26-NQ/TW").key, "26-NQ/TW@?")
    }

    func testSubjectTheTableDoesNotKnowIsNotGivenItsTerm() throws {
        let document = try one("Tỉnh thực hiện Nghị quyết 39-NQ/TW về phát triển vùng trung du miền núi phía Bắc.", id: "39-NQ/TW")
        XCTAssertEqual(document.key, "39-NQ/TW@?")
        // The same symbol without a subject is the one document the table knows.
        XCTAssertEqual(try one("Tỉnh thực hiện Nghị quyết 39 của Bộ Chính trị.", id: "39-NQ/TW").key, "39-NQ/TW@XI")
    }

    func testReferenceRowDatedAfterTheArticleIsNotTaken() throws {
        // A 2014 article cannot cite the directive of May 2016: the article's term is the guess.
        let document = try one("Các chi bộ thực hiện Chỉ thị 05 của Bộ Chính trị.", id: "5-CT/TW",
                               published: PublishedDate(year: 2014, month: 5, day: 2))
        XCTAssertEqual(document.key, "5-CT/TW@XI")
        XCTAssertEqual(document.termEvidence, "articleDate")
    }

    func testPlenumWithoutTermTakesTheRowItsSubjectNames() throws {
        let found = DocumentTestSupport.documents("Chi bộ học Nghị quyết Trung ương 4 về tăng cường xây dựng, chỉnh đốn Đảng trong tháng.")
        XCTAssertEqual(found.map(\.key), ["NQTW4-XII"])
        XCTAssertEqual(found.first?.termEvidence, "reference")
        // Without a subject the two rows (XI and XII) leave the term unknown.
        XCTAssertEqual(DocumentTestSupport.documents("Chi bộ học Nghị quyết Trung ương 4 trong tháng.").map(\.key), ["NQTW4@?"])
    }

    func testBareMentionJoinsTheOneTheTableDecided() {
        let found = DocumentTestSupport.documents(
            "Chi bộ học Chỉ thị 26-CT/TW. Sau đó, chi bộ thực hiện Chỉ thị 26-CT/TW về nông nghiệp. Rồi học Nghị quyết 26-NQ/TW về nông nghiệp, nông dân, nông thôn và Nghị quyết 26-NQ/TW.")
        XCTAssertEqual(found.map(\.key), ["26-CT/TW@?", "26-NQ/TW@X"])
        XCTAssertEqual(found.last?.mentions.count, 2)
    }

    func testDateBeforeTheBodyWithItsFullName() throws {
        let document = try one("Ngày 12-5-1951, Ban Bí thư Trung ương Đảng ra Chỉ thị số 05-CT/TW về công tác công an.", id: "5-CT/TW")
        XCTAssertEqual(document.key, "5-CT/TW@II")
        XCTAssertEqual(document.termEvidence, "date")
    }

    func testYearWrittenAfterTheSymbol() throws {
        let document = try one("Ngành thực hiện Nghị quyết 09-NQ/TW năm 2007 về biển.", id: "9-NQ/TW")
        XCTAssertEqual(document.key, "9-NQ/TW@X")
        // 2016 had two terms: the year alone decides nothing.
        XCTAssertEqual(try one("Ngành thực hiện Nghị quyết 02-NQ/TW năm 2016 về biển.", id: "2-NQ/TW").key, "2-NQ/TW@?")
        // A yearless State symbol takes the year as its qualifier.
        XCTAssertEqual(DocumentTestSupport.documents("Theo Nghị quyết 35/NQ-CP năm 2016 của Chính phủ.").first?.key, "35/NQ-CP@2016")
    }

    // MARK: (e) the article's date

    func testArticleDateIsTheLastResortAndMarkedAsAGuess() throws {
        let document = try one("Thực hiện Kết luận 93-KL/TW của Bộ Chính trị.", id: "93-KL/TW", published: in2023)
        XCTAssertEqual(document.key, "93-KL/TW@XIII")
        XCTAssertEqual(document.termEvidence, "articleDate")
    }

    // MARK: Plenums of two terms

    func testPlenumOfTwoTermsIsTwoDocuments() {
        let found = DocumentTestSupport.documents("Các chi bộ tiếp tục thực hiện Nghị quyết Trung ương 4 (Khóa XI, XII) về xây dựng Đảng.")
        XCTAssertEqual(found.map(\.key), ["NQTW4-XI", "NQTW4-XII"])
        XCTAssertEqual(found.map(\.termEvidence), ["written", "written"])
        XCTAssertEqual(found.map(\.title), [nil, nil])
        let joined = DocumentTestSupport.documents("Thực hiện Nghị quyết Trung ương 4 khóa XI và XII trong toàn Đảng bộ.")
        XCTAssertEqual(joined.map(\.key), ["NQTW4-XI", "NQTW4-XII"])
        let repeated = DocumentTestSupport.documents("Thực hiện Nghị quyết Trung ương 4 khóa XI, khóa XII trong toàn Đảng bộ.")
        XCTAssertEqual(repeated.map(\.key), ["NQTW4-XI", "NQTW4-XII"])
    }

    func testPlenumsListedWithTheBodyWordRepeatedShareTheTerm() {
        let found = DocumentTestSupport.documents(
            "Toàn Đảng bộ đang thực hiện Nghị quyết Trung ương 4 và Trung ương 5 khóa XII về xây dựng Đảng và kinh tế.")
        XCTAssertEqual(found.map(\.key), ["NQTW4-XII", "NQTW5-XII"])
        XCTAssertEqual(found.map(\.termEvidence), ["written", "written"])
        // "Trung ương" not followed by a number is the next words, not the list.
        let other = DocumentTestSupport.documents("Thực hiện Nghị quyết Trung ương 4 và Trung ương Đoàn khóa XI phát động.")
        XCTAssertEqual(other.map(\.key), ["NQTW4@?"])
    }

    func testPlenumByOrdinalBeforeTheAbbreviatedCommitteeWithParty() {
        let found = DocumentTestSupport.documents(
            "Đoàn kiểm điểm việc thực hiện Nghị quyết hội nghị lần thứ 4 BCH Trung ương Đảng khóa XII về xây dựng Đảng.")
        XCTAssertEqual(found.map(\.key), ["NQTW4-XII"])
        XCTAssertEqual(found.first?.mentions.first?.text, "Nghị quyết hội nghị lần thứ 4 BCH Trung ương Đảng khóa XII")
    }

    func testBarePlenumJoinsTheTermWrittenEarlierInTheArticle() {
        let found = DocumentTestSupport.documents(
            "Huyện ủy quán triệt Nghị quyết Trung ương 4 khóa XII. Qua một năm thực hiện Nghị quyết Trung ương 4, nhiều chi bộ chuyển biến.")
        XCTAssertEqual(found.map(\.key), ["NQTW4-XII"])
        XCTAssertEqual(found.first?.mentions.count, 2)
    }

    // MARK: Term XIV (issue 14)

    func testTermXIVBeginsAtTheCongressNotOnFirstJanuary() throws {
        let before = try one("Thực hiện Kết luận số 210-KL/TW ngày 10/1/2026 của Bộ Chính trị.", id: "210-KL/TW")
        XCTAssertEqual(before.key, "210-KL/TW@XIII")
        let after = try one("Thực hiện Nghị quyết số 01-NQ/TW ngày 10/2/2026 của Bộ Chính trị.", id: "1-NQ/TW")
        XCTAssertEqual(after.key, "1-NQ/TW@XIV")
        let guessedBefore = try one("Thực hiện Kết luận 02-KL/TW của Bộ Chính trị.", id: "2-KL/TW",
                                    published: PublishedDate(year: 2026, month: 1, day: 20))
        XCTAssertEqual(guessedBefore.key, "2-KL/TW@XIII")
        let guessedAfter = try one("Thực hiện Kết luận 02-KL/TW của Bộ Chính trị.", id: "2-KL/TW",
                                   published: PublishedDate(year: 2026, month: 3, day: 2))
        XCTAssertEqual(guessedAfter.key, "2-KL/TW@XIV")
        let written = try one("Học tập Nghị quyết số 03-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIV.", id: "3-NQ/TW")
        XCTAssertEqual(written.key, "3-NQ/TW@XIV")
        XCTAssertEqual(DocumentTestSupport.documents("Quán triệt Nghị quyết Đại hội lần thứ XIV của Đảng.").map(\.key), ["NQĐH-XIV"])
    }

    // MARK: Party symbols written with State punctuation

    func testCentralSymbolWithStatePunctuationIsThePartySymbol() throws {
        let document = try one("Ngành thủy sản thực hiện Nghị quyết 09/NQ-TW ngày 9/02/2007 về biển.", id: "9-NQ/TW")
        XCTAssertEqual(document.key, "9-NQ/TW@X")
        XCTAssertEqual(document.type, "Nghị quyết")
    }
}
