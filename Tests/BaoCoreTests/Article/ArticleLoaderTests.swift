@testable import BaoArticle
import BaoCore
import BaoTestSupport
import XCTest

final class ArticleLoaderTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("baoterm-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func reason(_ path: String) -> String? {
        do {
            _ = try ArticleLoader.load(path: path)
            return nil
        } catch {
            XCTAssertEqual(error.path, path)
            return error.reason
        }
    }

    private let sample = "Tiêu đề bài viết thử nghiệm\nNgày 3/2/2021, Thành ủy họp bàn công tác cán bộ.\nNội dung chính của bài."

    func testUTF8WithAndWithoutBOM() throws {
        let plain = try write("a.txt", Array(sample.utf8))
        let bom = try write("b.txt", [0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        let a = try ArticleLoader.load(path: plain)
        let b = try ArticleLoader.load(path: bom)
        XCTAssertEqual(a.title, "Tiêu đề bài viết thử nghiệm")
        XCTAssertEqual(b.title, a.title)
        XCTAssertEqual(b.bodyText, a.bodyText)
        XCTAssertEqual(a.published?.iso, "2021-02-03")
    }

    func testUTF16WithBOMBothEndians() throws {
        var little: [UInt8] = [0xFF, 0xFE]
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in sample.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let l = try ArticleLoader.load(path: write("le.txt", little))
        let b = try ArticleLoader.load(path: write("be.txt", big))
        XCTAssertEqual(l.title, "Tiêu đề bài viết thử nghiệm")
        XCTAssertEqual(b.bodyText, l.bodyText)
    }

    func testUTF16WithoutBOMIsNamed() throws {
        var little: [UInt8] = []
        for unit in "Plain ASCII text written as UTF-16 without a mark.".utf16 { little += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let message = try XCTUnwrap(reason(write("nobom.txt", little)))
        XCTAssertTrue(message.contains("UTF-16"), message)
        XCTAssertTrue(message.hasPrefix("not UTF-8"), message)
    }

    func testLegacyVietnameseEncodingsAreGuessed() throws {
        // "Thành ủy Cần Thơ, Nghị quyết số" in TCVN3 bytes (à=B5, ñ… per the TCVN3 table).
        let tcvn: [UInt8] = Array("Th".utf8) + [0xB5] + Array("nh ".utf8) + [0xF1] + Array("y C".utf8) + [0xC7] + Array("n Th".utf8) + [0xAC]
            + Array(", Ngh".utf8) + [0xDE] + Array(" quy".utf8) + [0xD5] + Array("t s".utf8) + [0xE8]
        let tcvnReason = reason(try write("tcvn.txt", tcvn)) ?? ""
        XCTAssertTrue(tcvnReason.contains("TCVN3"), tcvnReason)
        // "Xin chào các bạn" in VNI: a + ø (grave), a + ù (acute), a + ï (dot below).
        let vni: [UInt8] = Array("Xin cha".utf8) + [0xF8] + Array("o ca".utf8) + [0xF9] + Array("c ba".utf8) + [0xEF] + Array("n".utf8)
        XCTAssertTrue(reason(try write("vni.txt", vni))?.contains("VNI") ?? false)
        // "Ủy ban" in Windows-1258: U + hook (0xD2), then "ban"; and "hòa" as o + grave (0xCC).
        let cp1258: [UInt8] = [0x55, 0xD2] + Array("y ban, ho".utf8) + [0xCC] + Array("a b".utf8) + [0xEC] + Array("nh".utf8)
        XCTAssertTrue(reason(try write("cp1258.txt", cp1258))?.contains("Windows-1258") ?? false)
    }

    func testBinaryDetectionSeesEveryByteOfItsSample() throws {
        // The check reads eight bytes at a time: a NUL or a run of control bytes at any offset counts.
        let text = Array("Tinh uy hop ban cong tac can bo nam moi.\nNhieu dai bieu du hop, ban ve nhieu viec.\n".utf8)
        for offset in 0..<12 {
            var withNUL = text
            withNUL.insert(0x00, at: offset + 20)
            XCTAssertEqual(TextDecoding.decode(withNUL), .failure(.binary), "NUL at \(offset + 20)")
            var controls = text
            controls.insert(contentsOf: [UInt8](repeating: 0x01, count: 16), at: offset)
            XCTAssertEqual(TextDecoding.decode(controls), .failure(.binary), "controls at \(offset)")
        }
        // A few stray control bytes and line feeds are text, cleaned later by the normaliser.
        var stray = text + text
        stray.insert(0x07, at: 13)
        XCTAssertNotEqual(TextDecoding.decode(stray), .failure(.binary))
    }

    func testBinaryEmptyAndTooLarge() throws {
        XCTAssertEqual(reason(try write("bin.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00, 0x00])), "binary file, not text")
        XCTAssertEqual(reason(try write("empty.txt", [])), "empty file")
        XCTAssertEqual(reason(try write("blank.txt", Array("  \n\n \u{00A0}\n".utf8))), "empty file (no text)")
        let big = [UInt8](repeating: 0x61, count: ArticleLoader.maximumFileSize + 1)
        XCTAssertTrue(reason(try write("big.txt", big))?.hasPrefix("too large") ?? false)
        XCTAssertEqual(reason(folder.appendingPathComponent("missing.txt").path), "no such file")
        XCTAssertEqual(reason(folder.path), "is a folder, not a file")
    }

    /// A named pipe with no writer blocked the reader forever; it is refused before opening.
    func testNamedPipeIsRefusedWithoutBlocking() throws {
        let pipe = folder.appendingPathComponent("pipe.txt").path
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        XCTAssertEqual(reason(pipe), "not a regular file (a named pipe); skipped")
        XCTAssertEqual(reason("/dev/null"), "not a regular file (a device); skipped")
        let listing = ArticleLoader.files(in: [pipe])
        XCTAssertEqual(listing.files, [])
        XCTAssertEqual(listing.errors, [LoadError(path: pipe, reason: "not a regular file (a named pipe); skipped")])
    }

    /// Nothing in a folder is left out in silence: pipes, sockets, dangling links and link
    /// loops are each named with their reason; files with other extensions are not articles.
    func testFolderWalkNamesEverythingItDoesNotRead() throws {
        let good = try write("good.txt", Array(sample.utf8))
        let pipe = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        let dangling = folder.appendingPathComponent("dangling.txt").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere.txt")
        let loop = folder.appendingPathComponent("self").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "self")
        _ = try write("photo.jpg", [0xFF, 0xD8, 0xFF])
        let listing = ArticleLoader.files(in: [folder.path])
        XCTAssertEqual(listing.files, [good])
        XCTAssertEqual(listing.errors, [
            LoadError(path: dangling, reason: "dangling symbolic link (its target does not exist); skipped"),
            LoadError(path: pipe, reason: "not a regular file (a named pipe); skipped"),
            LoadError(path: loop, reason: "symbolic link loop (a link that leads back to itself); skipped"),
        ])
        // Named directly, the same reasons.
        XCTAssertEqual(ArticleLoader.files(in: [dangling]).errors.map(\.reason), ["dangling symbolic link (its target does not exist); skipped"])
        XCTAssertEqual(ArticleLoader.files(in: [loop]).errors.map(\.reason), ["symbolic link loop (a link that leads back to itself); skipped"])
    }

    /// Mostly-UTF-8 text is read as UTF-8, its broken bytes replaced and counted in a warning;
    /// a stray byte is not taken for a legacy encoding.
    func testMostlyUTF8IsReadWithAWarning() throws {
        let body = "Tiêu đề bài viết\nThành ủy Cần Thơ họp bàn công tác cán bộ năm mới, Nghị quyết số 16 được triển khai."
        var broken = Array(body.utf8)
        let middle = broken.count / 2
        broken.replaceSubrange(middle..<(middle + 1), with: [0xE1, 0xBA])   // a cut sequence mid-text
        let article = try ArticleLoader.load(path: try write("broken.txt", broken))
        XCTAssertEqual(article.title, "Tiêu đề bài viết")
        XCTAssertTrue(article.bodyText.contains("\u{FFFD}"), article.bodyText)
        XCTAssertEqual(article.warnings.filter { $0.contains("not valid UTF-8") }.count, 1, "\(article.warnings)")

        // One stray 0x9B (a one-byte CSI) in ASCII text: replaced, never sent on as a control.
        var stray = Array("Tinh uy hop ban cong tac can bo\nDoan mot ".utf8)
        stray += [0x9B] + Array("2J ket thuc.".utf8)
        let strayArticle = try ArticleLoader.load(path: try write("stray.txt", stray))
        XCTAssertEqual(strayArticle.blocks.map(\.text), ["Doan mot \u{FFFD}2J ket thuc."])
        XCTAssertTrue(strayArticle.warnings.contains("1 byte sequence is not valid UTF-8 and shown as �; the rest of the file is UTF-8"),
                      "\(strayArticle.warnings)")
        // Two stray bytes of no legacy pattern in Vietnamese UTF-8: still UTF-8.
        var two = Array(body.utf8)
        two.insert(0xFF, at: 30)
        two.insert(0x80, at: 10)
        XCTAssertNil(reason(try write("two.txt", two)))
    }

    /// A Latin page with a middle dot and a copyright sign is not garbled Vietnamese.
    func testPunctuationIsNoMojibake() throws {
        let text = "Annual report · Hanoi office\nThe committee met on Monday · all members were present · © 2017 · "
            + "the budget was approved · the next meeting is in March · minutes by the secretary © staff."
        XCTAssertEqual(try ArticleLoader.article(from: Array(text.utf8), path: "en.txt").warnings.filter { $0.contains("garbled") }, [])
    }

    func testFolderWalkFiltersSortsAndDetectsLoops() throws {
        _ = try write("b/2.txt", Array(sample.utf8))
        _ = try write("b/1.md", Array(sample.utf8))
        _ = try write("a.html", Array("<html><body><h1>Tiêu đề</h1><p>Đoạn &amp; một.</p></body></html>".utf8))
        _ = try write("noext", Array(sample.utf8))
        _ = try write("image.png", [0x89, 0x50, 0x4E, 0x47])
        _ = try write("binary-noext", [0x00, 0x01, 0x02])
        _ = try write(".hidden.txt", Array(sample.utf8))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b/loop").path, withDestinationPath: folder.path)
        let listing = ArticleLoader.files(in: [folder.path, folder.appendingPathComponent("nowhere").path])
        let names = listing.files.map { String($0.dropFirst(folder.path.count + 1)) }
        XCTAssertEqual(names, ["a.html", "b/1.md", "b/2.txt", "noext"])
        XCTAssertEqual(listing.errors.count, 2)
        XCTAssertTrue(listing.errors.contains { $0.reason.hasPrefix("directory loop") && $0.path.hasSuffix("b/loop") })
        XCTAssertTrue(listing.errors.contains { $0.reason == "no such file or folder" })
        let html = try ArticleLoader.load(path: folder.appendingPathComponent("a.html").path)
        XCTAssertEqual(html.title, "Tiêu đề")
        XCTAssertEqual(html.bodyText, "Đoạn & một.")
    }

    /// The walk reports each file's size and modification time from its own `stat`.
    func testListingCarriesSizeAndModificationTime() throws {
        let path = try write("c/article.TXT", Array(sample.utf8))
        let date = Date(timeIntervalSince1970: 1_500_000_000.25)
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        let listing = ArticleLoader.listing(in: [folder.path])
        let file = try XCTUnwrap(listing.files.first { $0.path == path })
        XCTAssertEqual(file.size, Int64(sample.utf8.count))
        XCTAssertEqual(Double(file.mtime) / 1e9, 1_500_000_000.25, accuracy: 0.001)
    }

    /// File name extensions as `NSString.pathExtension` reads them, lower-cased.
    func testPathExtension() {
        for name in ["a.txt", "A.TXT", "a.b.Md", "noext", "trailing.", "x.tar.gz", "ảnh.HTML", ".hidden"] {
            XCTAssertEqual(ArticleLoader.fileExtension(name), (name as NSString).pathExtension.lowercased(), name)
        }
    }

    /// The last component is cut at "/" bytes: the piece a split of the path at "/" characters
    /// ends with; where a mark after a slash makes that slash no character of its own, the two
    /// still agree on whether the name ends in ".html" or ".htm".
    func testLastComponentIsTheLastPieceOfTheSplitPath() {
        let plain = ["/", "a", ".", "html", "HTM", "txt", "é", "đ/"]
        let marked = plain + ["/\u{301}", "\u{301}"]
        var random = SplitMix(seed: 0x70617468)
        for round in 0..<20_000 {
            let alphabet = round % 2 == 0 ? plain : marked
            let path = random.text(of: alphabet, count: 0...6)
            let split = path.split(separator: "/").last.map(String.init) ?? path
            if round % 2 == 0 { XCTAssertEqual(String(ArticleLoader.lastComponent(of: path)), split, path) }
            let isHTML = { (ext: String) in ext == "html" || ext == "htm" }
            XCTAssertEqual(
                isHTML(ArticleLoader.fileExtension(ArticleLoader.lastComponent(of: path))),
                isHTML(ArticleLoader.fileExtension(split)), path)
        }
        XCTAssertEqual(ArticleLoader.lastComponent(of: "a/b.html/"), "b.html")
        XCTAssertEqual(ArticleLoader.lastComponent(of: "///"), "///")
    }

    func testHTMLIsRecognisedByExtensionInAnyCaseOrByItsOpening() throws {
        // Tags without an opening "<html" or doctype: only the extension marks the file as HTML.
        let fragment = Array("<h1>Tiêu đề</h1><p>Đoạn &amp; một.</p>".utf8)
        for path in ["a.html", "b.HTM", "c.Html", "đ/e.htm"] {
            let article = try ArticleLoader.article(from: fragment, path: path)
            XCTAssertEqual(article.title, "Tiêu đề", path)
            XCTAssertEqual(article.bodyText, "Đoạn & một.", path)
        }
        for path in ["a.txt", "html", "a.xhtml.txt", "a.htmlx"] {
            XCTAssertEqual(try ArticleLoader.article(from: fragment, path: path).title, "<h1>Tiêu đề</h1><p>Đoạn &amp; một.</p>", path)
        }
        // A page opening with its doctype is HTML whatever its name.
        let page = Array("  \n<!DOCTYPE HTML><html><body><h1>Tiêu đề</h1><p>Đoạn một.</p></body></html>".utf8)
        XCTAssertEqual(try ArticleLoader.article(from: page, path: "page.txt").title, "Tiêu đề")
    }
}

final class HTMLTextTests: XCTestCase {
    func testSavedPageKeepsTheArticleElement() throws {
        let page = """
        <!DOCTYPE html><html><head><title>Báo điện tử | Trang chủ</title>
        <style>p { color: red }</style><script>var x = "<p>không phải bài</p>";</script></head>
        <body><nav><a href="/">Trang chủ</a> <a href="/ct">Chính trị</a></nav>
        <article><h1>Tỉnh ủy họp phiên thường kỳ tháng 3</h1>
        <p class="date">Thứ Ba, 12/03/2024 - 09:10</p>
        <p>Sáng nay, Tỉnh ủy họp phiên thường kỳ&nbsp;để bàn nhiều nội dung quan trọng về công tác cán bộ.</p>
        <!-- quảng cáo -->
        <p>Đoạn thứ hai &amp; cũng là đoạn cuối: &#7843;nh hưởng lớn.</p></article>
        <footer>Bản quyền thuộc về báo</footer></body></html>
        """
        let article = try ArticleLoader.article(from: Array(page.utf8), path: "page.html")
        XCTAssertEqual(article.title, "Tỉnh ủy họp phiên thường kỳ tháng 3")
        XCTAssertEqual(article.published?.iso, "2024-03-12T09:10")
        XCTAssertEqual(article.blocks.map(\.text), [
            "Sáng nay, Tỉnh ủy họp phiên thường kỳ để bàn nhiều nội dung quan trọng về công tác cán bộ.",
            "Đoạn thứ hai & cũng là đoạn cuối: ảnh hưởng lớn.",
        ])
    }
}

final class MojibakeTests: XCTestCase {
    func testGarbledLegacyTextGetsAWarning() throws {
        let tcvn = "Thµnh ñy CÇn Th¬ häp bµn c«ng t¸c c¸n bé n¨m míi\nNghÞ quyÕt sè 16 cña Thµnh ñy ®· ®­îc triÓn khai réng r·i trong toµn §¶ng bé thµnh phè."
        let article = try ArticleLoader.article(from: Array(tcvn.utf8), path: "x.txt")
        XCTAssertTrue(article.warnings.contains { $0.contains("TCVN3") }, "\(article.warnings)")
        let vni = "Xin chaøo caùc baïn, hoâm nay chuùng ta seõ baøn veà vieäc xaây döïng Ñaûng trong saïch vöõng maïnh."
        XCTAssertTrue(try ArticleLoader.article(from: Array(vni.utf8), path: "y.txt").warnings.contains { $0.contains("VNI") })
        let clean = try ArticleLoader.article(from: Array("Tiêu đề bài viết\nĐoạn văn bình thường, không có gì lạ.".utf8), path: "z.txt")
        XCTAssertFalse(clean.warnings.contains { $0.contains("garbled") })
    }
}
