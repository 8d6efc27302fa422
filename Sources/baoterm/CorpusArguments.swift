import ArgumentParser
import BaoCore
import BaoFetch
import Foundation

/// The `[PATH…]` arguments every corpus command takes, defaulting to the fetched articles
/// (`$XDG_DATA_HOME/baoterm/articles`) when `baoterm fetch` has stored any, else the bundled `seeds/`.
struct CorpusArguments: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Article files or folders (read recursively: .txt, .md, .html and extension-less text).",
        discussion: "Default: the fetched articles ($XDG_DATA_HOME/baoterm/articles) if any, else the bundled seeds/ folder.", valueName: "path"))
    var paths: [String] = []

    /// The paths to read: as given, else the fetched articles, else the bundled seeds.
    var resolved: [String] {
        guard paths.isEmpty else { return paths }
        let fetched = FetchPaths.standard()
        return [fetched.hasArticles ? fetched.articles : SeedsLocator.defaultSeeds()]
    }
}

/// Finds the bundled `seeds/` folder: in the current folder, else above the executable (a
/// package checkout keeps the binary in `.build/<config>/`, below the folder holding `seeds/`).
enum SeedsLocator {
    static func defaultSeeds() -> String {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: "seeds", isDirectory: &isDir), isDir.boolValue { return "seeds" }
        let executable = Bundle.main.executableURL
            ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
        var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("seeds")
            if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue {
                return candidate.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return "seeds"
    }
}
