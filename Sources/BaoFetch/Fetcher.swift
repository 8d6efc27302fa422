@_exported import BaoFetchReport
import BaoCore
import Foundation

/// What happened to one feed in a run.
public struct FeedReport: Sendable {
    public var feed: FeedsFile.Feed
    /// The feed's title, from the feeds file or the feed itself.
    public var name: String
    /// Articles stored, as paths relative to the articles folder.
    public var stored: [String] = []
    /// Items not stored, with the reason ("https://…: HTTP 404 Not Found", "photo gallery, no article text").
    public var skipped: [String] = []
    /// Items in the feed that were fetched in an earlier run.
    public var known = 0
    /// The server said the feed had not changed (304).
    public var notModified = false
    /// Why the feed itself could not be read; its items were not fetched.
    public var error: String?
    /// Notes that are not failures: a charset declared wrongly.
    public var notes: [String] = []
}

/// Fetches every feed, follows each new item's link, extracts the article and stores it.
///
/// Feeds are read concurrently; each feed's failure is its own (recorded in its report, never
/// stopping the others). Each new item's page is fetched (at most `connectionsPerHost` at a time
/// per host, through `HTTPClient`), decoded by its charset, extracted, and written as an
/// `ArticleFile` under the articles folder. The state (validators, items handled) is saved after
/// each feed, so an interrupted run keeps what it did.
public final class Fetcher: Sendable {
    public let paths: FetchPaths
    public let client: HTTPClient
    /// Feeds read at the same time.
    public let concurrentFeeds: Int
    /// Pages read at the same time within one feed (the per-host limit applies as well).
    public let concurrentPages: Int
    private let claims = LinkClaims()

    public init(paths: FetchPaths, client: HTTPClient = HTTPClient(), concurrentFeeds: Int = 6, concurrentPages: Int = 8) {
        self.paths = paths
        self.client = client
        self.concurrentFeeds = max(1, concurrentFeeds)
        self.concurrentPages = max(1, concurrentPages)
    }

    public func run(_ feeds: [FeedsFile.Feed], progress: @escaping @Sendable (FetchProgress) -> Void = { _ in }) async throws(FetchStateError) -> [FeedReport] {
        var state = try FetchState.load(path: paths.stateFile)
        var reports: [FeedReport] = []
        var current = FetchProgress(feedsDone: 0, feedsTotal: feeds.count, articlesStored: 0, pagesFailed: 0)
        progress(current)
        let snapshot = state
        await withTaskGroup(of: (FeedReport, FetchState.FeedValidators?, [String: FetchState.Item]).self) { group in
            var next = 0
            func launch() {
                guard next < feeds.count else { return }
                let feed = feeds[next]
                next += 1
                group.addTask { await self.fetch(feed, state: snapshot) }
            }
            for _ in 0..<concurrentFeeds { launch() }
            while let (report, validators, items) = await group.next() {
                if let validators { state.feeds[report.feed.url] = validators }
                for (id, item) in items { state.items[id] = item }
                try? state.save(path: paths.stateFile)
                reports.append(report)
                current.feedsDone += 1
                current.articlesStored += report.stored.count
                current.pagesFailed += report.skipped.count
                progress(current)
                launch()
            }
        }
        try state.save(path: paths.stateFile)
        // Reports in feeds-file order.
        return feeds.compactMap { feed in reports.first { $0.feed.url == feed.url } }
    }

