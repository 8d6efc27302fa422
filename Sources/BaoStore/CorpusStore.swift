import BaoArticle
import BaoEntities

/// What a front end asks of a corpus. `CorpusIndex` (SQLite) is the implementation; the browser
/// and the command line only talk to this protocol.
public protocol CorpusStore: AnyObject {
    /// Articles matching the filter, newest first (best match first for a query not `byDate`).
    func articles(matching filter: ArticleFilter) throws -> [ArticleSummary]
    /// The same list as `articles(matching:)`, as ids and read marks only: what the browser
    /// loads whole, fetching the summaries of the rows it shows with `summaries(ids:)`.
    func listing(matching filter: ArticleFilter) throws -> ArticleListing
    /// The summaries of these articles, in the order given; an id no longer indexed is left out.
    func summaries(ids: [Int64]) throws -> [ArticleSummary]
    /// Full-text search (SPEC section 2 folding; see `SearchQuery` for the syntax), best first.
    func search(_ query: String, limit: Int) throws -> [SearchHit]
    /// Article counts per province: pre-2025 units, or post-merger units when `merged`.
    func provinceCounts(merged: Bool) throws -> [ProvinceCount]
    /// Every cited document with its citation count, most cited first.
    func documents() throws -> [DocumentSummary]
    /// One document by key or id: its identity, the articles citing it, documents cited with it.
    func document(_ keyOrID: String) throws -> DocumentDetail?
    /// The parsed article and its entities, for the reader.
    func article(id: Int64) throws -> (article: Article, entities: ArticleEntities)?
    /// Read marks: user state that a re-index never drops.
    func setRead(id: Int64, _ read: Bool) throws
    /// Bookmarks: user state that a re-index never drops.
    func setBookmarked(id: Int64, _ bookmarked: Bool) throws
    /// Bookmarked articles, most recent first.
    func bookmarks() throws -> [ArticleSummary]
    /// Records that the article was opened (history: user state that a re-index never drops).
    func recordVisit(id: Int64) throws
    /// Recently opened articles, most recent first, each once.
    func history(limit: Int) throws -> [ArticleSummary]
    /// Articles sharing cited documents with this one, most shared first.
    func articlesSharingDocuments(with id: Int64, limit: Int) throws -> [SharedDocuments]
    /// Where the reader was when the browser last closed on this corpus (user state), if that
    /// article is still indexed.
    func lastPosition() throws -> ReadingPosition?
    /// Saves where the reader is (nil: nowhere to reopen), for the next start.
    func saveLastPosition(_ position: ReadingPosition?) throws
}

/// Defaults so that simple stores (test doubles) need not page, keep user state or a graph.
public extension CorpusStore {
    func listing(matching filter: ArticleFilter) throws -> ArticleListing {
        ArticleListing(try articles(matching: filter))
    }
    func summaries(ids: [Int64]) throws -> [ArticleSummary] {
        var byID: [Int64: ArticleSummary] = [:]
        for summary in try articles(matching: ArticleFilter()) { byID[summary.id] = summary }
        return ids.compactMap { byID[$0] }
    }
    func setBookmarked(id: Int64, _ bookmarked: Bool) throws {}
    func bookmarks() throws -> [ArticleSummary] { [] }
    func recordVisit(id: Int64) throws {}
    func history(limit: Int) throws -> [ArticleSummary] { [] }
    func articlesSharingDocuments(with id: Int64, limit: Int) throws -> [SharedDocuments] { [] }
    func lastPosition() throws -> ReadingPosition? { nil }
    func saveLastPosition(_ position: ReadingPosition?) throws {}
}

/// An open article and where in it the reader was.
public struct ReadingPosition: Sendable, Equatable, Codable {
    public var articleID: Int64
    /// The reader's first shown line, at the width it was read at.
    public var scroll: Int
    /// The selected link, if any.
    public var selectedLink: Int?
    /// The first shown character in the article, which holds at any width; nil in positions
    /// saved before it was kept (the line index is used then).
    public var anchor: TextAnchor?

    public init(articleID: Int64, scroll: Int, selectedLink: Int? = nil, anchor: TextAnchor? = nil) {
        self.articleID = articleID
        self.scroll = scroll
        self.selectedLink = selectedLink
        self.anchor = anchor
    }
}

/// A place in an article's text independent of the width it is wrapped at: a paragraph of the
/// reader (title and metadata lines included, in order) and a character offset in it.
public struct TextAnchor: Sendable, Equatable, Codable {
    public var paragraph: Int
    public var offset: Int

    public init(paragraph: Int, offset: Int) {
        self.paragraph = paragraph
        self.offset = offset
    }
}

/// Another article citing some of the same documents, with the keys they share.
public struct SharedDocuments: Sendable, Equatable, Codable {
    public var article: ArticleSummary
    public var documentKeys: [String]

    public init(article: ArticleSummary, documentKeys: [String]) {
        self.article = article
        self.documentKeys = documentKeys
    }
}

