@testable import BaoFetch
import XCTest

final class HTMLTokenizerTests: XCTestCase {
    func testTagsAttributesAndText() {
        let tokens = HTMLTokenizer.tokens("<P CLASS=\"sapo lead\" id=x data-a='1'>Xin chào<br/>bạn</p>")
        XCTAssertEqual(tokens, [
            .startTag(name: "p", attributes: ["class": "sapo lead", "id": "x", "data-a": "1"], selfClosing: false),
            .text("Xin chào"),
            .startTag(name: "br", attributes: [:], selfClosing: true),
            .text("bạn"),
            .endTag(name: "p"),
        ])
    }

    func testCharacterReferencesAreDecodedInTextAndAttributes() {
        let tokens = HTMLTokenizer.tokens("<a title=\"Đ&amp;T\">Th&#7911; t&#x1B0;&#7899;ng &amp; &quot;Bộ&quot; &nosuch; a&b</a>")
        XCTAssertEqual(tokens[0], .startTag(name: "a", attributes: ["title": "Đ&T"], selfClosing: false))
        XCTAssertEqual(tokens[1], .text("Thủ tướng & \"Bộ\" &nosuch; a&b"))
    }

    func testScriptAndStyleBodiesAreNotMarkupAndTitleIsText() {
        let tokens = HTMLTokenizer.tokens("<title>A &amp; B</title><script>if (a < b) document.write('</div><p>x')</script><style>p{}</style><p>ok")
        XCTAssertEqual(tokens, [
            .startTag(name: "title", attributes: [:], selfClosing: false), .text("A & B"), .endTag(name: "title"),
            .startTag(name: "script", attributes: [:], selfClosing: false), .endTag(name: "script"),
            .startTag(name: "style", attributes: [:], selfClosing: false), .endTag(name: "style"),
            .startTag(name: "p", attributes: [:], selfClosing: false), .text("ok"),
        ])
    }

    func testCommentsDoctypeAndStrayLessThan() {
        let tokens = HTMLTokenizer.tokens("<!DOCTYPE html><!-- menu --><p>3 < 5 và 5 > 3</p><? php ?>")
        XCTAssertEqual(tokens, [
            .comment("DOCTYPE html"), .comment(" menu "),
            .startTag(name: "p", attributes: [:], selfClosing: false), .text("3 < 5 và 5 > 3"), .endTag(name: "p"),
            .comment(" php ?"),
        ])
    }

    func testTruncatedInputNeverTraps() {
        for html in ["<", "<a", "<a href=\"", "</", "<!--", "&", "&#", "&#x;", "<p class=x", "<script>unterminated", "<a b=c/", "&#99999999999;"] {
            _ = HTMLTokenizer.tokens(html)
            _ = HTMLDocument(html: html)
        }
        XCTAssertEqual(HTMLTokenizer.tokens("<p>a</"), [.startTag(name: "p", attributes: [:], selfClosing: false), .text("a</")])
    }
}

final class HTMLDocumentTests: XCTestCase {
    func testUnclosedParagraphsAndListItemsCloseEachOther() {
        let doc = HTMLDocument(html: "<div><p>một<p>hai<ul><li>a<li>b</ul></div>")
        let div = doc.root.children[0]
        XCTAssertEqual(div.children.map(\.name), ["p", "p", "ul"])
        XCTAssertEqual(div.children[2].children.map(\.textContent), ["a", "b"])
    }

    func testStrayEndTagIsIgnoredAndMisnestedTagsClose() {
        let doc = HTMLDocument(html: "<div></span><b><i>x</b>y</div>")
        let div = doc.root.children[0]
        XCTAssertEqual(div.textContent, "xy")
        XCTAssertEqual(div.children.map(\.name), ["b", ""])
    }

    func testDeepNestingIsFlattenedNotRecursed() {
        let html = String(repeating: "<div>", count: 5000) + "sâu" + String(repeating: "</div>", count: 5000)
        let doc = HTMLDocument(html: html)
        XCTAssertEqual(doc.root.textContent, "sâu")
        XCTAssertLessThan(doc.root.descendants().count, 5002)
    }

    func testTableCellsAndRowsCloseImplicitly() {
        let doc = HTMLDocument(html: "<table><tr><td>a<td>b<tr><td>c</table>")
        let rows = doc.root.descendants().filter { $0.name == "tr" }
        XCTAssertEqual(rows.map { $0.children.map(\.textContent) }, [["a", "b"], ["c"]])
    }
}
