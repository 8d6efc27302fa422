import ArgumentParser
import BaoCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the corpus.",
        discussion: """
            Words are ANDed. Results come in this order: the query's syllables as a phrase (in \
            their most common marked form first), then near each other, then anywhere, and at each \
            step a match in the title or lead before one in the body (match: phrase, near or \
            anywhere in --json; null for a single word). "a phrase" in quotes, word* for a prefix, -word to exclude. Filters: \
            province:NAME (a pre- or post-2025 unit, accents optional), cites:ID (a document id or key), \
            person:NAME, after:YYYY-MM-DD, before:YYYY-MM-DD; quote values with spaces \
            (province:"Cần Thơ"). A word typed without diacritics matches any marks ("hoa": hòa, hóa, \
            hoa); a word with diacritics matches exactly ("Hòa" matches hòa and hoà, not hóa). \
            A query starting with - needs -- first, or it is read as an option: baoterm search -- -word
            """)

    @Argument(help: "The query.")
    var query: String

    @OptionGroup var corpus: IndexOptions

    @Flag(help: "Print a JSON array of {path, title, published, publishedYearInferred, primaryProvince, score, snippet, match}.")
    var json = false

    @Option(help: "At most this many results.")
    var limit = 20

    func run() throws {
        try corpus.corpus.requireExisting(search: query)
        let (query, limit) = (self.query, self.limit)
        let (summary, hits): (RefreshSummary, [SearchHit])
        do {
            // The search runs beside the refresh; its error, if any, comes after the check below.
            let answered = try corpus.openRefreshed { index in Result { try index.search(query, limit: limit) } }
            summary = answered.summary
            // A document the index does not hold is refused as `cites` refuses it, not answered "no match".
            if let cites = try SearchQuery.parse(query).cites { try UnknownName.checkDocument(cites, in: answered.index) }
            hits = try answered.answer.get()
        } catch let error as SearchQueryError {
            Output.error(error.message)
            throw Output.usage
        }
        if json {
            try JSONValue.printArray(hits.map { hit in
                .object([
                    ("path", .string(hit.article.path)),
                    ("title", .string(hit.article.title)),
                    ("published", .string(hit.article.published)),
                    ("publishedYearInferred", .bool(hit.article.published == nil ? nil : hit.article.publishedInferred)),
                    ("primaryProvince", .string(hit.article.primaryProvince)),
                    ("score", .double(hit.score)),
                    ("snippet", .string(hit.snippet)),
                    ("match", .string(hit.proximity.map { "\($0)" })),
                ])
            })
        } else {
            for (number, hit) in hits.enumerated() {
                let date = hit.article.published == nil ? "----------" : hit.article.day
                let province = hit.article.primaryProvince.map { " · " + $0 } ?? ""
                Output.line("\(number + 1). \(date)\(province)  \(TextWindow.clean(hit.article.title))")
                if !hit.snippet.isEmpty { Output.line("   \(Output.visible(hit.snippet))") }
                Output.line("   \(Output.visible(hit.article.path))")
            }
            if hits.isEmpty { Output.line("no match") }
        }
        if !summary.failures.isEmpty { throw Output.someFileSkipped }
    }
}
