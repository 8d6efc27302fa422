@testable import BaoFetch
import Foundation
import XCTest

final class FeedParserTests: XCTestCase {
    let base = URL(string: "https://bao.vn/rss/tin.xml")

    func testRSS2() throws {
        let xml = """
        <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Báo tỉnh</title>
        <item><title><![CDATA[Tin một & hai]]></title><link>https://bao.vn/a.html</link><guid>g1</guid><pubDate>Mon, 01 Dec 2025 08:00:00 +0700</pubDate></item>
        <item><title>Tin ba</title><link> /b.html </link></item>
        <item><title>Không có link</title></item>
        </channel></rss>
        """
        let feed = try FeedParser.parse(Data(xml.utf8), baseURL: base)
        XCTAssertEqual(feed.title, "Báo tỉnh")
        XCTAssertEqual(feed.items, [
            FeedItem(id: "g1", link: "https://bao.vn/a.html", title: "Tin một & hai", published: "Mon, 01 Dec 2025 08:00:00 +0700"),
            FeedItem(id: "https://bao.vn/b.html", link: "https://bao.vn/b.html", title: "Tin ba"),
        ])
    }

    func testRSS1ItemsBesideTheChannel() throws {
        let xml = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
        <channel rdf:about="https://bao.vn/"><title>Kênh</title></channel>
        <item rdf:about="https://bao.vn/x"><title>X</title><link>https://bao.vn/x</link></item></rdf:RDF>
        """
        let feed = try FeedParser.parse(Data(xml.utf8), baseURL: base)
        XCTAssertEqual(feed.title, "Kênh")
        XCTAssertEqual(feed.items, [FeedItem(id: "https://bao.vn/x", link: "https://bao.vn/x", title: "X")])
    }

    func testAtomAlternateLinkAndId() throws {
        let xml = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
        <entry><id>urn:1</id><title>Một</title><link rel="self" href="/api/1"/><link rel="alternate" href="/tin/1"/><published>2025-07-01T08:00:00Z</published></entry>
        <entry><id>urn:2</id><title>Hai</title><link href="https://bao.vn/tin/2"/></entry></feed>
        """
        let feed = try FeedParser.parse(Data(xml.utf8), baseURL: base)
        XCTAssertEqual(feed.items.map(\.link), ["https://bao.vn/tin/1", "https://bao.vn/tin/2"])
        XCTAssertEqual(feed.items.map(\.id), ["urn:1", "urn:2"])
        XCTAssertEqual(feed.items[0].published, "2025-07-01T08:00:00Z")
    }

    func testDuplicateGUIDsAreKeptOnce() throws {
        let xml = "<rss><channel><item><guid>a</guid><link>https://bao.vn/1</link></item><item><guid>a</guid><link>https://bao.vn/1</link></item><item><guid>b</guid><link>https://bao.vn/2</link></item></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8), baseURL: base)
        XCTAssertEqual(feed.items.map(\.id), ["a", "b"])
    }

    func testMalformedXMLNamesTheLine() {
        let xml = "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>x</title>\n</channel></rss>"
        XCTAssertThrowsError(try FeedParser.parse(Data(xml.utf8), baseURL: base)) { error in
            let message = (error as? FeedError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("malformed XML at line"), message)
        }
    }

    func testAnHTMLPageIsNotAFeed() {
        XCTAssertThrowsError(try FeedParser.parse(Data("<html><body>x</body></html>".utf8), baseURL: base)) { error in
            XCTAssertTrue((error as? FeedError)?.message.contains("not a feed") ?? false)
        }
    }
}
