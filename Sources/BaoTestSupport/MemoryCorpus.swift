import BaoArticle
import BaoEntities
import BaoStore
import BaoText
import Foundation

/// A corpus held in memory, built from parsed articles: a test double of the index for the
/// browser's tests. Same answers as the index for the browser's questions, computed by scanning.
public final class MemoryCorpus: CorpusStore {
    struct Entry {
        var summary: ArticleSummary
        var article: Article
        var entities: ArticleEntities
        var foldedText: String
    }

    private var entries: [Entry]

    /// Builds the corpus from parsed articles; ids follow the given order, from 1.
    public init(articles: [(Article, ArticleEntities)]) {
        entries = articles.enumerated().map { i, pair in
            let (article, entities) = pair
            let summary = ArticleSummary(id: Int64(i + 1), path: article.path, title: article.title ?? "(không có tiêu đề)",
                                         published: article.published?.iso, primaryProvince: entities.primaryProvince,
                                         publishedInferred: article.published?.yearInferred ?? false)
            return Entry(summary: summary, article: article, entities: entities,
                         foldedText: Folding.fold((article.title ?? "") + "\n" + article.bodyText))
        }
    }

    /// Loads and extracts every article file under `paths`; files that fail are returned as errors.
    /// The entities keep the extractors' ranges (`NameRanges`), as the index gives them.
    public static func load(paths: [String]) -> (MemoryCorpus, [LoadError]) {
        let (files, errors) = ArticleLoader.files(in: paths)
        var problems = errors
        var articles: [(Article, ArticleEntities)] = []
        for file in files {
            do {
                let article = try ArticleLoader.load(path: file)
                articles.append((article, EntityExtractor.extract(from: article)))
            } catch {
                problems.append(error)
            }
        }
        return (MemoryCorpus(articles: articles), problems)
    }

    public func articles(matching filter: ArticleFilter) throws -> [ArticleSummary] {
        entries.filter { matches($0, filter) }.map(\.summary).sorted(by: Self.newestFirst)
    }

    static func newestFirst(_ a: ArticleSummary, _ b: ArticleSummary) -> Bool {
        let da = a.published ?? "", db = b.published ?? ""
        return da != db ? da > db : a.path < b.path
    }

    func matches(_ entry: Entry, _ filter: ArticleFilter) -> Bool {
        if let province = filter.province, let era = filter.provinceEra {
            // As the index: the primary province, of one era.
            let wanted = Folding.fold(province)
            guard let primary = entry.entities.primaryProvince else { return false }
            let post = entry.entities.provinces.first(where: { $0.name == primary })?.postMerger ?? primary
            let later = era == .before2025 && (entry.summary.published ?? "") >= MapEra.changeover
                ? Gazetteer.laterUnit(ofFilter: province) : nil
            if Folding.fold(era == .before2025 ? primary : post) != wanted, later == nil || post != later { return false }
        } else if let province = filter.province {
            let wanted = Folding.fold(province)
            var hit = entry.entities.provinces.contains { Folding.fold($0.name) == wanted || Folding.fold($0.postMerger) == wanted }
                || entry.entities.primaryProvince.map { Folding.fold($0) == wanted } == true
            // From 1 July 2025 a province merged into another unit is that unit (see CorpusIndex).
            if !hit, let later = Gazetteer.laterUnit(ofFilter: province), (entry.summary.published ?? "") >= MapEra.changeover {
                hit = entry.entities.provinces.contains { $0.postMerger == later }
            }
            if !hit { return false }
        }
        if let cites = filter.cites {
            let wanted = cites.uppercased()
            if !entry.entities.documents.contains(where: { $0.id.uppercased() == wanted || $0.key.uppercased() == wanted }) { return false }
        }
        if let query = filter.query {
            // The paper facet, as the index reads it: part of the source or of the URL.
            if let source = (try? SearchQuery.parse(query))?.source?.lowercased(),
               !(entry.article.source ?? "").lowercased().contains(source), !(entry.article.url ?? "").lowercased().contains(source) {
                return false
            }
            for word in Self.words(query) where !word.hasPrefix("source:") && !entry.foldedText.contains(word) { return false }
        }
        return true
    }

