import BaoArticle
import BaoEntities
import BaoStore
import Foundation
import GRDB

/// The SQLite index of one corpus: articles with their entities, an FTS5 search index over
/// folded and canonical text, province facets and the citation graph. It is derived data that
/// baoterm may rebuild at any time; the user's read marks, bookmarks and history live in a
/// `UserState` database of their own.
///
/// Open it with `init(path:)`, bring it up to date with `refresh(roots:)`, then query it through
/// `CorpusStore`. Every stored property is immutable and GRDB's pool is thread-safe.
public final class CorpusIndex: CorpusStore, @unchecked Sendable {
    /// Path of the database file.
    public let path: String
    let pool: IndexPool
    /// The user's read marks, bookmarks and history.
    public let state: UserState
    /// True when the index file or its folder cannot be written: it is read as it is, never refreshed.
    public let isReadOnly: Bool
    /// What the front end should tell the user about this index (read-only, rebuilt).
    public let notes: [IndexNote]
    /// Whether `path` is baoterm's own file, which it may replace when it is not an index.
    let replaceable: Bool
    /// The one-writer lock beside the database.
    public let lock: IndexLock

    /// Opens (creating when missing, migrating when older) the index at `path`, with the user's
    /// state in `state` (by default `$XDG_STATE_HOME/baoterm/state.sqlite`). `replaceable` says
    /// that the path is baoterm's own (the default location in the cache): a file there that is
    /// not an index is replaced instead of refused.
    public init(path: String, state: UserState? = nil, replaceable: Bool = false) throws(StorageError) {
        self.path = path
        let state = state ?? UserState(path: UserState.defaultPath())
        self.state = state
        self.replaceable = replaceable
        lock = IndexLock(indexPath: path)
        do {
            let opened = try Self.open(path: path, state: state, replaceable: replaceable)
            pool = IndexPool(path: path, pool: opened.pool)
            isReadOnly = opened.readOnly
            notes = opened.notes + [state.failure].compactMap { $0 }.map { IndexNote.stateInMemory(reason: $0) }
        } catch {
            throw StorageError(error, path: path, what: .index)
        }
    }

    // MARK: - Articles

