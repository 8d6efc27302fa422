import BaoArticle
import Foundation

/// How an article is kept in `article_content.article_json`: everything but the block texts,
/// which are slices of the stored body, so that the body (most of an article's bytes) is written
/// to the database once instead of twice. `StoredJSON.article` writes it.
struct StoredArticle: Decodable {
    /// The article with every block's text emptied.
    var article: Article
    /// The UTF-8 length of each block's text, in block order. The body is the block texts joined
    /// by a blank line (`Article.bodyText`), so these lengths cut it back into blocks.
    var lengths: [Int]

    /// The article whose JSON `StoredJSON.article` made, its block texts cut out of `body` again.
    static func decode(_ data: Data, body: String, decoder: JSONDecoder) throws -> Article {
        let stored = try decoder.decode(StoredArticle.self, from: data)
        guard stored.lengths.count == stored.article.blocks.count else {
            throw StorageError(cause: .corrupt, message: "a stored article does not match its body: the index is damaged and is rebuilt by the next baoterm index")
        }
        let bytes = Array(body.utf8)
        var article = stored.article
        let starts = Article.blockStarts(lengths: stored.lengths)
        for (index, length) in stored.lengths.enumerated() {
            let start = starts[index]
            let (end, overflow) = start.addingReportingOverflow(length)
            guard length >= 0, start >= 0, !overflow, end <= bytes.count else {
                throw StorageError(cause: .corrupt, message: "a stored article does not match its body: the index is damaged and is rebuilt by the next baoterm index")
            }
            article.blocks[index].text = String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return article
    }
}
