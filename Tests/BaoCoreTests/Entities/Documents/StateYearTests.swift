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
}
