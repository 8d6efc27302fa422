import BaoCore
import BaoFetch
import Foundation

// `baoterm-fetch [--feeds PATH] [--timeout SECONDS] [--retries N]`: one fetch run, for `baoterm
// fetch` and the browser's fetch key, which run it as a child process. It alone links the
// networking and XML libraries (URLSession's libcurl and its dependencies, libxml2), so that
// baoterm's everyday commands never load them. It reads the feeds file, stores the new articles
// and writes `FetchMessage` lines (JSON) on its standard output: progress while it runs, then the
// outcome. baoterm prints them and refreshes the index. Exit status 0 once the outcome is
// written (it says what failed), 2 for arguments it does not know. It ends, status 1, when its
// standard input closes: baoterm holds that pipe open while it waits (`FetchProcess`).

/// The standard output, one whole line per write, from any thread.
final class MessageOutput: @unchecked Sendable {
    private let lock = NSLock()

    func send(_ message: FetchMessage) {
        let line = message.encodedLine()
        lock.withLock { FileHandle.standardOutput.write(line) }
    }
}

/// The run: the feeds file read, every feed fetched.
func fetch(paths: FetchPaths, settings: HTTPSettings, output: MessageOutput) throws(FetchSetupError) -> FetchOutcome {
    guard let data = FileManager.default.contents(atPath: paths.feedsFile) else {
        throw FetchSetupError.noFeedsFile(paths.feedsFile)
    }
    let file = FeedsFile.parse(String(decoding: data, as: UTF8.self), path: paths.feedsFile)
    if file.feeds.isEmpty {
        throw FetchSetupError.noFeeds(paths.feedsFile, problems: file.problems.map(\.description))
    }
    let fetcher = Fetcher(paths: paths, client: HTTPClient(settings: settings))
    let feeds = file.feeds
    let run: [FeedReport]
    do {
        run = try AsyncWait.result { try await fetcher.run(feeds) { output.send(.progress($0)) } }
    } catch {
        throw FetchSetupError.failed("\(error)")
    }
    let reports = run.map { report in
        FetchedFeed(name: report.name, url: report.feed.url, stored: report.stored.count, skipped: report.skipped, known: report.known,
                    notModified: report.notModified, error: report.error, notes: report.notes)
    }
    return FetchOutcome(reports: reports, problems: file.problems.map(\.description))
}

var paths = FetchPaths.standard()
var settings = HTTPSettings()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    guard let value = arguments.popFirst() else {
        FileHandle.standardError.write(Data("baoterm-fetch: \(argument) needs a value (baoterm fetch runs this program; see baoterm fetch --help)\n".utf8))
        exit(2)
    }
    switch (argument, Double(value), Int(value)) {
    case ("--feeds", _, _): paths.feedsFile = value
    case ("--timeout", let seconds?, _): settings.timeout = max(0.5, seconds)
    case ("--retries", _, let count?): settings.retries = min(max(0, count), 5)
    default:
        FileHandle.standardError.write(Data("baoterm-fetch: unknown argument \(argument) \(value) (baoterm fetch runs this program; see baoterm fetch --help)\n".utf8))
        exit(2)
    }
}
/// Ends the run when the standard input closes: baoterm, which holds it open, has ended
/// (interrupted, killed, or its browser quit). This process is in a process group of its own,
/// which the terminal's signals do not reach; without this it would go on fetching unseen.
func endWithParent() {
    Thread.detachNewThread {
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count > 0 || (count < 0 && errno == EINTR) { continue }
            _exit(1)
        }
    }
}

endWithParent()
let output = MessageOutput()
do {
    output.send(.finished(try fetch(paths: paths, settings: settings, output: output)))
} catch {
    output.send(.setupFailed(error))
}