    public func articles(matching filter: ArticleFilter) throws -> [ArticleSummary] {
        let (conditions, plan) = try Self.listConditions(filter)
        if let plan {
            let listing = try rankedListing(plan, conditions: conditions, byDate: filter.byDate)
            return try summaries(ids: listing.ids).enumerated().map { i, summary in
                var summary = summary
                summary.match = listing.matches.isEmpty ? nil : listing.matches[i]
                return summary
            }
        }
        let (whereSQL, arguments) = Self.joined(conditions)
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article a
                \(whereSQL)
                ORDER BY \(Self.listOrder)
                """, arguments: StatementArguments(arguments)).map(Self.summary)
        }
    }

    public func listing(matching filter: ArticleFilter) throws -> ArticleListing {
        let (conditions, plan) = try Self.listConditions(filter)
        if let plan { return try rankedListing(plan, conditions: conditions, byDate: filter.byDate) }
        let (whereSQL, arguments) = Self.joined(conditions)
        return try pool.read { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT a.id FROM article a
                \(whereSQL)
                ORDER BY \(Self.listOrder)
                """, arguments: StatementArguments(arguments))
            let read = try readIDs(db)
            return ArticleListing(ids: ids, read: read.isEmpty ? [] : Set(ids.lazy.filter(read.contains)))
        }
    }

    /// The ids of the indexed articles the user has read: the rows of the read marks' paths and
    /// content hashes, found through their indexes, instead of a question per row of a list.
    func readIDs(_ db: Database) throws -> Set<Int64> {
        let marks = state.readMarks()
        var ids = Set<Int64>()
        for (column, values) in [("path", Array(marks.paths)), ("hash", Array(marks.hashes))] {
            try Self.inSlices(values) { slice, marks in
                ids.formUnion(try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE \(column) IN (\(marks))", arguments: StatementArguments(slice)))
            }
        }
        return ids
    }

    /// Calls `body` with `values` a statement's worth at a time (SQLite bounds the parameters of
    /// a statement) and the `?, ?, …` list that binds them.
    static func inSlices<Value>(_ values: [Value], _ body: (ArraySlice<Value>, String) throws -> Void) throws {
        for start in stride(from: 0, to: values.count, by: idsPerStatement) {
            let slice = values[start..<min(values.count, start + idsPerStatement)]
            try body(slice, Array(repeating: "?", count: slice.count).joined(separator: ","))
        }
    }

    public func summaries(ids: [Int64]) throws -> [ArticleSummary] {
        guard !ids.isEmpty else { return [] }
        var byID: [Int64: ArticleSummary] = [:]
        byID.reserveCapacity(ids.count)
        try pool.read { db in
            try Self.inSlices(ids) { slice, marks in
                for row in try Row.fetchAll(db, sql: "SELECT \(Self.summaryColumns) FROM article a WHERE a.id IN (\(marks))",
                                            arguments: StatementArguments(slice)) {
                    let summary = Self.summary(row)
                    byID[summary.id] = summary
                }
            }
        }
        return ids.compactMap { byID[$0] }
    }

    /// The order of an article list: newest first, undated last, then by path.
    static let listOrder = "a.published IS NULL, a.published DESC, a.path"
    /// Ids (or paths, hashes) asked for in one statement.
    static let idsPerStatement = 5_000

    /// The SQL conditions of a list's filter, and the search plan of its query when it ranks.
    static func listConditions(_ filter: ArticleFilter) throws -> ([Condition], SearchPlan?) {
        var query = SearchQuery()
        if let text = filter.query { query = try SearchQuery.parse(text) }
        if let province = filter.province, filter.provinceEra == nil { query.province = province }
        if let cites = filter.cites { query.cites = cites }
        var conditions = Self.filterConditions(query)
        if let province = filter.province, let era = filter.provinceEra {
            // The picker's counts are per primary province of one era: the filter matches them.
            let column = era == .before2025 ? "a.primary_key" : "a.primary_post_key"
            if era == .before2025, let later = Gazetteer.laterUnit(ofFilter: province) {
                // From 1 July 2025 the province is part of another unit: its articles are that unit's.
                conditions.append(("(a.primary_key = ? OR (a.published >= ? AND a.primary_post_key = ?))",
                                   [IndexKey.province(province), MapEra.changeover, IndexKey.province(later)]))
            } else {
                conditions.append(("\(column) = ?", [IndexKey.province(province)]))
            }
        }
        if let plan = SearchPlan(query) { return (conditions, plan) }
        if let match = query.ftsExpression {
            conditions.append(("a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)", [match]))
        } else if let excluded = Self.negatedExpression(query) {
            conditions.append(("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)", [excluded]))
        }
        return (conditions, nil)
    }

    public func article(id: Int64) throws -> (article: Article, entities: ArticleEntities)? {
        try pool.read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT body, article_json, entities_json, name_ranges FROM article_content WHERE id = ?",
                arguments: [id]) else { return nil }
            let decoder = JSONDecoder()
            let body: String = row["body"]
            let articleData: Data = row["article_json"]
            let entitiesData: Data = row["entities_json"]
            let rangeData: Data = row["name_ranges"]
            var stored = try decoder.decode(ArticleEntities.self, from: entitiesData)
            stored.names = try PackedNameRanges.unpack(rangeData, people: stored.people.count, provinces: stored.provinces.count,
                                                       documents: stored.documents.count)
            // The stored entities are the article's own reading; the corpus step may have decided more.
            let entities = try Self.withCorpusKeys(stored, article: id, db)
            return (try StoredArticle.decode(articleData, body: body, decoder: decoder), entities)
        }
    }

    /// The id of the article read from `path` (absolute, as indexed), if indexed.
    public func articleID(path: String) throws -> Int64? {
        try pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE path = ?", arguments: [path])
        }
    }

    /// How many articles the index holds.
    public func articleCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    /// How many articles a database holds, read without migrating or writing anything, so that
    /// another process may look while one is indexing. Nil when it cannot be read (yet).
    public static func peekArticleCount(at path: String) -> Int? {
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return nil }
        return try? queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") }
    }

    /// SQLite's and FTS5's own consistency checks; "ok" when the database is sound.
    public func integrityCheck() throws -> String {
        try pool.write { db in
            let result = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES('integrity-check')")
            return result
        }
    }

    // MARK: - Search

    public func search(_ text: String, limit: Int) throws -> [SearchHit] {
        let query = try SearchQuery.parse(text)
        guard !query.isEmpty else {
            throw SearchQueryError(.empty)
        }
        let limit = max(0, limit)
        var conditions = Self.filterConditions(query)
        guard query.hasPositiveTerms else {
            if conditions.isEmpty {
                throw SearchQueryError(.exclusionsOnly)
            }
            if let excluded = Self.negatedExpression(query) {
                conditions.append(("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)", [excluded]))
            }
            let (whereSQL, arguments) = Self.joined(conditions)
            // The page's ids first, so that the read state and the opening of the body are read
            // for the page only, not for every article the filters match.
            let order = Self.listOrder
            let rows = try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT \(Self.summaryColumns), (SELECT substr(c.body, 1, 600) FROM article_content c WHERE c.id = a.id) AS body
                    FROM article a WHERE a.id IN (SELECT a.id FROM article a \(whereSQL) ORDER BY \(order) LIMIT ?)
                    ORDER BY \(order)
                    """, arguments: StatementArguments(arguments + [limit]))
            }
            return rows.map { SearchHit(article: Self.summary($0), score: 0, snippet: TextWindow.snippet(in: $0["body"] ?? "", query: query)) }
        }
        guard let parsed = SearchPlan(query) else { return [] }
        let (plan, ranked) = try pool.read { db in
            var plan = parsed
            plan.prefer(readings: try Self.readings(db, plan))
            return (plan, try Self.rank(db, plan, conditions: conditions, limit: limit))
        }
        guard !ranked.isEmpty else { return [] }
        let ids = ranked.map(\.id)
        let rows = try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), c.body FROM article a JOIN article_content c ON c.id = a.id
                WHERE a.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments(ids))
        }
        var byID: [Int64: Row] = [:]
        for row in rows { byID[row["id"]] = row }
        let highlight = SearchHighlight(query)
        return ranked.compactMap { match in
            guard let row = byID[match.id] else { return nil }
            let tier = plan.tiers[match.tier]
            return SearchHit(article: Self.summary(row), score: match.score,
                             snippet: TextWindow.snippet(in: row["body"] ?? "", query: query, highlight: highlight),
                             proximity: plan.hasSequence ? tier.proximity : nil, inHead: tier.head)
        }
    }

    // MARK: - Facets and graph

    public func provinceCounts(merged: Bool) throws -> [ProvinceCount] {
        try pool.read { db in
            let column = merged ? "primary_post_merger" : "primary_province"
            let counts = try Row.fetchAll(db, sql: """
                SELECT \(column) AS name, MIN(primary_post_merger) AS post, COUNT(*) AS n FROM article
                WHERE \(column) IS NOT NULL GROUP BY \(column) ORDER BY n DESC, name
                """).map { row in
                let name: String = row["name"]
                return ProvinceCount(name: name, count: row["n"], postMerger: merged ? name : (row["post"] ?? name))
            }
            guard !merged else { return counts }
            // A province merged into a unit of another name also counts that unit's articles from
            // 1 July 2025, as its filter lists them.
            var later: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT primary_post_merger AS unit, COUNT(*) AS n FROM article
                WHERE published >= ? AND primary_post_merger IS NOT NULL GROUP BY primary_post_merger
                """, arguments: [MapEra.changeover]) {
                later[row["unit"]] = row["n"]
            }
            return ProvinceCount.addingLaterUnits(counts, later)
        }
    }

    public func documents() throws -> [DocumentSummary] {
        try pool.read { db in
            let titles = try Self.agreedTitles(db, key: nil)
            return try Row.fetchAll(db, sql: """
                SELECT d.*, c.n FROM document d
                JOIN (SELECT document_key, COUNT(DISTINCT article_id) AS n FROM citation GROUP BY document_key) c
                  ON c.document_key = d.key
                ORDER BY c.n DESC, d.id, d.key
                """).map { row in
                var summary = Self.documentSummary(row)
                summary.title = titles[summary.key]
                return summary
            }
        }
    }

    /// The title most citing articles agree on, per document key (one key, or all with nil): the
    /// titles are compared folded (case, marks, quotes, a leading "về"); a tie names no title, and
    /// the spelling shown is the one most of the agreeing articles write.
    static func agreedTitles(_ db: Database, key: String?) throws -> [String: String] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT document_key, title, article_id FROM citation
            WHERE title IS NOT NULL \(key == nil ? "" : "AND document_key = ?")
            """, arguments: key.map { [$0] } ?? [])
        // key → folded title → (articles, spellings with their article counts)
        var votes: [String: [String: (articles: Set<Int64>, spellings: [String: Int])]] = [:]
        for row in rows {
            let documentKey: String = row["document_key"]
            let title: String = row["title"]
            let article: Int64 = row["article_id"]
            let folded = DocumentTitle.agreementKey(title)
            guard !folded.isEmpty else { continue }
            var entry = votes[documentKey, default: [:]][folded] ?? (articles: [], spellings: [:])
            entry.articles.insert(article)
            entry.spellings[title, default: 0] += 1
            votes[documentKey, default: [:]][folded] = entry
        }
        var result: [String: String] = [:]
        for (documentKey, candidates) in votes {
            let ranked = candidates.values.sorted { $0.articles.count > $1.articles.count }
            guard let best = ranked.first else { continue }
            if ranked.count > 1, ranked[1].articles.count == best.articles.count { continue }
            result[documentKey] = best.spellings.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
        return result
    }

    public func document(_ keyOrID: String) throws -> DocumentDetail? {
        try pool.read { db in
            guard let key = try Self.resolveDocumentKey(db, keyOrID),
                  let documentRow = try Row.fetchOne(db, sql: """
                    SELECT d.*, (SELECT COUNT(DISTINCT article_id) FROM citation WHERE document_key = d.key) AS n
                    FROM document d WHERE d.key = ?
                    """, arguments: [key]) else { return nil }
            var document = Self.documentSummary(documentRow)
            document.title = try Self.agreedTitles(db, key: key)[key]
            let citations = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), c.sentence, c.mention, c."offset" FROM citation c
                JOIN article a ON a.id = c.article_id
                WHERE c.document_key = ?
                ORDER BY a.published IS NULL, a.published DESC, a.path, c."offset"
                """, arguments: [key]).map { row in
                Citation(article: Self.summary(row), sentence: row["sentence"], mention: Mention(text: row["mention"], offset: row["offset"]))
            }
            // Counted per article citing both, most first: "how often cited together".
            let citedWith = try Row.fetchAll(db, sql: """
                SELECT d.*, t.together AS n
                FROM (SELECT c2.document_key AS key, COUNT(DISTINCT c2.article_id) AS together
                      FROM citation c1 JOIN citation c2 ON c2.article_id = c1.article_id AND c2.document_key <> c1.document_key
                      WHERE c1.document_key = ? GROUP BY c2.document_key) t
                JOIN document d ON d.key = t.key
                ORDER BY t.together DESC, d.id, d.key LIMIT 20
                """, arguments: [key]).map(Self.documentSummary)
            let possiblySame = try Row.fetchAll(db, sql: """
                SELECT d.*, (SELECT COUNT(DISTINCT article_id) FROM citation WHERE document_key = d.key) AS n
                FROM document d WHERE d.id_key = ? AND d.key <> ? AND (d.unknown <> '' OR ? <> '') AND \(Self.isCited)
                ORDER BY n DESC, d.key
                """, arguments: [IndexKey.document(document.id), key, documentRow["unknown"] ?? ""]).map(Self.documentSummary)
            return DocumentDetail(document: document, citations: citations, citedWith: citedWith, possiblySame: possiblySame)
        }
    }

    /// The keys of the documents `text` names: a key (exactly, or without case, marks and leading
    /// zeros) names one document; an id names every document with that symbol (two terms' "21-KL/TW",
    /// or one whose term is unknown), most cited first.
    public func documentKeys(matching text: String) throws -> [String] {
        try pool.read { db in
            if let exact = try String.fetchOne(db, sql: "SELECT key FROM document d WHERE key = ? AND \(Self.isCited)", arguments: [text]) {
                return [exact]
            }
            let loose = IndexKey.document(text)
            let byKey = try String.fetchAll(db, sql: "SELECT key FROM document d WHERE key_key = ? AND \(Self.isCited) ORDER BY key",
                                            arguments: [loose])
            if !byKey.isEmpty { return byKey }
            return try String.fetchAll(db, sql: """
                SELECT d.key FROM document d WHERE d.id_key = ? AND \(Self.isCited)
                ORDER BY (SELECT COUNT(DISTINCT article_id) FROM citation WHERE document_key = d.key) DESC, d.key
                """, arguments: [loose])
        }
    }

    public func articlesSharingDocuments(with id: Int64, limit: Int) throws -> [SharedDocuments] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), t.keys FROM (
                    SELECT c2.article_id AS other, group_concat(DISTINCT c2.document_key) AS keys,
                           COUNT(DISTINCT c2.document_key) AS shared
                    FROM citation c1 JOIN citation c2 ON c2.document_key = c1.document_key AND c2.article_id <> c1.article_id
                    WHERE c1.article_id = ? GROUP BY c2.article_id) t
                JOIN article a ON a.id = t.other
                ORDER BY t.shared DESC, a.published DESC, a.path LIMIT ?
                """, arguments: [id, max(0, limit)]).map { row in
                let keys: String = row["keys"] ?? ""
                return SharedDocuments(article: Self.summary(row), documentKeys: keys.split(separator: ",").map(String.init).sorted())
            }
        }
    }

    // MARK: - SQL helpers

    static let summaryColumns = """
        a.id, a.path, a.title, a.published, a.published_inferred, a.primary_province,
        baoterm_is_read(a.path, a.hash) AS is_read
        """

    static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(id: row["id"], path: row["path"], title: row["title"], published: row["published"],
                       primaryProvince: row["primary_province"], isRead: row["is_read"] ?? false,
                       publishedInferred: row["published_inferred"] ?? false)
    }

    /// SQL condition on `document d`: some citation has its key now. A row whose citations the
    /// corpus step gave another key stays (it may give them back) but names no document.
    static let isCited = "EXISTS (SELECT 1 FROM citation WHERE document_key = d.key)"

    static func documentSummary(_ row: Row) -> DocumentSummary {
        DocumentSummary(key: row["key"], id: row["id"], type: row["type"], issuer: row["issuer"], term: row["term"],
                        scope: row["scope"], date: row["date"], title: row["title"], count: row["n"] ?? 0)
    }

    /// The key of the document named by `text`: a key, else an id (the most cited of its keys).
    static func resolveDocumentKey(_ db: Database, _ text: String) throws -> String? {
        if let exact = try String.fetchOne(db, sql: "SELECT key FROM document d WHERE key = ? AND \(isCited)", arguments: [text]) {
            return exact
        }
        let loose = IndexKey.document(text)
        return try String.fetchOne(db, sql: """
            SELECT d.key FROM document d WHERE (d.key_key = ? OR d.id_key = ?) AND \(isCited)
            ORDER BY d.key_key = ? DESC, (SELECT COUNT(DISTINCT article_id) FROM citation WHERE document_key = d.key) DESC, d.key
            LIMIT 1
            """, arguments: [loose, loose, loose])
    }

    typealias Condition = (sql: String, arguments: [(any DatabaseValueConvertible)?])

    /// SQL conditions on `article a` for the field filters of a query.
    static func filterConditions(_ query: SearchQuery) -> [Condition] {
        var conditions: [Condition] = []
        if let province = query.province {
            let key = IndexKey.province(province)
            if let later = Gazetteer.laterUnit(ofFilter: province) {
                // From 1 July 2025 the province is part of another unit: its articles are that unit's.
                conditions.append(("(a.primary_key = ? OR a.primary_post_key = ? OR (a.published >= ? AND a.primary_post_key = ?))",
                                   [key, key, MapEra.changeover, IndexKey.province(later)]))
            } else {
                conditions.append(("(a.primary_key = ? OR a.primary_post_key = ?)", [key, key]))
            }
        }
        if let cites = query.cites {
            let key = IndexKey.document(cites)
            conditions.append(("""
                a.id IN (SELECT c.article_id FROM citation c WHERE c.document_key = ?
                         OR c.document_key IN (SELECT d.key FROM document d WHERE d.key_key = ? OR d.id_key = ?))
                """, [cites, key, key]))
        }
        if let person = query.person {
            let key = IndexKey.person(person)
            // The names holding the key, then their rows: the names are far fewer than the rows.
            conditions.append(("""
                a.id IN (SELECT p.article_id FROM person p
                         WHERE p.name_key IN (SELECT n.name_key FROM person_key n WHERE instr(n.name_key, ?) > 0))
                """, [key]))
        }
        if let source = query.source {
            // SQLite's lower() folds ASCII only: hosts and agency names are ASCII, and a name with
            // diacritics still matches when typed as written.
            let needle = source.lowercased()
            conditions.append(("(instr(lower(coalesce(a.source, '')), ?) > 0 OR instr(lower(coalesce(a.url, '')), ?) > 0)", [needle, needle]))
        }
        if let after = query.after {
            conditions.append(("a.published >= ?", [after]))
        }
        if let before = query.before {
            conditions.append(("a.published < ?", [before]))
        }
        return conditions
    }

    /// The exclusions of a query without positive terms, as one FTS expression (any of them).
    static func negatedExpression(_ query: SearchQuery) -> String? {
        var positive = query
        positive.terms = query.terms.filter(\.negated).map { term in
            var term = term
            term.negated = false
            return term
        }
        guard !positive.terms.isEmpty else { return nil }
        return positive.terms.map { term in
            var single = positive
            single.terms = [term]
            return single.ftsExpression ?? ""
        }.joined(separator: " OR ")
    }

    static func joined(_ conditions: [Condition]) -> (String, [(any DatabaseValueConvertible)?]) {
        guard !conditions.isEmpty else { return ("", []) }
        return ("WHERE " + conditions.map(\.sql).joined(separator: " AND "), conditions.flatMap(\.arguments))
    }
}

/// The index could not be opened or written: a `StorageError`, by cause.
public typealias CorpusIndexError = StorageError
