import Foundation

/// Where fetching reads and writes, after the XDG base directories. Here beside the other
/// storage locations because every corpus command reads the fetched articles by default, and
/// only `baoterm-fetch` links the fetcher.
public struct FetchPaths: Sendable, Equatable {
    /// `$XDG_CONFIG_HOME/baoterm/feeds`.
    public var feedsFile: String
    /// `$XDG_DATA_HOME/baoterm/articles`: one folder per host.
    public var articles: String
    /// `$XDG_STATE_HOME/baoterm/fetched.json`.
    public var stateFile: String

    public init(feedsFile: String, articles: String, stateFile: String) {
        self.feedsFile = feedsFile
        self.articles = articles
        self.stateFile = stateFile
    }

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> FetchPaths {
        func join(_ parts: String...) -> String { parts.joined(separator: "/") }
        return FetchPaths(
            feedsFile: join(XDGDirectory.config.baoterm(environment: environment), "feeds"),
            articles: join(XDGDirectory.data.baoterm(environment: environment), "articles"),
            stateFile: join(XDGDirectory.state.baoterm(environment: environment), "fetched.json"))
    }

    /// True when the articles folder holds at least one article file.
    public var hasArticles: Bool {
        guard let walker = FileManager.default.enumerator(atPath: articles) else { return false }
        for case let name as String in walker where name.hasSuffix(".txt") { return true }
        return false
    }
}
