import ArgumentParser
import BaoCore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the parsed fields and entities of every article as JSON.",
        discussion: """
            One object per article (schema: schema/extract.schema.json). Files that cannot be read \
            are reported on standard error and skipped; the exit status is then 1.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json
    }

    @OptionGroup var corpus: CorpusArguments

    @Option(help: "jsonl: one object per line; json: one array.")
    var format: Format = .jsonl

    func run() throws {
        try corpus.requireExisting()
        let encoder = Output.jsonEncoder()
        var first = true
        if format == .json { Output.write("[") }
        let ok = try ArticleBatch.forEach(paths: corpus.resolved) { _, outcome in
            guard case .success(let article) = outcome else { return }
            let record = ExtractRecord(article: article, entities: EntityExtractor.extract(from: article))
            let line = try Output.json(record, encoder: encoder)
            switch format {
            case .jsonl:
                Output.line(line)
            case .json:
                Output.write(first ? "\n" + line : ",\n" + line)
            }
            first = false
        }
        if format == .json { Output.line(first ? "]" : "\n]") }
        if !ok { throw Output.someFileSkipped }
    }
}
