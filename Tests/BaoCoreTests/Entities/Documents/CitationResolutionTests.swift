import BaoCore
@testable import BaoEntities
import Foundation
import XCTest

/// Number-plus-issuer citations, plenum and congress references, terms, scopes, dates and titles.
final class CitationResolutionTests: XCTestCase {
    private let in2019 = PublishedDate(year: 2019, month: 3, day: 4)
    private let in2023 = PublishedDate(year: 2023, month: 10, day: 2)

    // MARK: Number plus issuer

    func testNumberWithCentralBodyResolvesToPartySymbol() throws {
        let found = DocumentTestSupport.documents("Các chi bộ học tập Chỉ thị 05 của Bộ Chính trị về nêu gương.", published: in2019)
        let document = try XCTUnwrap(DocumentTestSupport.one(found, id: "5-CT/TW"))
        XCTAssertEqual(document.key, "5-CT/TW@XII")
        XCTAssertEqual(document.type, "Chỉ thị")
        XCTAssertEqual(document.issuer, "TW")
        XCTAssertEqual(document.title, "nêu gương")
        XCTAssertEqual(document.mentions.map(\.text), ["Chỉ thị 05"])
    }

    func testNumberWithProvincialStandingCommittee() throws {
        let found = DocumentTestSupport.documents(
            "Huyện tổ chức sơ kết Chỉ thị 12 của BTV Tỉnh ủy trong tháng này.", published: in2019, primary: "Sóc Trăng")
        let document = try XCTUnwrap(DocumentTestSupport.one(found, id: "12-CT/TU"))
        XCTAssertEqual(document.scope, "Sóc Trăng")
        XCTAssertEqual(document.key, "12-CT/TU@Sóc Trăng")
    }

    func testNumberWithNamedProvinceCommittee() throws {
        let found = DocumentTestSupport.documents(
            "Thực hiện Kết luận 08 của Ban Thường vụ Tỉnh ủy Gia Lai, huyện đạt kết quả tốt.",
            published: in2019, primary: "Kon Tum", provinces: ["Gia Lai"])
        XCTAssertEqual(DocumentTestSupport.one(found, id: "8-KL/TU")?.key, "8-KL/TU@Gia Lai")
    }

    func testCommitteeBeforeIssuingVerb() throws {
        let found = DocumentTestSupport.documents(
            "Năm qua, Thành ủy ban hành Quy định số 04 ngày 3-2-2019 về chế độ báo cáo.", published: in2019, primary: "Đà Nẵng")
        let document = try XCTUnwrap(DocumentTestSupport.one(found, id: "4-QĐ/TU"))
        XCTAssertEqual(document.key, "4-QĐ/TU@Đà Nẵng")
        XCTAssertEqual(document.date, "2019-02-03")
        XCTAssertEqual(document.title, "chế độ báo cáo")
    }

    func testCityCommitteeOfProvincialCityIsScopedBelowTheProvince() throws {
        let found = DocumentTestSupport.documents(
            "Ban Thường vụ (BTV) Thành ủy TP. Vị Thanh đã ban hành Quy định 07 về tiếp dân.",
            published: in2019, primary: "Hậu Giang", via: ["Hậu Giang": ["Vị Thanh"]])
        let document = try XCTUnwrap(DocumentTestSupport.one(found, id: "7-QĐ/TU"))
        XCTAssertEqual(document.scope, "Hậu Giang")
        XCTAssertEqual(document.key, "7-QĐ/TU@Hậu Giang/thành phố Vị Thanh")
    }

    func testNumberWithoutIssuerIsNotResolved() {
        let found = DocumentTestSupport.documents("Chỉ thị 05 được quán triệt; Nghị quyết 12 cũng vậy; Kế hoạch 5 năm của Tỉnh ủy.", published: in2019)
        XCTAssertEqual(found.map(\.id), [])
    }

