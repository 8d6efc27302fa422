@testable import BaoArticle
import BaoCore
import BaoTestSupport
@testable import BaoText
import XCTest

/// Layouts and rules of the parser on texts written for these tests.
final class ArticleParserTests: XCTestCase {
    func testCorpusLayoutWithGluedByline() {
        let text = """
        Tỉnh ủy họp bàn công tác cán bộ năm mới
        Sáng 6/2, Tỉnh ủy tổ chức hội nghị tổng kết năm 2016, bàn công tác cán bộ năm 2017.
        Hội nghị thống nhất nhiều nội dung quan trọng. Các đại biểu thảo luận sôi nổi về kế hoạch năm 2017. Trần Văn An
        """
        let article = ArticleParser.parse(text: text, path: "x.txt")
        XCTAssertEqual(article.title, "Tỉnh ủy họp bàn công tác cán bộ năm mới")
        XCTAssertEqual(article.blocks.first?.kind, .lead)
        XCTAssertEqual(article.blocks.first?.text, "Sáng 6/2, Tỉnh ủy tổ chức hội nghị tổng kết năm 2016, bàn công tác cán bộ năm 2017.")
        XCTAssertEqual(article.author, "Trần Văn An")
        XCTAssertEqual(article.blocks.last?.text, "Hội nghị thống nhất nhiều nội dung quan trọng. Các đại biểu thảo luận sôi nổi về kế hoạch năm 2017.")
        XCTAssertEqual(article.published?.iso, "2017-02-06")
        XCTAssertEqual(article.published?.yearInferred, true)
    }

    /// The glued byline's cut read from scalars is the cut read from characters whenever the
    /// scalar reading applies, on random paragraphs that mix such text with marks, emoji, flags
    /// and line ends; the characters alone decide the others.
    func testBylineCutFromScalarsIsTheCutFromCharacters() {
        let pieces: [String] = [
            "a", "Anh", " ", "Tú", ". ", "! ", "? ", ".", "…", "… ", "”", ".” ", "“", ",", ")", "(", "Đ", "ỷ", "Hải", "\n",
            "\r\n", "e\u{301}", "\u{301}", ". \u{301}", "\u{200D}", "👍", "👍🏽", "🇻🇳", "©", "\u{AD}", "中", "한", "\u{600}",
            "Ω", "–", "-", "/", "TTXVN", "\u{A0}",
        ]
        // Half the paragraphs draw from the pieces the scalar reading takes, with one other piece
        // among the first ones at times (before the tail, or in it).
        let plain = pieces.filter { $0.unicodeScalars.allSatisfy { OwnCharacters.contains($0.value) } }
        var generator = SplitMix(seed: 0x6279_6C6E)
        var fromScalars = 0
        for round in 0..<20_000 {
            let length = Int.random(in: 0...40, using: &generator)
            let paragraph = (0..<length).map { index in
                let pool = round % 2 == 0 && index != 3 ? plain : pieces
                return pool.randomElement(using: &generator) ?? ""
            }.joined()
            let characters = ArticleParser.bylineCut(charactersOf: paragraph)
            if let fast = ArticleParser.bylineCutOffset(scalarsOf: paragraph) {
                fromScalars += 1
                let expected = characters.map { paragraph.utf8.distance(from: paragraph.startIndex, to: $0.start) }
                XCTAssertEqual(fast, expected, "\(Array(paragraph.unicodeScalars))")
                if let characters { XCTAssertEqual(characters.keptEnd, characters.start) }
            }
            let cut = ArticleParser.bylineCut(paragraph)
            XCTAssertEqual(cut?.start, characters?.start)
            XCTAssertEqual(cut?.keptEnd, characters?.keptEnd)
        }
        XCTAssertGreaterThan(fromScalars, 6_000)
        XCTAssertEqual(
            ArticleParser.bylineCutOffset(scalarsOf: "Ông nói vậy. Anh Tú"), .some(.some("Ông nói vậy.".utf8.count)))
    }

