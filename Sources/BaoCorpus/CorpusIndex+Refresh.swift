import BaoArticle
import BaoEntities
import BaoStore
import Foundation
import GRDB

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
    ///
    /// With `watch`, what changed is asked of the index's folder watcher first (see
    /// `FolderWatcher` for the protocol); when none answers, every file is looked at as without
    /// one, and a watcher is started once the refresh is done.
    public func refresh(roots: [String], batchSize: Int = 256, whenBusy: BusyPolicy = .wait(notice: { _ in }),
                        watch: WatchLink? = nil,
                        progress: (@Sendable (RefreshProgress) -> Void)? = nil) throws -> RefreshSummary {
        let clock = Date()
        // Files and folders newer than this are stored with an unknown time (`racyMargin`).
        let racyAfter = Int64(clock.timeIntervalSince1970 * 1_000_000_000) - Self.racyMargin
        var summary = RefreshSummary()
        if isReadOnly {
            summary.skipped = .readOnly
            return summary
        }
        guard try takeWriterLock(whenBusy) else {
            summary.skipped = .busy(holder: lock.holder())
            return summary
        }
        let absolute = roots.map(IndexLocation.absolutePath)
        var startWatcher = false
        var told: WatchPoint?
        defer {
            lock.unlock()
            if let told { watch?.synced(told) }
            if startWatcher { watch?.startIfNone(roots: absolute) }
        }
        summary.rebuilt = try rebuildIfDamaged()
        // Found sound: this writer's own writes below do not make the next command read the
        // whole file again (`PageCheck.keepSound`).
        let soundStamp = PageCheck.soundStamp(path)
        let changesBefore = try changesWritten()
        try resetIfContentChanged()
        let changedBefore = try storedChangedBefore()

        let (changes, watchRound) = try findChangesAsking(watch, roots: absolute, changedBefore: changedBefore)
        summary.files = changes.files
        summary.unchanged = changes.unchanged
        summary.failures = changes.walkFailures
        let work = try workList(changes.candidates)
        // Files read again only to compare their content (`Work.same`) change nothing unless it
        // changed, which `write` then marks itself.
        if !changes.gone.isEmpty || work.contains(where: { !$0.same }) {
            try removeArticles(changes.gone)
            summary.removed = changes.gone.count
        }

        // A bulk load does not checkpoint the write-ahead log on the writer's thread (SQLite's
        // automatic checkpoint copies the log into the database inside a commit): a checkpointer
        // thread with its own connection copies committed pages while the writer goes on, and the
        // log is emptied at the end.
        let bulk = work.count > batchSize
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
        let written = try parseAndWrite(work, batchSize: batchSize, racyAfter: racyAfter, clock: clock,
                                        checkpointer: checkpointer, progress: progress)
        let state = written.state
        summary.added = state.added
        summary.updated = state.updated
        summary.touched = state.touched
        summary.unchanged += state.unchanged
        summary.writerCPUSeconds = state.writerCPUSeconds
        summary.writerWaitSeconds = written.writerWaitSeconds
        summary.parserWaitSeconds = written.parserWaitSeconds
        summary.failures += state.failures
        summary.failures.sort { $0.path < $1.path }

        try finishCorpusStep(dropUncitedDocuments: summary.removed > 0 || summary.updated > 0)
        try recordWalk(changes, roots: absolute, failed: state.failures.map(\.path), racyAfter: racyAfter)
        let wrote = try changesWritten() != changesBefore
        if try recordWatchRound(watchRound, roots: absolute, wrote: wrote) {
            told = watchRound.point
        }
        // Files read again only for their status change are not read again once the stored time
        // passes it (not before two seconds: a command that changes nothing writes nothing).
        if wrote || changedBefore == nil || changes.candidates.contains(where: { $0.same && $0.file.ctime < racyAfter }) {
            try saveChangedBefore(racyAfter)
        }
        startWatcher = watchRound.unreachable
        try checkpointIfWritten(since: changesBefore)
        if let soundStamp { PageCheck.keepSound(path, since: soundStamp) }
        summary.seconds = Date().timeIntervalSince(clock)
        return summary
    }

    /// Takes the index's writer lock as `policy` says: waiting for another process, or not at
    /// all (false) while one holds it.
    private func takeWriterLock(_ policy: BusyPolicy) throws -> Bool {
        switch policy {
        case .wait(let notice):
            try lock.lock(waiting: notice)
            return true
        case .useAsIs:
            return try lock.tryLock()
        }
    }

    /// What changed under the roots since the index was last refreshed.
    struct Changes {
        /// New files, and known files whose size or time moved.
        var candidates: [Candidate] = []
        /// Rows of files that are gone.
        var gone: [Int64] = []
        /// The full walk, when one was needed (nil when no folder changed), and the stored
        /// record of the last one.
        var walk: FolderWalker?
        var record: WalkRecord?
        var files = 0
        var unchanged = 0
        /// What the walk could not read.
        var walkFailures: [LoadError] = []
    }

    /// Finds new, changed and gone files: by the known files' own times when no folder changed
    /// since the last walk, else by walking the roots. A file whose size and time are its row's
    /// is read again when its status changed since `changedBefore` (`candidate`).
    func findChanges(roots absolute: [String], changedBefore: Int64?) throws -> Changes {
        var changes = Changes()
        let record = try walkRecord()
        changes.record = record
        if let record, let quick = try quickCheck(record, roots: absolute, changedBefore: changedBefore) {
            // No folder changed: only the known files' own times are looked at.
            changes.candidates = quick.candidates
            changes.files = quick.files
            changes.unchanged = quick.unchanged
            return changes
        }
        // The walk's own `stat` of each file gives its size and modification time.
        let listing = ArticleLoader.walk(absolute)
        changes.walk = listing
        changes.walkFailures = listing.errors
        changes.files = listing.files.count
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
                if let candidate = Self.candidate(stamp, id: old.id, size: old.size, mtime: old.mtime, changedBefore: changedBefore) {
                    changes.candidates.append(candidate)
                } else {
                    changes.unchanged += 1
                }
            } else {
                changes.candidates.append(Candidate(file: stamp, previousID: nil, racy: false))
            }
        }
        // A root that is missing altogether (a typo, an unmounted disk) is not taken as a
        // deletion of everything indexed under it.
        let missingRoots = absolute.filter { !FileManager.default.fileExists(atPath: $0) }
        changes.gone = known.filter { path, _ in
            !seen.contains(path) && !missingRoots.contains { path == $0 || path.hasPrefix($0 + "/") }
        }.map(\.value.id)
        return changes
    }

    /// The files to read, each with the content hash of the row it replaces.
    private func workList(_ candidates: [Candidate]) throws -> [Work] {
        try pool.read { db -> [Work] in
            let statement = try db.cachedStatement(sql: "SELECT hash FROM article WHERE id = ?")
            return try candidates.map { candidate in
                guard let id = candidate.previousID else { return Work(stamp: candidate.file, previous: nil) }
                return Work(stamp: candidate.file,
                            previous: (id, try String.fetchOne(statement, arguments: [id]) ?? "", candidate.racy),
                            same: candidate.same)
            }
        }
    }

    /// Deletes the rows of gone files, and marks the corpus step due: whatever changes now, it
    /// runs again, even after a refresh killed midway.
    private func removeArticles(_ gone: [Int64]) throws {
        try pool.write { db in
            try Self.markCorpusStepDue(db)
            for id in gone { try Self.deleteArticle(db, id: id) }
        }
    }

    /// Parses `work` on all cores while one writer thread writes the parsed batches: the counts
    /// it wrote and the time each side waited for the other.
    ///
    /// Parsing goes in small batches, so that both cores work from the first second and little
    /// parsed text waits in memory; the writer commits several of them at a time. Each commit
    /// flushes the full-text index's pending terms into a new segment that later merges
    /// rewrite: a large load commits about six times (at most 8192 files each), well under
    /// the table's automerge threshold, and a small refresh commits once.
    private func parseAndWrite(
        _ work: [Work], batchSize: Int, racyAfter: Int64, clock: Date, checkpointer: Checkpointer?,
        progress: (@Sendable (RefreshProgress) -> Void)?
    ) throws -> (state: WriterState, writerWaitSeconds: Double, parserWaitSeconds: Double) {
        let total = work.count
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
        return (state, queue.takeWaitSeconds, queue.putWaitSeconds)
    }

    /// Drops the documents no article reads any more (after removals or updates), then runs the
    /// corpus step when it is due.
    private func finishCorpusStep(dropUncitedDocuments: Bool) throws {
        if dropUncitedDocuments {
            // A document row stays while an article reads its key, even when the corpus step gives
            // those citations another key for now: it may give them back.
            try pool.write { db in
                try db.execute(sql: "DELETE FROM document WHERE key NOT IN (SELECT read_key FROM citation)")
            }
        }
        try pool.write { db in
            if try Self.corpusStepDue(db) { try Self.applyCorpusStep(db) }
        }
    }

    /// Stores what the walk saw (or the files that failed this time), so that the next refresh
    /// may skip the walk when these folders keep their times.
    private func recordWalk(_ changes: Changes, roots absolute: [String], failed: [String], racyAfter: Int64) throws {
        if let walk = changes.walk {
            let updated = WalkRecord(roots: absolute, walk: walk, failed: failed, racyAfter: racyAfter)
            if updated != changes.record { try saveWalkRecord(updated) }
        } else if var record = changes.record, record.failed != failed {
            record.failed = failed
            try saveWalkRecord(record)
        }
    }

    /// Copies the log into the database file when this refresh wrote anything.
    ///
    /// Connections close without a checkpoint (`openDatabase`): a refresh that wrote copies
    /// its log into the database file, which then holds the whole index on its own (a copy
    /// of the file, a read-only folder read without the log), and empties the log, which
    /// would otherwise take as much room again. It never waits for a reader: while one reads,
    /// the copy stops where the reader is and the log stays; on a full disk the log stays
    /// too (the index is complete in it). A refresh that wrote nothing leaves the file as it was.
    private func checkpointIfWritten(since changesBefore: Int) throws {
        guard try changesWritten() != changesBefore else { return }
        try? pool.writeWithoutTransaction { db in
            let timeout = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(timeout)") }
            _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// The time before which every indexed file was last seen as it is: a file whose status
    /// changed since is read again, even with its row's size and time (an edit that set the
    /// time back). Nil for an index that has not stored one yet.
    func storedChangedBefore() throws -> Int64? {
        try pool.read { db in try IndexMeta.value(db, "changed_before").flatMap { Int64($0) } }
    }

    /// Stores the refresh's start (less the margin of `racyMargin`) as the time before which every
    /// file was seen. Written only with other writes, when files read again for it would not be
    /// read again after it, or the first time: an older time stays valid, it only reads more.
    private func saveChangedBefore(_ time: Int64) throws {
        try pool.write { db in
            try IndexMeta.set(db, "changed_before", String(time))
        }
    }

    /// Rows the writer connection has inserted, updated or deleted since it was opened.
    private func changesWritten() throws -> Int {
        try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "SELECT total_changes()") ?? 0 }
    }

    /// A file to read, with its row's id and content hash (and whether its time was unknown).
    struct Work: Sendable {
        var stamp: ListedFile
        var previous: (id: Int64, hash: String, racy: Bool)?
        /// The file has its row's size and time (`Candidate.same`).
        var same = false
    }

    /// Drops every article row (not user state) when the stored content version is not current.
    private func resetIfContentChanged() throws {
        let current = try pool.read { db in
            try IndexMeta.value(db, "content_version")
        }
        guard current != Self.contentVersion else { return }
        try pool.write { db in
            let stored = try IndexMeta.value(db, "content_version")
            guard stored != Self.contentVersion else { return }
            if stored != nil {
                try db.execute(sql: """
                    INSERT INTO article_fts(article_fts) VALUES('delete-all');
                    DELETE FROM citation; DELETE FROM person; DELETE FROM person_key; DELETE FROM article_province;
                    DELETE FROM document; DELETE FROM article_content; DELETE FROM article;
                    DELETE FROM meta WHERE key IN ('walk', 'watch', 'changed_before');
                    """)
            }
            try IndexMeta.set(db, "content_version", Self.contentVersion)
        }
    }

    /// What the workers made of one file.
    enum Outcome: Sendable {
        case parsed(IndexedArticle, replacing: Int64?)
        /// Same content, new size or mtime (or a time stored as unknown: `racy`).
        case touched(ListedFile, id: Int64, racy: Bool)
        /// Read again with the row's size, time and content: nothing to write.
        case unchanged
        case failed(LoadError, replacing: Int64?)
    }

    /// Reads, hashes, parses and extracts a batch on all cores.
    static func prepare(_ batch: [Work]) -> [Outcome] {
        let results = Locked([Outcome?](repeating: nil, count: batch.count))
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
            let outcome = prepareOne(batch[index].stamp, batch[index].previous, same: batch[index].same)
            results.update { $0[index] = outcome }
        }
        return results.read { $0.compactMap { $0 } }
    }

    private static func prepareOne(_ stamp: ListedFile, _ previous: (id: Int64, hash: String, racy: Bool)?, same: Bool) -> Outcome {
        let bytes: [UInt8]
        switch ArticleLoader.readFile(stamp.path) {
        case .success(let read): bytes = read
        case .failure(let error): return .failed(error, replacing: previous?.id)
        }
        let hash = ContentHash(bytes).hex
        if let previous, previous.hash == hash {
            return same ? .unchanged : .touched(stamp, id: previous.id, racy: previous.racy)
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
        // In the same transaction as the articles it changes: a refresh killed after it commits
        // still leaves the corpus step due.
        if outcomes.contains(where: { if case .parsed = $0 { true } else if case .failed(_, .some) = $0 { true } else { false } }) {
            try markCorpusStepDue(db)
        }
        for outcome in outcomes {
            switch outcome {
            case .unchanged:
                counts.unchanged += 1
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
            INSERT INTO article_content(id, search_title, body, article_json, entities_json, name_ranges) VALUES (?,?,?,?,?,?)
            """).execute(arguments: [id, record.searchTitle, record.body, record.articleJSON, record.entitiesJSON, record.nameRanges])
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
        let nameStatement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO person_key(name_key) VALUES (?)")
        for person in record.people {
            try personStatement.execute(arguments: [id, person.name, person.nameKey, person.roles])
            try nameStatement.execute(arguments: [person.nameKey])
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
