import BaoText

/// Short excerpts of an article body for lists: the sentence around a citation, the snippet
/// around a search match. Excerpts are single-line, white space folded, control characters gone.
public enum TextWindow {
    /// The sentence containing the text at `offset` (Unicode scalars into `body`), at most
    /// about `limit` characters, cut at word boundaries around the offset when longer.
    public static func sentence(in body: String, scalarOffset offset: Int, length: Int = 0, limit: Int = 320) -> String {
        sentence(in: Array(body.unicodeScalars), scalarOffset: offset, length: length, limit: limit)
    }

    /// `sentence(in:scalarOffset:length:limit:)` over the body's scalars, for many citations of one body.
    public static func sentence(in scalars: [Unicode.Scalar], scalarOffset offset: Int, length: Int = 0, limit: Int = 320) -> String {
        guard !scalars.isEmpty else { return "" }
        let start = min(max(0, offset), scalars.count - 1)
        let end = min(scalars.count, max(start, start &+ max(0, length)))
        // A sentence longer than `limit` is cut to a window below, so the scans stop just past
        // `limit`: the result is the same, and a long paragraph with thousands of citations and no
        // full stop costs linear time, not quadratic.
        let floor = max(0, start - limit - 1)
        let ceiling = min(scalars.count, end + limit + 1)
        var lower = start
        while lower > floor {
            let previous = scalars[lower - 1]
            if previous == "\n" { break }
            if isTerminator(previous), !isDigit(scalars[lower]) { break }
            lower -= 1
        }
        var upper = end
        while upper < ceiling {
            let current = scalars[upper]
            if current == "\n" { break }
            upper += 1
            if isTerminator(current), upper >= scalars.count || !isDigit(scalars[upper]) { break }
        }
        if upper - lower > limit {
            // Too long: keep a window around the offset, cut at spaces.
            let from = max(lower, start - limit / 3)
            let to = min(upper, from + limit)
            if from > lower {
                lower = from
                while lower < start, scalars[lower - 1] != " " { lower += 1 }
            }
            if to < upper {
                upper = to
                while upper > end, scalars[upper] != " " { upper -= 1 }
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        var text = clean(String(view))
        if lower > 0 && !isTerminator(scalars[lower - 1]) && scalars[lower - 1] != "\n" { text = "…" + text }
        if upper < scalars.count && !isTerminator(scalars[upper - 1]) { text += "…" }
        return text
    }

    /// About `words` words of `text` around the first word matching a term of `query`, or the
    /// opening words when nothing matches (a match in the title only, or a filter-only query).
    /// With a `highlight`, the snippet is centred on its first match (a query's phrase rather
    /// than its first syllable found alone).
    ///
    public static func snippet(in text: String, query: SearchQuery, highlight: SearchHighlight? = nil, words: Int = 24) -> String {
        snippet(in: text, query: query, highlight: highlight, words: words, lazily: true)
    }

    /// `snippet`. A search makes one of every hit's whole body: when the body is made of scalars
    /// that are clusters of their own (`isSimple`) and the highlight finds its match, only the
    /// words up to the end of the window are split. `lazily: false` splits every word first, as
    /// other text needs; both give the same snippet.
    static func snippet(in text: String, query: SearchQuery, highlight: SearchHighlight?, words: Int, lazily: Bool) -> String {
        if lazily, let highlight, isSimple(text), let start = highlight.firstMatch(inSimple: text) {
            // The first word that ends after the match's start holds it; the window then needs
            // `words` words from a third of them before it, and one more to know that it is cut.
            var opening: [Substring] = []
            var lower: Int?
            forEachWord(inSimple: text) { word in
                opening.append(word)
                if lower == nil, word.endIndex > start { lower = max(0, opening.count - 1 - words / 3) }
                return lower.map { opening.count <= $0 + words } ?? true
            }
            if let lower { return window(opening, lower: lower, words: words) }
        }
        let original = splitWords(text)
        guard !original.isEmpty else { return "" }
        let positive = query.terms.filter { !$0.negated }
        var hit: Int?
        if let start = highlight?.firstMatch(in: text) {
            // The first word that ends after the match's start holds it.
            let low = original.partitionPoint { $0.endIndex > start }
            if low < original.count { hit = low }
        }
        // Fold once, then look at the canonical marked form only of words whose folded form fits.
        let foldedWords = hit == nil && !positive.isEmpty ? splitWords(SearchText.folded(text)) : []
        if hit == nil, !positive.isEmpty, foldedWords.count == original.count {
            let firsts = positive.map { term in term.tokens.first.map { term.marked ? SearchText.folded($0) : $0 } ?? "" }
            search: for (index, word) in foldedWords.enumerated() {
                for (term, first) in zip(positive, firsts) where !first.isEmpty && word.contains(first) {
                    let form = term.marked ? SearchText.canonical(String(original[index])) : String(word)
                    if matches(form, term) {
                        hit = index
                        break search
                    }
                }
            }
        }
        let center = hit ?? 0
        let lower = hit == nil ? 0 : max(0, center - words / 3)
        return window(original, lower: lower, words: words)
    }

    /// The snippet of `words` words of `original` from `lower`, marked "…" where it is cut:
    /// `original` holds the text's words up to at least one past the window, or all of them.
    private static func window(_ original: [Substring], lower: Int, words: Int) -> String {
        let upper = min(original.count, lower + words)
        var text = clean(original[lower..<upper].joined(separator: " "))
        if lower > 0 { text = "…" + text }
        if upper < original.count { text += "…" }
        return text
    }

    /// True when every scalar of `text` is a grapheme cluster of its own (`isOwnCluster`): its
    /// words can then be read scalar by scalar.
    static func isSimple(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isOwnCluster)
    }

    /// The words of `text` exactly as `text.split(whereSeparator: { $0.isWhitespace })` gives them.
    ///
    /// Splitting by `Character` breaks the whole body into grapheme clusters, which made snippets
    /// most of a search's time. When every scalar of the text is a cluster of its own (Latin and
    /// Vietnamese letters, common punctuation: what article bodies are made of), a scalar scan
    /// finds the same words; other text takes the `Character` path.
    static func splitWords(_ text: String) -> [Substring] {
        guard isSimple(text) else { return text.split(whereSeparator: { $0.isWhitespace }) }
        var words: [Substring] = []
        forEachWord(inSimple: text) { word in
            words.append(word)
            return true
        }
        return words
    }

    /// Hands the white-space separated words of a simple text (`isSimple`) to `body` in order,
    /// until it returns false.
    static func forEachWord(inSimple text: String, _ body: (Substring) -> Bool) {
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            let isSpace = value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : scalars[index].properties.isWhitespace
            if isSpace {
                if let first = start {
                    guard body(text[first..<index]) else { return }
                    start = nil
                }
            } else if start == nil {
                start = index
            }
            scalars.formIndex(after: &index)
        }
        if let first = start { _ = body(text[first..<scalars.endIndex]) }
    }