    /// A byline's name, case and outlet tests read from scalars agree with those read from
    /// characters, on random texts of the characters they look at (half of them capitalised words).
    func testBylineTestsFromScalarsAreTheTestsFromCharacters() {
        let words = ["Anh", "Tú", "NGỌC", "Đ.", "H.T", "Ạnh", "Ǆa", "ʰa", "Ⓐ", "ªb", "Ab5", "A²", "X½", "TTXVN", "VOV", "ĐỨC", "İ"]
        let pieces = words + ["và", "VÀ", "vÀ", "T", ".", " ", "-", ",", "–", "ß", "đ", "ạ", "x", "'", "(", ")", "/", ".VN", ".com", "Σ"]
        var generator = SplitMix(seed: 0x6E61_6D65)
        var names = 0, scalarTexts = 0
        for round in 0..<20_000 {
            let count = Int.random(in: 0...8, using: &generator)
            let text = round % 2 == 0
                ? (0..<count).map { _ in words.randomElement(using: &generator) ?? "" }.joined(separator: " ")
                : (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            guard let scalars = OwnCharacters.scalars(of: text) else { continue }
            scalarTexts += 1
            let expected = Byline.looksLikeName(characters: text)
            XCTAssertEqual(Byline.looksLikeName(scalars: scalars), expected, text)
            XCTAssertEqual(Byline.looksLikeName(text), expected, text)
            XCTAssertEqual(Byline.normalizeCase(text), Byline.normalizeCase(characters: text), text)
            XCTAssertEqual(Byline.isOutlet(text), Byline.isOutlet(characters: text), text)
            if expected { names += 1 }
        }
        XCTAssertGreaterThan(names, 1_000)
        XCTAssertGreaterThan(scalarTexts, 15_000)
    }

    func testBylinesWithOutletsAndCompilations() {
        XCTAssertEqual(Byline.parse("Bài, ảnh: ANH DŨNG"), .init(author: "Anh Dũng", source: nil))
        XCTAssertEqual(Byline.parse("Ngọc Thiện/TTXVN"), .init(author: "Ngọc Thiện", source: "TTXVN"))
        XCTAssertEqual(Byline.parse("Theo C.THÀNH (Lâm Đồng Online)"), .init(author: "C.Thành", source: "Lâm Đồng Online"))
        XCTAssertEqual(Byline.parse("Hồng Hà (Tổng hợp)"), .init(author: "Hồng Hà", source: nil))
        XCTAssertEqual(Byline.parse("Theo Vnexpress"), .init(author: nil, source: "Vnexpress"))
        XCTAssertEqual(Byline.parse("TTXVN"), .init(author: nil, source: "TTXVN"))
        XCTAssertEqual(Byline.parse("S. Hải"), .init(author: "S. Hải", source: nil))
        XCTAssertNil(Byline.parse("Các đại biểu thảo luận"))
        XCTAssertNil(Byline.parse("Nguyên nhân vụ cháy đang được làm rõ."))
    }

    func testLeadPrefixGivesDatelineAndSource() {
        let text = """
        Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10

        HÀ NỘI (TTXVN) - Ngày 3/3/2021, Ban Chấp hành Đảng bộ tỉnh họp phiên thường kỳ để bàn nhiều nội dung quan trọng.

        Đoạn thứ hai của bài viết kể chi tiết các nội dung đã được bàn thảo trong hội nghị.
        """
        let article = ArticleParser.parse(text: text, path: "x.txt")
        XCTAssertEqual(article.dateline, "Hà Nội")
        XCTAssertEqual(article.source, "TTXVN")
        XCTAssertEqual(article.blocks.first?.text.hasPrefix("Ngày 3/3/2021"), true)
        XCTAssertEqual(article.published?.iso, "2021-03-03")
        XCTAssertEqual(article.published?.yearInferred, false)
    }

    func testRelatedHeadlinesAndInlineLinks() {
        let text = """
        Tiêu đề chính của bài viết thử

        Đoạn mở đầu của bài viết, đủ dài để là một đoạn văn bình thường trong thân bài.

        >> Xem thêm: Một bài khác cùng chủ đề về công tác cán bộ

        Đoạn thứ hai tiếp tục bài viết sau đường liên kết.

        Tin liên quan
        Tỉnh ủy tổng kết công tác năm
        Thành ủy triển khai nhiệm vụ mới

        Tin khác
        Bão số 3 đổ bộ vào miền Trung
        """
        let article = ArticleParser.parse(text: text, path: "x.txt")
        XCTAssertEqual(article.related.map(\.title), [
            "Một bài khác cùng chủ đề về công tác cán bộ",
            "Tỉnh ủy tổng kết công tác năm",
            "Thành ủy triển khai nhiệm vụ mới",
        ])
        XCTAssertEqual(article.blocks.map(\.text), [
            "Đoạn mở đầu của bài viết, đủ dài để là một đoạn văn bình thường trong thân bài.",
            "Đoạn thứ hai tiếp tục bài viết sau đường liên kết.",
        ])
        XCTAssertFalse(article.bodyText.contains("Bão"))
    }

    func testUntitledTextUsesItsFirstLine() {
        let article = ArticleParser.parse(text: "ghi chú ngắn\nmột dòng nữa", path: "note")
        XCTAssertEqual(article.title, "ghi chú ngắn")
        XCTAssertEqual(article.bodyText, "một dòng nữa")
        let long = String(repeating: "một đoạn văn rất dài không có tiêu đề ", count: 20)
        let untitled = ArticleParser.parse(text: long, path: "long")
        XCTAssertLessThanOrEqual(untitled.title?.count ?? 0, 161)
        XCTAssertTrue(untitled.warnings.contains { $0.contains("title") })
        XCTAssertEqual(untitled.blocks.count, 1)
    }

    /// `standaloneURL` first looks at the line's first byte (and its labels' bytes); on random
    /// lines of labels, brackets, URL openings in any case and text it answers as the whole test
    /// does, kept here as it was before that look.
    func testStandaloneURLIsTheFullTestsAnswer() {
        func reference(_ line: String) -> String? {
            var text = Substring(line)
            for label in ["Nguồn:", "Nguồn", "Link:", "Link bài viết:", "Theo"] where text.hasPrefix(label) {
                text = text.dropFirst(label.count).drop(while: { $0 == " " })
            }
            if text.hasPrefix("(") { text = text.dropFirst() }
            let lower = text.prefix(8).lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") else { return nil }
            let url = URLText.leadingURL(String(text))
            let rest = text.dropFirst(url.count).trimmedSpaces
            guard rest.count <= 3 else { return nil }
            return url
        }
        let pieces = [
            "Nguồn:", "Nguồn", "Link:", "Link bài viết:", "Theo", "N", "L", "T", " ", "(", "http://", "HTTPS://", "Http://",
            "www.", "WwW.", "baomoi.vn/a-1.html", "Tin", "h", "W", "\u{301}", "é", ")", ".", "x",
        ]
        var random = SplitMix(seed: 0x75726C)
        var urls = 0
        for _ in 0..<20_000 {
            let line = random.text(of: pieces, count: 0...6)
            let expected = reference(line)
            XCTAssertEqual(URLText.standaloneURL(line), expected, line)
            if expected != nil { urls += 1 }
        }
        XCTAssertGreaterThan(urls, 500)
    }

    func testGluedURLIsCut() {
        XCTAssertEqual(URLText.leadingURL("http://baolaocai.vn/bai-viet/213010-nhieu-giai-phapTheo đó"),
                       "http://baolaocai.vn/bai-viet/213010-nhieu-giai-phap")
        XCTAssertEqual(URLText.leadingURL("https://example.vn/tin/bai-1.htmlXem tiếp"), "https://example.vn/tin/bai-1.html")
        XCTAssertEqual(URLText.leadingURL("https://example.vn/tin/latin1.html"), "https://example.vn/tin/latin1.html")
        XCTAssertEqual(URLText.standaloneURL("http://127.0.0.1:8080/tin/bai-viet.html"), "http://127.0.0.1:8080/tin/bai-viet.html")
        // Percent escapes are the URL's own: "%0A" and "%2F" are not a capitalised word glued on.
        XCTAssertEqual(URLText.leadingURL("http://example.vn/tim?q=a%0Ab%2Fc"), "http://example.vn/tim?q=a%0Ab%2Fc")
        XCTAssertEqual(URLText.leadingURL("http://example.vn/bai%0Aviet"), "http://example.vn/bai%0Aviet")
        XCTAssertEqual(URLText.host(of: "https://www.baolaocai.vn/x"), "baolaocai.vn")
        let article = ArticleParser.parse(
            text: "Tiêu đề bài\n\nĐoạn văn bản thứ nhất của bài báo, đủ dài để làm đoạn.\n\nhttp://baolaocai.vn/bai-viet/1-tin-moiTrần Văn An",
            path: "x")
        XCTAssertEqual(article.url, "http://baolaocai.vn/bai-viet/1-tin-moi")
        XCTAssertEqual(article.source, "baolaocai.vn")
        XCTAssertEqual(article.author, "Trần Văn An")
        XCTAssertEqual(article.bodyText, "Đoạn văn bản thứ nhất của bài báo, đủ dài để làm đoạn.")
    }

    func testSeriesMarkers() {
        XCTAssertEqual(Series.marker("Bài 2: Sâu sát cơ sở"), "Bài 2")
        XCTAssertEqual(Series.marker("Bài cuối: Tập trung mọi nguồn lực"), "Bài cuối")
        XCTAssertEqual(Series.marker("Kỳ 3 - Những người giữ lửa"), "Kỳ 3")
        XCTAssertNil(Series.marker("Bài viết này nói về"))
        // The opening byte settles most lines; spaces before the marker and any case are allowed.
        XCTAssertEqual(Series.marker("  KỲ 3 - Những người giữ lửa"), "KỲ 3")
        XCTAssertEqual(Series.marker("phần II: Đổi mới"), "phần II")
        XCTAssertNil(Series.marker("Tập 3: Những người giữ lửa"))
        XCTAssertNil(Series.marker("\"Bài 2: Sâu sát cơ sở\""))
        XCTAssertNil(Series.marker("   "))
        XCTAssertNil(Series.marker("Bài học kinh nghiệm: ba điều"))
        XCTAssertEqual(Series.inTitle("Xây dựng Đảng ở cơ sở - Bài 2: Sâu sát cơ sở"), "Bài 2")
        XCTAssertEqual(Series.inTitle("Xây dựng Đảng ở cơ sở (Bài cuối)"), "Bài cuối")
        XCTAssertEqual(Series.inTitle("Chuyện ở Cần Thơ: Kỳ 3 - Giữ lửa"), "Kỳ 3")
        XCTAssertNil(Series.inTitle("Bài học từ Cần Thơ: bài toán cán bộ - một cách nhìn"))
    }

    func testBylineWithPhotographer() {
        XCTAssertEqual(Byline.parse("Tin: Hoàng Uyên - Ảnh: Minh Khoa"), .init(author: "Hoàng Uyên", source: nil))
        XCTAssertEqual(Byline.parse("Bài: TRẦN AN, ảnh: LÊ BÌNH"), .init(author: "Trần An", source: nil))
    }
}

final class HeaderLineTests: XCTestCase {
    func testLinesUnderTheTitle() {
        let text = """
        Thành ủy họp bàn công tác cán bộ trong tình hình mới

        Trần Minh Khoa

        Cập nhật lúc 15:27, Thứ Hai, 28/01/2019

        Đoạn mở đầu của bài viết kể về hội nghị của Thành ủy, đủ dài để là một đoạn văn bình thường.
        """
        let article = ArticleParser.parse(text: text, path: "x")
        XCTAssertEqual(article.author, "Trần Minh Khoa")
        XCTAssertNil(article.dateline)
        XCTAssertEqual(article.published?.iso, "2019-01-28T15:27")
        XCTAssertEqual(article.blocks.count, 1)

        let placed = ArticleParser.parse(text: "Tỉnh ủy tổng kết công tác năm\n\nThừa Thiên Huế\n\n" + String(repeating: "Nội dung bài viết. ", count: 8), path: "y")
        XCTAssertEqual(placed.dateline, "Thừa Thiên Huế")
        XCTAssertNil(placed.author)
    }
}

final class PageFurnitureTests: XCTestCase {
    func testBreadcrumbsShareRowsAndTagsAreNotTheArticle() {
        let text = """
        Trang chủ > Chính trị > Xây dựng Đảng

        Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng

        Thứ Ba, 12/03/2024 | 09:10

        Đoạn mở đầu kể về hội nghị sơ kết của Huyện ủy, đủ dài để là một đoạn văn trong thân bài.

        Đoạn thứ hai nói về các nhiệm vụ trọng tâm trong thời gian tới của Huyện ủy.

        Facebook Twitter Zalo

        Từ khóa: xây dựng Đảng, Huyện ủy

        Bình luận (0)
        """
        let article = ArticleParser.parse(text: text, path: "x")
        XCTAssertEqual(article.section, "Xây dựng Đảng")
        XCTAssertEqual(article.title, "Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng")
        XCTAssertEqual(article.published?.iso, "2024-03-12T09:10")
        XCTAssertEqual(article.blocks.map(\.kind), [.lead, .paragraph])
        XCTAssertFalse(article.bodyText.contains("Facebook"))
        XCTAssertFalse(article.bodyText.contains("Từ khóa"))
    }
}

final class SentencesTests: XCTestCase {
    func testGluedSentencesAreSeparatedButAbbreviationsAreNot() {
        XCTAssertEqual(Sentences.unglue("trong sạch, vững mạnh.Xác định công tác"), "trong sạch, vững mạnh. Xác định công tác")
        XCTAssertEqual(Sentences.unglue("đã xong.Được an ủi lắm!Vui ghê"), "đã xong. Được an ủi lắm! Vui ghê")
        for text in ["Công an Tp.Hà Nội", "đội St.Bonaventure", "TP.HCM", "7.987 đảng viên", "http://baolaocai.vn/Bai-viet", "xem tại baolaocai.vn"] {
            XCTAssertEqual(Sentences.unglue(text), text)
        }
    }

