import BaoCore
import Foundation

/// A fetched article as a text file in the web-copy layout `ArticleParser` reads: the date line,
/// the rubric, the title, the lead, paragraphs and captions, the byline, and the page's URL (which
/// gives the article its `url` and `source`). Blocks are separated by blank lines.
///
/// Written so that parsing the file gives back the extracted fields: captions carry their credit
/// as "(Ảnh: …)" or, without one, end in " |" (the parser's caption-without-credit form); a rubric
/// that could be taken for the title is left out.
public enum ArticleFile {
    public static func render(_ article: ExtractedArticle, url: String) -> String {
        var pieces: [String] = []
        if let date = article.published { pieces.append(dateLine(date)) }
        let title = article.title.map(clean) ?? ""
        if let rubric = article.rubric.map(clean), !rubric.isEmpty, !title.isEmpty, keepsRubric(rubric, title: title) {
            pieces.append(rubric)
        }
        if !title.isEmpty { pieces.append(title) }
        if let lead = article.lead.map(clean), !lead.isEmpty { pieces.append(lead) }
        for block in article.blocks {
            let text = clean(block.text)
            guard !text.isEmpty else { continue }
            if block.kind == .caption, Captions.split(text) == nil {
                pieces.append(text + " |")
            } else {
                pieces.append(text)
            }
        }
        if let byline = article.byline.map(clean), !byline.isEmpty { pieces.append(byline) }
        pieces.append(url)
        return pieces.joined(separator: "\n\n") + "\n"
    }

    /// "15/07/2025 - 08:30", or "15/07/2025" without a time: a date line the parser reads.
    static func dateLine(_ date: PublishedDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var line = "\(two(date.day))/\(two(date.month))/\(date.year)"
        if let hour = date.hour, let minute = date.minute { line += " - \(two(hour)):\(two(minute))" }
        return line
    }

    /// Normalised (SPEC section 2) and on one line.
    static func clean(_ text: String) -> String {
        TextNormalizer.foldWhitespace(TextNormalizer.normalize(text).replacingOccurrences(of: "\n", with: " "))
    }

    /// The parser takes a short first heading line above a longer one for the rubric.
    private static func keepsRubric(_ rubric: String, title: String) -> Bool {
        let rubricWords = rubric.split(separator: " ").count
        return rubricWords <= 8 && title.split(separator: " ").count > rubricWords && !title.hasSuffix(".")
            && !rubric.hasSuffix(":") && rubric != title
    }

    /// `<host>/<yyyy-mm-dd>-<slug>-<hash>.txt`: the host without "www.", the publication (or fetch)
    /// date, the last path word of the URL folded to ASCII, and 8 hex digits of the URL's hash.
    public static func relativePath(url: String, published: PublishedDate?, fetched: Date) -> String {
        let host = URLText.host(of: url).map(safeName) ?? "unknown"
        let day: String
        if let published {
            day = String(PublishedDate(year: published.year, month: published.month, day: published.day).iso.prefix(10))
        } else {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            day = formatter.string(from: fetched)
        }
        let path = URL(string: url)?.path ?? ""
        var slug = safeName((path as NSString).lastPathComponent)
        for suffix in [".html", ".htm", ".aspx", ".asp", ".php", ".shtml", ".vnp", ".chn"] where slug.hasSuffix(suffix) {
            slug = String(slug.dropLast(suffix.count))
        }
        slug = String(slug.prefix(60))
        let hash = String(ContentHash(Array(url.utf8)).hex.prefix(8))
        let name = [day, slug.isEmpty ? nil : slug, hash].compactMap { $0 }.joined(separator: "-")
        return host + "/" + name + ".txt"
    }

    /// ASCII letters, digits, dots and dashes; anything else folds or becomes a dash.
    private static func safeName(_ text: String) -> String {
        var out = ""
        for scalar in SearchText.folded(text).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
        while out.hasPrefix(".") { out.removeFirst() }
        return out
    }

    /// The fields on which parsing `text` disagrees with `article` (empty when the file is lossless).
    public static func differences(_ text: String, _ article: ExtractedArticle, url: String) -> [String] {
        let parsed = ArticleParser.parse(text: text, path: "check")
        var out: [String] = []
        if parsed.title != article.title.map(clean) { out.append("title: \(parsed.title ?? "-") ≠ \(article.title ?? "-")") }
        if parsed.published?.iso != article.published?.iso { out.append("published: \(parsed.published?.iso ?? "-") ≠ \(article.published?.iso ?? "-")") }
        if parsed.url != url { out.append("url: \(parsed.url ?? "-")") }
        let rubric = article.rubric.map(clean)
        if parsed.section != nil, parsed.section != rubric { out.append("section: \(parsed.section ?? "-") ≠ \(rubric ?? "-")") }
        let expected = ((article.lead.map { [$0] } ?? []) + article.blocks.map(\.text)).map(clean).filter { !$0.isEmpty }
        // Captions compare by their text; the parser moves an agency prefix ("HÀ NỘI (TTXVN) - ")
        // out of the lead and puts a space into glued sentences, so texts compare by their letters
        // and a read-back text may be the end of the written one.
        func key(_ text: String) -> String { TextNormalizer.comparisonKey(text).filter { !$0.isWhitespace } }
        let expectedKeys = expected.map { key(Captions.split($0)?.text ?? $0) }
        let gotKeys = parsed.blocks.map { key($0.text) }
        if gotKeys.count != expectedKeys.count || zip(gotKeys, expectedKeys).contains(where: { !$1.hasSuffix($0) }) {
            out.append("blocks: \(gotKeys.count) read back, \(expectedKeys.count) written")
        }
        if let byline = article.byline.map(clean), let parsedByline = Byline.parse(byline) {
            if parsed.author != parsedByline.author { out.append("author: \(parsed.author ?? "-") ≠ \(parsedByline.author ?? "-")") }
        }
        return out
    }
}
