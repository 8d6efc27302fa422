import ArgumentParser
import BaoCore

struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "Articles citing a document, with the sentence around the citation.",
        discussion: "ID is a document id (\"NQTW4-XII\", \"5-CT/TW\", case and leading zeros free) or a key (\"21-KL/TW@XIII\").")

    @Argument(help: "The document id or key.")
    var id: String

    @OptionGroup var corpus: IndexOptions

    @Flag(help: "Print a JSON array of {path, title, published, publishedYearInferred, sentence}.")
    var json = false

    func run() throws {
        let (index, summary) = try corpus.openRefreshed()
        let details = try index.documentKeys(matching: id).compactMap { try index.document($0) }
        guard !details.isEmpty else {
            // A document no article cites is not in the index: the name is most likely mistyped.
            if json { Output.line("[]") }
            try UnknownName.checkDocument(id, in: index)
            if !summary.failures.isEmpty { throw Output.someFileSkipped }
            return
        }
        if json {
            // One entry per article, with the first sentence citing any document of that id.
            var seen = Set<Int64>()
            let citations = details.flatMap(\.citations).filter { seen.insert($0.article.id).inserted }
            try JSONValue.printArray(citations.map { citation in
                .object([
                    ("path", .string(citation.article.path)), ("title", .string(citation.article.title)),
                    ("published", .string(citation.article.published)),
                    ("publishedYearInferred", .bool(citation.article.published == nil ? nil : citation.article.publishedInferred)),
                    ("sentence", .string(citation.sentence)),
                ])
            })
        } else {
            for (number, detail) in details.enumerated() {
                if number > 0 { Output.line() }
                printDocument(detail)
            }
        }
        if !summary.failures.isEmpty { throw Output.someFileSkipped }
    }

    private func printDocument(_ detail: DocumentDetail) {
        var seen = Set<Int64>()
        let citations = detail.citations.filter { seen.insert($0.article.id).inserted }
        let document = detail.document
        var details = [document.type]
        if let issuer = document.issuer { details.append(issuer) }
        if let term = document.term { details.append("khóa \(term)") }
        if let scope = document.scope { details.append(scope) }
        if let date = document.date { details.append(date) }
        Output.line("\(document.key) (\(details.joined(separator: ", "))): cited by \(citations.count) article\(citations.count == 1 ? "" : "s")")
        if let title = document.title { Output.line("  \(TextWindow.clean(title))") }
        for citation in citations {
            let date = citation.article.published == nil ? "----------" : citation.article.day
            Output.line()
            Output.line("\(date)  \(TextWindow.clean(citation.article.title))")
            Output.line("  \(Output.visible(citation.article.path))")
            if !citation.sentence.isEmpty { Output.line("  “\(citation.sentence)”") }
        }
        if !detail.citedWith.isEmpty {
            Output.line()
            Output.line("Cited with: " + detail.citedWith.prefix(8).map(\.key).joined(separator: ", "))
        }
        if !detail.possiblySame.isEmpty {
            Output.line("Possibly the same: " + detail.possiblySame.map(\.key).joined(separator: ", "))
        }
    }
}
