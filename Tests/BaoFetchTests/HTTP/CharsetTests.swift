@testable import BaoFetch
import FetchFixtures
import XCTest

final class CharsetTests: XCTestCase {
    let text = "Thủ tướng Chính phủ chỉ đạo: Đảng bộ tỉnh Lào Cai – “đổi mới”"

    func testWindows1258DeclaredInTheHeader() {
        let bytes = FixtureSite.windows1258("<p>" + text + "</p>")
        XCTAssertNil(String(validating: bytes, as: UTF8.self))
        let decoded = Charset.decode(bytes, contentType: "text/html; charset=windows-1258")
        XCTAssertEqual(decoded.charset, "windows-1258")
        XCTAssertEqual(decoded.text, "<p>" + text + "</p>")
        XCTAssertNil(decoded.note)
    }

    func testWindows1258DeclaredOnlyInTheMetaTag() {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body>" + text + "</body></html>"
        let decoded = Charset.decode(FixtureSite.windows1258(page), contentType: "text/html")
        XCTAssertEqual(decoded.charset, "windows-1258")
        XCTAssertTrue(decoded.text.contains(text))
    }

    func testUTF8DeclaredAsLatin1IsReadAsUTF8WithANote() {
        let decoded = Charset.decode(Array(text.utf8), contentType: "text/html; charset=iso-8859-1")
        XCTAssertEqual(decoded.text, text)
        XCTAssertEqual(decoded.note, "declared iso-8859-1 but the bytes are UTF-8")
    }

    func testWindows1258DeclaredAsUTF8IsReadAsWindows1258() {
        let decoded = Charset.decode(FixtureSite.windows1258(text), contentType: "text/html; charset=utf-8")
        XCTAssertEqual(decoded.text, text)
        XCTAssertEqual(decoded.charset, "windows-1258")
        XCTAssertEqual(decoded.note, "declared utf-8 but the bytes are not UTF-8; read as windows-1258")
    }

    func testCharsetParameterAndNames() {
        XCTAssertEqual(Charset.charsetParameter("text/html; Charset=\"CP1258\""), "cp1258")
        XCTAssertNil(Charset.charsetParameter("text/html"))
        XCTAssertEqual(Charset.canonicalName("x-cp1258"), "windows-1258")
        XCTAssertEqual(Charset.declaredInMarkup(Array("<?xml version=\"1.0\" encoding=\"windows-1258\"?>".utf8)), "windows-1258")
    }
}
