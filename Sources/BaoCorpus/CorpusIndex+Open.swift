import BaoStore
import CSQLiteShim
import Foundation
import GRDB

extension CorpusIndex {
    /// What opening an index found.
    struct Opened {
        var pool: DatabasePool
        var readOnly: Bool
        var notes: [IndexNote]
    }

    /// Opens the database at `path`, in read-only mode when the file or its folder cannot be
    /// written. Refuses what is not a baoterm index (a device, a folder, another program's file)
    /// and an index written by a newer baoterm; rebuilds a damaged one when it may (`replaceable`:
    /// it is baoterm's own file in the cache, or it is known to be an index).
    static func open(path: String, state: UserState, replaceable: Bool) throws -> Opened {
        var notes: [IndexNote] = []
        switch StorageFile.kind(path) {
        case .other(let kind):
            throw StorageError(cause: .notAnIndex, message: "\(path) is \(kind), not a baoterm index: give a file with --index")
        case .regular(let size) where size > 0 && StorageFile.header(path)?.isSQLite != true:
            guard replaceable else {
                throw StorageError(cause: .notAnIndex, message: "\(path) is not a baoterm index: give another file with --index")
            }
            try rebuildFilesWhenNoWriter(path)
            notes.append(.rebuilt(path: path))
        default:
            break
        }
        var readOnly = false
        do {
            try StorageFolder.prepare(for: path, variable: "XDG_CACHE_HOME", what: "the index")
        } catch let error as StorageError where error.cause == .readOnly && FileManager.default.fileExists(atPath: path) {
            readOnly = true
        }
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !StorageFolder.isWritable(for: path) {
            throw StorageError(cause: .readOnly, message: "the index cannot be made in \((path as NSString).deletingLastPathComponent): the folder is read-only (see $XDG_CACHE_HOME, or give --index)")
        }
        if exists && (access(path, W_OK) != 0 || !StorageFolder.isWritable(for: path)) { readOnly = true }

        // A read-only index is looked at through read-only connections only (`prepareSchema`).
        if !readOnly, case .regular(let size) = StorageFile.kind(path), size > 0 {
            do {
                try identify(path)
            } catch let error where replaceable && rebuildable(error, replaceable: true) {
                try rebuildFilesWhenNoWriter(path)
                notes.append(.rebuilt(path: path))
            }
        }
        func openPrepared(_ location: String, readOnly: Bool) throws -> DatabasePool {
            let pool = try openDatabase(location, readOnly: readOnly, state: state)
            do {
                try prepareSchema(pool, path: path, readOnly: readOnly, replaceable: replaceable, state: state)
            } catch {
                try? pool.close()
                throw error
            }
            return pool
        }
        let pool: DatabasePool
        do {
            pool = try openPrepared(path, readOnly: readOnly)
        } catch let error where !readOnly && rebuildable(error, replaceable: replaceable) {
            // A damaged index (or, in the cache, a database that is no index) is derived data:
            // it is made again from the articles. The user's state lives elsewhere.
            try rebuildFilesWhenNoWriter(path)
            pool = try openPrepared(path, readOnly: false)
            notes.append(.rebuilt(path: path))
        } catch let error where readOnly && StorageError.cause(of: error) == .readOnly {
            // A WAL database needs its shared-memory file to be read; in a read-only folder that
            // has none, SQLite reads it as an immutable file instead.
            pool = try openPrepared(immutableURI(path), readOnly: true)
        }
        if readOnly {
            notes.append(.readOnly(path: path))
        }
        return Opened(pool: pool, readOnly: readOnly, notes: notes)
    }

    private static func rebuildable(_ error: any Error, replaceable: Bool) -> Bool {
        switch StorageError.cause(of: error) {
        case .corrupt: return true
        case .notAnIndex: return replaceable
        default: return false
        }
    }

