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
        XCTAssertEqual(bad.problems.map(\.line), [2])
        XCTAssertEqual(bad.problems.first?.text(.en), "line 2: expected 'language vi' or 'language en'")
        XCTAssertEqual(bad.problems.first?.text(.vi), "dòng 2: cần 'language vi' hoặc 'language en'")
        XCTAssertEqual(bad.problems.first?.description, "config line 2: expected 'language vi' or 'language en'")
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

    /// A runtime over the fixtures in `lang`, started.
    func runtime(_ lang: Language, width: Int = 120, height: Int = 40) -> BrowserRuntime {
        var state = AppState(width: width, height: height, corpusName: "fixtures")
        state.lang = lang
        let rt = BrowserRuntime(store: Fixtures.corpus, state: state)
        rt.send(.start)
        return rt
    }

    /// Every status message, typed from the first screen, in Vietnamese and in English.
    func testStatusMessagesInBothLanguages() {
        let cases: [(keys: String, vi: String, en: String)] = [
            ("h", "Đã ở trang đầu của lịch sử", "At the start of the history"),
            ("l", "Đã ở trang cuối của lịch sử", "At the end of the history"),
            ("n", "Chưa có tìm kiếm: gõ / để tìm", "No search yet: / searches"),
            ("z", "Phóng to khung đang chọn (z: trở lại)", "Focused pane zoomed (z: back)"),
            ("<Enter>]]]]]]", "Không còn liên kết nào phía dưới", "No link further down"),
            ("<Enter>][[", "Không còn liên kết nào phía trên", "No link further up"),
            ("<Enter>/zzzq<Enter>", "Không tìm thấy: zzzq", "Not found: zzzq"),
            ("<Enter>/xã<Enter>", "3 kết quả: n/N để chuyển", "3 matches: n/N to move"),
            ("<Enter>/xã<Enter>n", "Kết quả 2/3", "Match 2/3"),
            ("c", "Hãy chọn một văn bản trước (liên kết trong bài, khung thực thể hoặc danh mục văn bản)",
             "Select a document first (a link in the reader, the entity sidebar or the documents index)"),
            (":cites<Enter>", "Cách dùng: :cites KÝ_HIỆU (ký hiệu hoặc định danh văn bản, vd. 5-CT/TW)",
             "Usage: :cites ID (a document's symbol or key, e.g. 5-CT/TW)"),
            (":open x<Enter>", "Cách dùng: :open N (số liên kết trong bài)", "Usage: :open N (a link number of the article)"),
            ("<Enter>:open 9<Enter>", "Bài đang mở không có liên kết [9]", "The open article has no link [9]"),
            (":frob<Enter>", "Lệnh không rõ :frob. Các lệnh: :province TÊN, :cites KÝ_HIỆU, :search TỪ_KHÓA, :source TÊN_BÁO, :fetch, :clear, :open N, :quit",
             "Unknown command :frob. Commands: :province NAME, :cites ID, :search QUERY, :source PAPER, :fetch, :clear, :open N, :quit"),
            (":search province:Atlantis<Enter>", "Không có tỉnh/thành 'Atlantis'", "No province or city 'Atlantis'"),
            (":search after:2017-02-30<Enter>", "'after:2017-02-30' không phải ngày: tháng 2/2017 có 28 ngày",
             "'after:2017-02-30' is not a date: month 2 of 2017 has 28 days"),
            (":search before:<Enter>", "'before:' cần một giá trị, vd. before:2020-01-01", "'before:' needs a value, e.g. before:2020-01-01"),
            ("R", "Không tải tin được ở đây: dùng baoterm fetch", "Fetching is not available here: use baoterm fetch"),
            ("o", "Sẽ mở https://baotinh.example.vn/a.txt", "Would open https://baotinh.example.vn/a.txt"),
        ]
        for (keys, vi, en) in cases {
            for (lang, expected) in [(Language.vi, vi), (.en, en)] {
                let rt = runtime(lang)
                rt.type(keys)
                XCTAssertEqual(rt.state.message, expected, "\(lang) \(keys)")
            }
        }
    }

    /// A search filter naming no province is refused like `:province`, the list unchanged, with
    /// the nearest names.
    func testSearchWithAnUnknownProvinceKeepsTheList() {
        for lang in Language.allCases {
            let rt = runtime(lang)
            rt.type(":search province:\"Quang Nim\"<Enter>")
            XCTAssertEqual(rt.state.message, lang("Không có tỉnh/thành 'Quang Nim' · gần nhất: Quảng Nam, Quảng Ninh",
                                                  "No province or city 'Quang Nim' · nearest: Quảng Nam, Quảng Ninh"))
            XCTAssertTrue(rt.state.messageIsError)
            XCTAssertNil(rt.state.filter.query)
            XCTAssertEqual(rt.listPaths, ["a.txt", "b.txt", "c.txt"])
        }
    }

    /// A cites: field naming no document is refused like `:cites`; a known one filters.
    func testSearchWithAnUnknownDocumentKeepsTheList() {
        for lang in Language.allCases {
            let rt = runtime(lang)
            rt.type(":search xã cites:05-CT/TX<Enter>")
            XCTAssertEqual(rt.state.message, lang("Kho không có văn bản '05-CT/TX' · gần nhất: 05-CT/TW",
                                                  "No cited document '05-CT/TX' · nearest: 05-CT/TW"))
            XCTAssertNil(rt.state.filter.query)
            XCTAssertEqual(rt.listPaths, ["a.txt", "b.txt", "c.txt"])
            rt.type(":search cites:05-CT/TW<Enter>")
            XCTAssertEqual(rt.state.filter.query, "cites:05-CT/TW")
            XCTAssertFalse(rt.state.messageIsError)
        }
    }

    /// The chrome around an article: document view, sidebar headings, search counts, prompt.
    func testViewsInBothLanguages() {
        let vi = runtime(.vi)
        vi.type("<Enter>]<Enter>")
        let viDocument = vi.render().text
        XCTAssertTrue(viDocument.contains("Ký hiệu         12-NQ/TU"), viDocument)
        XCTAssertTrue(viDocument.contains("Được trích dẫn bởi 2 bài (4 lần nhắc)"), viDocument)
        XCTAssertTrue(viDocument.contains("Thường được trích cùng (số bài trích cả hai)"), viDocument)
        let en = runtime(.en)
        en.type("<Enter>]<Enter>")
        let enDocument = en.render().text
        XCTAssertTrue(enDocument.contains("Symbol          12-NQ/TU"), enDocument)
        XCTAssertTrue(enDocument.contains("Cited by 2 articles (4 mentions)"), enDocument)
        XCTAssertTrue(enDocument.contains("Often cited with it (articles citing both)"), enDocument)
        XCTAssertTrue(enDocument.contains("05-CT/TW  Chỉ thị · 2 articles"), enDocument)

        let viSidebar = runtime(.vi)
        viSidebar.type("<Enter>")
        XCTAssertTrue(viSidebar.render().text.contains("Tỉnh/thành (1)"), viSidebar.render().text)
        XCTAssertTrue(viSidebar.render().text.contains("Người (1)"), viSidebar.render().text)
        let enSidebar = runtime(.en)
        enSidebar.type("<Enter>")
        XCTAssertTrue(enSidebar.render().text.contains("Provinces (1)"), enSidebar.render().text)
        XCTAssertTrue(enSidebar.render().text.contains("Documents (2)"), enSidebar.render().text)
        XCTAssertTrue(enSidebar.render().text.contains("People (1)"), enSidebar.render().text)

        let viSearch = runtime(.vi)
        viSearch.type(":search xã<Enter>")
        XCTAssertTrue(viSearch.render().line(39).contains("tìm: xã (2 bài, theo độ khớp · s: mới nhất)"), viSearch.render().line(39))
        let enSearch = runtime(.en)
        enSearch.type(":search xã<Enter>")
        XCTAssertTrue(enSearch.render().line(39).contains("search: xã (2 articles, by relevance · s: newest)"), enSearch.render().line(39))
        enSearch.type("d/")
        XCTAssertTrue(enSearch.render().line(39).hasPrefix("filter: "), enSearch.render().line(39))
    }

    /// Every key's help line exists in both languages.
    func testEveryKeyHasHelpInBothLanguages() {
        for binding in Keymap.standard.bindings {
            XCTAssertFalse(binding.help(.vi).isEmpty, "\(binding.command)")
            XCTAssertFalse(binding.help(.en).isEmpty, "\(binding.command)")
            XCTAssertNotEqual(binding.help(.vi), binding.help(.en), "\(binding.command)")
        }
    }

    /// The welcome page when there is nothing to read.
    func testWelcomeInBothLanguages() {
        let welcome = Welcome(feedsFile: "~/.config/baoterm/feeds")
        XCTAssertEqual(WelcomeView.lines(welcome, width: 120, lang: .vi).first, "baoterm: đọc tin chính trị Việt Nam trong terminal")
        XCTAssertEqual(WelcomeView.lines(welcome, width: 120, lang: .en).first, "baoterm: Vietnamese political news in the terminal")
        XCTAssertTrue(WelcomeView.lines(welcome, width: 120, lang: .en).contains("    baoterm PATH        e.g. baoterm ~/news"))
    }

    /// Config problems in the chrome's language, the detail included.
    func testConfigProblemsInBothLanguages() {
        let (_, problems) = Config.parse("bind j\nfrobnicate all\ncolor link purple\n")
        XCTAssertEqual(problems.map { $0.text(.vi) }, ["dòng 1: cần 'bind PHÍM LỆNH'",
                                                       "dòng 2: không rõ chỉ thị 'frobnicate' (bind, unbind, color, language, watch)",
                                                       "dòng 3: không có màu 'purple'"])
        XCTAssertEqual(problems.map { $0.text(.en) }, ["line 1: expected 'bind KEY COMMAND'",
                                                       "line 2: unknown directive 'frobnicate' (bind, unbind, color, language, watch)",
                                                       "line 3: unknown colour 'purple'"])
    }
}
