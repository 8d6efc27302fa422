import ArgumentParser
import BaoCore
import BaoFetch
import Foundation

/// The `[PATH…]` arguments every corpus command takes, defaulting to the fetched articles once
/// `baoterm fetch` has stored some, else the bundled `seeds/`.
struct CorpusArguments: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Article files or folders (read recursively: .txt, .md, .html and extension-less text).",
        discussion: "Default: the fetched articles in $XDG_DATA_HOME/baoterm/articles once there are any, else seeds/ in the current folder or above the program.",
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

/// Where baoterm finds articles when no path is given: the fetched articles under
/// `$XDG_DATA_HOME` once `baoterm fetch` has stored one (a user who follows papers wants the
/// news), else the bundled `seeds/` (in the current folder, else above the executable: a package
/// checkout keeps the binary in `.build/<config>/`, below the folder holding `seeds/`).
enum DefaultCorpus {
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fetched = FetchPaths.standard(environment: environment)
        if fetched.hasArticles { return fetched.articles }
        return seeds()
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
        FetchPaths.standard(environment: environment).articles
    }

    /// `$XDG_CONFIG_HOME/baoterm/feeds` (default `~/.config`).
    static func feedsFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        FetchPaths.standard(environment: environment).feedsFile
    }

    /// A path as the user would type it: the home folder written `~`.
    static func display(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard let home = environment["HOME"], home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
