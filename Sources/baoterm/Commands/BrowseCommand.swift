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

    @OptionGroup var corpus: IndexOptions

    func run() throws {
        let config = BrowserConfig.loadWithProblems()
        for problem in config.problems { Output.error(problem.description) }
        let (index, _) = try corpus.openRefreshed()
        do {
            try TerminalBrowser.run(store: index, corpusName: BrowserConfig.corpusName(corpus.roots), config: config.config)
        } catch let error as TerminalError {
            Output.error(error.description)
            throw ExitCode.failure
        }
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

    /// The corpus as the status line names it: the folders' or files' last path components.
    static func corpusName(_ roots: [String]) -> String {
        let name = roots.map { ($0 as NSString).standardizingPath }.map { ($0 as NSString).lastPathComponent }.joined(separator: " ")
        return name.isEmpty ? "seeds" : name
    }
}
