import ArgumentParser
import BaoCore
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article cleaned, as a person reads it.",
        discussion: """
            Prints the title, a metadata line, then the lead, paragraphs, subheadings (marked ##) and \
            photo captions (marked [Ảnh]), wrapped to the terminal width.
            """)

    @Argument(help: "The article file.", completion: .file())
    var file: String

    @Flag(help: "Print the parsed article as JSON (blocks with their kinds, and bodyText).")
    var json = false

    @Option(help: "Wrap to this many columns (default: the terminal width, $COLUMNS, or 80).")
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        let article = try Output.loadArticle(file)
        if json {
            Output.line(try Output.json(ShowRecord(article), pretty: true))
            return
        }
        for line in ArticleRendering.lines(article, width: Output.terminalWidth(override: width)) {
            Output.line(line)
        }
    }
}

/// `show --json`: the article with its blocks and the body text entity offsets point into.
private struct ShowRecord: Encodable {
    var path: String
    var title: String?
    var subtitle: String?
    var series: String?
    var section: String?
    var published: String?
    var publishedYearInferred: Bool?
    var dateline: String?
    var source: String?
    var url: String?
    var author: String?
    var blocks: [Block]
    var bodyText: String
    var related: [RelatedArticle]
    var warnings: [String]

    init(_ article: Article) {
        path = article.path
        title = article.title
        subtitle = article.subtitle
        series = article.series
        section = article.section
        published = article.published?.iso
        publishedYearInferred = article.published?.yearInferred
        dateline = article.dateline
        source = article.source
        url = article.url
        author = article.author
        blocks = article.blocks
        bodyText = article.bodyText
        related = article.related
        warnings = article.warnings
    }

    private enum Key: String, CodingKey {
        case path, title, subtitle, series, section, published, publishedYearInferred, dateline, source, url, author
        case blocks, bodyText, related, warnings
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encode(subtitle, forKey: .subtitle)
        try c.encode(series, forKey: .series)
        try c.encode(section, forKey: .section)
        try c.encode(published, forKey: .published)
        try c.encode(publishedYearInferred, forKey: .publishedYearInferred)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(author, forKey: .author)
        try c.encode(blocks, forKey: .blocks)
        try c.encode(bodyText, forKey: .bodyText)
        try c.encode(related, forKey: .related)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// The text layout of `show`: what a reader sees, wrapped by display width.
enum ArticleRendering {
    static func lines(_ article: Article, width: Int) -> [String] {
        var out: [String] = []
        if let section = article.section {
            out += TextWrapper.wrap(section.uppercased(), width: width)
        }
        out += TextWrapper.wrap(article.title ?? "(untitled)", width: width)
        if let subtitle = article.subtitle {
            out += TextWrapper.wrap(subtitle, width: width)
        }
        out.append(String(repeating: "─", count: min(width, 72)))
        var meta: [String] = []
        if let published = article.published {
            var date = published.display
            if published.yearInferred { date += " (year inferred)" }
            meta.append(date)
        }
        if let dateline = article.dateline { meta.append(dateline) }
        if let author = article.author { meta.append(author) }
        if let source = article.source { meta.append(source) }
        if !meta.isEmpty { out += TextWrapper.wrap(meta.joined(separator: " · "), width: width) }
        if let url = article.url { out += TextWrapper.wrap(url, width: width) }
        for block in article.blocks {
            out.append("")
            switch block.kind {
            case .lead, .paragraph:
                out += TextWrapper.wrap(block.text, width: width)
            case .subheading:
                out += TextWrapper.wrap("## " + block.text, width: width)
            case .caption:
                var text = "[Ảnh] " + block.text
                if let credit = block.credit { text += " (Ảnh: \(credit))" }
                out += TextWrapper.wrap(text, width: width, indent: "  ")
            }
        }
        if !article.related.isEmpty {
            out.append("")
            out.append("Tin liên quan:")
            for related in article.related {
                out += TextWrapper.wrap("- " + related.title, width: width, indent: "  ")
            }
        }
        return out
    }
}