    func testStateBodyNumberIsNotGuessed() {
        // A Government decree's symbol carries its year: the number alone does not give the id.
        XCTAssertEqual(DocumentTestSupport.documents("Nghị định 67 của Chính phủ nêu rõ.", published: in2019).map(\.id), [])
    }

    // MARK: Plenums

    func testPlenumForms() {
        for sentence in [
            "Thực hiện Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.",
            "Thực hiện NQ Trung ương 4 khóa XII về xây dựng Đảng.",
            "Thực hiện Nghị quyết Trung ương IV khóa XII về xây dựng Đảng.",
            "Thực hiện Nghị quyết Hội nghị Trung ương 4 khoá XII về xây dựng Đảng.",
            "Thực hiện Nghị quyết TƯ 4 khóa XII về xây dựng Đảng.",
            "Thực hiện NQTW4 khóa XII về xây dựng Đảng.",
        ] {
            let found = DocumentTestSupport.documents(sentence, published: in2023)
            XCTAssertEqual(found.map(\.key), ["NQTW4-XII"], sentence)
            XCTAssertEqual(found.first?.term, "XII", sentence)
        }
    }

    func testPlenumByItsFormalName() {
        let found = DocumentTestSupport.documents(
            "Quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về xây dựng Đảng; "
                + "Nghị quyết Hội nghị lần thứ mười hai Ban Chấp hành Trung ương khóa XI.", published: in2019)
        XCTAssertEqual(found.map(\.key), ["NQTW4-XII", "NQTW12-XI"])
        XCTAssertEqual(found.first?.title, "xây dựng Đảng")
    }

    /// Every ordinal row of scripts/documents/citation-words.tsv, alone and after "mười" ("mười
    /// nhất" is no number), and every centralCommittee row, read in a plenum's formal name.
    func testPlenumOrdinalsAndCentralCommitteeWordsOfTheTable() {
        let ordinals = DocumentCatalog.wordRows(DocumentTables.citationWords, role: "ordinal")
        XCTAssertEqual(ordinals.count, 11)
        for row in ordinals {
            guard row.count == 3, let value = Int(row[2]) else { return XCTFail(row.joined(separator: "|")) }
            let alone = DocumentTestSupport.documents(
                "Quán triệt Nghị quyết Hội nghị lần thứ \(row[0]) Ban Chấp hành Trung ương khóa XII.", published: in2019)
            XCTAssertEqual(alone.map(\.key), ["NQTW\(value)-XII"], row[0])
            let teen = DocumentTestSupport.documents(
                "Quán triệt Nghị quyết Hội nghị lần thứ mười \(row[0]) Ban Chấp hành Trung ương khóa XI.", published: in2019)
            XCTAssertEqual(teen.map(\.key), value == 1 ? [] : ["NQTW\(10 + value)-XI"], row[0])
        }
        for row in DocumentCatalog.wordRows(DocumentTables.citationWords, role: "centralCommittee") {
            let found = DocumentTestSupport.documents(
                "Quán triệt Nghị quyết Hội nghị lần thứ bảy \(row[0]) khóa XII.", published: in2019)
            XCTAssertEqual(found.map(\.key), ["NQTW7-XII"], row[0])
        }
    }

    func testPlenumTermAfterItsBody() {
        let found = DocumentTestSupport.documents("Thực hiện Nghị quyết Trung ương 7 của Ban Chấp hành Trung ương Đảng khóa XII.", published: in2023)
        XCTAssertEqual(found.map(\.key), ["NQTW7-XII"])
    }

    func testPlenumListIsSeveralDocuments() {
        let found = DocumentTestSupport.documents("Triển khai Nghị quyết Trung ương 4, 5, 6 (khóa XIII) đúng yêu cầu.", published: in2023)
        XCTAssertEqual(found.map(\.id), ["NQTW4-XIII", "NQTW5-XIII", "NQTW6-XIII"])
        XCTAssertEqual(Set(found.flatMap(\.mentions).map(\.offset)).count, 1)
    }

