import ArgumentParser
import BaoCore
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

    /// Stops with status 2, before anything is read, indexed or drawn, when a path does not
    /// exist: a corpus with a missing part would otherwise get an index of its own, and a typo
    /// would silently shrink the corpus. See `MissingPaths` for the messages.
    func requireExisting(search query: String? = nil, mayBeCommand: Bool = false) throws {
        try MissingPaths.check(paths, search: query, mayBeCommand: mayBeCommand)
    }
}

/// The paths of a command line that do not exist, and what the user most likely meant.
enum MissingPaths {
    /// Names each missing path on stderr and throws status 2; does nothing when all exist.
    /// A search query's unquoted extra words land among the paths (`search nghi quyet DIR`):
    /// word-like missing paths right after the query are then shown as the quoted query they
    /// were meant to be part of. A lone word-like path where no query is expected is most
    /// likely a mistyped subcommand (`mayBeCommand`: the browser is the default command).
    static func check(_ paths: [String], search query: String?, mayBeCommand: Bool = false) throws {
        let missing = paths.filter { !SystemPath.exists($0) }
        guard !missing.isEmpty else { return }
        for line in messages(paths, missing: Set(missing), search: query, mayBeCommand: mayBeCommand) { Output.error(line) }
        throw Output.usage
    }

    /// The lines `check` prints (without the "baoterm: " prefix).
    static func messages(_ paths: [String], missing: Set<String>, search query: String?, mayBeCommand: Bool) -> [String] {
        if let query {
            let words = Array(paths.prefix { missing.contains($0) && looksLikeWord($0) })
            if !words.isEmpty {
                let rest = paths.dropFirst(words.count)
                let quoted = "\"" + ([query] + words).joined(separator: " ").replacingOccurrences(of: "\"", with: "") + "\""
                let named = words.map { "'\(Output.visible($0))'" }.joined(separator: ", ")
                let verb = words.count == 1 ? "is not a file or folder" : "are not files or folders"
                let example = (["baoterm search", Output.visible(quoted)] + rest.map { Output.visible(shellWord($0)) }).joined(separator: " ")
                return ["\(named) \(verb); to search for several words, quote them: \(example)"]
                    + rest.filter(missing.contains).map { "\(Output.visible($0)): no such file or folder" }
            }
        } else if mayBeCommand, paths.count == 1, let word = paths.first, looksLikeCommand(word) {
            return ["'\(Output.visible(word))' is not a file, folder or command (see baoterm --help)"]
        }
        return paths.filter(missing.contains).map { "\(Output.visible($0)): no such file or folder" }
    }

    /// A word of a query rather than a path: letters (marked or not) and digits, maybe a
    /// hyphen or a trailing `*`, no path separator or extension.
    static func looksLikeWord(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first.isNumber else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "*" }
    }

    /// "serach", "list-all": letters, digits and dashes, no path separator or extension.
    static func looksLikeCommand(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// A path as it could be typed back into a shell: quoted when it holds anything but
    /// plain path characters.
    private static func shellWord(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-+,:@~".unicodeScalars.contains($0) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
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
