import ArgumentParser
import BaoCore
import Foundation

/// The `[PATH…]` arguments every corpus command takes, defaulting to the bundled `seeds/`, else
/// the fetched articles.
struct CorpusArguments: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Article files or folders (read recursively: .txt, .md, .html and extension-less text).",
        discussion: "Default: seeds/ in the current folder or above the program, else the fetched articles in $XDG_DATA_HOME/baoterm/articles.",
        valueName: "path"))
    var paths: [String] = []

    /// The paths to read: as given, or the default corpus. With neither, says what to do and
    /// stops with the usage status.
    var resolved: [String] {
        get throws {
            if !paths.isEmpty { return paths }
            if let folder = DefaultCorpus.locate() { return [folder] }
            Output.error("no articles to read: name article files or folders after the command "
                + "(there is no seeds/ folder here and nothing fetched yet in \(DefaultCorpus.display(DefaultCorpus.fetchedArticles())))")
            Output.error("to follow papers, add their feed URLs to \(DefaultCorpus.display(DefaultCorpus.feedsFile())) "
                + "(one a line) and run baoterm fetch")
            throw Output.usage
        }
    }
}

/// Where baoterm finds articles when no path is given: the bundled `seeds/` (in the current
/// folder, else above the executable: a package checkout keeps the binary in `.build/<config>/`,
/// below the folder holding `seeds/`), else the fetched articles under `$XDG_DATA_HOME`.
enum DefaultCorpus {
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let seeds = seeds() { return seeds }
        let fetched = fetchedArticles(environment: environment)
        return isFolder(fetched) ? fetched : nil
    }

    static func seeds() -> String? {
        if isFolder("seeds") { return "seeds" }
        let executable = Bundle.main.executableURL
            ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
        var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("seeds")
            if isFolder(candidate.path) { return candidate.path }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }

    /// `$XDG_DATA_HOME/baoterm/articles` (default `~/.local/share`).
    static func fetchedArticles(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        baseDirectory("XDG_DATA_HOME", fallback: ".local/share", environment: environment) + "/baoterm/articles"
    }

    /// `$XDG_CONFIG_HOME/baoterm/feeds` (default `~/.config`).
    static func feedsFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        baseDirectory("XDG_CONFIG_HOME", fallback: ".config", environment: environment) + "/baoterm/feeds"
    }

    /// A path as the user would type it: the home folder written `~`.
    static func display(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard let home = environment["HOME"], home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// An XDG base directory: the variable when it holds an absolute path, else `~/fallback`.
    private static func baseDirectory(_ variable: String, fallback: String, environment: [String: String]) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(fallback)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
