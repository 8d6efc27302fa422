import BaoStore
import Foundation
import GRDB

/// The user's own state (read marks, bookmarks, history): a small SQLite database of its own in
/// `$XDG_STATE_HOME/baoterm/state.sqlite`, apart from every index, so that no rebuild, deletion
/// or corruption of an index can touch it.
///
/// Articles are keyed by the absolute path of their file and by the hash of its bytes
/// (`ContentHash`): a mark follows the file through any rebuild of the index (rows get new ids,
/// paths and bytes do not change), and follows its content when the corpus folder is moved or
/// renamed. Two files with the same bytes are one article to it. One database serves every
/// corpus: a file read through two corpora is read in both.
public final class UserState: @unchecked Sendable {
    /// Where the state lives; nil when it is kept in memory for this run only.
    public let path: String?
    /// Why the state could not be opened (the storage's words), nil when it was: it is then kept
    /// in memory only.
    public let failure: String?
    /// `failure` as a sentence for the front end to say.
    public var problem: String? { failure.map { IndexNote.stateInMemoryLead + $0 } }
    private let queue: DatabaseQueue
    private let marks = Locked(ReadMarks())

    /// One row of the bookmarks or the history.
    public struct Entry: Sendable, Equatable {
        public var path: String
        public var hash: String?
        public var at: Double
    }

    /// The read marks as a front end asks them, thousands of times per list: kept in memory
    /// and reloaded when this or another process has written them.
    private struct ReadMarks {
        var paths = Set<String>()
        var hashes = Set<String>()
        var dataVersion: Int?
        var loaded = false
        var checked = Date.distantPast
    }

