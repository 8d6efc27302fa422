import BaoCore
import XCTest
@testable import BaoTUI

/// The chrome in Vietnamese or English: from the config's `language`, else from the locale.
final class LanguageTests: XCTestCase {
    func testEnvironmentPicksEnglishOnlyForAnEnglishLocale() {
        XCTAssertEqual(Language.fromEnvironment([:]), .vi)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "C.UTF-8"]), .vi)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "vi_VN.UTF-8"]), .vi)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "en_GB.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "en_US.UTF-8", "LC_ALL": "vi_VN.UTF-8"]), .vi, "LC_ALL wins")
        XCTAssertEqual(Language.fromEnvironment(["LANG": "vi_VN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]), .en)
    }

    func testConfigLanguageSetting() {
        let (config, problems) = Config.parse("language en\n")
        XCTAssertEqual(config.language, .en)
        XCTAssertEqual(problems, [])
        let bad = Config.parse("bind j down\nlanguage klingon\n")
        XCTAssertNil(bad.config.language)
        XCTAssertEqual(bad.problems, [Config.Problem(line: 2, message: "expected 'language vi' or 'language en'")])
    }

    func testEnglishChrome() {
        var state = AppState(width: 120, height: 40, corpusName: "fixtures")
        state.lang = .en
        let rt = BrowserRuntime(store: Fixtures.corpus, state: state)
        rt.send(.start)
        let first = rt.render().text
        XCTAssertTrue(first.contains(" Articles 1/3"), first)
        XCTAssertTrue(first.contains("│ Reader"), first)
        XCTAssertTrue(first.contains("<Enter>:read u:unread"), first)
        rt.type("?")
        let help = rt.render().text
        XCTAssertTrue(help.contains("Help · keys"), help)
        XCTAssertTrue(help.contains("next unread article in the list"), help)
        rt.type("q:province Atlantis<Enter>")
        XCTAssertEqual(rt.state.message, "No province or city 'Atlantis'")
        rt.type("d")
        XCTAssertTrue(rt.render().text.contains("Cited documents (2) · sort: articles"), rt.render().text)
    }

    /// The status line names the keys that matter in the focused view, as bound.
    func testStatusHintsFollowTheViewAndTheKeymap() {
        let rt = Fixtures.runtime()
        XCTAssertTrue(rt.render().line(39).contains("<Enter>:đọc u:chưa đọc b:đánh dấu p:tỉnh d:văn bản"), rt.render().line(39))
        rt.type("<Enter>")
        XCTAssertTrue(rt.render().line(39).contains("]:liên kết <Enter>:theo"), rt.render().line(39))
        rt.type("d")
        XCTAssertTrue(rt.render().line(39).contains("/:lọc s:sắp xếp x:bỏ lọc"), rt.render().line(39))
        var keymap = Keymap.standard
        keymap.bind(.char("n"), to: .nextUnread)
        keymap.unbind(.char("u"))
        let rebound = Fixtures.runtime(keymap: keymap)
        XCTAssertTrue(rebound.render().line(39).contains("n:chưa đọc"), rebound.render().line(39))
    }
}
