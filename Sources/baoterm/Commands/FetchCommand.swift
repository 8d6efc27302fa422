import ArgumentParser
import BaoCore
import BaoFetchReport
import Foundation

/// `baoterm fetch`: reads the feeds file, stores new articles (through `baoterm-fetch`,
/// `FetchProcess`), refreshes their index.
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
        // baoterm-fetch keeps the timeout and the retries within their bounds.
        let arguments = ["--feeds", paths.feedsFile, "--timeout", String(timeout), "--retries", String(retries)]
        let run = FetchProcess.run(arguments: arguments) { progress in
            if !quiet, isatty(STDERR_FILENO) == 1 {
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + progress.line).utf8))
            }
        }
        guard case .success(let outcome) = run else {
            if case .failure(let error) = run { Output.error(error.message) }
            throw Output.someFileSkipped
        }
        if !quiet, isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for problem in outcome.problems { Output.error(problem) }
        for report in outcome.reports {
            let name = Output.visible(report.name)
            if let error = report.error {
                // The error names the feed's URL; a name from the feeds file is said as well.
                Output.error(report.name == report.url ? Output.visible(error) : "\(name): \(Output.visible(error))")
                continue
            }
            for reason in report.skipped { Output.error("\(name): skipped \(Output.visible(reason))") }
            for note in report.notes { Output.error("\(name): note: \(Output.visible(note))") }
            guard !quiet else { continue }
            if report.notModified {
                Output.line("\(name): not modified")
            } else {
                Output.line("\(name): \(report.stored) new" + (report.known > 0 ? ", \(report.known) already fetched" : ""))
            }
        }
        let stored = outcome.reports.reduce(0) { $0 + $1.stored }
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
