import ArgumentParser
import BaoCore

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or refresh the corpus index.",
        discussion: """
            Only new files and files whose size, date and content changed are parsed; removed files \
            are dropped. Read marks, bookmarks and history are kept. An interrupted run leaves an \
            index that the next run completes.
            """)

    @OptionGroup var corpus: IndexOptions

    func run() throws {
        let (index, summary) = try corpus.openRefreshed()
        let count = try index.articleCount()
        var changes: [String] = []
        if summary.added > 0 { changes.append("\(summary.added) added") }
        if summary.updated > 0 { changes.append("\(summary.updated) updated") }
        if summary.removed > 0 { changes.append("\(summary.removed) removed") }
        if summary.touched > 0 { changes.append("\(summary.touched) touched") }
        if !summary.failures.isEmpty { changes.append("\(summary.failures.count) skipped") }
        let what = changes.isEmpty ? "up to date" : changes.joined(separator: ", ")
        Output.line("\(count) articles indexed (\(what)) in \(String(format: "%.2f", summary.seconds)) s")
        Output.line("index: \(Output.visible(index.path))")
        if !summary.failures.isEmpty { throw Output.someFileSkipped }
    }
}