    /// Looks at an existing database without writing to it (opening a pool would switch another
    /// program's database to WAL): refuses one that is not a baoterm index, or that a newer
    /// baoterm wrote.
    static func identify(_ path: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        let migrator = Self.migrator
        let queue = try DatabaseQueue(path: path, configuration: config)
        let (tables, applied, newer, writtenBy) = try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            let applied = try migrator.appliedIdentifiers(db)
            let writtenBy = try db.tableExists("meta")
                ? try IndexMeta.value(db, "written_by") : nil
            return (tables, applied, try migrator.hasBeenSuperseded(db), writtenBy)
        }
        try queue.close()
        try checkIdentity(path: path, tables: tables, applied: applied, newer: newer, writtenBy: writtenBy)
    }

    private static func checkIdentity(path: String, tables: [String], applied: Set<String>, newer: Bool, writtenBy: String?) throws {
        if !tables.isEmpty && !applied.contains("v1") {
            throw StorageError(cause: .notAnIndex, message: "\(path) is not a baoterm index: give another file with --index")
        }
        if newer {
            throw StorageError(cause: .newerFormat(writtenBy: writtenBy), message: StorageError.message(
                .newerFormat(writtenBy: writtenBy), path: path, what: .index, error: StorageError(message: "")))
        }
    }

    /// An SQLite URI that opens `path` as a file nothing writes (no locks, no shared memory).
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path) + "?immutable=1"
    }

    /// Removes the database files (never the lock, which another process may hold).
    static func rebuildFiles(_ path: String) throws {
        try StorageFile.removeDatabase(path)
        try? FileManager.default.removeItem(atPath: IndexPool.damageMarker(path))
        try? FileManager.default.removeItem(atPath: PageCheck.stampPath(path))
    }

    /// Empties a damaged index for a process that does not hold the writer lock (opening an
    /// index): only while it can take the lock, never under a process that is writing it;
    /// otherwise that writer is left to find the damage itself. The database is emptied in
    /// place under SQLite's locks (see `reset`); a file SQLite cannot open is deleted.
    static func rebuildFilesWhenNoWriter(_ path: String) throws {
        let lock = IndexLock(indexPath: path)
        guard (try? lock.tryLock()) == true else {
            throw StorageError(cause: .busy, message: "the index \(path) looks damaged while another baoterm process is updating it: run the command again when it has finished")
        }
        defer { lock.unlock() }
        do {
            var config = Configuration()
            config.busyMode = .timeout(5)
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.erase()
            try? FileManager.default.removeItem(atPath: IndexPool.damageMarker(path))
        } catch {
            try rebuildFiles(path)
        }
    }

    static func openDatabase(_ path: String, readOnly: Bool, state: UserState) throws -> DatabasePool {
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // WAL with NORMAL sync survives a killed process (not a power cut mid-commit, which
            // loses at most the last batches: the next refresh redoes them). Pages are read into
            // SQLite's own cache, not memory-mapped: the kernel maps the neighbours of each mapped
            // page as well, so the few scattered pages a search reads would count as a hundred
            // megabytes of the process's memory.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            // Closing leaves the log as it is (SQLite's automatic checkpoints still copy it into
            // the database as it grows): a command that changes nothing then writes nothing,
            // neither on closing nor when the next one opens the pool (GRDB writes to an empty
            // log), and the database file keeps its time (`PageCheck.checkUnlessUnchanged`).
            _ = baoterm_sqlite_keep_log_on_close(db.sqliteConnection)
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            // Read marks live in the user's state database; the queries ask it row by row.
            db.add(function: DatabaseFunction("baoterm_is_read", argumentCount: 2, pure: false) { values in
                state.isRead(path: String.fromDatabaseValue(values[0]) ?? "", hash: String.fromDatabaseValue(values[1]))
            })
        }
        return try DatabasePool(path: path, configuration: config)
    }

    /// Checks that the database is a baoterm index this version can use, brings its schema up
    /// to date and moves user state that older versions kept in it out to the state database.
    /// Writes nothing when the index is current, so that a reader never waits for a writer.
    static func prepareSchema(_ pool: DatabasePool, path: String, readOnly: Bool, replaceable: Bool, state: UserState) throws {
        let migrator = Self.migrator
        let (tables, applied, completed, newer, writtenBy) = try pool.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            let applied = try migrator.appliedIdentifiers(db)
            let writtenBy = try db.tableExists("meta")
                ? try IndexMeta.value(db, "written_by") : nil
            return (tables, applied, try migrator.hasCompletedMigrations(db), try migrator.hasBeenSuperseded(db), writtenBy)
        }
        try checkIdentity(path: path, tables: tables, applied: applied, newer: newer, writtenBy: writtenBy)
        guard !readOnly else {
            if !completed {
                throw StorageError(cause: .readOnly, message: "the index \(path) was written by an older baoterm and is read-only, so it cannot be brought up to date")
            }
            return
        }
        if !completed { try migrator.migrate(pool) }
        try moveUserState(pool, to: state)
        if writtenBy != BaotermVersion.current {
            try pool.write { db in
                try IndexMeta.set(db, "written_by", BaotermVersion.current)
            }
        }
    }
}

