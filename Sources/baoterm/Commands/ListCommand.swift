import ArgumentParser
import BaoCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List articles: date, primary province, title.",
        discussion: "Files that cannot be read are reported on standard error and skipped; the exit status is then 1.")

    @OptionGroup var corpus: CorpusArguments

    @Flag(help: "Print one JSON array of {path, title, published, primaryProvince}.")
    var json = false

    func run() throws {
        var rows: [ListRow] = []
        let terminal = Output.stdoutIsTerminal
        let width = Output.terminalWidth(override: nil)
        let ok = ArticleBatch.forEach(paths: corpus.resolved) { _, outcome in
            guard case .success(let article) = outcome else { return }
            let entities = EntityExtractor.extract(from: article)
            let row = ListRow(
                path: article.path, title: article.title, published: article.published?.iso,
                primaryProvince: entities.primaryProvince)
            if json {
                rows.append(row)
            } else {
                Output.line(row.text(width: terminal ? width : nil))
            }
        }
        if json { Output.line(try Output.json(rows, pretty: true)) }
        if !ok { throw Output.someFileSkipped }
    }
}

private struct ListRow: Encodable {
    var path: String
    var title: String?
    var published: String?
    var primaryProvince: String?

    private enum Key: String, CodingKey { case path, title, published, primaryProvince }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encode(primaryProvince, forKey: .primaryProvince)
    }

    /// "2024-08-31  Cần Thơ         Title…": columns padded by display width; on a terminal
    /// the title is cut to the window.
    func text(width: Int?) -> String {
        let date = DisplayWidth.pad(String((published ?? "").prefix(10)), to: 10)
        let province = DisplayWidth.pad(primaryProvince ?? "", to: 14)
        let head = date + "  " + province + "  "
        let title = self.title ?? "(untitled)"
        guard let width else { return head + title }
        return head + DisplayWidth.truncate(title, to: max(10, width - DisplayWidth.of(head)))
    }
}
