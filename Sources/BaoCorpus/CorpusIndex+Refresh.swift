import BaoArticle
import BaoEntities
import BaoStore
import Foundation
import GRDB

/// What a refresh does when another process is refreshing the same index.
public enum BusyPolicy: Sendable {
    /// Wait for it; `notice` is called once after a second of waiting, with its process id.
    case wait(notice: @Sendable (Int32?) -> Void)
    /// Do not refresh: use the index as the other process leaves it (readers, the browser).
    case useAsIs
}

/// Progress of the parsing phase of a refresh, reported after each batch.
public struct RefreshProgress: Sendable {
    public var done: Int
    public var total: Int
    public var seconds: Double
}

extension CorpusIndex {
    /// Brings the index up to date with the files under `roots` (folders recursively).
    ///
    /// Files whose size and mtime are unchanged are not read; changed ones are hashed and parsed
    /// again only when their content changed; new ones are parsed on all cores; removed ones are
    /// deleted. Parsed batches go to one writer thread that commits several at a time, and a
    /// file's row is written together with its entities, so a killed refresh leaves a consistent
    /// database that the next refresh completes. `batchSize` is the largest parse batch and the
    /// smallest transaction; a large load commits larger ones.
    ///
    /// The refresh holds the index's writer lock (`IndexLock`) throughout; `whenBusy` says what
    /// to do when another process holds it. Under the lock it first checks the file's structure
    /// (`PageCheck`, when something wrote the file since its last sound check) and rebuilds a
    /// damaged index from scratch.
    public func refresh(roots: [String], batchSize: Int = 256, whenBusy: BusyPolicy = .wait(notice: { _ in }),
                        progress: (@Sendable (RefreshProgress) -> Void)? = nil) throws -> RefreshSummary {
        let clock = Date()
        // Files and folders newer than this are stored with an unknown time (`racyMargin`).
        let racyAfter = Int64(clock.timeIntervalSince1970 * 1_000_000_000) - Self.racyMargin
        var summary = RefreshSummary()
        if isReadOnly {
            summary.skipped = .readOnly
            return summary
        }
        switch whenBusy {
        case .wait(let notice):
            try lock.lock(waiting: notice)
        case .useAsIs:
            guard try lock.tryLock() else {
                summary.skipped = .busy(holder: lock.holder())
                return summary
            }
        }
        defer { lock.unlock() }
        summary.rebuilt = try rebuildIfDamaged()
        let changesBefore = try changesWritten()
        let absolute = roots.map(IndexLocation.absolutePath)
        try resetIfContentChanged()

        var pending: [Candidate] = []
        var gone: [Int64] = []
        var walk: FolderWalker?
        let record = try walkRecord()
        if let record, let quick = try quickCheck(record, roots: absolute) {
            // No folder changed: only the known files' own times are looked at.
            pending = quick.candidates
            summary.files = quick.files
            summary.unchanged = quick.unchanged
        } else {
            // The walk's own `stat` of each file gives its size and modification time.
            let listing = ArticleLoader.walk(absolute)
            walk = listing
            summary.failures = listing.errors
            summary.files = listing.files.count
            // Only what tells a changed file from an unchanged one: the content hash is read later for
            // the few files whose size or mtime moved.
            let known = try pool.read { db -> [String: (id: Int64, size: Int64, mtime: Int64)] in
                var known: [String: (id: Int64, size: Int64, mtime: Int64)] = [:]
                known.reserveCapacity(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0)
                let cursor = try Row.fetchCursor(db, sql: "SELECT id, path, size, mtime FROM article")
                while let row = try cursor.next() {
                    known[row[1]] = (row[0], row[2], row[3])
                }
                return known
            }
            var seen = Set<String>()
            seen.reserveCapacity(listing.files.count)
            for stamp in listing.files where seen.insert(stamp.path).inserted {
                if let old = known[stamp.path] {
                    if old.size == stamp.size && old.mtime == stamp.mtime {
                        summary.unchanged += 1
                    } else {
                        pending.append(Candidate(file: stamp, previousID: old.id, racy: Self.isRacy(old.mtime, old.size, stamp)))
                    }
                } else {
                    pending.append(Candidate(file: stamp, previousID: nil, racy: false))
                }
            }
            // A root that is missing altogether (a typo, an unmounted disk) is not taken as a
            // deletion of everything indexed under it.
            let missingRoots = absolute.filter { !FileManager.default.fileExists(atPath: $0) }
            gone = known.filter { path, _ in
                !seen.contains(path) && !missingRoots.contains { path == $0 || path.hasPrefix($0 + "/") }
            }.map(\.value.id)
        }
        let work = try pool.read { db -> [Work] in
            let statement = try db.cachedStatement(sql: "SELECT hash FROM article WHERE id = ?")
            return try pending.map { candidate in
                guard let id = candidate.previousID else { return Work(stamp: candidate.file, previous: nil) }
                return Work(stamp: candidate.file,
                            previous: (id, try String.fetchOne(statement, arguments: [id]) ?? "", candidate.racy))
            }
        }
        if !gone.isEmpty || !work.isEmpty {
            // Whatever changes below, the corpus step runs again, even after a refresh killed midway.
            try pool.write { db in
                try Self.markCorpusStepDue(db)
                for id in gone { try Self.deleteArticle(db, id: id) }
            }
            summary.removed = gone.count
        }

        let total = work.count
        // A bulk load does not checkpoint the write-ahead log on the writer's thread (SQLite's
        // automatic checkpoint copies the log into the database inside a commit): a checkpointer
        // thread with its own connection copies committed pages while the writer goes on, and the
        // log is emptied at the end.
        let bulk = total > batchSize
        if bulk {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        }
        let checkpointer = bulk ? Checkpointer(path: path) : nil
        defer {
            if bulk {
                checkpointer?.stop()
                try? pool.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
                    _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                }
            }
        }
        // Parsing goes in small batches, so that both cores work from the first second and little
        // parsed text waits in memory; the writer commits several of them at a time. Each commit
        // flushes the full-text index's pending terms into a new segment that later merges
        // rewrite: a large load commits about six times (at most 8192 files each), well under
        // the table's automerge threshold, and a small refresh commits once.
        let parseSize = max(1, min(batchSize, max(64, total / 64)))
        let commitSize = max(batchSize, min(8192, total / 6 + 1))
        let queue = BatchQueue(capacity: 2)
        let shared = Locked(WriterState())
        let writer = Thread { [pool] in
            Thread.current.name = "baoterm-writer"
            let cpuStart = threadCPUSeconds()
            var pending = queue.take()
            while let first = pending {
                pending = nil
                guard shared.read({ $0.error == nil }) else { pending = queue.take(); continue }
                do {
                    try pool.write { db in
                        var batch = first
                        var rows = 0
                        while true {
                            let counts = try Self.write(db, batch.outcomes, racyAfter: racyAfter)
                            rows += batch.outcomes.count
                            shared.update { $0.add(counts) }
                            progress?(RefreshProgress(done: batch.end, total: total, seconds: Date().timeIntervalSince(clock)))
                            guard rows < commitSize, let next = queue.take() else { break }
                            batch = next
                        }
                    }
                    checkpointer?.poke()
                } catch {
                    shared.update { $0.error = error }
                }
                pending = queue.take()
            }
            shared.update { $0.writerCPUSeconds = threadCPUSeconds() - cpuStart }
            queue.finishTaking()
        }
        writer.start()
        var start = 0
        while start < total, shared.read({ $0.error == nil }) {
            let end = min(total, start + parseSize)
            queue.put(ParsedBatch(outcomes: Self.prepare(Array(work[start..<end])), end: end))
            start = end
        }
        queue.finishPutting()
        queue.waitUntilTaken()
        let state = shared.read { $0 }
        if let error = state.error { throw error }
        summary.added = state.added
        summary.updated = state.updated
        summary.touched = state.touched
        summary.unchanged += state.unchanged
        summary.writerCPUSeconds = state.writerCPUSeconds
        summary.writerWaitSeconds = queue.takeWaitSeconds
        summary.parserWaitSeconds = queue.putWaitSeconds
        summary.failures += state.failures
        summary.failures.sort { $0.path < $1.path }
        if summary.removed > 0 || summary.updated > 0 {
            // A document row stays while an article reads its key, even when the corpus step gives
            // those citations another key for now: it may give them back.
            try pool.write { db in
                try db.execute(sql: "DELETE FROM document WHERE key NOT IN (SELECT read_key FROM citation)")
            }
        }
        try pool.write { db in
            if try Self.corpusStepDue(db) { try Self.applyCorpusStep(db) }
        }
        // The next refresh may skip the walk when these folders keep their times.
        let failed = state.failures.map(\.path)
        if let walk {
            let updated = WalkRecord(roots: absolute, walk: walk, failed: failed, racyAfter: racyAfter)
            if updated != record { try saveWalkRecord(updated) }
        } else if var record, record.failed != failed {
            record.failed = failed
            try saveWalkRecord(record)
        }
        // Connections close without a checkpoint (`openDatabase`): a refresh that wrote copies
        // its log into the database file, which then holds the whole index on its own (a copy
        // of the file, a read-only folder read without the log), and empties the log, which
        // would otherwise take as much room again. It never waits for a reader: while one reads,
        // the copy stops where the reader is and the log stays; on a full disk the log stays
        // too (the index is complete in it). A refresh that wrote nothing leaves the file as it was.
        if try changesWritten() != changesBefore {
            try? pool.writeWithoutTransaction { db in
                let timeout = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0
                try db.execute(sql: "PRAGMA busy_timeout = 0")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(timeout)") }
                _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
        summary.seconds = Date().timeIntervalSince(clock)
        return summary
    }

    /// Rows the writer connection has inserted, updated or deleted since it was opened.
    private func changesWritten() throws -> Int {
        try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "SELECT total_changes()") ?? 0 }
    }

    /// A file to read, with its row's id and content hash (and whether its time was unknown).
    struct Work: Sendable {
        var stamp: ListedFile
        var previous: (id: Int64, hash: String, racy: Bool)?
    }

    /// Drops every article row (not user state) when the stored content version is not current.
    private func resetIfContentChanged() throws {
        let current = try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'content_version'")
        }
        guard current != Self.contentVersion else { return }
        try pool.write { db in
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'content_version'")
            guard stored != Self.contentVersion else { return }
            if stored != nil {
                try db.execute(sql: """
                    INSERT INTO article_fts(article_fts) VALUES('delete-all');
                    DELETE FROM citation; DELETE FROM person; DELETE FROM article_province;
                    DELETE FROM document; DELETE FROM article_content; DELETE FROM article;
                    DELETE FROM meta WHERE key = 'walk';
                    """)
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES('content_version', ?)", arguments: [Self.contentVersion])
        }
    }

    /// What the workers made of one file.
    enum Outcome: Sendable {
        case parsed(IndexedArticle, replacing: Int64?)
        /// Same content, new size or mtime (or a time stored as unknown: `racy`).
        case touched(ListedFile, id: Int64, racy: Bool)
        case failed(LoadError, replacing: Int64?)
    }

    /// Reads, hashes, parses and extracts a batch on all cores.
    static func prepare(_ batch: [Work]) -> [Outcome] {
        let results = Locked([Outcome?](repeating: nil, count: batch.count))
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
            let outcome = prepareOne(batch[index].stamp, batch[index].previous)
            results.update { $0[index] = outcome }
        }
        return results.read { $0.compactMap { $0 } }
    }

    private static func prepareOne(_ stamp: ListedFile, _ previous: (id: Int64, hash: String, racy: Bool)?) -> Outcome {
        let bytes: [UInt8]
        switch ArticleLoader.readFile(stamp.path) {
        case .success(let read): bytes = read
        case .failure(let error): return .failed(error, replacing: previous?.id)
        }
        let hash = ContentHash(bytes).hex
        if let previous, previous.hash == hash {
            return .touched(stamp, id: previous.id, racy: previous.racy)
        }
        do {
            let article = try ArticleLoader.article(from: bytes, path: stamp.path)
            let entities = EntityExtractor.extract(from: article)
            return .parsed(try IndexedArticle(file: stamp, hash: hash, article: article, entities: entities), replacing: previous?.id)
        } catch let error as LoadError {
            return .failed(error, replacing: previous?.id)
        } catch {
            return .failed(LoadError(path: stamp.path, reason: "cannot be indexed: \(error)"), replacing: previous?.id)
        }
    }

    struct WriteCounts: Sendable {
        var added = 0
        var updated = 0
        var touched = 0
        var unchanged = 0
        var failures: [LoadError] = []
    }

    /// Writes one batch inside the caller's transaction. A time from `racyAfter` on is stored
    /// as not to be trusted (`storedTime`), so that the next refresh reads the file again.
    static func write(_ db: Database, _ outcomes: [Outcome], racyAfter: Int64 = .max) throws -> WriteCounts {
        var counts = WriteCounts()
        for outcome in outcomes {
            switch outcome {
            case let .touched(stamp, id, racy):
                try db.cachedStatement(sql: "UPDATE article SET size = ?, mtime = ? WHERE id = ?")
                    .execute(arguments: [stamp.size, storedTime(stamp.mtime, racyAfter: racyAfter), id])
                // A file read again only because its time was unknown did not change.
                if racy { counts.unchanged += 1 } else { counts.touched += 1 }
            case let .failed(error, replacing):
                if let replacing { try deleteArticle(db, id: replacing) }
                counts.failures.append(error)
            case let .parsed(record, replacing):
                if let replacing {
                    try deleteArticle(db, id: replacing)
                    counts.updated += 1
                } else {
                    counts.added += 1
                }
                try insert(db, record, racyAfter: racyAfter)
            }
        }
        return counts
    }

    private static func insert(_ db: Database, _ record: IndexedArticle, racyAfter: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO article(path, size, mtime, hash, title, published, published_inferred, primary_province,
                primary_post_merger, primary_key, primary_post_key, section, author, source, url)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: StatementArguments([
                record.file.path, record.file.size, storedTime(record.file.mtime, racyAfter: racyAfter), record.hash, record.title,
                record.published, record.publishedInferred, record.primaryProvince, record.primaryPostMerger, record.primaryKey, record.primaryPostKey,
                record.section, record.author, record.source, record.url,
            ] as [(any DatabaseValueConvertible)?]))
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: """
            INSERT INTO article_content(id, search_title, body, article_json, entities_json) VALUES (?,?,?,?,?)
            """).execute(arguments: [id, record.searchTitle, record.body, record.articleJSON, record.entitiesJSON])
        let columns = record.columns
        try db.cachedStatement(sql: "INSERT INTO article_fts(rowid, title_f, body_f, title_m, body_m) VALUES (?,?,?,?,?)")
            .execute(arguments: [id, columns.titleFolded, columns.bodyFolded, columns.titleMarked, columns.bodyMarked])
        let provinceStatement = try db.cachedStatement(sql: """
            INSERT INTO article_province(article_id, name, name_key, post_merger, post_merger_key, mentions) VALUES (?,?,?,?,?,?)
            """)
        for province in record.provinces {
            try provinceStatement.execute(arguments: [id, province.name, province.nameKey,
                                                      province.postMerger, province.postMergerKey, province.mentions])
        }
        let documentStatement = try db.cachedStatement(sql: """
            INSERT INTO document(key, key_key, id, id_key, type, number, year, issuer, term, scope, date, title, unknown)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT(key) DO UPDATE SET
                number = COALESCE(document.number, excluded.number), year = COALESCE(document.year, excluded.year),
                issuer = COALESCE(document.issuer, excluded.issuer), term = COALESCE(document.term, excluded.term),
                scope = COALESCE(document.scope, excluded.scope), date = COALESCE(document.date, excluded.date),
                title = COALESCE(document.title, excluded.title)
            """)
        for row in record.documents {
            let document = row.document
            try documentStatement.execute(arguments: StatementArguments([
                document.key, row.keyKey, document.id, row.idKey,
                document.type, document.number, document.year, document.issuer, document.term, document.scope,
                document.date, document.title, document.unknown.joined(separator: ","),
            ] as [(any DatabaseValueConvertible)?]))
        }
        let citationStatement = try db.cachedStatement(sql: """
            INSERT INTO citation(article_id, document_key, mention, "offset", sentence, title, date,
                read_key, family, qualifier, value, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        for citation in record.citations {
            let reading = citation.reading
            try citationStatement.execute(arguments: [id, citation.documentKey, citation.mention, citation.offset, citation.sentence,
                                                      citation.title, citation.date, citation.documentKey, reading?.family,
                                                      reading?.kind.rawValue, reading?.value, reading?.evidence])
        }
        let personStatement = try db.cachedStatement(sql: "INSERT INTO person(article_id, name, name_key, roles) VALUES (?,?,?,?)")
        for person in record.people {
            try personStatement.execute(arguments: [id, person.name, person.nameKey, person.roles])
        }
    }

    /// Deletes an article's row, its entity rows (by cascade) and its full-text entry. The
    /// full-text index is contentless, so the entry is removed by giving its values again.
    static func deleteArticle(_ db: Database, id: Int64) throws {
        if let row = try Row.fetchOne(db, sql: "SELECT search_title, body FROM article_content WHERE id = ?", arguments: [id]) {
            let columns = SearchColumns(title: row["search_title"], body: row["body"])
            try db.cachedStatement(sql: """
                INSERT INTO article_fts(article_fts, rowid, title_f, body_f, title_m, body_m) VALUES ('delete', ?, ?, ?, ?, ?)
                """).execute(arguments: [id, columns.titleFolded, columns.bodyFolded, columns.titleMarked, columns.bodyMarked])
        }
        try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
    }
}

/// Counters the writer thread fills in while the main thread parses the next batch.
struct WriterState: Sendable {
    var writerCPUSeconds = 0.0
    var added = 0
    var updated = 0
    var touched = 0
    var unchanged = 0
    var failures: [LoadError] = []
    var error: (any Error)?

    mutating func add(_ counts: CorpusIndex.WriteCounts) {
        added += counts.added
        updated += counts.updated
        touched += counts.touched
        unchanged += counts.unchanged
        failures += counts.failures
    }
}

/// Copies committed pages of the write-ahead log into the database on its own thread and
/// connection while a bulk load writes (a passive checkpoint never blocks the writer), after
/// each commit and at least every half second.
final class Checkpointer: @unchecked Sendable {
    private let condition = NSCondition()
    private var running = true
    private var poked = false
    private var finished = false

    /// Nil when a second connection cannot be opened: the caller's final checkpoint then does
    /// all the copying.
    init?(path: String) {
        var config = Configuration()
        config.busyMode = .timeout(5)
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return nil }
        let thread = Thread { [self] in
            Thread.current.name = "baoterm-ckpt"
            while waitForWork() {
                _ = try? queue.inDatabase { db in try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)") }
            }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// Asks for a checkpoint now (a commit just happened).
    func poke() {
        condition.lock()
        poked = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the thread and waits for its last checkpoint to end.
    func stop() {
        condition.lock()
        running = false
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    /// Waits for a poke or half a second; false once stopped.
    private func waitForWork() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if running && !poked { _ = condition.wait(until: Date().addingTimeInterval(0.5)) }
        poked = false
        return running
    }
}

/// Files the workers prepared, and how far into the refresh's work list they reach.
struct ParsedBatch: Sendable {
    var outcomes: [CorpusIndex.Outcome]
    var end: Int
}

/// A bounded hand-over of parsed batches from the parsing thread to the writer thread: `put`
/// waits while `capacity` batches are waiting, `take` waits for a batch and returns nil once the
/// producer is finished and everything was taken.
final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [ParsedBatch] = []
    private var producing = true
    private var consuming = true
    private let capacity: Int
    /// Time spent waiting in `put` (for room) and in `take` (for a batch).
    private(set) var putWaitSeconds = 0.0
    private(set) var takeWaitSeconds = 0.0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func put(_ batch: ParsedBatch) {
        condition.lock()
        defer { condition.unlock() }
        if items.count >= capacity && consuming {
            let began = Date()
            while items.count >= capacity && consuming { condition.wait() }
            putWaitSeconds += Date().timeIntervalSince(began)
        }
        if consuming { items.append(batch) }
        condition.broadcast()
    }

    func take() -> ParsedBatch? {
        condition.lock()
        defer { condition.unlock() }
        if items.isEmpty && producing {
            let began = Date()
            while items.isEmpty && producing { condition.wait() }
            takeWaitSeconds += Date().timeIntervalSince(began)
        }
        condition.broadcast()
        return items.isEmpty ? nil : items.removeFirst()
    }

    /// The producer has nothing more.
    func finishPutting() {
        condition.lock()
        producing = false
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stopped: `put` no longer waits, and `waitUntilTaken` returns.
    func finishTaking() {
        condition.lock()
        consuming = false
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the consumer to stop.
    func waitUntilTaken() {
        condition.lock()
        while consuming { condition.wait() }
        condition.unlock()
    }
}

/// CPU time of the calling thread, in seconds.
public func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
}

/// A value guarded by a lock, for state shared between threads (the parsing workers and the
/// writer, a command's answer computed beside its refresh).
public final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    public init(_ value: Value) {
        self.value = value
    }

    public func read<T>(_ body: (Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(value)
    }

    public func update(_ body: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(&value)
    }
}
