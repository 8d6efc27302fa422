import BaoText

/// URLs in article text, including one glued to the text after it
/// ("http://baolaocai.vn/bai-viet/213010-nhieu-giai-phapTheo đó…").
public enum URLText {
    /// The URL when `line` is (essentially) one URL, with anything glued after it cut off.
    public static func standaloneURL(_ line: String) -> String? {
        // The URL opens the line, after a label and "(" at most: its first byte is one of these
        // (no other character lower-cases to "h" or "w"). Most last paragraphs are text.
        guard let first = line.utf8.first else { return nil }
        let lower = first | 0x20
        guard lower == 0x68 || lower == 0x77 || first == 0x28
            || standaloneLabels.contains(where: { line.utf8.starts(with: $0.utf8) }) else { return nil }
        var text = Substring(line)
        for label in standaloneLabels where text.hasPrefix(label) {
            text = text.dropFirst(label.count).drop(while: { $0 == " " })
        }
        if text.hasPrefix("(") { text = text.dropFirst() }
        let head = text.prefix(8).lowercased()
        guard head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www.") else { return nil }
        let url = leadingURL(String(text))
        let rest = text.dropFirst(url.count).trimmedSpaces
        // A line that goes on with real text after the URL is a paragraph quoting a link.
        guard rest.count <= 3 else { return nil }
        return url
    }

    /// Labels written before a link line, in the order they are taken off.
    private static let standaloneLabels = ["Nguồn:", "Nguồn", "Link:", "Link bài viết:", "Theo"]

    /// The URL at the start of `text`: ASCII URL characters, cut where following words are glued on.
    public static func leadingURL(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            guard scalar.isASCII, scalar.value > 0x20, !"<>\"{}|\\^`".unicodeScalars.contains(scalar) else { break }
            scalars.append(scalar)
        }
        var url = String(String.UnicodeScalarView(scalars))
        while let last = url.last, ".,;:)]".contains(last) { url.removeLast() }
        // "…/213010-nhieu-giai-phapTheo": a capitalised word glued to a lower-case path.
        let characters = Array(url)
        if let slash = characters.lastIndex(of: "/") {
            var i = characters.count - 1
            while i > slash + 1 {
                // Not the hex digits of a percent escape ("%0A", "%2F"): those are the URL's own.
                let escaped = i >= 2 && characters[i - 2] == "%"
                if !escaped, characters[i].isUppercase, characters[i - 1].isLowercase || characters[i - 1].isNumber {
                    let tail = characters[i...]
                    if !tail.contains(where: { "/.-_=?&".contains($0) }) {
                        return String(characters[..<i])
                    }
                }
                i -= 1
            }
            // A known page suffix ends the URL: ".htmlXem" → ".html".
            let lower = url.lowercased()
            for suffix in [".html", ".htm", ".aspx", ".php", ".shtml", ".chn", ".vnp"] {
                if let range = lower.range(of: suffix, options: .backwards) {
                    let end = lower.distance(from: lower.startIndex, to: range.upperBound)
                    // Ending with the suffix: nothing is glued on (".html" is not ".htm" + "l").
                    if end == characters.count { break }
                    if characters[end].isLetter { return String(characters[..<end]) }
                }
            }
        }
        return url
    }

    /// "http://baolaocai.vn/bai-viet/…" → "baolaocai.vn".
    public static func host(of url: String) -> String? {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
        var name = host.lowercased()
        if name.hasPrefix("www.") { name.removeFirst(4) }
        return name.isEmpty ? nil : name
    }
}
