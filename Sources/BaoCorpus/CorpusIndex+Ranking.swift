import Foundation
import BaoStore
import GRDB

/// An article matched by a search, with the tier it was ranked in (`SearchPlan.tiers`).
struct RankedMatch: Sendable {
    var id: Int64
    var tier: Int
    /// BM25 within the tier (larger is better).
    var score: Double
}

extension CorpusIndex {
    /// BM25 with the head (title, subtitle and lead) weighted ten times the body, in both forms.
    static let bm25 = "bm25(article_fts, 10.0, 1.0, 10.0, 1.0)"

    /// The articles matching `plan`, best first: by tier, then by BM25 within it. With a
    /// `limit`, the tiers are asked one after another and the search stops once it has enough,
    /// so a common word costs the few tiers it takes to fill the page.
    static func rank(_ db: Database, _ plan: SearchPlan, conditions: [Condition], limit: Int?) throws -> [RankedMatch] {
        var matches: [RankedMatch] = []
        var seen = Set<Int64>()
        for (number, tier) in plan.tiers.enumerated() {
            if let limit, matches.count >= limit { break }
            // A tier also matches what earlier tiers took; asking for that many more rows keeps
            // the page full after they are skipped.
            let wanted = limit.map { $0 - matches.count + seen.count }
            let rows = try tierRows(db, tier.expression, conditions: conditions, limit: wanted)
            for (id, rank) in rows where seen.insert(id).inserted {
                matches.append(RankedMatch(id: id, tier: number, score: -rank))
                if let limit, matches.count >= limit { break }
            }
        }
        return matches
    }

    /// One tier's rows (id and BM25 rank, best first). Without filters it reads the full-text
    /// index alone; filters join the article table.
    private static func tierRows(_ db: Database, _ expression: String, conditions: [Condition], limit: Int?) throws -> [(Int64, Double)] {
        var all = conditions
        all.insert(("article_fts MATCH ?", [expression]), at: 0)
        let (whereSQL, arguments) = joined(all)
        let from = conditions.isEmpty ? "article_fts" : "article_fts JOIN article a ON a.id = article_fts.rowid"
        let limitSQL = limit == nil ? "" : " LIMIT ?"
        let sql = "SELECT article_fts.rowid, \(bm25) AS rank FROM \(from) \(whereSQL) ORDER BY rank" + limitSQL
        let statement = try db.cachedStatement(sql: sql)
        var values = arguments
        if let limit { values.append(limit) }
        var rows: [(Int64, Double)] = []
        let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(values))
        while let row = try cursor.next() { rows.append((row[0], row[1])) }
        return rows
    }
}

extension CorpusIndex {
    /// How many articles holding a run as a phrase are read to find its usual reading.
    static let readingSample = 100