    /// True for scalars that never join a neighbour in a grapheme cluster (CR LF aside, which
    /// both split on): below the combining marks, Latin Extended Additional (Vietnamese letters),
    /// spaces, dashes, quotes and bullets of General Punctuation, and currency signs.
    private static func isOwnCluster(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x1E00..<0x1F00, 0x2000..<0x200B, 0x2010..<0x2028, 0x2030..<0x205F, 0x20A0..<0x20C0: return true
        default: return false
        }
    }

    /// One line of display-safe text: control and format characters dropped, white space folded.
    public static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // ASCII without the property lookups: white space is \t…\r and space, the other C0
            // codes and DEL are controls.
            if scalar.value < 0x80 {
                let value = scalar.value
                if value == 0x20 || (0x09...0x0D).contains(value) {
                    pendingSpace = !out.isEmpty
                } else if value >= 0x21 && value != 0x7F {
                    if pendingSpace { out.append(" "); pendingSpace = false }
                    out.append(scalar)
                }
                continue
            }
            let category = scalar.properties.generalCategory
            if scalar.properties.isWhitespace || category == .lineSeparator || category == .paragraphSeparator {
                pendingSpace = !out.isEmpty
                continue
            }
            if category == .control || category == .format || category == .privateUse || category == .surrogate || category == .unassigned {
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }

    private static func matches(_ word: String, _ term: SearchQuery.Term) -> Bool {
        guard let first = term.tokens.first, word.contains(first) else { return false }
        let tokens = SearchText.tokens(word)
        if term.tokens.count == 1 {
            return tokens.contains { term.prefix ? $0.hasPrefix(first) : $0 == first }
        }
        return tokens.contains(first)
    }

    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == ";"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