    /// One feed: the conditional request, the parse, and each new item.
    func fetch(_ feed: FeedsFile.Feed, state: FetchState) async -> (FeedReport, FetchState.FeedValidators?, [String: FetchState.Item]) {
        var report = FeedReport(feed: feed, name: feed.name ?? feed.url)
        guard let url = URL(string: feed.url) else {
            report.error = "\(feed.url): not a URL"
            return (report, nil, [:])
        }
        var headers: [String: String] = [:]
        let previous = state.feeds[feed.url]
        if let etag = previous?.etag { headers["If-None-Match"] = etag }
        if let modified = previous?.lastModified { headers["If-Modified-Since"] = modified }
        let response: HTTPResponse
        do {
            response = try await client.get(url, headers: headers)
        } catch {
            report.error = error.description
            return (report, nil, [:])
        }
        let now = Self.timestamp(Date())
        if response.status == 304 {
            report.notModified = true
            var validators = previous ?? FetchState.FeedValidators()
            validators.checked = now
            return (report, validators, [:])
        }
        guard response.status == 200 else {
            report.error = HTTPError.status(response.status, url: feed.url).description
            return (report, nil, [:])
        }
        let parsed: Feed
        do {
            parsed = try FeedParser.parse(Data(response.body), baseURL: response.url)
        } catch {
            report.error = "\(feed.url): \(error.message)"
            return (report, nil, [:])
        }
        if feed.name == nil, let title = parsed.title { report.name = title }
        let validators = FetchState.FeedValidators(etag: response.header("ETag"), lastModified: response.header("Last-Modified"), checked: now)

        // New: neither the identity nor the link handled before, nor the link claimed by another
        // item or feed in this run (two GUIDs for one page, one page in two feeds).
        var links = state.knownLinks
        let unseen = parsed.items.filter { state.items[$0.id] == nil && links.insert($0.link).inserted }
        report.known = parsed.items.count - unseen.count
        let fresh = unseen.filter { claims.claim($0.link) }
        var handled: [String: FetchState.Item] = [:]
        await withTaskGroup(of: (FeedItem, PageResult).self) { group in
            var next = 0
            func launch() {
                guard next < fresh.count else { return }
                let item = fresh[next]
                next += 1
                group.addTask { (item, await self.page(item)) }
            }
            for _ in 0..<concurrentPages { launch() }
            while let (item, result) = await group.next() {
                let fetched = Self.timestamp(Date())
                switch result {
                case .stored(let path, let notes):
                    report.stored.append(path)
                    report.notes += notes
                    handled[item.id] = FetchState.Item(link: item.link, feed: feed.url, path: path, fetched: fetched)
                case .skipped(let reason, let remember):
                    report.skipped.append(reason)
                    // A page that answered but holds no article is not fetched again; a failure is retried next run.
                    if remember {
                        handled[item.id] = FetchState.Item(link: item.link, feed: feed.url, path: nil, fetched: fetched, skipped: reason)
                    }
                }
                launch()
            }
        }
        return (report, validators, handled)
    }

    enum PageResult: Sendable {
        case stored(path: String, notes: [String])
        case skipped(String, remember: Bool)
    }

    /// One article page: fetch, decode, extract, store.
    func page(_ item: FeedItem) async -> PageResult {
        guard let url = URL(string: item.link) else { return .skipped("\(item.link): not a URL", remember: true) }
        let response: HTTPResponse
        do {
            response = try await client.get(url)
        } catch {
            return .skipped(error.description, remember: false)
        }
        guard response.status == 200 else {
            return .skipped(HTTPError.status(response.status, url: item.link).description, remember: response.status == 404 || response.status == 410)
        }
        let decoded = Charset.decode(response.body, contentType: response.header("Content-Type"))
        var notes: [String] = []
        if let note = decoded.note { notes.append("\(item.link): \(note)") }
        var article = ArticleExtractor.extract(html: decoded.text)
        if article.isPhotoGallery {
            return .skipped("\(item.link): photo gallery, no article text", remember: true)
        }
        if article.blocks.isEmpty && article.lead == nil {
            return .skipped("\(item.link): no article text found in the page", remember: true)
        }
        if article.title == nil, let title = item.title { article.title = title }
        let relative = ArticleFile.relativePath(url: item.link, published: article.published, fetched: Date())
        let text = ArticleFile.render(article, url: item.link)
        let full = (paths.articles as NSString).appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full), options: .atomic)
        } catch {
            return .skipped("\(item.link): cannot write \(full): \(error.localizedDescription)", remember: false)
        }
        return .stored(path: relative, notes: notes)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

/// The links being fetched in this run, so that a page listed twice is fetched once.
private final class LinkClaims: @unchecked Sendable {
    private let lock = NSLock()
    private var links: Set<String> = []

    /// True for the first caller with `link`.
    func claim(_ link: String) -> Bool {
        lock.withLock { links.insert(link).inserted }
    }
}
