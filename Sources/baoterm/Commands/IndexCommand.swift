import ArgumentParser
import BaoCore

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or refresh the corpus index.",
        discussion: """
            Only new files and files whose size, date and content changed are parsed; removed files \
            are dropped. An interrupted run leaves an index that the next run completes; a damaged \
            one is rebuilt. One process updates an index at a time: a second `baoterm index` waits \
            for the first. Read marks, bookmarks and history are kept apart, in \
            $XDG_STATE_HOME/baoterm/state.sqlite, and no rebuild touches them.
            """)

    @OptionGroup var corpus: IndexOptions

    func run() throws {
        let (index, summary) = try corpus.openRefreshed(forWriting: true)
        let count = try index.articleCount()
        var changes: [String] = []
        if summary.added > 0 { changes.append("\(summary.added) added") }
        if summary.updated > 0 { changes.append("\(summary.updated) updated") }
        if summary.removed > 0 { changes.append("\(summary.removed) removed") }
        if summary.touched > 0 { changes.append("\(summary.touched) touched") }
        if !summary.failures.isEmpty { changes.append("\(summary.failures.count) skipped") }
        var what = changes.isEmpty ? "up to date" : changes.joined(separator: ", ")
        if summary.skipped == .readOnly { what = "not updated: read-only" }
        Output.line("\(count) articles indexed (\(what)) in \(String(format: "%.2f", summary.seconds)) s")
        Output.line("index: \(Output.visible(index.path))")
        if summary.skipped == .readOnly { throw ExitCode.failure }
        if !summary.failures.isEmpty { throw Output.someFileSkipped }
    }
}