/// Narrows the article list. Every field set must hold.
public struct ArticleFilter: Sendable, Equatable, Codable {
    /// A province by name, pre- or post-2025 unit, accents optional ("can tho", "Cà Mau").
    public var province: String?
    /// A document id or key the article must cite.
    public var cites: String?
    /// A search query (same syntax as `search`).
    public var query: String?
    /// Which units `province` names; nil takes a post-2025 unit's name as the whole unit and any
    /// other name as its pre-2025 province (`Gazetteer.provincesCovered(byFilter:)`).
    public var provinceEra: ProvinceEra?
    /// With a query: newest first instead of best match first.
    public var byDate: Bool

    public init(province: String? = nil, cites: String? = nil, query: String? = nil, provinceEra: ProvinceEra? = nil,
                byDate: Bool = false) {
        self.province = province
        self.cites = cites
        self.query = query
        self.provinceEra = provinceEra
        self.byDate = byDate
    }

    public var isEmpty: Bool { province == nil && cites == nil && query == nil }
}

/// The province units a filter speaks of: the 63 before 1 July 2025, or the 34 since.
public enum ProvinceEra: String, Sendable, Equatable, Codable {
    /// The article's primary province is this pre-2025 province.
    case before2025
    /// The article's primary province is this post-2025 unit or one merged into it.
    case since2025
}

/// One line of the article list.
public struct ArticleSummary: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var path: String
    public var title: String
    /// ISO 8601 date or date-time.
    public var published: String?
    public var primaryProvince: String?
    public var isRead: Bool
    /// The year of `published` was inferred (the text gave day and month only).
    public var publishedInferred: Bool
    /// In a list searched for several syllables in a row: how close they were found.
    public var match: SearchPlan.Proximity?

    /// The day as lists show it, marked when its year was inferred (`PublishedDate.day`).
    public var day: String { PublishedDate.day(iso: published, inferred: publishedInferred) }

    public init(id: Int64, path: String, title: String, published: String?, primaryProvince: String?, isRead: Bool = false,
                publishedInferred: Bool = false, match: SearchPlan.Proximity? = nil) {
        self.publishedInferred = publishedInferred
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.primaryProvince = primaryProvince
        self.isRead = isRead
        self.match = match
    }
}

public struct SearchHit: Sendable, Equatable, Codable {
    public var article: ArticleSummary
    /// BM25 within the hit's ranking tier (`SearchPlan`): larger is better.
    public var score: Double
    /// Text around the best match, normalised, with no control characters.
    public var snippet: String
    /// How close the query's syllables were found, for a query of several syllables in a row.
    public var proximity: SearchPlan.Proximity?
    /// Every term was found in the title or lead.
    public var inHead: Bool

    public init(article: ArticleSummary, score: Double, snippet: String, proximity: SearchPlan.Proximity? = nil, inHead: Bool = false) {
        self.article = article
        self.score = score
        self.snippet = snippet
        self.proximity = proximity
        self.inHead = inHead
    }
}

public struct ProvinceCount: Sendable, Equatable, Codable {
    /// Pre-2025 `counts` with, for each province merged into a unit of another name, the number of
    /// articles of that unit since 1 July 2025 (`later`, by unit) added; sorted as the index sorts.
    public static func addingLaterUnits(_ counts: [ProvinceCount], _ later: [String: Int]) -> [ProvinceCount] {
        guard !later.isEmpty else { return counts }
        return counts.map { count in
            var count = count
            if let unit = Gazetteer.laterUnit(ofFilter: count.name), let n = later[unit] { count.count += n }
            return count
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    public var name: String
    public var count: Int
    public var postMerger: String

    public init(name: String, count: Int, postMerger: String) {
        self.name = name
        self.count = count
        self.postMerger = postMerger
    }
}

public struct DocumentSummary: Sendable, Equatable, Codable {
    public var key: String
    public var id: String
    public var type: String
    public var issuer: String?
    public var term: String?
    public var scope: String?
    public var date: String?
    public var title: String?
    /// How many articles cite it.
    public var count: Int

    public init(key: String, id: String, type: String, issuer: String? = nil, term: String? = nil,
                scope: String? = nil, date: String? = nil, title: String? = nil, count: Int) {
        self.key = key
        self.id = id
        self.type = type
        self.issuer = issuer
        self.term = term
        self.scope = scope
        self.date = date
        self.title = title
        self.count = count
    }
}

/// An article citing a document, with the sentence around the citation.
public struct Citation: Sendable, Equatable, Codable {
    public var article: ArticleSummary
    public var sentence: String
    public var mention: Mention

    public init(article: ArticleSummary, sentence: String, mention: Mention) {
        self.article = article
        self.sentence = sentence
        self.mention = mention
    }
}

public struct DocumentDetail: Sendable, Equatable, Codable {
    public var document: DocumentSummary
    public var citations: [Citation]
    /// Documents most often cited in the same articles, most first; their `count` is the number
    /// of articles citing both.
    public var citedWith: [DocumentSummary]
    /// Documents with the same id whose key differs only by an unknown qualifier.
    public var possiblySame: [DocumentSummary]

    public init(document: DocumentSummary, citations: [Citation], citedWith: [DocumentSummary], possiblySame: [DocumentSummary]) {
        self.document = document
        self.citations = citations
        self.citedWith = citedWith
        self.possiblySame = possiblySame
    }
}