extension CorpusIndex {
    /// Rebuilds the index from scratch (an empty database the refresh then fills) when SQLite
    /// confirms that it is damaged; says why, or nil when it is sound. The caller holds the
    /// writer lock.
    ///
    /// Two things point at damage: the marker a process leaves when a query met corruption, and
    /// the page check (`PageCheck`), which reads the file directly and so can see pages that a
    /// checkpoint is copying at that moment. Neither is trusted alone: SQLite's own check, which
    /// reads through the log under its locks, decides. A check that cannot run (another process
    /// holds a lock, the disk is busy) proves nothing, and the index is kept.
    func rebuildIfDamaged() throws -> String? {
        let marked = FileManager.default.fileExists(atPath: IndexPool.damageMarker(path))
        let reason: String
        if marked {
            reason = "it was found damaged while it was read"
        } else {
            // The whole file is read only when something wrote it since its last sound check.
            switch PageCheck.checkUnlessUnchanged(path) {
            case .sound: return nil
            case .notSQLite: reason = "its header is damaged"
            case .damagedHeader: reason = "its list of free pages is damaged"
            case .damagedPage(let page): reason = "page \(page) is damaged"
            }
        }
        switch sqliteCheck(fullText: marked) {
        case .sound:
            try? FileManager.default.removeItem(atPath: IndexPool.damageMarker(path))
            return nil
        case .unknown:
            return nil
        case .damaged:
            break
        }
        do {
            try reset()
        } catch {
            throw StorageError(error, path: path, what: .index)
        }
        return "the index \(path) was damaged (\(reason)): it was rebuilt from the articles; read marks and bookmarks are kept apart and were not affected"
    }

    private enum SQLiteCheck { case sound, damaged, unknown }

    /// SQLite's quick check (and FTS5's own when `fullText`): sound, damaged, or unknown when the
    /// check failed for another cause than damage.
    private func sqliteCheck(fullText: Bool) -> SQLiteCheck {
        do {
            let result = try pool.write { db -> [String] in
                let result = try String.fetchAll(db, sql: "PRAGMA quick_check")
                // FTS5 reports damage of its own tables as an error (SQLITE_CORRUPT_VTAB).
                if result == ["ok"], fullText, try db.tableExists("article_fts") {
                    try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES('integrity-check')")
                }
                return result
            }
            return result == ["ok"] ? .sound : .damaged
        } catch {
            return StorageError.cause(of: error) == .corrupt ? .damaged : .unknown
        }
    }

    /// Empties the index in place, under SQLite's locks. Deleting the files instead would be
    /// unsafe while other processes have them open: SQLite removes a database's log by its name
    /// when the last connection to the old file closes, which would then be the new file's log.
    /// Only a file SQLite cannot open at all is deleted, after this process's own connections
    /// to it are closed.
    private func reset() throws {
        do {
            try pool.database.erase()
            try Self.prepareSchema(pool.database, path: path, readOnly: false, replaceable: true, state: state)
        } catch {
            try? pool.database.close()
            try Self.rebuildFiles(path)
            let fresh = try Self.openDatabase(path, readOnly: false, state: state)
            try Self.prepareSchema(fresh, path: path, readOnly: false, replaceable: true, state: state)
            pool.replace(with: fresh)
        }
        try? FileManager.default.removeItem(atPath: IndexPool.damageMarker(path))
    }
}
