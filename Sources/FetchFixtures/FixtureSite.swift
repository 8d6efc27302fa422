import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The sites of the fetch tests, served by a `LocalHTTPServer`: one feed per site family (RSS 2.0,
/// RSS 1.0, Atom, and RSS 2.0 in Windows-1258), every fixture article on every family's pages, and
/// the failures a fetcher meets: 404, 500, a slow server, a redirect loop, a 20 MB response,
/// malformed XML, wrong declared charsets, duplicate GUIDs and a photo-gallery page.
public final class FixtureSite: @unchecked Sendable {
    public let server: LocalHTTPServer
    private let lock = NSLock()
    private var hits: [String: Int] = [:]
    /// Seconds the slow routes wait before answering.
    public let slowDelay: TimeInterval

    /// Feed paths of the four families, in `SiteFamily.allCases` order.
    public static let familyFeeds: [SiteFamily: String] = [
        .provincialPortal: "/portal/rss.xml",
        .nationalPaper: "/nhandan/rss.rdf",
        .newsAgency: "/ttxvn/atom.xml",
        .legacyPortal: "/legacy/rss.xml",
    ]

    public init(slowDelay: TimeInterval = 3) throws {
        self.slowDelay = slowDelay
        var routeHandler: (@Sendable (LocalHTTPServer.Request) -> LocalHTTPServer.Response)?
        let box = HandlerBox()
        server = try LocalHTTPServer { request in box.handle(request) }
        routeHandler = { [unowned self] request in self.route(request) }
        box.set(routeHandler!)
    }

    public var baseURL: String { server.baseURL }

    public func url(_ path: String) -> String { server.baseURL + path }

    /// How many requests reached `path` so far.
    public func hitCount(_ path: String) -> Int { lock.withLock { hits[path, default: 0] } }

    /// The page path of `article` on `family`'s site.
    public static func pagePath(_ family: SiteFamily, _ article: FixtureArticle) -> String {
        switch family {
        case .provincialPortal: return "/portal/tin-tuc/\(article.slug).aspx"
        case .nationalPaper: return "/nhandan/chinhtri/\(article.slug)"
        case .newsAgency: return "/ttxvn/\(article.slug).htm"
        case .legacyPortal: return "/legacy/\(article.slug).asp"
        }
    }

    /// A feeds file listing the four family feeds and, with `failures`, every failing feed.
    public func feedsFile(failures: Bool) -> String {
        var lines = ["# baoterm test feeds", ""]
        lines.append(url("/portal/rss.xml") + " tinh dang-bo \"Cổng Đảng bộ tỉnh\"")
        lines.append(url("/nhandan/rss.rdf") + " trung-uong \"~Báo Nhân Dân\"")
        lines.append(url("/ttxvn/atom.xml") + " thong-tan \"TTXVN\"")
        lines.append(url("/legacy/rss.xml") + " tinh")
        if failures {
            for path in ["/fail/404.xml", "/fail/500.xml", "/fail/slow.xml", "/fail/loop.xml", "/fail/huge.xml",
                         "/fail/malformed.xml", "/fail/charset.xml", "/fail/dupes.xml", "/fail/gallery.xml", "/fail/pages.xml"] {
                lines.append(url(path) + " hong")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Routing

    private func route(_ request: LocalHTTPServer.Request) -> LocalHTTPServer.Response {
        let path = request.path
        lock.withLock { hits[path, default: 0] += 1 }
        if path.hasPrefix("/bulk/") { return bulk(path) }
        let etag = "\"v1-\(path.count)\""
        func feed(_ text: String, type: String = "application/rss+xml; charset=utf-8") -> LocalHTTPServer.Response {
            if request.headers["if-none-match"] == etag { return LocalHTTPServer.Response(status: 304, headers: [("ETag", etag)]) }
            return LocalHTTPServer.Response(status: 200, headers: [("Content-Type", type), ("ETag", etag),
                                                                   ("Last-Modified", "Sat, 05 Dec 2026 08:00:00 GMT")],
                                            body: Array(text.utf8))
        }
        switch path {
        case "/portal/rss.xml":
            return feed(rss2(title: "Cổng Đảng bộ tỉnh", family: .provincialPortal))
        case "/nhandan/rss.rdf":
            return feed(rss1(), type: "application/rdf+xml")
        case "/ttxvn/atom.xml":
            return feed(atom(), type: "application/atom+xml")
        case "/legacy/rss.xml":
            return feed(rss2(title: "Báo tỉnh (bản cũ)", family: .legacyPortal))
        case "/fail/404.xml", "/fail/missing.html":
            return .text("<h1>Không tìm thấy trang</h1>", status: 404)
        case "/fail/500.xml":
            return .text("<h1>Lỗi máy chủ</h1>", status: 500)
        case "/fail/slow.xml":
            var response = feed(rss2(title: "Chậm", items: []))
            response.delay = slowDelay
            return response
        case "/fail/loop.xml", "/fail/loop-a", "/fail/loop-b":
            let next = path == "/fail/loop-a" ? "/fail/loop-b" : "/fail/loop-a"
            return LocalHTTPServer.Response(status: 302, headers: [("Location", url(next))])
        case "/fail/huge.xml":
            return LocalHTTPServer.Response(status: 200, headers: [("Content-Type", "application/rss+xml")],
                                            body: Array("<rss><channel><title>".utf8), fillerBytes: 20 * 1024 * 1024)
        case "/fail/huge-page.html":
            // No Content-Length: the body ends when the connection closes, so only counting bytes stops it.
            return LocalHTTPServer.Response(status: 200, headers: [("Content-Type", "text/html")],
                                            body: Array("<html><body><p>".utf8), fillerBytes: 20 * 1024 * 1024, closeDelimited: true)
        case "/fail/malformed.xml":
            return feed("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Hỏng</title>\n<item><title>Tin</title><link>\(url("/x"))</link>\n</channel></rss>")
        case "/fail/charset.xml":
            return feed(rss2(title: "Khai sai bảng mã", items: [
                (id: "charset-1", link: url("/fail/utf8-declared-latin1.html"), title: FixtureArticles.haNoi.title),
                (id: "charset-2", link: url("/fail/cp1258-declared-utf8.html"), title: FixtureArticles.daNang.title),
            ]))
        case "/fail/utf8-declared-latin1.html":
            let page = SiteFamily.nationalPaper.page(FixtureArticles.haNoi, url: url(path))
            return LocalHTTPServer.Response(status: 200, headers: [("Content-Type", "text/html; charset=iso-8859-1")], body: Array(page.utf8))
        case "/fail/cp1258-declared-utf8.html":
            let page = SiteFamily.legacyPortal.page(FixtureArticles.daNang, url: url(path))
                .replacingOccurrences(of: "charset=windows-1258", with: "charset=utf-8")
            return LocalHTTPServer.Response(status: 200, headers: [("Content-Type", "text/html")], body: Self.windows1258(page))
        case "/fail/dupes.xml":
            let a = FixtureArticles.laoCai
            let link = url(Self.pagePath(.provincialPortal, a))
            return feed(rss2(title: "Trùng GUID", items: [
                (id: "dup-1", link: link, title: a.title),
                (id: "dup-1", link: link, title: a.title),
                (id: "dup-2", link: link, title: a.title + " (cập nhật)"),
            ]))
        case "/fail/gallery.xml":
            return feed(rss2(title: "Ảnh", items: [(id: "gallery-1", link: url("/fail/gallery.html"), title: "Những khoảnh khắc đẹp của mùa lúa chín")]))
        case "/fail/gallery.html":
            return .text(Self.galleryPage)
        case "/fail/pages.xml":
            // A good feed whose items fail one by one: the others of the feed are still stored.
            return feed(rss2(title: "Trang lỗi", items: [
                (id: "page-404", link: url("/fail/missing.html"), title: "Mất"),
                (id: "page-huge", link: url("/fail/huge-page.html"), title: "Quá lớn"),
                (id: "page-loop", link: url("/fail/loop-a"), title: "Vòng lặp"),
                (id: "page-ok", link: url(Self.pagePath(.nationalPaper, FixtureArticles.canTho)), title: FixtureArticles.canTho.title),
            ]))
        default:
            for family in SiteFamily.allCases {
                for article in FixtureArticles.all where Self.pagePath(family, article) == path {
                    let page = family.page(article, url: url(path))
                    switch family {
                    case .legacyPortal:
                        // Half the legacy pages say their charset in the HTTP header, half only in the <meta> tag.
                        let header = article.slug.count % 2 == 0 ? "text/html; charset=windows-1258" : "text/html"
                        return LocalHTTPServer.Response(status: 200, headers: [("Content-Type", header)], body: Self.windows1258(page))
                    default:
                        return .text(page)
                    }
                }
            }
            return .text("<h1>Không tìm thấy</h1>", status: 404)
        }
    }

    // MARK: - Bulk (benchmarks)

    /// A feed of `count` distinct pages of `family`, each a fixture article under its own URL.
    public static func bulkFeedPath(_ family: SiteFamily, count: Int) -> String {
        "/bulk/\(family.rawValue)/feed-\(count).xml"
    }

    private func bulk(_ path: String) -> LocalHTTPServer.Response {
        let parts = path.split(separator: "/").map(String.init)  // bulk, family, feed-N.xml | N.html
        guard parts.count == 3, let family = SiteFamily(rawValue: parts[1]) else { return .text("", status: 404) }
        if parts[2].hasPrefix("feed-"), let count = Int(parts[2].dropFirst(5).dropLast(4)) {
            let items = (0..<count).map { i in
                (id: url("/bulk/\(family.rawValue)/\(i).html"), link: url("/bulk/\(family.rawValue)/\(i).html"),
                 title: FixtureArticles.all[i % FixtureArticles.all.count].title)
            }
            return .text(rss2(title: "Bulk \(family.rawValue)", items: items), type: "application/rss+xml; charset=utf-8")
        }
        guard let i = Int(parts[2].dropLast(5)) else { return .text("", status: 404) }
        let article = FixtureArticles.all[i % FixtureArticles.all.count]
        let page = family.page(article, url: url(path))
        if family == .legacyPortal {
            return LocalHTTPServer.Response(status: 200, headers: [("Content-Type", "text/html; charset=windows-1258")], body: Self.windows1258(page))
        }
        return .text(page)
    }

    // MARK: - Feeds

    private func rss2(title: String, family: SiteFamily) -> String {
        rss2(title: title, items: FixtureArticles.all.map { article in
            (id: url(Self.pagePath(family, article)), link: url(Self.pagePath(family, article)), title: article.title)
        })
    }

    private func rss2(title: String, items: [(id: String, link: String, title: String)]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>\(SiteFamily.escape(title))</title><link>\(baseURL)</link>\n"
        for item in items {
            xml += "<item><title><![CDATA[\(item.title)]]></title><link>\(item.link)</link><guid isPermaLink=\"false\">\(item.id)</guid>"
            xml += "<pubDate>Sat, 05 Dec 2026 07:00:00 +0700</pubDate><description><![CDATA[<p>Tóm tắt</p>]]></description></item>\n"
        }
        return xml + "</channel></rss>\n"
    }

    private func rss1() -> String {
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="\(baseURL)/nhandan/"><title>Báo Nhân Dân - Chính trị</title><link>\(baseURL)/nhandan/</link></channel>

        """
        for article in FixtureArticles.all {
            // Relative links: resolved against the feed's URL.
            let path = Self.pagePath(.nationalPaper, article)
            xml += "<item rdf:about=\"\(url(path))\"><title>\(SiteFamily.escape(article.title))</title><link>\(path)</link><dc:date>\(article.iso):00+07:00</dc:date></item>\n"
        }
        return xml + "</rdf:RDF>\n"
    }

    private func atom() -> String {
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Thông tấn xã Việt Nam</title><id>urn:ttxvn</id>
        <updated>2026-12-05T07:00:00Z</updated>

        """
        for article in FixtureArticles.all {
            xml += "<entry><title>\(SiteFamily.escape(article.title))</title><id>urn:ttxvn:\(article.slug)</id>"
            xml += "<link rel=\"self\" href=\"\(url("/api/" + article.slug))\"/><link rel=\"alternate\" type=\"text/html\" href=\"\(url(Self.pagePath(.newsAgency, article)))\"/>"
            xml += "<updated>\(article.iso):00+07:00</updated></entry>\n"
        }
        return xml + "</feed>\n"
    }

    public static let galleryPage = """
    <html><head><meta charset="utf-8"><title>Những khoảnh khắc đẹp của mùa lúa chín</title></head><body>
    <nav class="menu"><a href="/">Trang chủ</a><a href="/anh">Ảnh</a></nav>
    <h1>Những khoảnh khắc đẹp của mùa lúa chín</h1>
    <div class="gallery">
    <figure><img src="/g/1.jpg"><figcaption>Cánh đồng lúa chín vàng (Ảnh: Hữu Tài)</figcaption></figure>
    <figure><img src="/g/2.jpg"><figcaption>Nông dân thu hoạch lúa (Ảnh: Hữu Tài)</figcaption></figure>
    <figure><img src="/g/3.jpg"><figcaption>Máy gặt đập liên hợp trên đồng (Ảnh: Hữu Tài)</figcaption></figure>
    <figure><img src="/g/4.jpg"><figcaption>Phơi lúa bên đường làng (Ảnh: Hữu Tài)</figcaption></figure>
    </div></body></html>
    """

    /// `text` in Windows-1258, through glibc's iconv (independent of baoterm's own decoding table).
    public static func windows1258(_ text: String) -> [UInt8] {
        let cd = iconv_open("WINDOWS-1258//TRANSLIT", "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { return Array(text.utf8) }
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                _ = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        return output[0..<(output.count - outLeft)].map { UInt8(bitPattern: $0) }
    }
}

/// Lets the server start before the site that routes its requests is fully built.
private final class HandlerBox: @unchecked Sendable {
    private let lock = NSLock()
    private var handler: (@Sendable (LocalHTTPServer.Request) -> LocalHTTPServer.Response)?

    func set(_ handler: @escaping @Sendable (LocalHTTPServer.Request) -> LocalHTTPServer.Response) {
        lock.withLock { self.handler = handler }
    }

    func handle(_ request: LocalHTTPServer.Request) -> LocalHTTPServer.Response {
        guard let handler = lock.withLock({ self.handler }) else { return .text("", status: 503) }
        return handler(request)
    }
}
