import BaoStore
import Foundation
import GRDB

/// Read marks, bookmarks and history, kept in the user's state database (`UserState`) by file
/// path and content hash; the index only resolves them to its rows.
extension CorpusIndex {
    public func setRead(id: Int64, _ read: Bool) throws {
        guard let key = try articleKey(id: id) else { return }
        try state.setRead(path: key.path, hash: key.hash, read)
    }

    public func setBookmarked(id: Int64, _ bookmarked: Bool) throws {
        guard let key = try articleKey(id: id) else { return }
        try state.setBookmarked(path: key.path, hash: key.hash, bookmarked)
    }

    public func bookmarks() throws -> [ArticleSummary] {
        try resolve(try state.bookmarks())
    }

    public func recordVisit(id: Int64) throws {
        guard let key = try articleKey(id: id) else { return }
        try state.recordVisit(path: key.path, hash: key.hash)
    }

    public func history(limit: Int) throws -> [ArticleSummary] {
        Array(try resolve(try state.history()).prefix(max(0, limit)))
    }

    /// The last position is kept per index file, which baoterm names after the corpus.
    public func lastPosition() throws -> ReadingPosition? {
        guard let saved = try state.lastPosition(corpus: path),
              let found = try resolve([UserState.Entry(path: saved.path, hash: saved.hash, at: 0)]).first else { return nil }
        return ReadingPosition(articleID: found.id, scroll: saved.scroll, selectedLink: saved.link, anchor: saved.anchor)
    }

    public func saveLastPosition(_ position: ReadingPosition?) throws {
        guard let position else { return try state.setLastPosition(corpus: path, nil) }
        guard let key = try articleKey(id: position.articleID) else { return }
        try state.setLastPosition(corpus: path, UserState.Position(path: key.path, hash: key.hash, scroll: position.scroll,
                                                                  link: position.selectedLink, anchor: position.anchor))
    }

    /// The path and content hash of an indexed article: what the user's state is keyed by.
    func articleKey(id: Int64) throws -> (path: String, hash: String)? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT path, hash FROM article WHERE id = ?", arguments: [id]).map { ($0[0], $0[1]) }
        }
    }

    /// The indexed articles of state entries, in the entries' order, each once: found by path,
    /// else by content (a moved or renamed file); entries of files no longer indexed are left out.
    private func resolve(_ entries: [UserState.Entry]) throws -> [ArticleSummary] {
        guard !entries.isEmpty else { return [] }
        let rows = try pool.read { db -> [Row] in
            // A temporary table would need a write: the lists go in as JSON arrays instead.
            let paths = String(decoding: try JSONEncoder().encode(entries.map(\.path)), as: UTF8.self)
            let hashes = String(decoding: try JSONEncoder().encode(entries.compactMap(\.hash)), as: UTF8.self)
            return try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), a.hash FROM article a
                WHERE a.path IN (SELECT value FROM json_each(?)) OR a.hash IN (SELECT value FROM json_each(?))
                """, arguments: [paths, hashes])
        }
        var byPath: [String: ArticleSummary] = [:]
        var byHash: [String: ArticleSummary] = [:]
        for row in rows {
            let summary = Self.summary(row)
            byPath[summary.path] = summary
            if let hash: String = row["hash"], byHash[hash] == nil || summary.path < byHash[hash]!.path { byHash[hash] = summary }
        }
        var seen = Set<Int64>()
        return entries.compactMap { entry in
            guard let found = byPath[entry.path] ?? entry.hash.flatMap({ byHash[$0] }), seen.insert(found.id).inserted else { return nil }
            return found
        }
    }

    /// Moves the read marks, bookmarks and history that indexes before the state database kept
    /// in their own tables into `state`, then drops those tables. The state is written first:
    /// a process killed between the two steps leaves the tables, and the next open moves them
    /// again without duplicating anything.
    static func moveUserState(_ pool: DatabasePool, to state: UserState) throws {
        let legacy = ["read_mark", "bookmark", "history"]
        let imported = try pool.read { db -> UserState.Imported? in
            let present = try legacy.filter { try db.tableExists($0) }
            guard !present.isEmpty else { return nil }
            var imported = UserState.Imported()
            func rows(_ table: String, order: String) throws -> [UserState.Entry] {
                guard present.contains(table) else { return [] }
                return try Row.fetchAll(db, sql: """
                    SELECT t.path, a.hash, t.at FROM \(table) t LEFT JOIN article a ON a.path = t.path ORDER BY \(order)
                    """).map { UserState.Entry(path: $0[0], hash: $0[1], at: $0[2]) }
            }
            imported.readMarks = try rows("read_mark", order: "t.path")
            imported.bookmarks = try rows("bookmark", order: "t.path")
            imported.history = try rows("history", order: "t.id")
            return imported
        }
        guard let imported else { return }
        try state.importState(imported)
        // A state kept in memory (its database could not be opened) is no lasting place: the
        // index keeps its tables until the state database can be opened.
        guard state.path != nil else { return }
        try pool.write { db in
            for table in legacy { try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
        }
    }
}