    static func words(_ query: String) -> [String] {
        Folding.fold(query).replacingOccurrences(of: "\"", with: " ").split(separator: " ").map(String.init)
    }

    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        let filter = ArticleFilter(query: query)
        return entries.filter { matches($0, filter) }.prefix(max(0, limit)).map {
            SearchHit(article: $0.summary, score: 1, snippet: String($0.article.bodyText.prefix(120)))
        }
    }

    public func provinceCounts(merged: Bool) throws -> [ProvinceCount] {
        // As the index: articles per primary province.
        var counts: [String: (Int, String)] = [:]
        for entry in entries {
            guard let primary = entry.entities.primaryProvince else { continue }
            let post = entry.entities.provinces.first(where: { $0.name == primary })?.postMerger ?? primary
            let name = merged ? post : primary
            counts[name, default: (0, post)].0 += 1
        }
        let sorted = counts.map { ProvinceCount(name: $0.key, count: $0.value.0, postMerger: $0.value.1) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        guard !merged else { return sorted }
        var later: [String: Int] = [:]
        for entry in entries where (entry.summary.published ?? "") >= MapEra.changeover {
            guard let primary = entry.entities.primaryProvince else { continue }
            later[entry.entities.provinces.first(where: { $0.name == primary })?.postMerger ?? primary, default: 0] += 1
        }
        return ProvinceCount.addingLaterUnits(sorted, later)
    }

    public func documents() throws -> [DocumentSummary] {
        var byKey: [String: (DocumentCitation, Int)] = [:]
        for entry in entries {
            for d in entry.entities.documents {
                byKey[d.key, default: (d, 0)].1 += 1
            }
        }
        return byKey.values.map { Self.summary($0.0, count: $0.1) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }

    static func summary(_ d: DocumentCitation, count: Int) -> DocumentSummary {
        DocumentSummary(key: d.key, id: d.id, type: d.type, issuer: d.issuer, term: d.term, scope: d.scope,
                        date: d.date, title: d.title, count: count)
    }

    public func document(_ keyOrID: String) throws -> DocumentDetail? {
        let wanted = keyOrID.uppercased()
        var citations: [Citation] = []
        var found: DocumentCitation?
        var count = 0
        var together: [String: (DocumentCitation, Int)] = [:]
        for entry in entries.sorted(by: { Self.newestFirst($0.summary, $1.summary) }) {
            guard let d = entry.entities.documents.first(where: { $0.key.uppercased() == wanted })
                    ?? entry.entities.documents.first(where: { $0.id.uppercased() == wanted }) else { continue }
            if found == nil { found = d }
            if found?.key != d.key { continue }
            count += 1
            // One citation per mention, as the index keeps them.
            for mention in d.mentions.isEmpty ? [Mention(text: d.id, offset: 0)] : d.mentions.sorted(by: { $0.offset < $1.offset }) {
                // The sentence as the index keeps it.
                let sentence = TextWindow.sentence(in: entry.article.bodyText, scalarOffset: mention.offset,
                                                   length: mention.text.unicodeScalars.count)
                citations.append(Citation(article: entry.summary, sentence: sentence, mention: mention))
            }
            for other in entry.entities.documents where other.key != d.key {
                together[other.key, default: (other, 0)].1 += 1
            }
        }
        guard let found else { return nil }
        let citedWith = together.values.map { Self.summary($0.0, count: $0.1) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
        return DocumentDetail(document: Self.summary(found, count: count), citations: citations,
                              citedWith: Array(citedWith.prefix(10)), possiblySame: [])
    }

    public func article(id: Int64) throws -> (article: Article, entities: ArticleEntities)? {
        guard let entry = entries.first(where: { $0.summary.id == id }) else { return nil }
        return (entry.article, entry.entities)
    }

    private var bookmarked: [Int64] = []
    private var position: ReadingPosition?

    public func setBookmarked(id: Int64, _ on: Bool) throws {
        bookmarked.removeAll { $0 == id }
        if on { bookmarked.insert(id, at: 0) }
    }

    public func bookmarks() throws -> [ArticleSummary] {
        bookmarked.compactMap { id in entries.first(where: { $0.summary.id == id })?.summary }
    }

    public func lastPosition() throws -> ReadingPosition? { position }

    public func saveLastPosition(_ position: ReadingPosition?) throws { self.position = position }

    public func setRead(id: Int64, _ read: Bool) throws {
        if let i = entries.firstIndex(where: { $0.summary.id == id }) { entries[i].summary.isRead = read }
    }
}
