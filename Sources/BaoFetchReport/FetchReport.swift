import Foundation

/// How far a fetch run is: what `baoterm-fetch` reports while it runs.
public struct FetchProgress: Sendable, Equatable, Codable {
    public var feedsDone: Int
    public var feedsTotal: Int
    public var articlesStored: Int
    public var pagesFailed: Int

    public init(feedsDone: Int, feedsTotal: Int, articlesStored: Int, pagesFailed: Int) {
        self.feedsDone = feedsDone
        self.feedsTotal = feedsTotal
        self.articlesStored = articlesStored
        self.pagesFailed = pagesFailed
    }

    /// "Đang tải tin: 3/5 nguồn, 12 bài mới".
    public var line: String {
        var text = "Đang tải tin: \(feedsDone)/\(feedsTotal) nguồn, \(articlesStored) bài mới"
        if pagesFailed > 0 { text += ", \(pagesFailed) lỗi" }
        return text
    }
}

/// What one feed gave in a fetch run, as `baoterm fetch` and the browser report it.
public struct FetchedFeed: Sendable, Equatable, Codable {
    /// The feed's name from the feeds file, or its URL.
    public var name: String
    public var url: String
    /// Articles stored.
    public var stored: Int
    /// Items not stored, each with why.
    public var skipped: [String]
    /// Items fetched by an earlier run.
    public var known: Int
    /// The feed answered 304 Not Modified.
    public var notModified: Bool
    /// Why the feed failed, naming its URL.
    public var error: String?
    public var notes: [String]

    public init(name: String, url: String, stored: Int, skipped: [String], known: Int, notModified: Bool, error: String?, notes: [String]) {
        self.name = name
        self.url = url
        self.stored = stored
        self.skipped = skipped
        self.known = known
        self.notModified = notModified
        self.error = error
        self.notes = notes
    }
}

/// One fetch run, from the feeds file to the stored articles: a report per feed and the feeds
/// file's problems (lines that are no feed).
public struct FetchOutcome: Sendable, Equatable, Codable {
    public var reports: [FetchedFeed]
    public var problems: [String]

    public init(reports: [FetchedFeed], problems: [String]) {
        self.reports = reports
        self.problems = problems
    }
}

/// Why fetching could not start: no feeds file, or a fetch state that cannot be read. Kept as
/// data so that the browser says it in its chrome's language; `message` is the command line's.
public enum FetchSetupError: Error, Sendable, Equatable, Codable {
    /// No feeds file at this path.
    case noFeedsFile(String)
    /// The feeds file at this path has no feed URL; its problems, when it has some.
    case noFeeds(String, problems: [String])
    /// The fetch state or the run failed, in the storage's own words.
    case failed(String)

    public var message: String {
        switch self {
        case .noFeedsFile(let path):
            return "no feeds file at \(path): create it with one feed URL a line, "
                + "e.g. \(Self.example) (see baoterm fetch --help)"
        case .noFeeds(let path, let problems):
            return "\(path): no feed URL in the file" + (problems.isEmpty ? "" : " (" + problems.joined(separator: "; ") + ")")
        case .failed(let reason):
            return reason
        }
    }

    /// A feeds file line, for the messages.
    public static let example = "https://nhandan.vn/rss/chinhtri.rss trung-uong \"Nhân Dân\""
}

/// A line `baoterm-fetch` writes on its standard output (one JSON object a line): progress while
/// it runs, then how the run ended.
public enum FetchMessage: Sendable, Equatable, Codable {
    case progress(FetchProgress)
    case finished(FetchOutcome)
    case setupFailed(FetchSetupError)

    /// The message as one line of JSON, with its line feed.
    public func encodedLine() -> Data {
        var data = (try? JSONEncoder().encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// The message of one line, or nil when it is none.
    public static func decode(line: some DataProtocol) -> FetchMessage? {
        try? JSONDecoder().decode(FetchMessage.self, from: Data(line))
    }
}
