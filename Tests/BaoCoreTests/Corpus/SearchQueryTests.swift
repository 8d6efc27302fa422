import BaoCore
@testable import BaoCorpus
import XCTest

final class SearchQueryTests: XCTestCase {
    func testWordsPhrasesPrefixesAndExclusions() throws {
        let query = try SearchQuery.parse(#"can tho "xây dựng Đảng" nghị* -tham"#)
        XCTAssertEqual(query.terms.map(\.tokens), [["can"], ["tho"], ["xây", "dựng", "đảng"], ["nghị"], ["tham"]])
        XCTAssertEqual(query.terms.map(\.marked), [false, false, true, true, false])
        XCTAssertEqual(query.terms.map(\.prefix), [false, false, false, true, false])
        XCTAssertEqual(query.terms.map(\.negated), [false, false, false, false, true])
    }

    func testMarkedPrefixKeepsItsMarks() throws {
        let query = try SearchQuery.parse("nghị*")
        XCTAssertEqual(query.terms.first?.tokens, ["nghị"])
        XCTAssertEqual(query.ftsExpression, #"{title_m body_m} : "nghị" *"#)
    }

    func testSymbolBecomesAPhrase() throws {
        let query = try SearchQuery.parse("59-NQ/TW")
        XCTAssertEqual(query.terms.first?.tokens, ["59", "nq", "tw"])
        XCTAssertEqual(query.ftsExpression, #"{title_f body_f} : "59 nq tw""#)
    }

    func testFields() throws {
        let query = try SearchQuery.parse(#"province:"Cần Thơ" cites:NQTW4-XII person:"Phạm Văn Hiểu" source:nhandan.vn after:2020 before:2024-06-01 đảng"#)
        XCTAssertEqual(query.province, "Cần Thơ")
        XCTAssertEqual(query.source, "nhandan.vn")
        XCTAssertEqual(query.cites, "NQTW4-XII")
        XCTAssertEqual(query.person, "Phạm Văn Hiểu")
        XCTAssertEqual(query.after, "2020")
        XCTAssertEqual(query.before, "2024-06-01")
        XCTAssertEqual(query.terms.map(\.tokens), [["đảng"]])
    }

    func testDayFirstDates() throws {
        XCTAssertEqual(try SearchQuery.parse("after:5/8/2020").after, "2020-08-05")
        XCTAssertThrowsError(try SearchQuery.parse("after:yesterday"))
        XCTAssertThrowsError(try SearchQuery.parse("before:2020-13"))
        XCTAssertThrowsError(try SearchQuery.parse("province:"))
    }

    /// A day the calendar does not have is refused, with the month's length.
    func testImpossibleDaysAreRefused() throws {
        XCTAssertThrowsError(try SearchQuery.parse("before:2017-02-30")) { error in
            XCTAssertEqual((error as? SearchQueryError)?.message, "'before:2017-02-30' is not a date: month 2 of 2017 has 28 days")
        }
        XCTAssertThrowsError(try SearchQuery.parse("after:2017-04-31"))
        XCTAssertThrowsError(try SearchQuery.parse("after:29/2/2017"))
        XCTAssertEqual(try SearchQuery.parse("after:2016-02-29").after, "2016-02-29")
        XCTAssertEqual(try SearchQuery.parse("before:2000-02-29").before, "2000-02-29")
        XCTAssertThrowsError(try SearchQuery.parse("before:1900-02-29"))
    }

    /// A pasted paragraph is refused with the limit rather than searched for seconds.
    func testTooManyWordsAreRefused() throws {
        let words = (1...SearchQuery.maximumWords).map { "từ\($0)" }
        XCTAssertEqual(try SearchQuery.parse(words.joined(separator: " ")).terms.count, SearchQuery.maximumWords)
        let long = (1...200).map { "chữ\($0)" }.joined(separator: " ")
        XCTAssertThrowsError(try SearchQuery.parse(long)) { error in
            XCTAssertTrue((error as? SearchQueryError)?.message.hasPrefix("the query has 200 words; at most 32") ?? false, "\(error)")
        }
        // Words inside a quoted phrase count too.
        XCTAssertThrowsError(try SearchQuery.parse("\"" + long + "\""))
    }

    func testNegatedPhrase() throws {
        let query = try SearchQuery.parse(#"đảng -"cần thơ""#)
        XCTAssertEqual(query.terms.count, 2)
        XCTAssertEqual(query.terms.last?.tokens, ["cần", "thơ"])
        XCTAssertEqual(query.terms.last?.negated, true)
        XCTAssertEqual(query.ftsExpression, #"{title_m body_m} : "đảng" NOT {title_m body_m} : "cần thơ""#)
    }

    /// Each filter's error shows a value of its own kind, not a province for every field.
    func testEmptyFilterNamesAnExampleOfItsOwnKind() {
        func message(_ text: String) -> String? {
            do {
                _ = try SearchQuery.parse(text)
                return nil
            } catch {
                return error.message
            }
        }
        XCTAssertEqual(message("cites:"), "'cites:' needs a value, e.g. cites:59-NQ/TW")
        XCTAssertEqual(message("person:"), #"'person:' needs a value, e.g. person:"Phạm Văn Hiểu""#)
        XCTAssertEqual(message("after:"), "'after:' needs a value, e.g. after:2020-01-01")
        XCTAssertEqual(message("before:"), "'before:' needs a value, e.g. before:2020-01-01")
        XCTAssertEqual(message("province:"), #"'province:' needs a value, e.g. province:"Cần Thơ""#)
    }

    func testUnknownFieldIsAWordAndQuotesAreEscaped() throws {
        let query = try SearchQuery.parse("http://x")
        XCTAssertEqual(query.terms.first?.tokens, ["http", "x"])
        XCTAssertTrue(try SearchQuery.parse("").isEmpty)
        XCTAssertTrue(try SearchQuery.parse(#"""""#).terms.isEmpty)
    }
}
