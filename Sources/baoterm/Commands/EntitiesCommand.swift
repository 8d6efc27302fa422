import ArgumentParser
import BaoCore

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print the entities of one article: provinces, documents, people, organisations.",
        discussion: """
            Grouped and counted: provinces with their post-2025 unit, mentions and the places they \
            were found through, the primary province, cited documents with their identity (id, key, \
            type, issuer, term, scope, date, title, mentions, unknown qualifiers), people with their \
            roles, organisations with their abbreviation and province. --json prints the same \
            object as `baoterm extract`, indented.
            """)

    @Argument(help: "The article file.", completion: .file())
    var file: String

    @Flag(help: "Print the article's fields and entities as one JSON object (the extract schema).")
    var json = false

    func run() throws {
        let article = try Output.loadArticle(file)
        let entities = EntityExtractor.extract(from: article)
        if json {
            Output.line(try Output.json(ExtractRecord(article: article, entities: entities), pretty: true))
            return
        }
        for line in EntitiesReport.lines(article: article, entities: entities) {
            Output.line(Output.visible(line))
        }
    }
}

/// The text form of `baoterm entities`: one heading per kind with its count, one line per entity.
enum EntitiesReport {
    static func lines(article: Article, entities: ArticleEntities) -> [String] {
        var out: [String] = []
        out.append(article.title ?? "(untitled)")
        out.append(article.path)

        out.append("")
        out.append("Provinces (\(entities.provinces.count))")
        for p in entities.provinces {
            var line = "  " + p.name + " · after 2025: " + p.postMerger + " · " + count(p.mentions, "mention")
            if !p.via.isEmpty { line += " · via " + p.via.joined(separator: ", ") }
            out.append(line)
        }
        out.append("Primary province: " + (entities.primaryProvince ?? "none"))

        out.append("")
        out.append("Documents (\(entities.documents.count))")
        for d in entities.documents {
            var facts: [String] = [d.type]
            if let issuer = d.issuer { facts.append("issuer " + issuer) }
            if let term = d.term { facts.append("khóa " + term) }
            if let scope = d.scope { facts.append(scope) }
            if let date = d.date { facts.append(date) }
            facts.append(count(d.mentions.count, "mention"))
            out.append("  \(d.id)  [\(d.key)]  " + facts.joined(separator: " · "))
            if let title = d.title { out.append("      “\(title)”") }
            if !d.unknown.isEmpty { out.append("      unknown: " + d.unknown.joined(separator: ", ")) }
        }

        out.append("")
        out.append("People (\(entities.people.count))")
        for person in entities.people {
            out.append("  " + person.name + (person.roles.isEmpty ? "" : " — " + person.roles.joined(separator: "; ")))
        }

        out.append("")
        out.append("Organisations (\(entities.organizations.count))")
        for org in entities.organizations {
            var line = "  " + org.name
            if let abbreviation = org.abbreviation { line += " (\(abbreviation))" }
            if let province = org.province { line += " — " + province }
            out.append(line)
        }
        return out
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