    func testPlenumTermFromArticleDateOrUnknown() {
        XCTAssertEqual(DocumentTestSupport.documents("Học tập Nghị quyết Trung ương 8.", published: in2023).map(\.key), ["NQTW8-XIII"])
        let undated = DocumentTestSupport.documents("Học tập Nghị quyết Trung ương 8.")
        XCTAssertEqual(undated.map(\.key), ["NQTW8@?"])
        XCTAssertEqual(undated.first?.unknown, ["term"])
    }

    func testMeetingIsNotADocument() {
        XCTAssertEqual(DocumentTestSupport.documents("Hội nghị Trung ương 4 khóa XII đã bế mạc.", published: in2019).map(\.id), [])
    }

    // MARK: Congresses

    func testNationalCongress() {
        for sentence in [
            "Cụ thể hóa Nghị quyết Đại hội lần thứ XIII của Đảng.",
            "Cụ thể hóa Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
            "Cụ thể hóa NQ Đại hội XIII của Đảng.",
            "Cụ thể hóa Nghị quyết Đại hội Đảng lần thứ XIII.",
        ] {
            XCTAssertEqual(DocumentTestSupport.documents(sentence, published: in2023, primary: "Cần Thơ").map(\.key), ["NQĐH-XIII"], sentence)
        }
    }

    func testLocalCongressIsScoped() {
        let own = DocumentTestSupport.documents(
            "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XVI, nhiệm kỳ 2020-2025.", published: in2023, primary: "Hải Phòng")
        XCTAssertEqual(own.map(\.key), ["NQĐH-XVI@Hải Phòng"])
        XCTAssertEqual(own.first?.scope, "Hải Phòng")
        let named = DocumentTestSupport.documents(
            "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX.", published: in2023, primary: "Nghệ An")
        XCTAssertEqual(named.map(\.key), ["NQĐH-XIX@Nghệ An"])
    }

    func testCongressWithoutPlaceOrPartyIsUnknownScope() {
        // National, or the article's own committee's congress: the text does not say.
        let found = DocumentTestSupport.documents("Thực hiện Nghị quyết Đại hội XIII, địa phương đạt nhiều kết quả.", published: in2023)
        XCTAssertEqual(found.map(\.key), ["NQĐH-XIII@?"])
        XCTAssertEqual(found.first?.unknown, ["scope"])
    }

    // MARK: Terms and scopes in keys

    func testTermFromTextBeatsDates() throws {
        let found = DocumentTestSupport.documents(
            "Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII.", published: PublishedDate(year: 2020, month: 1, day: 1))
        XCTAssertEqual(try XCTUnwrap(found.first).key, "21-KL/TW@XIII")
    }

    func testTermFromDocumentDate() throws {
        let found = DocumentTestSupport.documents(
            "Theo NQ số 59-NQ/TW ngày 5-8-2020 của Bộ Chính trị “Về phát triển vùng”.", published: in2023)
        let document = try XCTUnwrap(found.first)
        XCTAssertEqual(document.key, "59-NQ/TW@XII")
        XCTAssertEqual(document.date, "2020-08-05")
        XCTAssertEqual(document.title, "Về phát triển vùng")
        XCTAssertEqual(document.issuer, "TW")
        // The 59-NQ/TW of 2025 is another document with the same symbol.
        let later = DocumentTestSupport.documents("Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế.", published: in2019)
        XCTAssertEqual(later.first?.key, "59-NQ/TW@XIII")
    }

    func testTermFromArticleDate() {
        XCTAssertEqual(DocumentTestSupport.documents("Thực hiện Kết luận 21-KL/TW của Bộ Chính trị.", published: in2019).first?.key, "21-KL/TW@XII")
        XCTAssertEqual(DocumentTestSupport.documents("Thực hiện Kết luận 21-KL/TW của Bộ Chính trị.", published: in2023).first?.key, "21-KL/TW@XIII")
    }

