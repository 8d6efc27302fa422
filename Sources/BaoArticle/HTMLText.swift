import Foundation

/// The visible text of a saved web page: tags dropped, block elements turned into blank-line
/// breaks, scripts and styles removed, character references decoded. Enough to read a page
/// saved as `.html` with the same article parser as web copy; not a full HTML parser.
public enum HTMLText {
    public static func plainText(_ html: String) -> String {
        text(of: mainContent(html))
    }

    /// The part of a page that holds the article: the `<article>` element when there is one,
    /// else everything from the first `<h1>` (menus and the `<title>` above it are page furniture).
    static func mainContent(_ html: String) -> Substring {
        let lower = html.lowercased()
        guard lower.count == html.count else { return html[...] }
        if let open = lower.range(of: "<article"), let close = lower.range(of: "</article>", range: open.upperBound..<lower.endIndex) {
            let start = html.index(html.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: open.lowerBound))
            let end = html.index(html.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: close.upperBound))
            return html[start..<end]
        }
        if let h1 = lower.range(of: "<h1") {
            let start = html.index(html.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: h1.lowerBound))
            return html[start...]
        }
        return html[...]
    }

    private static func text(of html: Substring) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count / 2)
        var index = html.startIndex
        let end = html.endIndex
        while index < end {
            let character = html[index]
            if character == "<" {
                if html[index...].hasPrefix("<!--") {
                    index = html.range(of: "-->", range: index..<end)?.upperBound ?? end
                    continue
                }
                guard let close = html[index...].firstIndex(of: ">") else { break }
                let tag = html[html.index(after: index)..<close].lowercased()
                let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\n" }).first.map(String.init) ?? ""
                index = html.index(after: close)
                if name == "script" || name == "style" || name == "noscript" {
                    if let closing = html.range(of: "</" + name, options: .caseInsensitive, range: index..<end) {
                        index = html[closing.upperBound...].firstIndex(of: ">").map { html.index(after: $0) } ?? end
                    } else {
                        index = end
                    }
                    continue
                }
                if blockTags.contains(name) || (tag.hasPrefix("/") && blockTags.contains(String(tag.dropFirst()))) {
                    out += "\n\n"
                } else if name == "br" {
                    out += "\n"
                } else if name == "td" || name == "th" {
                    out += " "
                }
                continue
            }
            if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";") {
                let entity = String(html[html.index(after: index)..<semicolon])
                if let decoded = decodeEntity(entity) {
                    out += decoded
                    index = html.index(after: semicolon)
                    continue
                }
            }
            out.append(character)
            index = html.index(after: index)
        }
        return out
    }

    private static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section",
        "article", "header", "footer", "figure", "figcaption", "blockquote", "title", "main", "aside", "nav",
    ]

    /// The text of a character reference without its `&` and `;` ("amp", "#273", "#x111"), or nil.
    public static func decodeEntity(_ entity: String) -> String? {
        if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
            guard let value = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        if entity.hasPrefix("#") {
            guard let value = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return named[entity]
    }

    /// The named references that occur in Vietnamese pages (Latin-1 vowels and punctuation).
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "hellip": "…",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "ndash": "–", "mdash": "—", "laquo": "«", "raquo": "»",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "igrave": "ì", "iacute": "í", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ",
        "ugrave": "ù", "uacute": "ú", "yacute": "ý",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê",
        "Igrave": "Ì", "Iacute": "Í", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ",
        "Ugrave": "Ù", "Uacute": "Ú", "Yacute": "Ý",
    ]
}