    /// For each run of the plan typed without (all) marks, the marked reading most articles of a
    /// sample write it as, when the sample holds more than one: "tham nhung" is mostly "tham
    /// nhũng" and sometimes "thăm những"; "thuy dien" is "Thụy Điển" in more articles than
    /// "thủy điện". The sample is the first `readingSample` articles holding the run as a phrase
    /// (by rowid, so the same query always gets the same reading).
    static func readings(_ db: Database, _ plan: SearchPlan) throws -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for index in plan.ambiguousRuns {
            let part = plan.parts[index]
            let folded = part.terms.map { SearchText.folded($0.tokens[0]) }
            let sample = part.expression(.phrase, head: false)
            // Most runs have a reading that every sampled article holds ("kinh te" is "kinh tế" in
            // all of them), and such a reading changes no order: that is settled first, much
            // more quickly than by reading every word of every article.
            if try oneReadingInAll(db, sample: sample, folded) { continue }
            var counts: [[String]: Int] = [:]
            var sampled = 0
            try forEachSampled(db, sample: sample) { title, body in
                sampled += 1
                for reading in readings(of: folded, title: title, body: body) {
                    counts[reading, default: 0] += 1
                }
                return true
            }
            // A reading every sampled article holds changes no order.
            guard counts.count > 1, let best = counts.max(by: { ($0.value, $1.key.joined(separator: " ")) < ($1.value, $0.key.joined(separator: " ")) }),
                  best.value < sampled else { continue }
            result[index] = best.key
        }
        return result
    }

    /// True when one reading of `folded` is in every article of the sample (or the sample is
    /// empty): `readings` then prefers none. The first article's readings are found word by
    /// word; each next article is searched for them as bytes (`SearchText.ReadingProbe`), and
    /// read word by word only when that does not find one of them. False as soon as no reading
    /// is left in all the articles read so far.
    private static func oneReadingInAll(_ db: Database, sample: String, _ folded: [String]) throws -> Bool {
        var candidates: [(reading: [String], probe: SearchText.ReadingProbe?)]?
        try forEachSampled(db, sample: sample) { title, body in
            if let held = candidates {
                var found: Set<[String]>?
                candidates = held.filter { candidate in
                    if let probe = candidate.probe, probe.isSurelyIn(title) || probe.isSurelyIn(body) { return true }
                    if found == nil { found = readings(of: folded, title: title, body: body) }
                    return found?.contains(candidate.reading) ?? false
                }
            } else {
                candidates = readings(of: folded, title: title, body: body).map { ($0, SearchText.ReadingProbe(reading: $0, of: folded)) }
            }
            return candidates?.isEmpty == false
        }
        // An empty sample: no reading to prefer.
        return candidates.map { !$0.isEmpty } ?? true
    }

    /// The readings of `folded` that an article's search title and body hold.
    private static func readings(of folded: [String], title: UnsafeBufferPointer<UInt8>,
                                 body: UnsafeBufferPointer<UInt8>) -> Set<[String]> {
        SearchText.readings(of: folded, inUTF8: title).union(SearchText.readings(of: folded, inUTF8: body))
    }

    /// Hands `body` the search title and the body of each article of the sample a run's
    /// readings are read from (the first `readingSample` articles holding it as a phrase, by
    /// rowid), as SQLite holds them, without making strings; `body` returns false to stop.
    private static func forEachSampled(_ db: Database, sample: String,
                                       _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT search_title, body FROM article_content
            WHERE id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ? LIMIT ?)
            """, arguments: [sample, readingSample])
        while let row = try rows.next() {
            let goOn = try row.withUnsafeData(atIndex: 0) { title in
                try row.withUnsafeData(atIndex: 1) { text in
                    try (title ?? Data()).withUnsafeBytes { titleBytes in
                        try (text ?? Data()).withUnsafeBytes { textBytes in
                            try body(titleBytes.bindMemory(to: UInt8.self), textBytes.bindMemory(to: UInt8.self))
                        }
                    }
                }
            }
            if !goOn { return }
        }
    }
}

extension CorpusIndex {
    /// Every article matching a plan, ranked as `search` ranks them (or newest first), each
    /// with how close the query's syllables were found: ids and read marks, the summaries being
    /// fetched as they are shown.
    func rankedListing(_ parsed: SearchPlan, conditions: [Condition], byDate: Bool) throws -> ArticleListing {
        try pool.read { db in
            var plan = parsed
            plan.prefer(readings: try Self.readings(db, plan))
            let ranked = try Self.rank(db, plan, conditions: conditions, limit: nil)
            // The ranking already holds every match, filters applied. By date, the list's index
            // is read in its order and the matches picked from it: no row is sorted or held but
            // its id.
            var list = ranked
            if byDate {
                var tiers: [Int64: Int] = [:]
                tiers.reserveCapacity(ranked.count)
                for match in ranked { tiers[match.id] = match.tier }
                list = []
                list.reserveCapacity(ranked.count)
                let (whereSQL, arguments) = Self.joined(conditions)
                let ordered = try Int64.fetchCursor(db, sql: "SELECT a.id FROM article a \(whereSQL) ORDER BY \(Self.listOrder)",
                                                    arguments: StatementArguments(arguments))
                while let id = try ordered.next() {
                    if let tier = tiers[id] { list.append(RankedMatch(id: id, tier: tier, score: 0)) }
                }
            }
            let marked = try readIDs(db)
            let read = marked.isEmpty ? [] : Set(list.lazy.map(\.id).filter(marked.contains))
            return ArticleListing(ids: list.map(\.id), read: read,
                                  matches: plan.hasSequence ? list.map { plan.tiers[$0.tier].proximity } : [])
        }
    }
}