    func testArticleDateContradictedByItsCitationsIsNotUsed() throws {
        // The article claims 2013 but cites a 2016 plenum: its date cannot give the directive's term
        // (term XI); the term written in the same sentence does.
        let found = DocumentTestSupport.documents(
            "Thực hiện Nghị quyết Trung ương 4 (khóa XII) và Chỉ thị 07 của Bộ Chính trị.",
            published: PublishedDate(year: 2013, month: 6, day: 16))
        XCTAssertEqual(found.map(\.key), ["NQTW4-XII", "7-CT/TW@XII"])
        XCTAssertEqual(found.last?.termEvidence, "sameSentence")
    }

    func testUnknownTermIsMarked() throws {
        let document = try XCTUnwrap(DocumentTestSupport.documents("Thực hiện Kết luận 21-KL/TW của Bộ Chính trị.").first)
        XCTAssertEqual(document.key, "21-KL/TW@?")
        XCTAssertNil(document.term)
        XCTAssertEqual(document.unknown, ["term"])
    }

    func testLocalSymbolScopedByNamedCity() throws {
        let found = DocumentTestSupport.documents(
            "Kiểm điểm Nghị quyết 16-NQ/TU của Thành ủy TPHCM; Hà Nội cũng có 16-NQ/TU của Thành ủy Hà Nội.",
            published: in2019, primary: "Hồ Chí Minh", provinces: ["Hà Nội"])
        XCTAssertEqual(found.map(\.key), ["16-NQ/TU@Hồ Chí Minh", "16-NQ/TU@Hà Nội"])
    }

    func testPartyBodyWithStatePunctuationHasNoYearQualifier() {
        let found = DocumentTestSupport.documents("Huyện ủy ban hành Quyết định 352/QĐ-HU của Huyện ủy Thới Lai.", primary: "Cần Thơ",
                                                  via: ["Cần Thơ": ["Thới Lai"]])
        XCTAssertEqual(found.map(\.key), ["352/QĐ-HU@Cần Thơ/huyện Thới Lai"])
    }

    func testPeoplesCommitteeDocumentsAreScoped() {
        let named = DocumentTestSupport.documents(
            "Theo Quyết định 666/2015/QĐ-UBND của UBND tỉnh Nghệ An, mức thu mới áp dụng.", primary: "Hà Tĩnh", provinces: ["Nghệ An"])
        XCTAssertEqual(named.map(\.key), ["666/2015/QĐ-UBND@Nghệ An"])
        XCTAssertEqual(named.first?.scope, "Nghệ An")
        let own = DocumentTestSupport.documents(
            "Theo Quyết định 12/QĐ-UBND ngày 3/1/2017 của UBND thành phố, dự án được duyệt.", primary: "Đà Nẵng")
        XCTAssertEqual(own.map(\.key), ["12/QĐ-UBND@Đà Nẵng@2017"])
    }

    func testLocalSymbolWithoutProvinceIsUnknownScope() throws {
        let document = try XCTUnwrap(DocumentTestSupport.documents("Quán triệt Nghị quyết 07-NQ/TU đến chi bộ.").first)
        XCTAssertEqual(document.key, "7-NQ/TU@?")
        XCTAssertEqual(document.unknown, ["scope"])
        XCTAssertNil(document.scope)
    }

    func testDistrictSymbolHasUnknownLocalityWithoutName() throws {
        let document = try XCTUnwrap(DocumentTestSupport.documents("Quán triệt Nghị quyết 07-NQ/HU đến chi bộ.", primary: "Long An").first)
        XCTAssertEqual(document.key, "7-NQ/HU@Long An/?")
        XCTAssertEqual(document.unknown, ["locality"])
        let named = DocumentTestSupport.documents(
            "Quán triệt Nghị quyết 07-NQ/HU của Huyện ủy Thới Lai.", primary: "Cần Thơ", via: ["Cần Thơ": ["Thới Lai"]])
        XCTAssertEqual(named.first?.key, "7-NQ/HU@Cần Thơ/huyện Thới Lai")
    }

