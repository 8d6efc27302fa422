import BaoArticle
import BaoEntities

/// The store of a corpus with nothing in it: what the browser shows its welcome page over when
/// there is no article to read yet. Every question has an empty answer; nothing is kept.
public final class EmptyCorpus: CorpusStore {
    public init() {}

    public func articles(matching filter: ArticleFilter) throws -> [ArticleSummary] { [] }
    public func search(_ query: String, limit: Int) throws -> [SearchHit] { [] }
    public func provinceCounts(merged: Bool) throws -> [ProvinceCount] { [] }
    public func documents() throws -> [DocumentSummary] { [] }
    public func document(_ keyOrID: String) throws -> DocumentDetail? { nil }
    public func article(id: Int64) throws -> (article: Article, entities: ArticleEntities)? { nil }
    public func setRead(id: Int64, _ read: Bool) throws {}
}
