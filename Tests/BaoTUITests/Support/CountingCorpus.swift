import BaoCore
@testable import BaoTUI

/// A store of many articles that pages as the index does and counts every row it is asked
/// for: a test fails when the browser loads a whole list instead of the rows it shows.
final class CountingCorpus: CorpusStore {
    let size: Int
    /// Summaries handed out, by `summaries(ids:)` or a whole `articles(matching:)`.
    private(set) var rowsAsked = 0
    /// Whole lists asked for (the browser never needs one).
    private(set) var wholeLists = 0
    private(set) var read: Set<Int64> = []
    /// A search (`:search` or a filter with a query) lists every `searchStep`-th article, the first
    /// half of them holding the query as a phrase.
    let searchStep = 7

    init(size: Int) { self.size = size }

    /// The list is ids 1…size in order; this row's title holds a word no other title holds.
    var rareTitleID: Int64 { Int64(size * 4 / 7) }

    static func title(_ id: Int64, rare: Int64) -> String { id == rare ? "Đặc biệt ở Hòa Bình" : "Tin thứ \(id)" }

    func summary(_ id: Int64) -> ArticleSummary {
        ArticleSummary(id: id, path: "tin-\(id).txt", title: Self.title(id, rare: rareTitleID),
                       published: "2024-01-01", primaryProvince: "Hà Nội", isRead: read.contains(id))
    }

    func listing(matching filter: ArticleFilter) throws -> ArticleListing {
        guard filter.query != nil else { return ArticleListing(ids: (1...Int64(size)).map { $0 }, read: read) }
        let ids = stride(from: Int64(1), through: Int64(size), by: searchStep).map { $0 }
        return ArticleListing(ids: ids, read: read.filter { $0 % Int64(searchStep) == 1 },
                              matches: ids.indices.map { $0 < ids.count / 2 ? .phrase : .near })
    }

    func summaries(ids: [Int64]) throws -> [ArticleSummary] {
        rowsAsked += ids.count
        return ids.filter { (1...Int64(size)).contains($0) }.map(summary)
    }

    func articles(matching filter: ArticleFilter) throws -> [ArticleSummary] {
        wholeLists += 1
        let all = try listing(matching: filter).ids
        rowsAsked += all.count
        return all.map(summary)
    }

    func article(id: Int64) throws -> (article: Article, entities: ArticleEntities)? {
        guard (1...Int64(size)).contains(id) else { return nil }
        return (Article(path: "tin-\(id).txt", title: Self.title(id, rare: rareTitleID),
                        blocks: [Block(kind: .paragraph, text: "Nội dung của tin thứ \(id).")]), ArticleEntities())
    }

    func setRead(id: Int64, _ read: Bool) throws {
        if read { self.read.insert(id) } else { self.read.remove(id) }
    }

    func search(_ query: String, limit: Int) throws -> [SearchHit] { [] }
    func provinceCounts(merged: Bool) throws -> [ProvinceCount] { [] }
    func documents() throws -> [DocumentSummary] { [] }
    func document(_ keyOrID: String) throws -> DocumentDetail? { nil }
}

extension ListState {
    /// The rows fetched so far, in list order: every row of the short lists of the fixtures.
    var items: [ArticleSummary] { (0..<count).compactMap(item(at:)) }
}