    // MARK: Merging

    func testOneDocumentSeveralWordings() throws {
        let found = DocumentTestSupport.documents(
            "Nghị quyết số 16 - NQ/TU của Thành ủy được kiểm điểm. Sau đó, Nghị quyết số 16-NQ/TU tiếp tục được thực hiện.",
            published: in2019, primary: "Hồ Chí Minh")
        let document = try XCTUnwrap(DocumentTestSupport.one(found, id: "16-NQ/TU"))
        XCTAssertEqual(document.mentions.map(\.text), ["Nghị quyết số 16 - NQ/TU", "Nghị quyết số 16-NQ/TU"])
        XCTAssertEqual(document.key, "16-NQ/TU@Hồ Chí Minh")
    }

    func testDefaultedCitationJoinsTheWrittenOne() throws {
        let found = DocumentTestSupport.documents(
            "Kết luận 21-KL/TW của Ban Chấp hành Trung ương khóa XIII được quán triệt; Kết luận 21-KL/TW đi vào cuộc sống.",
            published: PublishedDate(year: 2020, month: 1, day: 1))
        XCTAssertEqual(found.map(\.key), ["21-KL/TW@XIII"])
        XCTAssertEqual(found.first?.mentions.count, 2)
    }

    func testToneAndFormVariantsMatch() {
        let found = DocumentTestSupport.documents("Theo Nghị quyết Trung ương 4 khoá XII và Chỉ thị 03 của Ban Thường vụ Tỉnh uỷ.", published: in2019, primary: "Khánh Hòa")
        XCTAssertEqual(found.map(\.key), ["NQTW4-XII", "3-CT/TU@Khánh Hòa"])
    }

    func testDecomposedInputGivesTheSameDocuments() {
        let text = "Xây dựng Đảng\nTỉnh ủy ra nghị quyết mới\nThực hiện Chỉ thị 05 của Bộ Chính trị, Nghị quyết Trung ương 4 khoá XII "
            + "và Kết luận số 21-KL/TƯ của Ban Chấp hành Trung ương Đảng khóa XIII."
        let composed = ArticleParser.parse(text: text.precomposedStringWithCanonicalMapping, path: "nfc.txt")
        let decomposed = ArticleParser.parse(text: text.decomposedStringWithCanonicalMapping, path: "nfd.txt")
        let fromComposed = DocumentExtractor.extract(from: composed, provinces: ProvinceResult())
        let fromDecomposed = DocumentExtractor.extract(from: decomposed, provinces: ProvinceResult())
        XCTAssertEqual(fromComposed.map(\.key), ["5-CT/TW@XII", "NQTW4-XII", "21-KL/TW@XIII"])
        XCTAssertEqual(fromDecomposed.map(\.key), fromComposed.map(\.key))
        XCTAssertEqual(fromDecomposed.flatMap(\.mentions), fromComposed.flatMap(\.mentions))
    }

    func testNoCrashOnHostileInput() {
        let inputs = [
            "", "Nghị quyết", "Nghị quyết số", "NQ Trung ương", "Nghị quyết Đại hội", "59-", "59-NQ/", "59/2017/",
            String(repeating: "9", count: 5000) + "-NQ/TW", "Chỉ thị 99999999999999999999 của Bộ Chính trị",
            "Nghị quyết Trung ương " + String(repeating: "4, ", count: 500), "“" + String(repeating: "a", count: 10000),
            "ngày 99/99/9999 Nghị quyết 5-NQ/TW ngày 31-2-2020", "\u{0}\u{1B}[31mNQ\u{7}",
        ]
        for input in inputs {
            _ = DocumentTestSupport.documents(input, published: in2019, primary: "Cần Thơ")
        }
    }
}
