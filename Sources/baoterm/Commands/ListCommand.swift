import ArgumentParser
import BaoCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List articles: date, primary province, title.",
        discussion: "Files that cannot be read are reported on standard error and skipped; the exit status is then 1.")

    @OptionGroup var corpus: CorpusArguments

    @Flag(help: "Print one JSON array of {path, title, published, publishedYearInferred, primaryProvince}.")
    var json = false

    @Option(help: ArgumentHelp("Only articles about this province: a pre- or post-2025 unit, accents optional (uses the index).", valueName: "name"))
    var province: String?

    @Option(help: ArgumentHelp("Only articles citing this document id or key (uses the index).", valueName: "id"))
    var cites: String?

    @Option(name: .customLong("index"), help: ArgumentHelp("The index database to use with --province/--cites.", valueName: "path"))
    var indexPath: String?

    func run() throws {
        try corpus.requireExisting()
        if province != nil || cites != nil {
            try runFiltered()
            return
        }
        var rows: [ListRow] = []
        let terminal = Output.stdoutIsTerminal
        let width = Output.terminalWidth(override: nil)
        let ok = ArticleBatch.forEach(paths: try corpus.resolved) { _, outcome in
            guard case .success(let article) = outcome else { return }
            let entities = EntityExtractor.extract(from: article)
            let row = ListRow(
                path: article.path, title: article.title, published: article.published?.iso,
                primaryProvince: entities.primaryProvince, yearInferred: article.published?.yearInferred)
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

extension ListCommand {
    /// The list narrowed through the corpus index (refreshed first), newest first.
    private func runFiltered() throws {
        if let province { try UnknownName.checkProvince(province) }
        let (index, summary) = try IndexOptions.openRefreshed(roots: try corpus.resolved, indexPath: indexPath)
        if let cites { try UnknownName.checkDocument(cites, in: index) }
        let articles = try index.articles(matching: ArticleFilter(province: province, cites: cites))
        if let province, let later = Gazetteer.laterUnit(ofFilter: province),
           articles.contains(where: { ($0.published ?? "") >= MapEra.changeover }) {
            Output.error("note: since 1 July 2025 \(Gazetteer.province(named: province)?.name ?? province) is part of \(later): "
                + "the articles from that day on are those about \(later)")
        }
        let rows = articles.map {
            ListRow(path: $0.path, title: $0.title, published: $0.published, primaryProvince: $0.primaryProvince,
                    yearInferred: $0.published == nil ? nil : $0.publishedInferred)
        }
        if json {
            Output.line(try Output.json(rows, pretty: true))
        } else {
            let width = Output.stdoutIsTerminal ? Output.terminalWidth(override: nil) : nil
            rows.forEach { Output.line($0.text(width: width)) }
        }
        if !summary.failures.isEmpty { throw Output.someFileSkipped }
    }
}

private struct ListRow: Encodable {
    var path: String
    var title: String?
    var published: String?
    var primaryProvince: String?
    /// True when the year was taken from context (the text column marks the date "2023-12-25~");
    /// nil without a date.
    var yearInferred: Bool?

    private enum Key: String, CodingKey { case path, title, published, publishedYearInferred, primaryProvince }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encode(yearInferred, forKey: .publishedYearInferred)
        try c.encode(primaryProvince, forKey: .primaryProvince)
    }

    /// "2024-08-31  Cần Thơ         Title…": columns padded by display width; on a terminal
    /// the title is cut to the window. A date whose year was inferred reads "2023-12-25~".
    func text(width: Int?) -> String {
        let day = PublishedDate.day(iso: published, inferred: yearInferred == true)
        let date = DisplayWidth.pad(day, to: 11)
        let province = DisplayWidth.pad(primaryProvince ?? "", to: 14)
        let head = date + "  " + province + "  "
        let title = self.title ?? "(untitled)"
        guard let width else { return head + title }
        return head + DisplayWidth.truncate(title, to: max(10, width - DisplayWidth.of(head)))
    }
}
