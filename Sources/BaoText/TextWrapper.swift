/// Word wrapping by display width, for printing articles in a terminal.
public enum TextWrapper {
    /// Lines of at most `width` columns. Words wrap at spaces; a word wider than a line is cut
    /// between grapheme clusters. Line breaks in `text` are kept. `indent` starts every line.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let indentWidth = DisplayWidth.of(indent)
        let room = max(1, width - indentWidth)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var piece = String(word)
                var pieceWidth = DisplayWidth.of(piece)
                if lineWidth > 0 && lineWidth + 1 + pieceWidth <= room {
                    line += " " + piece
                    lineWidth += 1 + pieceWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(indent + line)
                    line = ""
                    lineWidth = 0
                }
                if pieceWidth > room {
                    // One pass over the clusters: copying and re-measuring the rest of the word
                    // per output line made a megabyte-long word take minutes.
                    var head = ""
                    var headWidth = 0
                    for character in word {
                        let w = DisplayWidth.of(character)
                        if !head.isEmpty && headWidth &+ w > room {
                            lines.append(indent + head)
                            head = ""
                            headWidth = 0
                        }
                        head.append(character)
                        headWidth &+= w
                    }
                    piece = head
                    pieceWidth = headWidth
                }
                line = piece
                lineWidth = pieceWidth
            }
            lines.append(indent + line)
        }
        return lines
    }
}