    /// The default location: `$XDG_STATE_HOME/baoterm/state.sqlite` (or `~/.local/state/…`).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (XDGDirectory.state.baoterm(environment: environment) as NSString).appendingPathComponent("state.sqlite")
    }

    /// Opens (creating when missing) the state database at `path`. When it cannot be opened (a
    /// read-only or misplaced state folder, a state written by a newer baoterm), the state is
    /// kept in memory for this run and `problem` says why: reading never fails for its sake,
    /// and a file the user's state lives in is never overwritten.
    public init(path: String) {
        do {
            try StorageFolder.prepare(for: path, variable: "XDG_STATE_HOME", what: "read marks and bookmarks")
            let queue = try Self.openQueue(path: path)
            self.queue = queue
            self.path = path
            self.failure = nil
        } catch {
            // swiftlint:disable:next force_try
            queue = try! DatabaseQueue()
            try? Self.migrator.migrate(queue)
            self.path = nil
            self.failure = StorageError.describe(error, path: path, what: .state)
        }
    }

    /// A state kept in memory only (tests, previews).
    public init() {
        // swiftlint:disable:next force_try
        queue = try! DatabaseQueue()
        try? Self.migrator.migrate(queue)
        path = nil
        failure = nil
    }

    private static func openQueue(path: String) throws -> DatabaseQueue {
        if let header = StorageFile.header(path), !header.isSQLite {
            throw StorageError(cause: .notAnIndex, message: "\(path) is not a baoterm state database")
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let newer = try queue.read { db in try migrator.hasBeenSuperseded(db) }
        if newer {
            throw StorageError(cause: .newerFormat(writtenBy: nil), message: "\(path) was written by a newer baoterm")
        }
        try migrator.migrate(queue)
        return queue
    }

    /// The schema, one migration per version.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("state-v1") { db in
            try db.execute(sql: """
                CREATE TABLE read_mark (path TEXT PRIMARY KEY, hash TEXT, at REAL NOT NULL);
                CREATE INDEX read_mark_hash ON read_mark(hash);
                CREATE TABLE bookmark (path TEXT PRIMARY KEY, hash TEXT, at REAL NOT NULL);
                CREATE INDEX bookmark_hash ON bookmark(hash);
                CREATE TABLE history (id INTEGER PRIMARY KEY, path TEXT NOT NULL, hash TEXT, at REAL NOT NULL);
                CREATE INDEX history_path ON history(path);
                """)
        }
        // v2: where the browser was when it closed, per index (one per corpus).
        migrator.registerMigration("state-v2") { db in
            try db.execute(sql: """
                CREATE TABLE last_position (
                    corpus TEXT PRIMARY KEY, path TEXT NOT NULL, hash TEXT,
                    scroll INTEGER NOT NULL, link INTEGER, at REAL NOT NULL
                );
                """)
        }
        // v3: the position's first shown character (paragraph, offset), exact at any width; rows
        // saved before keep their line index and no anchor.
        migrator.registerMigration("state-v3") { db in
            try db.execute(sql: """
                ALTER TABLE last_position ADD COLUMN anchor_paragraph INTEGER;
                ALTER TABLE last_position ADD COLUMN anchor_offset INTEGER;
                """)
        }
        return migrator
    }

    /// How many history rows are kept; older visits are dropped.
    static let historyLimit = 10_000

    // MARK: - Read marks

    /// Whether the article at `path` (with the content `hash`) is marked read.
    public func isRead(path: String, hash: String?) -> Bool {
        refreshMarksIfStale()
        return marks.read { marks in
            marks.paths.contains(path) || (hash.map { marks.hashes.contains($0) } ?? false)
        }
    }

    /// Every read mark: the paths and the content hashes read (what `isRead` looks in), for a
    /// list of many rows to look up its read ones by mark rather than ask row by row.
    public func readMarks() -> (paths: Set<String>, hashes: Set<String>) {
        refreshMarksIfStale()
        return marks.read { ($0.paths, $0.hashes) }
    }

    public func setRead(path: String, hash: String?, _ read: Bool) throws {
        try setMark(table: "read_mark", path: path, hash: hash, read)
        marks.update { $0.loaded = false }
    }

    // MARK: - Bookmarks and history

    public func setBookmarked(path: String, hash: String?, _ bookmarked: Bool) throws {
        try setMark(table: "bookmark", path: path, hash: hash, bookmarked)
    }

    /// Bookmarks, most recent first.
    public func bookmarks() throws -> [Entry] {
        try fetch { db in
            try Row.fetchAll(db, sql: "SELECT path, hash, at FROM bookmark ORDER BY at DESC, path").map(Self.entry)
        }
    }

    public func recordVisit(path: String, hash: String?) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO history(path, hash, at) VALUES (?, ?, ?)", arguments: [path, hash, Date().timeIntervalSince1970])
            try db.execute(sql: "DELETE FROM history WHERE id <= (SELECT MAX(id) FROM history) - ?", arguments: [Self.historyLimit])
        }
    }

    /// Opened articles, most recent visit first, each once.
    public func history() throws -> [Entry] {
        try fetch { db in
            try Row.fetchAll(db, sql: """
                SELECT path, hash, at FROM history WHERE id IN (SELECT MAX(id) FROM history GROUP BY path) ORDER BY id DESC
                """).map(Self.entry)
        }
    }

    // MARK: - Last position

    /// Where the browser was in a corpus when it closed: the article (by path and content
    /// hash), how far it was scrolled and which link was selected.
    public struct Position: Sendable, Equatable {
        public var path: String
        public var hash: String?
        public var scroll: Int
        public var link: Int?
        /// The first shown character, exact at any width; nil in rows saved before state-v3.
        public var anchor: TextAnchor?

        public init(path: String, hash: String?, scroll: Int, link: Int?, anchor: TextAnchor? = nil) {
            self.path = path
            self.hash = hash
            self.scroll = scroll
            self.link = link
            self.anchor = anchor
        }
    }

    /// The last position saved for `corpus` (any stable name of it: baoterm uses the index path).
    public func lastPosition(corpus: String) throws -> Position? {
        try fetch { db in
            try Row.fetchOne(db, sql: """
                SELECT path, hash, scroll, link, anchor_paragraph, anchor_offset FROM last_position WHERE corpus = ?
                """, arguments: [corpus]).map { row in
                let paragraph: Int? = row["anchor_paragraph"], offset: Int? = row["anchor_offset"]
                return Position(path: row["path"], hash: row["hash"], scroll: row["scroll"], link: row["link"],
                                anchor: paragraph.flatMap { p in offset.map { TextAnchor(paragraph: p, offset: $0) } })
            }
        }
    }

    /// Saves (or with nil forgets) the last position in `corpus`.
    public func setLastPosition(corpus: String, _ position: Position?) throws {
        try write { db in
            if let position {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO last_position(corpus, path, hash, scroll, link, anchor_paragraph, anchor_offset, at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [corpus, position.path, position.hash, position.scroll, position.link,
                                     position.anchor?.paragraph, position.anchor?.offset, Date().timeIntervalSince1970])
            } else {
                try db.execute(sql: "DELETE FROM last_position WHERE corpus = ?", arguments: [corpus])
            }
        }
    }

    // MARK: - Import

    /// Rows carried over from an older index that kept the state itself.
    public struct Imported: Sendable {
        public var readMarks: [Entry] = []
        public var bookmarks: [Entry] = []
        public var history: [Entry] = []

        public init() {}

        public var isEmpty: Bool { readMarks.isEmpty && bookmarks.isEmpty && history.isEmpty }
    }

    /// Adds state carried over from an older index, in one transaction. Marks already present
    /// are kept as they are; history rows already imported (same path and time) are not repeated,
    /// so that an import interrupted before the index dropped its copy can run again.
    public func importState(_ imported: Imported) throws {
        try write { db in
            for (table, rows) in [("read_mark", imported.readMarks), ("bookmark", imported.bookmarks)] {
                let statement = try db.makeStatement(sql: "INSERT OR IGNORE INTO \(table)(path, hash, at) VALUES (?, ?, ?)")
                for row in rows { try statement.execute(arguments: [row.path, row.hash, row.at]) }
            }
            let visit = try db.makeStatement(sql: """
                INSERT INTO history(path, hash, at) SELECT ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM history WHERE path = ? AND at = ?)
                """)
            for row in imported.history.sorted(by: { $0.at < $1.at }) {
                try visit.execute(arguments: [row.path, row.hash, row.at, row.path, row.at])
            }
        }
        marks.update { $0.loaded = false }
    }

    // MARK: - Database access

    private func setMark(table: String, path: String, hash: String?, _ on: Bool) throws {
        try write { db in
            if on {
                try db.execute(sql: "INSERT OR REPLACE INTO \(table)(path, hash, at) VALUES (?, ?, ?)",
                               arguments: [path, hash, Date().timeIntervalSince1970])
            } else {
                try db.execute(sql: "DELETE FROM \(table) WHERE path = ? OR (hash IS NOT NULL AND hash = ?)", arguments: [path, hash])
            }
        }
    }

    /// Reloads the read marks when another connection changed the database (SQLite's
    /// `data_version`) or this one did; looks at most five times a second, since a list asks
    /// once per row.
    private func refreshMarksIfStale() {
        let now = Date()
        let (stale, known) = marks.read { marks in
            (!marks.loaded || now.timeIntervalSince(marks.checked) > 0.2, marks.loaded ? marks.dataVersion : nil)
        }
        guard stale else { return }
        let fresh = try? queue.read { db -> ReadMarks? in
            let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
            if let known, version == known { return nil }
            var fresh = ReadMarks()
            fresh.dataVersion = version
            fresh.loaded = true
            for row in try Row.fetchAll(db, sql: "SELECT path, hash FROM read_mark") {
                fresh.paths.insert(row[0])
                if let hash: String = row[1] { fresh.hashes.insert(hash) }
            }
            return fresh
        }
        marks.update { marks in
            if let loaded = fresh ?? nil { marks = loaded }
            marks.checked = now
        }
    }

    private func fetch<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch {
            throw StorageError(error, path: path ?? "", what: .state)
        }
    }

    private func write(_ body: (Database) throws -> Void) throws {
        do {
            try queue.write(body)
        } catch {
            throw StorageError(error, path: path ?? "", what: .state)
        }
    }

    private static func entry(_ row: Row) -> Entry {
        Entry(path: row["path"], hash: row["hash"], at: row["at"])
    }
}
