import BaoArticle
import BaoText
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// A refresh that learns what changed from the folder watcher (`FolderWatcher`, whose comment
/// states the protocol) instead of looking at every file.
extension CorpusIndex {
    /// The watcher point the index was last brought up to date to, with the roots it watched.
    struct StoredWatchPoint: Equatable {
        var point: WatchPoint
        var roots: [String]

        /// "instance\nsequence\nroot\nroot…" (roots with a line break are never watched).
        var text: String {
            ([point.instance, String(point.sequence)] + roots).joined(separator: "\n")
        }

        init(point: WatchPoint, roots: [String]) {
            self.point = point
            self.roots = roots
        }

        init?(text: String) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard lines.count >= 3, let sequence = UInt64(lines[1]) else { return nil }
            self.init(point: WatchPoint(instance: lines[0], sequence: sequence), roots: Array(lines.dropFirst(2)))
        }
    }

    /// What a refresh learned from the watcher, and what it is to store and say back.
    struct WatchRound {
        var stored: StoredWatchPoint?
        /// The watcher's current point, when one answered.
        var point: WatchPoint?
        /// Paths the watcher reported.
        var reported = 0
        /// No watcher answered: the command starts one once it is done.
        var unreachable = false
        /// The watcher could not say what changed: every file was looked at.
        var lookedAtAll = false
    }

    func storedWatchPoint() throws -> StoredWatchPoint? {
        try pool.read { db in
            try IndexMeta.value(db, "watch").flatMap(StoredWatchPoint.init(text:))
        }
    }

    /// Finds what changed: from the watcher's report when it can vouch for every change since
    /// the index's point, else by looking at every file (`findChanges(roots:)`).
    func findChangesAsking(_ watch: WatchLink?, roots absolute: [String], changedBefore: Int64?) throws -> (Changes, WatchRound) {
        guard let watch else { return (try findChanges(roots: absolute, changedBefore: changedBefore), WatchRound()) }
        var round = WatchRound(stored: try storedWatchPoint())
        let since = round.stored.flatMap { $0.roots == absolute ? $0.point : nil }
        switch watch.ask(since: since, roots: absolute) {
        case let .changed(point, paths):
            round.point = point
            round.reported = paths.count
            let failed = try walkRecord()?.failed ?? []
            if let changes = try reportedChanges(paths + failed) { return (changes, round) }
            return (try findChanges(roots: absolute, changedBefore: changedBefore), round)
        case let .unknown(point, _):
            round.point = point
            round.lookedAtAll = true
            return (try findChanges(roots: absolute, changedBefore: changedBefore), round)
        case .unreachable:
            round.unreachable = true
            return (try findChanges(roots: absolute, changedBefore: changedBefore), round)
        }
    }

    /// Stores the watcher's point once the refresh has written what changed up to it (or forgets
    /// a point of other roots). The point is written only with other writes, after a look at
    /// every file, or when many paths would be reported again: otherwise the index keeps its
    /// older point and the watcher reports the same few paths next time.
    /// True when a new point was stored (the watcher is then told).
    func recordWatchRound(_ round: WatchRound, roots absolute: [String], wrote: Bool) throws -> Bool {
        guard let point = round.point else {
            if let stored = round.stored, stored.roots != absolute {
                try pool.write { db in try IndexMeta.remove(db, "watch") }
            }
            return false
        }
        let fresh = StoredWatchPoint(point: point, roots: absolute)
        guard fresh != round.stored else { return false }
        guard wrote || round.lookedAtAll || round.reported > 256 else { return false }
        try pool.write { db in
            try IndexMeta.set(db, "watch", fresh.text)
        }
        return true
    }

    /// The files to read for the paths a watcher reported: each path is looked at as the walk
    /// would meet it (a folder walked whole), rows under a path that is gone are gone, and a
    /// file still there is read again even when its size and time are the same (an edit in
    /// place may have restored both). Nil when a path is a symbolic link, which only the full
    /// walk follows as it should.
    func reportedChanges(_ paths: [String]) throws -> Changes? {
        var changes = Changes()
        var candidates: [String: Candidate] = [:]
        var gone = Set<Int64>()
        let complete = try pool.read { db -> Bool in
            let exact = try db.cachedStatement(sql: "SELECT id, path, size, mtime FROM article WHERE path = ?")
            let under = try db.cachedStatement(sql: "SELECT id, path, size, mtime FROM article WHERE path >= ? AND path < ?")
            for path in Set(paths).sorted() {
                var link = stat()
                if SystemPath.withCString(path, { lstat($0, &link) }) == 0, (link.st_mode & S_IFMT) == S_IFLNK { return false }
                var walker = FolderWalker()
                walker.visit(entry: path)
                changes.walkFailures += walker.errors
                var rows: [String: (id: Int64, size: Int64, mtime: Int64)] = [:]
                for statement in [exact, under] {
                    let arguments: StatementArguments = statement === exact ? [path] : [path + "/", path + "0"]
                    let cursor = try Row.fetchCursor(statement, arguments: arguments)
                    while let row = try cursor.next() { rows[row[1]] = (row[0], row[2], row[3]) }
                }
                for file in walker.files {
                    if let row = rows.removeValue(forKey: file.path) {
                        candidates[file.path] = Candidate(file: file, previousID: row.id, racy: true,
                                                          same: row.size == file.size && row.mtime == file.mtime)
                    } else if candidates[file.path] == nil {
                        candidates[file.path] = Candidate(file: file, previousID: nil, racy: false)
                    }
                }
                gone.formUnion(rows.values.map(\.id))
            }
            return true
        }
        guard complete else { return nil }
        // A file met again under another reported path (it moved meanwhile) is not gone.
        gone.subtract(candidates.values.compactMap(\.previousID))
        changes.candidates = candidates.values.sorted { $0.file.path < $1.file.path }
        changes.gone = gone.sorted()
        changes.files = candidates.count
        return changes
    }
}
