/// Turns the text of one file into an `Article` (SPEC section 1).
public enum ArticleParser {
    public static func parse(text: String, path: String) -> Article {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return Article(path: path, title: lines.first, blocks: lines.dropFirst().map { Block(kind: .paragraph, text: $0) })
    }
}
