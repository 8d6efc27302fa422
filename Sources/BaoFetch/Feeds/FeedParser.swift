import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One entry of a feed.
public struct FeedItem: Sendable, Equatable {
    /// The item's identity: its GUID (RSS), id (Atom) or, failing those, its link.
    public var id: String
    /// The article page.
    public var link: String
    public var title: String?
    public var published: String?

    public init(id: String, link: String, title: String? = nil, published: String? = nil) {
        self.id = id
        self.link = link
        self.title = title
        self.published = published
    }
}

/// A parsed feed: its title and its items, in feed order, each identity once.
public struct Feed: Sendable, Equatable {
    public var title: String?
    public var items: [FeedItem]
}

/// Why a feed could not be read.
public struct FeedError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom with Foundation's streaming XMLParser.
///
/// The three formats differ in names only: an item is `<item>` (RSS, at any depth, so RDF's
/// items beside the channel count) or `<entry>` (Atom); the link is `<link>` text or Atom's
/// `<link rel="alternate" href>`; the identity is `<guid>`, `<id>` or `rdf:about`. Relative links
/// are resolved against the feed's URL. Items without a link are skipped; a repeated identity
/// is kept once.
public enum FeedParser {
    public static func parse(_ data: Data, baseURL: URL?) throws(FeedError) -> Feed {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let finished = parser.parse()
        // libxml2 recovers from some errors and still reports success: its first error decides.
        if let error = delegate.firstError {
            throw FeedError(message: "malformed XML at line \(error.line): \(error.reason)")
        }
        if !finished || parser.parserError != nil {
            throw FeedError(message: "malformed XML at line \(parser.lineNumber): \(reason(parser.parserError))")
        }
        if delegate.root == nil {
            throw FeedError(message: "not a feed: no <rss>, <rdf:RDF> or <feed> element")
        }
        guard let root = delegate.root, ["rss", "rdf:rdf", "feed", "rdf"].contains(root) else {
            throw FeedError(message: "not a feed: the document is <\(delegate.root ?? "?")>, not <rss>, <rdf:RDF> or <feed>")
        }
        var seen: Set<String> = []
        var items: [FeedItem] = []
        for raw in delegate.items {
            guard let link = resolve(raw.link, against: baseURL) else { continue }
            let id = raw.id.flatMap { $0.isEmpty ? nil : $0 } ?? link
            guard seen.insert(id).inserted else { continue }
            items.append(FeedItem(id: id, link: link, title: raw.title, published: raw.published))
        }
        return Feed(title: delegate.channelTitle, items: items)
    }

    private static func reason(_ error: Error?) -> String {
        guard let error else { return "not XML" }
        switch (error as NSError).code {
        case 4: return "the document is empty"
        case 5: return "the document ends before its elements are closed"
        case 9, 64, 65, 68, 73: return "a character or name that XML does not allow"
        case 23, 26, 27: return "an unknown entity (HTML's &nbsp; and the like are not XML)"
        case 41, 40, 39: return "an attribute without a value or quotes"
        case 76: return "an end tag that does not match its start tag"
        case 111: return "a character that is not in the declared encoding"
        default: return "XML error \((error as NSError).code)"
        }
    }

    static func resolve(_ link: String?, against base: URL?) -> String? {
        guard let link = link?.trimmingCharacters(in: .whitespacesAndNewlines), !link.isEmpty else { return nil }
        guard let url = URL(string: link, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return url.absoluteString
    }

    private struct RawItem {
        var id: String?
        var link: String?
        var title: String?
        var published: String?
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var root: String?
        var channelTitle: String?
        var items: [RawItem] = []
        private var current: RawItem?
        private var text = ""
        private var path: [String] = []
        var firstError: (line: Int, reason: String)?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if firstError == nil { firstError = (parser.lineNumber, FeedParser.reason(parseError)) }
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes: [String: String] = [:]) {
            let name = elementName.lowercased()
            if root == nil { root = name }
            path.append(name)
            text = ""
            if name == "item" || name == "entry" {
                current = RawItem()
                if let about = attributes["rdf:about"] { current?.id = about }
            } else if name == "link", current != nil, let href = attributes["href"] {
                // Atom: the alternate link (rel absent means alternate) is the page.
                let rel = attributes["rel"] ?? "alternate"
                if rel == "alternate" || current?.link == nil { current?.link = href }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            let name = elementName.lowercased()
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            defer {
                if !path.isEmpty { path.removeLast() }
                text = ""
            }
            if name == "item" || name == "entry" {
                if let item = current { items.append(item) }
                current = nil
                return
            }
            guard current != nil else {
                if name == "title", channelTitle == nil, !value.isEmpty { channelTitle = value }
                return
            }
            switch name {
            case "guid", "id":
                if !value.isEmpty { current?.id = value }
            case "link":
                if !value.isEmpty, current?.link == nil { current?.link = value }
            case "title":
                if !value.isEmpty { current?.title = value }
            case "pubdate", "published", "updated", "dc:date":
                if !value.isEmpty, current?.published == nil { current?.published = value }
            default:
                break
            }
        }
    }
}
