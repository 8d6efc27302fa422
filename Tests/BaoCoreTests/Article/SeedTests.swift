@testable import BaoArticle
import BaoCore
import XCTest

/// The article-layer facts of SPEC section 7, for each bundled seed.
final class SeedTests: XCTestCase {
    static let seedsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    static func seedPath(_ number: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)
        let name = try XCTUnwrap(names.first { $0.hasPrefix(number + "_") }, "seed \(number) missing")
        return seedsFolder.appendingPathComponent(name).path
    }

    static func seed(_ number: String) throws -> Article {
        try ArticleLoader.load(path: seedPath(number))
    }

    func testSeed000() throws {
        let article = try Self.seed("000")
        XCTAssertEqual(article.published?.iso, "2024-08-31T17:45")
        XCTAssertEqual(article.published?.yearInferred, false)
        XCTAssertEqual(article.title, "Năng động lãnh đạo xây dựng TP Cần Thơ phát triển")
        XCTAssertEqual(article.series, "Bài 2")
        XCTAssertEqual(article.subtitle, "Bài 2: Sâu sát cơ sở, tháo gỡ vướng mắc")
        XCTAssertEqual(article.author, "Anh Dũng")
        XCTAssertNil(article.section)
        let subheadings = article.blocks.filter { $0.kind == .subheading }.map(\.text)
        XCTAssertEqual(subheadings, [
            "Lấy hiệu quả công việc để đánh giá năng lực cán bộ",
            "Thực hiện đồng bộ các giải pháp xây dựng, chỉnh đốn Đảng",
        ])
        let captions = article.blocks.filter { $0.kind == .caption }
        XCTAssertEqual(captions.count, 1)
        XCTAssertTrue(captions.first?.text.contains("Trong ảnh: Lãnh đạo thành phố tặng hoa") ?? false)
        XCTAssertEqual(article.blocks.first?.kind, .lead)
        let body = article.bodyText
        // The byline, the next-part notice and the share button are not body text.
        for clutter in ["ANH DŨNG", "Bài cuối", "Chia sẻ bài viết", "Bài, ảnh"] {
            XCTAssertFalse(body.contains(clutter), clutter)
        }
        XCTAssertTrue(body.contains("59-NQ/TW ngày 5-8-2020"))
    }

    func testSeed000EthIsFixed() throws {
        let raw = try String(contentsOfFile: Self.seedPath("000"), encoding: .utf8)
        XCTAssertEqual(raw.unicodeScalars.filter { $0.value == 0xD0 }.count, 23)
        let article = try Self.seed("000")
        let everything = [article.title, article.subtitle].compactMap { $0 }.joined() + article.bodyText
        XCTAssertFalse(everything.unicodeScalars.contains { $0.value == 0xD0 || $0.value == 0xF0 })
        XCTAssertTrue(article.bodyText.contains("HĐND thành phố"))
        XCTAssertTrue(article.bodyText.contains("Đại hội lần thứ XIII của Đảng"))
    }

    func testSeed001() throws {
        let article = try Self.seed("001")
        XCTAssertEqual(article.published?.iso, "2023-12-25")
        XCTAssertEqual(article.published?.yearInferred, true)
        XCTAssertEqual(article.section, "Xây dựng Đảng")
        XCTAssertEqual(article.title, "Cần Thơ chú trọng đổi mới, sắp xếp bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả")
        XCTAssertEqual(article.dateline, "Cần Thơ")
        XCTAssertEqual(article.author, "Ngọc Thiện")
        XCTAssertEqual(article.source, "TTXVN")
        XCTAssertNil(article.series)
        let captions = article.blocks.filter { $0.kind == .caption }
        XCTAssertEqual(captions.count, 2)
        XCTAssertEqual(captions.map(\.credit), ["Ngọc Thiện/TTXVN", "Ngọc Thiện/TTXVN"])
        XCTAssertFalse(article.bodyText.contains("(Ảnh:"))
        XCTAssertFalse(article.bodyText.contains("Tin liên quan"))
        XCTAssertFalse(article.bodyText.contains("Xem thêm"))
        // The bundled 001 ends at its related-articles heading: nothing is embedded after it.
        XCTAssertEqual(article.related, [])
    }

    /// 001 as the web page shows it with 002 embedded after "Tin liên quan": 002 becomes the
    /// related article and none of its text reaches 001's body.
    func testSeed001WithEmbeddedSeed002() throws {
        let first = try String(contentsOfFile: Self.seedPath("001"), encoding: .utf8)
        let second = try String(contentsOfFile: Self.seedPath("002"), encoding: .utf8)
        let marker = try XCTUnwrap(first.range(of: "Tin liên quan"))
        let page = String(first[..<marker.upperBound]) + "\n\n" + second
        let article = ArticleParser.parse(text: page, path: "page.txt")
        let alone = try Self.seed("001")
        XCTAssertEqual(article.bodyText, alone.bodyText)
        XCTAssertEqual(article.author, "Ngọc Thiện")
        XCTAssertEqual(article.related.map(\.title),
                       ["Công tác xây dựng Đảng của TP. Bạc Liêu: Đổi mới và bám sát thực tiễn để nâng cao chất lượng"])
        XCTAssertTrue(article.related.first?.text?.contains("Chỉ thị 12 của BTV Tỉnh ủy") ?? false)
        let secondArticle = try Self.seed("002")
        for block in secondArticle.blocks {
            XCTAssertFalse(article.bodyText.contains(block.text), block.text)
        }
        XCTAssertFalse(article.bodyText.contains("Bạc Liêu"))
        XCTAssertFalse(article.bodyText.contains("thăm dò ý kiến"))
    }

    func testSeed002() throws {
        let article = try Self.seed("002")
        XCTAssertEqual(article.published?.iso, "2019-01-28T15:27")
        XCTAssertEqual(article.section, "Tiến tới Đại hội Đảng các cấp")
        XCTAssertEqual(article.title, "Công tác xây dựng Đảng của TP. Bạc Liêu: Đổi mới và bám sát thực tiễn để nâng cao chất lượng")
        XCTAssertEqual(article.author, "Hoàng Uyên")
        XCTAssertNil(article.series)
        let captions = article.blocks.filter { $0.kind == .caption }
        XCTAssertEqual(captions.count, 1)
        XCTAssertEqual(captions.first?.credit, "H.T")
        XCTAssertEqual(captions.first?.text.hasSuffix("Ban Thường vụ Tỉnh ủy."), true)
        // Comment box, poll and weather are page furniture.
        for clutter in ["Viết bình luận mới", "thăm dò ý kiến", "giữ chân và thu hút người tài", "THÔNG TIN CẦN BIẾT", "nắng nóng", "Hoàng Uyên"] {
            XCTAssertFalse(article.bodyText.contains(clutter), clutter)
        }
        XCTAssertEqual(article.blocks.filter { $0.kind != .caption }.count, 5)
    }

    func testSeed003() throws {
        let article = try Self.seed("003")
        XCTAssertNil(article.published)
        XCTAssertEqual(article.title, "Nhiều giải pháp nâng cao năng lực lãnh đạo của tổ chức đảng")
        XCTAssertEqual(article.url, "http://baolaocai.vn/bai-viet/213010-nhieu-giai-phap-nang-cao-nang-luc-lanh-dao-cua-to-chuc-dang")
        XCTAssertEqual(article.source, "baolaocai.vn")
        XCTAssertNil(article.author)
        XCTAssertEqual(article.blocks.first?.kind, .lead)
        XCTAssertEqual(article.blocks.filter { $0.kind == .caption }.count, 1)
        XCTAssertFalse(article.bodyText.contains("http://"))
        XCTAssertFalse(article.bodyText.contains(" |"))
        // Sentences glued in the page ("vững mạnh.Xác định") are separated.
        XCTAssertTrue(article.bodyText.contains("vững mạnh. Xác định"))
    }

    func testSeed004() throws {
        let article = try Self.seed("004")
        XCTAssertEqual(article.published?.iso, "2020-08-05")
        XCTAssertEqual(article.title, "Xây dựng đội ngũ cán bộ, công chức gần dân, học dân, có trách nhiệm với Nhân dân")
        XCTAssertEqual(article.author, "S. Hải")
        XCTAssertEqual(article.source, "Thanhuytphcm.vn")
        XCTAssertNil(article.series)
        let captions = article.blocks.filter { $0.kind == .caption }
        XCTAssertEqual(captions.map(\.credit), ["H. Thảo", nil])
        // The second caption is written twice in a row on the page; it is kept once.
        let repeated = "Người dân TP tích cực tham gia các phong trào tại địa phương."
        XCTAssertEqual(article.bodyText.components(separatedBy: repeated).count - 1, 1)
        XCTAssertTrue(article.blocks.contains { $0.kind == .lead && $0.text.hasPrefix("Một trong những nội dung") })
        XCTAssertEqual(article.blocks.filter { $0.kind == .subheading }.count, 2)
        for clutter in ["Ý kiến bạn đọc", "refresh", "Tổng lượt bình luận", "Tin khác", "Thông báo", "(Thanhuytphcm.vn)"] {
            XCTAssertFalse(article.bodyText.contains(clutter), clutter)
        }
    }

    func testNFDInputGivesTheSameArticle() throws {
        for number in ["000", "001", "002", "003", "004"] {
            let path = try Self.seedPath(number)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let nfd = text.decomposedStringWithCanonicalMapping
            XCTAssertNotEqual(Array(nfd.utf8), Array(text.utf8))
            let fromNFD = ArticleParser.parse(text: nfd, path: path)
            let fromNFC = ArticleParser.parse(text: text, path: path)
            XCTAssertEqual(fromNFD, fromNFC, number)
            XCTAssertEqual(Array(fromNFD.bodyText.utf8), Array(fromNFC.bodyText.utf8), number)
        }
    }

    func testLoaderWalksTheSeedsFolder() {
        let listing = ArticleLoader.files(in: [Self.seedsFolder.path])
        XCTAssertEqual(listing.files.count, 5)
        XCTAssertEqual(listing.errors, [])
        XCTAssertEqual(listing.files, listing.files.sorted())
    }
}
