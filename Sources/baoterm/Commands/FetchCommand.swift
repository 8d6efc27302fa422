import ArgumentParser
import BaoCore
import BaoFetch
import Foundation

/// `baoterm fetch`: reads the feeds file, stores new articles, refreshes their index.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch new articles from the feeds in the feeds file.",
        discussion: """
            The feeds file ($XDG_CONFIG_HOME/baoterm/feeds) lists one RSS or Atom feed a line: \
            URL [tag…] ["Name"]; # starts a comment. Each new item's page is fetched, its article \
            extracted and stored under $XDG_DATA_HOME/baoterm/articles/<host>/, and that folder is \
            indexed. Items already fetched are remembered in $XDG_STATE_HOME/baoterm/fetched.json; \
            feeds are asked with their last ETag and Last-Modified. A feed that fails is reported and \
            the others go on. Exit status: 0 all feeds read, 1 some feed or line failed.
            """)

    @Option(help: ArgumentHelp("The feeds file.", discussion: "Default: $XDG_CONFIG_HOME/baoterm/feeds.", valueName: "PATH"))
    var feeds: String?

    @Option(help: ArgumentHelp("Seconds without an answer before a request fails.", valueName: "SECONDS"))
    var timeout: Double = 20

    @Option(help: ArgumentHelp("Further attempts after a timeout, a network failure or a 5xx answer (waiting 1 s, 2 s, 4 s… between them).", valueName: "N"))
    var retries: Int = 2

    @Option(name: .customLong("index"), help: ArgumentHelp("The index database to refresh.", discussion: "Default: the articles folder's index under $XDG_CACHE_HOME/baoterm/.", valueName: "PATH"))
    var indexPath: String?

    @Flag(help: "Do not print a line per feed.")
    var quiet = false

    func run() throws {
        var paths = FetchPaths.standard()
        if let feeds { paths.feedsFile = feeds }
        var settings = HTTPSettings()
        settings.timeout = max(0.5, timeout)
        settings.retries = min(max(0, retries), 5)
        let outcome: FetchOutcome
        do {
            outcome = try FetchOutcome.run(paths: paths, settings: settings) { progress in
                if !quiet, isatty(STDERR_FILENO) == 1 {
                    FileHandle.standardError.write(Data(("\r\u{1B}[K" + progress.line).utf8))
                }
            }
        } catch let error as FetchSetupError {
            Output.error(error.message)
            throw Output.someFileSkipped
        }
        if !quiet, isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for problem in outcome.problems { Output.error(problem.description) }
        for report in outcome.reports {
            let name = Output.visible(report.name)
            if let error = report.error {
                // The error names the feed's URL; a name from the feeds file is said as well.
                Output.error(report.name == report.feed.url ? Output.visible(error) : "\(name): \(Output.visible(error))")
                continue
            }
            for reason in report.skipped { Output.error("\(name): skipped \(Output.visible(reason))") }
            for note in report.notes { Output.error("\(name): note: \(Output.visible(note))") }
            guard !quiet else { continue }
            if report.notModified {
                Output.line("\(name): not modified")
            } else {
                Output.line("\(name): \(report.stored.count) new" + (report.known > 0 ? ", \(report.known) already fetched" : ""))
            }
        }
        let stored = outcome.reports.reduce(0) { $0 + $1.stored.count }
        if paths.hasArticles {
            let (index, summary) = try IndexOptions.openRefreshed(roots: [paths.articles], indexPath: indexPath)
            if !quiet {
                Output.line("\(stored) new articles in \(Output.visible(paths.articles)); \(try index.articleCount()) indexed"
                            + (summary.added + summary.updated > 0 ? " (\(summary.added + summary.updated) added)" : ""))
            }
        } else if !quiet {
            Output.line("no articles stored yet in \(Output.visible(paths.articles))")
        }
        if !outcome.problems.isEmpty || outcome.reports.contains(where: { $0.error != nil }) {
            throw Output.someFileSkipped
        }
    }
}

/// Why fetching could not start: no feeds file, or a fetch state that cannot be read. Kept as
/// data so that the browser says it in its chrome's language; `message` is the command line's.
enum FetchSetupError: Error {
    /// No feeds file at this path.
    case noFeedsFile(String)
    /// The feeds file at this path has no feed URL; its problems, when it has some.
    case noFeeds(String, problems: [String])
    /// The fetch state or the run failed, in the storage's own words.
    case failed(String)

    var message: String {
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
    static let example = "https://nhandan.vn/rss/chinhtri.rss trung-uong \"Nhân Dân\""
}

/// One fetch run, from the feeds file to the stored articles; shared by `fetch` and the browser.
struct FetchOutcome {
    var reports: [FeedReport]
    var problems: [FeedsFile.Problem]

    static func run(paths: FetchPaths, settings: HTTPSettings = HTTPSettings(),
                    progress: @escaping @Sendable (FetchProgress) -> Void) throws -> FetchOutcome {
        guard let data = FileManager.default.contents(atPath: paths.feedsFile) else {
            throw FetchSetupError.noFeedsFile(paths.feedsFile)
        }
        let file = FeedsFile.parse(String(decoding: data, as: UTF8.self), path: paths.feedsFile)
        if file.feeds.isEmpty {
            throw FetchSetupError.noFeeds(paths.feedsFile, problems: file.problems.map(\.description))
        }
        let fetcher = Fetcher(paths: paths, client: HTTPClient(settings: settings))
        let result = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                result.set(.success(try await fetcher.run(file.feeds, progress: progress)))
            } catch {
                result.set(.failure(.failed("\(error)")))
            }
            done.signal()
        }
        done.wait()
        return FetchOutcome(reports: try result.get(), problems: file.problems)
    }
}

/// Hands the async run's result to the waiting thread.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<[FeedReport], FetchSetupError> = .success([])

    func set(_ value: Result<[FeedReport], FetchSetupError>) { lock.withLock { self.value = value } }
    func get() throws -> [FeedReport] { try lock.withLock { value }.get() }
}
