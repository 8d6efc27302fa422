import ArgumentParser
import BaoCore
import BaoCurses
import BaoFetchReport
import BaoTUI
import Foundation

/// `baoterm [PATH…]`: the terminal browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser on a corpus (the default command).",
        discussion: "Keys: ? in the browser lists them. Config: $XDG_CONFIG_HOME/baoterm/config (bind KEY COMMAND, color ROLE FG [BG] [bold|underline|reverse])."
    )

    @OptionGroup var corpus: IndexOptions

    func run() throws {
        try corpus.corpus.requireExisting(mayBeCommand: true)
        let config = BrowserConfig.loadWithProblems()
        for problem in config.problems { Output.error(problem.description) }
        let language = BrowserConfig.language(config.config)
        let startMessage = BrowserConfig.problemMessage(config.problems, language)
        if corpus.hasNothingToRead {
            try Self.runTerminal(store: EmptyCorpus(), corpusName: Welcome.corpusName(language), config: config.config,
                                 language: language, startMessage: startMessage, welcome: Welcome.here,
                                 fetch: { progress in Self.fetchMessage(index: nil, roots: [], language, progress: progress) })
            return
        }
        let roots = try corpus.roots
        // A warm index is shown at once and refreshed behind the first screen; a missing one is built first.
        let location = corpus.indexPath ?? IndexLocation.defaultPath(for: roots)
        let index: CorpusIndex
        var background: (@Sendable () -> String?)?
        if FileManager.default.fileExists(atPath: location) {
            index = try IndexOptions.open(roots: roots, indexPath: corpus.indexPath)
            background = { Self.refreshMessage(index, roots: roots, language) }
        } else {
            index = try corpus.openRefreshed().index
        }
        try Self.runTerminal(store: index, corpusName: BrowserConfig.corpusName(roots), config: config.config,
                             language: language, startMessage: startMessage, background: background,
                             fetch: { progress in Self.fetchMessage(index: index, roots: roots, language, progress: progress) })
    }

    private static func runTerminal(store: CorpusStore, corpusName: String, config: Config, language: Language,
                                    startMessage: String?, background: (@Sendable () -> String?)? = nil,
                                    welcome: Welcome? = nil,
                                    fetch: (@Sendable (@escaping @Sendable (String) -> Void) -> String)? = nil) throws {
        do {
            try TerminalBrowser.run(store: store, corpusName: corpusName, config: config, language: language,
                                    startMessage: startMessage, background: background, welcome: welcome, fetch: fetch)
        } catch let error as TerminalError {
            Output.error(error.description)
            throw ExitCode.failure
        }
    }
}

extension Welcome {
    /// The welcome page for this user's files.
    static var here: Welcome { Welcome(feedsFile: DefaultCorpus.display(DefaultCorpus.feedsFile())) }

    /// The status line's corpus name when there is nothing to read.
    static func corpusName(_ lang: Language) -> String { lang("(chưa có bài)", "(no articles)") }
}

extension BrowseCommand {
    /// Runs a fetch (`baoterm-fetch`, as `baoterm fetch` does) for the browser's fetch key:
    /// progress lines while it runs, then one line saying what it did. The browser's own index is
    /// refreshed when it reads the fetched articles; otherwise the line says where they went.
    static func fetchMessage(index: CorpusIndex?, roots: [String], _ lang: Language,
                             progress: @escaping @Sendable (String) -> Void) -> String {
        let paths = FetchPaths.standard()
        let run = FetchProcess.run(arguments: []) { p in
            progress(BackgroundMessages.fetchProgress(feedsDone: p.feedsDone, feedsTotal: p.feedsTotal,
                                                      stored: p.articlesStored, failed: p.pagesFailed, lang))
        }
        let outcome: FetchOutcome
        switch run {
        case .success(let value):
            outcome = value
        case .failure(let error):
            let problem: BackgroundMessages.FetchProblem
            switch error {
            case .noFeedsFile(let path): problem = .noFeedsFile(path)
            case .noFeeds(let path, let problems): problem = .noFeeds(path, problems: problems.count)
            case .failed(let reason): problem = .failed(reason)
            }
            return BackgroundMessages.fetchFailed(problem, example: FetchSetupError.example, lang)
        }
        let stored = outcome.reports.reduce(0) { $0 + $1.stored }
        let failed = outcome.reports.filter { $0.error != nil }.count + outcome.problems.count
        let articles = IndexLocation.absolutePath(paths.articles)
        var savedIn: String?
        if let index, roots.contains(where: { IndexLocation.absolutePath($0) == articles }) {
            _ = refreshMessage(index, roots: roots, lang)
        } else if stored > 0 {
            savedIn = DefaultCorpus.display(paths.articles)
        }
        return BackgroundMessages.fetched(stored: stored, feeds: outcome.reports.count, failedFeeds: failed, savedIn: savedIn, lang)
    }

    /// Refreshes the index and says what changed, for the status line ("" when nothing did);
    /// what the user should know about the index (read-only, another process updating it,
    /// rebuilt) comes first.
    static func refreshMessage(_ index: CorpusIndex, roots: [String], _ lang: Language) -> String {
        var notes = index.notes.map { BackgroundMessages.note($0, lang) }
        do {
            notes += BackgroundMessages.refreshed(try index.refresh(roots: roots, whenBusy: .useAsIs, watch: WatchChoice.link(for: index)), lang)
        } catch {
            notes.append(BackgroundMessages.notRefreshed(StorageError(error, path: index.path, what: .index).message, lang))
        }
        return notes.joined(separator: "; ")
    }
}

/// The user's config file, read once.
enum BrowserConfig {
    /// `$XDG_CONFIG_HOME/baoterm/config`, falling back to `~/.config/baoterm/config`.
    static var path: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".config")
        return (base as NSString).appendingPathComponent("baoterm/config")
    }

    static func loadWithProblems() -> (config: Config, problems: [Config.Problem]) {
        guard let data = FileManager.default.contents(atPath: path) else { return (Config(), []) }
        let result = Config.parse(String(decoding: data, as: UTF8.self))
        return (result.config, result.problems)
    }

    static func load() -> Config { loadWithProblems().config }

    /// The config's `language`, else the environment's (`Language.fromEnvironment`).
    static func language(_ config: Config) -> Language {
        config.language ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// The config file's problems as one status-line message: the first, and how many more.
    static func problemMessage(_ problems: [Config.Problem], _ lang: Language) -> String? {
        guard let first = problems.first else { return nil }
        let more = problems.count > 1 ? lang(" (và \(problems.count - 1) lỗi khác)", " (and \(problems.count - 1) more)") : ""
        return lang("Tệp cấu hình ", "Config file ") + path + ": " + first.text(lang) + more
    }

    /// The corpus as the status line names it: the folders' or files' last path components.
    static func corpusName(_ roots: [String]) -> String {
        let name = roots.map { ($0 as NSString).standardizingPath }.map { ($0 as NSString).lastPathComponent }.joined(separator: " ")
        return name.isEmpty ? "seeds" : name
    }
}
