import ArgumentParser
import BaoCore

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "Every cited document with the number of articles citing it.")

    @OptionGroup var corpus: IndexOptions

    @Flag(help: "Print a JSON array of {key, id, type, issuer, term, scope, date, title, count}; the title is the one most citing articles agree on.")
    var json = false

    func run() throws {
        let (index, summary) = try corpus.openRefreshed()
        let documents = try index.documents()
        if json {
            try JSONValue.printArray(documents.map { document in
                .object([
                    ("key", .string(document.key)), ("id", .string(document.id)), ("type", .string(document.type)),
                    ("issuer", .string(document.issuer)), ("term", .string(document.term)),
                    ("scope", .string(document.scope)), ("date", .string(document.date)),
                    ("title", .string(document.title)), ("count", .int(document.count)),
                ])
            })
        } else {
            let width = documents.map { $0.key.count }.max() ?? 0
            for document in documents {
                let pad = String(repeating: " ", count: max(0, width - document.key.count))
                var details = [document.type]
                if let issuer = document.issuer { details.append(issuer) }
                if let term = document.term { details.append("khóa \(term)") }
                if let scope = document.scope { details.append(scope) }
                let title = document.title.map { "  " + TextWindow.clean($0) } ?? ""
                Output.line("\(String(repeating: " ", count: max(0, 4 - String(document.count).count)))\(document.count)  \(document.key)\(pad)  \(details.joined(separator: ", "))\(title)")
            }
        }
        if !summary.failures.isEmpty { throw Output.someFileSkipped }
    }
}