    func testGluedSentencesAreFoundAtEveryPositionOfALongLine() {
        // The search passes over eight bytes at a time: a mark at any offset must still be seen.
        for padding in 0..<20 {
            let head = String(repeating: "ơ", count: padding % 3) + String(repeating: "a", count: padding)
            XCTAssertEqual(Sentences.unglue(head + " vững mạnh.Xác định công tác"), head + " vững mạnh. Xác định công tác")
            XCTAssertEqual(Sentences.unglue(head + " xong!Được an ủi lắm?Vui"), head + " xong! Được an ủi lắm? Vui")
            XCTAssertEqual(Sentences.unglue(head + " TP.HCM, số 7.987"), head + " TP.HCM, số 7.987")
            // A mark too close to the end has no letters after it to check.
            XCTAssertEqual(Sentences.unglue(head + " xong.X"), head + " xong.X")
        }
    }

    func testRunsOfSpacesAreFoldedInHeadingsAndSplitInCorpusBodies() {
        // Runs of spaces, tabs and returns at every offset: the check reads eight bytes at a time.
        for padding in 0..<12 {
            let word = String(repeating: "x", count: padding + 1)
            let text = "Tỉnh ủy họp \(word)  bàn\tcông tác\nSáng 6/2, hội nghị \(word) bàn công tác cán bộ.\n"
                + "Hội nghị \(word) thống nhất nội dung.   Các đại biểu\tthảo luận."
            let article = ArticleParser.parse(text: text, path: "x.txt")
            XCTAssertEqual(article.title, "Tỉnh ủy họp \(word) bàn công tác")
            XCTAssertEqual(article.blocks.map(\.text), [
                "Sáng 6/2, hội nghị \(word) bàn công tác cán bộ.", "Hội nghị \(word) thống nhất nội dung.",
                "Các đại biểu thảo luận.",
            ])
        }
        // Web copy (a blank line early): every line is folded, none is split.
        let web = ArticleParser.parse(text: "Tiêu đề  của bài\n\nĐoạn một   có nhiều khoảng trắng.\n\nĐoạn hai.", path: "x.txt")
        XCTAssertEqual(web.title, "Tiêu đề của bài")
        XCTAssertEqual(web.blocks.first?.text, "Đoạn một có nhiều khoảng trắng.")
    }
}

final class CaptionTests: XCTestCase {
    func testCaptionForms() {
        XCTAssertEqual(Captions.split("Quang cảnh hội nghị. (Ảnh: Trọng Tín)"), .init(text: "Quang cảnh hội nghị.", credit: "Trọng Tín"))
        XCTAssertEqual(Captions.split("Đồng chí Bí thư phát biểu. Ảnh: VGP/Nhật Bắc"), .init(text: "Đồng chí Bí thư phát biểu.", credit: "VGP/Nhật Bắc"))
        XCTAssertEqual(Captions.split("Người dân làm thủ tục. (Ảnh minh họa: Internet)"), .init(text: "Người dân làm thủ tục.", credit: "Internet"))
        XCTAssertEqual(Captions.split("Hội nghị trực tuyến. | Ảnh: H. Thảo"), .init(text: "Hội nghị trực tuyến.", credit: "H. Thảo"))
        XCTAssertEqual(Captions.split("Ảnh: TTXVN"), .init(text: "", credit: "TTXVN"))
        XCTAssertEqual(Captions.split("Lãnh đạo tỉnh trao quà. Trong ảnh: đồng chí Bí thư Tỉnh ủy")?.credit, nil)
        XCTAssertNotNil(Captions.split("Lãnh đạo tỉnh trao quà. Trong ảnh: đồng chí Bí thư Tỉnh ủy"))
        XCTAssertNil(Captions.split("Ông cho biết thêm, công tác chụp ảnh: được tổ chức chu đáo và kỹ lưỡng."))
        XCTAssertNil(Captions.split("Thành ủy ban hành kế hoạch thực hiện nghị quyết."))
        // A credit is read from the last 160 bytes: an "ảnh" only further back does not make one.
        let long = "Bản tin có ảnh: " + String(repeating: "Hội nghị bàn công tác cán bộ trong năm tới. ", count: 4)
        XCTAssertNil(Captions.split(long.trimmingCharacters(in: .whitespaces)))
        XCTAssertEqual(Captions.split(String(repeating: "Hội nghị bàn công tác. ", count: 6) + "(Ảnh: Trọng Tín)")?.credit, "Trọng Tín")
    }

    func testGluedBylineIsNotTakenFromAParagraphEndingInAMark() {
        for ending in [".", "!", "?", "…", ":", ";", ",", "\"", "”"] {
            let text = "Tỉnh ủy họp bàn công tác cán bộ\nSáng 6/2, Tỉnh ủy tổ chức hội nghị.\nCác đại biểu thảo luận. Trần Văn An" + ending
            let article = ArticleParser.parse(text: text, path: "x.txt")
            XCTAssertNil(article.author, ending)
            XCTAssertEqual(article.blocks.last?.text, "Các đại biểu thảo luận. Trần Văn An" + ending)
        }
        let compiled = ArticleParser.parse(
            text: "Tỉnh ủy họp bàn công tác cán bộ\nSáng 6/2, Tỉnh ủy tổ chức hội nghị.\nCác đại biểu thảo luận. Hồng Hà (Tổng hợp)",
            path: "x.txt")
        XCTAssertEqual(compiled.author, "Hồng Hà")
    }
}
