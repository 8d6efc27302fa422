/// Word wrapping by display width: the one line breaker of the printed article, the reader and
/// the browser's plain-text rows.
public enum TextWrapper {
    /// Character ranges of the lines of `characters` wrapped at `width` columns.
    ///
    /// A line ends at the last space that lets its words fit; spaces at the break are dropped, other
    /// spaces are kept as they are. A word wider than a line is cut between grapheme clusters, and a
    /// character wider than a line still goes out on a line of its own. Callers that keep styles or
    /// offsets per character (the reader) work on the ranges; `wrap` and `lines` make strings of them.
    ///
    /// With `breakSpaceFits` (the browser's rule, which its screens are drawn with) the space a
    /// line breaks at must fit on the line too, so a word followed by another never ends on the
    /// last column; without it (printing) the line takes every word that fits.
    public static func lineRanges(_ characters: [Character], width: Int, breakSpaceFits: Bool = false) -> [Range<Int>] {
        let width = max(1, width)
        let count = characters.count
        var ranges: [Range<Int>] = []
        var start = 0
        while start < count {
            var end = start
            var used = 0
            var lastBreak: Int?
            while end < count {
                let w = DisplayWidth.of(characters[end])
                if used &+ w > width {
                    // A word ending on the last column keeps its line: the space after it is the break.
                    if !breakSpaceFits, end > start, characters[end] == " ", characters[end - 1] != " " { lastBreak = end }
                    break
                }
                used &+= w
                if characters[end] == " " { lastBreak = end }
                end += 1
            }
            if end < count, let b = lastBreak, b > start { end = b }
            if end == start { end = start + 1 }
            ranges.append(start..<end)
            start = end
            while start < count && characters[start] == " " { start += 1 }
        }
        return ranges
    }

    /// The browser's lines of `text` at `width` columns (`breakSpaceFits`), spaces kept as
    /// written; no line for empty text.
    public static func lines(_ text: String, width: Int) -> [String] {
        let characters = Array(text)
        return lineRanges(characters, width: width, breakSpaceFits: true).map { String(characters[$0]) }
    }

    /// Lines of at most `width` columns for printing. Words wrap at spaces, runs of spaces become
    /// one; a word wider than a line is cut between grapheme clusters. Line breaks in `text` are
    /// kept (an empty paragraph gives an empty line). `indent` starts every line.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let room = max(1, width - DisplayWidth.of(indent))
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(separator: " ", omittingEmptySubsequences: true)
            let characters = Array(words.joined(separator: " "))
            let ranges = lineRanges(characters, width: room)
            if ranges.isEmpty { lines.append(indent); continue }
            for range in ranges { lines.append(indent + String(characters[range])) }
        }
        return lines
    }
}
