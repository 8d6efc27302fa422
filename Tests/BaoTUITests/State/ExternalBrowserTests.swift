import XCTest
@testable import BaoTUI

/// `$BROWSER` by its convention: a colon-separated list, `%s` for the URL, `%%` for `%`.
final class ExternalBrowserTests: XCTestCase {
    let url = "https://example.vn/tin?a=1&b=%0A;rm -rf"

    func testPlainProgramGetsTheURLLast() {
        XCTAssertEqual(ExternalBrowser.commands(browser: "firefox", url: url), [["firefox", url]])
        XCTAssertEqual(ExternalBrowser.commands(browser: "prog --flag  -x", url: url), [["prog", "--flag", "-x", url]])
    }

    func testPercentSIsReplacedAndPercentPercentIsLiteral() {
        XCTAssertEqual(ExternalBrowser.commands(browser: "prog %s", url: url), [["prog", url]])
        XCTAssertEqual(ExternalBrowser.commands(browser: "prog --url=%s --done", url: url), [["prog", "--url=" + url, "--done"]])
        XCTAssertEqual(ExternalBrowser.commands(browser: "prog 100%% %s", url: url), [["prog", "100%", url]])
        XCTAssertEqual(ExternalBrowser.commands(browser: "prog 50%% %x", url: url), [["prog", "50%", "%x", url]])
    }

    func testColonSeparatedListIsTriedInOrder() {
        XCTAssertEqual(ExternalBrowser.commands(browser: "w3m:lynx %s::xdg-open", url: url),
                       [["w3m", url], ["lynx", url], ["xdg-open", url]])
        XCTAssertEqual(ExternalBrowser.commands(browser: "", url: url), [])
        XCTAssertEqual(ExternalBrowser.commands(browser: " : ", url: url), [])
    }
}
