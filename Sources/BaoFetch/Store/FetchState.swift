import Foundation
import BaoCore

/// What `baoterm fetch` remembers between runs: each feed's validators (ETag, Last-Modified) for
/// conditional requests, and every item already handled, so that only new items are fetched.
///
/// One JSON file, `$XDG_STATE_HOME/baoterm/fetched.json`, written atomically after each feed.
/// It is user state, not cache: losing it means fetching every item of every feed again (the
/// article files are named by URL, so they are rewritten in place, not duplicated).
public struct FetchState: Codable, Sendable, Equatable {
    public struct FeedValidators: Codable, Sendable, Equatable {
        public var etag: String?
        public var lastModified: String?
        /// When the feed was last read (ISO 8601).
        public var checked: String?
    }

    public struct Item: Codable, Sendable, Equatable {
        public var link: String
        public var feed: String
        /// Where the article was stored, relative to the articles folder; nil when it was not
        /// stored (a photo gallery, a page without article text).
        public var path: String?
        /// When it was fetched (ISO 8601).
        public var fetched: String
        /// Why it was not stored, if it was not.
        public var skipped: String?
    }

    public var version = 1
    public var feeds: [String: FeedValidators] = [:]
    /// By item identity (GUID, Atom id, or link).
    public var items: [String: Item] = [:]

    public init() {}

    /// The links of every item handled before.
    public var knownLinks: Set<String> { Set(items.values.map(\.link)) }

    /// Reads the file; a missing file is an empty state, an unreadable one an error naming it.
    public static func load(path: String) throws(FetchStateError) -> FetchState {
        guard let data = FileManager.default.contents(atPath: path) else { return FetchState() }
        do {
            return try JSONDecoder().decode(FetchState.self, from: data)
        } catch {
            throw FetchStateError(message: "\(path): not a baoterm fetch state file (\(error)); move it away to start afresh")
        }
    }

    public func save(path: String) throws(FetchStateError) {
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FetchStateError(message: "\(path): cannot save the fetch state: \(error.localizedDescription)")
        }
    }
}

public struct FetchStateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
