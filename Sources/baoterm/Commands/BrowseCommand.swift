import ArgumentParser
import BaoCore
import BaoCurses
import BaoTUI
import Foundation

/// `baoterm [PATH…]`: the terminal browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser on a corpus (the default command).",
        discussion: "Keys: ? in the browser lists them. Config: $XDG_CONFIG_HOME/baoterm/config (bind KEY COMMAND, color ROLE FG [BG] [bold|underline|reverse])."
    )

    @Option(name: .long, help: "Index database to use (default: the corpus's index in the cache folder).")
    var index: String?

    @Argument(help: "Article files or folders (default: seeds/).")
    var paths: [String] = []

    func run() throws {
        let config = BrowserConfig.loadWithProblems()
        for problem in config.problems { warn(problem.description) }
        let corpus = try BrowserCorpus.open(paths: paths, index: index, quiet: false)
        do {
            try TerminalBrowser.run(store: corpus.store, corpusName: corpus.name, config: config.config)
        } catch let error as TerminalError {
            throw ValidationErrorLike(message: error.description)
        }
    }
}

/// An error whose message is printed as is, with exit status 1.
struct ValidationErrorLike: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

func warn(_ text: String) {
    FileHandle.standardError.write(Data(("baoterm: " + text + "\n").utf8))
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

}

/// The corpus the browser shows, with a short name for the status line.
struct BrowserCorpus {
    var store: CorpusStore
    var name: String

    static func open(paths: [String], index: String?, quiet: Bool) throws -> BrowserCorpus {
        let chosen = paths.isEmpty ? [defaultSeeds()] : paths
        let name = chosen.map { ($0 as NSString).lastPathComponent }.joined(separator: " ")
        let (store, problems) = MemoryCorpus.load(paths: chosen)
        if !quiet { for problem in problems { warn(problem.description) } }
        return BrowserCorpus(store: store, name: name.isEmpty ? "seeds" : name)
    }

    /// `seeds/` in the working folder, or next to the package the executable was built in.
    static func defaultSeeds() -> String {
        if FileManager.default.fileExists(atPath: "seeds") { return "seeds" }
        var url = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        for _ in 0..<5 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("seeds").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return "seeds"
    }
}
