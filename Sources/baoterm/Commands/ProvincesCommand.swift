import ArgumentParser
import BaoCore

struct ProvincesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provinces",
        abstract: "Article counts per province.",
        discussion: "Each article counts once, under its primary province (articles about no province are not counted).")

    @OptionGroup var corpus: IndexOptions

    @Flag(help: "Count by the units in force after the July 2025 merger.")
    var merged = false

    @Flag(help: "Print a JSON array of {name, count, postMerger}.")
    var json = false

    func run() throws {
        let (index, summary) = try corpus.openRefreshed()
        let counts = try index.provinceCounts(merged: merged)
        if json {
            try JSONValue.printArray(counts.map {
                .object([("name", .string($0.name)), ("count", .int($0.count)), ("postMerger", .string($0.postMerger))])
            })
        } else {
            let width = counts.map { $0.name.count }.max() ?? 0
            for count in counts {
                let pad = String(repeating: " ", count: max(0, width - count.name.count))
                let merger = !merged && count.postMerger != count.name ? "  → \(count.postMerger)" : ""
                Output.line("\(count.name)\(pad)  \(count.count)\(merger)")
            }
        }
        if !summary.failures.isEmpty { throw Output.someFileSkipped }
    }
}
