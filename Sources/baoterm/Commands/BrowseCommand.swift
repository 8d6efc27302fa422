import ArgumentParser
import BaoCore
import BaoCurses
import BaoFetch
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
            try Self.runTerminal(store: MemoryCorpus(articles: []), corpusName: Welcome.corpusName, config: config.config,
                                 language: language, startMessage: startMessage, welcome: Welcome.here,
                                 fetch: { progress in Self.fetchMessage(index: nil, roots: [], progress: progress) })
            return
        }
        let roots = try corpus.roots
        // A warm index is shown at once and refreshed behind the first screen; a missing one is built first.
        let location = corpus.indexPath ?? IndexLocation.defaultPath(for: roots)
        let index: CorpusIndex
        var background: (@Sendable () -> String?)?
        if FileManager.default.fileExists(atPath: location) {
            index = try IndexOptions.open(roots: roots, indexPath: corpus.indexPath)
            background = { Self.refreshMessage(index, roots: roots) }
        } else {
            index = try corpus.openRefreshed().index
        }
        try Self.runTerminal(store: index, corpusName: BrowserConfig.corpusName(roots), config: config.config,
                             language: language, startMessage: startMessage, background: background,
                             fetch: { progress in Self.fetchMessage(index: index, roots: roots, progress: progress) })
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
    static let corpusName = "(chưa có bài)"
}

extension BrowseCommand {
    /// Runs `baoterm fetch` for the browser's fetch key: progress lines while it runs, then one
    /// line saying what it did. The browser's own index is refreshed when it reads the fetched
    /// articles; otherwise the line says where they went.
    static func fetchMessage(index: CorpusIndex?, roots: [String], progress: @escaping @Sendable (String) -> Void) -> String {
        let paths = FetchPaths.standard()
        let outcome: FetchOutcome
        do {
            outcome = try FetchOutcome.run(paths: paths) { progress($0.line) }
        } catch let error as FetchSetupError {
            return "Không tải được tin: " + error.message
        } catch {
            return "Không tải được tin: \(error)"
        }
        let stored = outcome.reports.reduce(0) { $0 + $1.stored.count }
        let failed = outcome.reports.filter { $0.error != nil }.count + outcome.problems.count
        var message = "Đã tải \(stored) bài mới từ \(outcome.reports.count) nguồn"
        if failed > 0 { message += ", \(failed) nguồn lỗi (xem baoterm fetch)" }
        let articles = IndexLocation.absolutePath(paths.articles)
        if let index, roots.contains(where: { IndexLocation.absolutePath($0) == articles }) {
            _ = refreshMessage(index, roots: roots)
        } else if stored > 0 {
            message += "; bài lưu ở \(DefaultCorpus.display(paths.articles)), mở bằng: baoterm"
        }
        return message
    }

    /// Refreshes the index and says what changed, for the status line ("" when nothing did);
    /// what the user should know about the index (read-only, another process updating it,
    /// rebuilt) comes first.
    static func refreshMessage(_ index: CorpusIndex, roots: [String]) -> String {
        var notes = index.notes
        do {
            let summary = try index.refresh(roots: roots, whenBusy: .useAsIs)
            if case .busy = summary.skipped {
                notes.append("another baoterm process is updating the index: it is shown as it is")
            }
            if summary.rebuilt != nil { notes.append("the index was damaged and has been rebuilt") }
            var parts: [String] = []
            if summary.added > 0 { parts.append("\(summary.added) new") }
            if summary.updated > 0 { parts.append("\(summary.updated) changed") }
            if summary.removed > 0 { parts.append("\(summary.removed) removed") }
            if !summary.failures.isEmpty { parts.append("\(summary.failures.count) unreadable (see baoterm index)") }
            if !parts.isEmpty { notes.append("Index refreshed: " + parts.joined(separator: ", ")) }
        } catch {
            notes.append("Index not refreshed: " + StorageError(error, path: index.path, what: .index).message)
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
        return lang("Tệp cấu hình ", "Config file ") + path + ": " + first.description + more
    }

    /// The corpus as the status line names it: the folders' or files' last path components.
    static func corpusName(_ roots: [String]) -> String {
        let name = roots.map { ($0 as NSString).standardizingPath }.map { ($0 as NSString).lastPathComponent }.joined(separator: " ")
        return name.isEmpty ? "seeds" : name
    }
}
