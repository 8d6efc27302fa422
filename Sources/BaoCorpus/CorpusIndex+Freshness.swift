import BaoArticle
import Foundation
import GRDB
import GRDBSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a refresh tells what changed without walking the whole corpus.
///
/// Adding, removing or renaming an entry changes its folder's modification time; editing a file
/// in place changes the file's own. So a refresh keeps the folders it walked (`WalkRecord`), and
/// when none of them changed it only `stat`s the files the index knows, row by row, instead of
/// listing every folder again. Times are kept in nanoseconds, and a file or folder whose time
/// is within `racyMargin` of the refresh that recorded it is stored as not to be trusted (a
/// folder as 0, a file as `storedTime`): a file written again in the same clock tick, with the
/// same size, would otherwise look unchanged. The next refresh reads it (and compares its
/// content hash) once more.
extension CorpusIndex {
    /// Timestamps this close to the refresh's start may not yet tell one write from the next
    /// (file systems keep times in ticks of a few milliseconds, some in seconds or two).
    static let racyMargin: Int64 = 2_000_000_000

    /// The time a row keeps of a file: its modification time, or, when that is too recent to
    /// tell one write from the next, the time negated (minus one), which no file's time equals.
    static func storedTime(_ mtime: Int64, racyAfter: Int64) -> Int64 {
        mtime >= racyAfter ? -mtime - 1 : mtime
    }

    /// True when a row's time was stored as too recent and the file still has that time and
    /// size: it is read again only to compare its content.
    static func isRacy(_ stored: Int64, _ size: Int64, _ file: ListedFile) -> Bool {
        stored < 0 && -(stored + 1) == file.mtime && size == file.size
    }

    /// What the last full walk saw: the roots, every folder with its modification time, and
    /// the files that could not be indexed (read again each time, to be reported again).
    struct WalkRecord: Equatable {
        var roots: [String]
        var folders: [(path: String, mtime: Int64)]
        var failed: [String]

        static func == (a: WalkRecord, b: WalkRecord) -> Bool {
            a.roots == b.roots && a.failed == b.failed
                && a.folders.map(\.path) == b.folders.map(\.path) && a.folders.map(\.mtime) == b.folders.map(\.mtime)
        }

        /// One line per entry: "R\tpath", "D\tmtime\tpath", "F\tpath" (paths hold no line breaks
        /// here: a walk that met one is not recorded).
        var text: String {
            (roots.map { "R\t" + $0 } + folders.map { "D\t\($0.mtime)\t" + $0.path } + failed.map { "F\t" + $0 })
                .joined(separator: "\n")
        }

        init(roots: [String], folders: [(path: String, mtime: Int64)], failed: [String]) {
            self.roots = roots
            self.folders = folders
            self.failed = failed
        }

        init?(text: String) {
            roots = []
            folders = []
            failed = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                switch (fields.first, fields.count) {
                case ("R", 2): roots.append(String(fields[1]))
                case ("F", 2): failed.append(String(fields[1]))
                case ("D", 3):
                    guard let mtime = Int64(fields[1]) else { return nil }
                    folders.append((String(fields[2]), mtime))
                default: return nil
                }
            }
        }

        /// The record of a walk, or nil when the walk cannot be trusted to be repeated by a
        /// look at its folders: it met errors (an unreadable folder may become readable with no
        /// new time), or a path holds a line break.
        init?(roots: [String], walk: FolderWalker, failed: [String], racyAfter: Int64) {
            guard walk.errors.isEmpty else { return nil }
            let paths = roots + walk.folders.map(\.path) + failed
            guard !paths.contains(where: { $0.contains("\n") || $0.contains("\t") }) else { return nil }
            self.init(roots: roots,
                      folders: walk.folders.map { ($0.path, $0.mtime >= racyAfter ? 0 : $0.mtime) },
                      failed: failed)
        }
    }

    /// The stored record of the last full walk.
    func walkRecord() throws -> WalkRecord? {
        try pool.read { db in
            try IndexMeta.value(db, "walk").flatMap(WalkRecord.init(text:))
        }
    }

    /// Stores (or, with nil, forgets) the record of the last full walk.
    func saveWalkRecord(_ record: WalkRecord?) throws {
        try pool.write { db in
            if let record {
                try IndexMeta.set(db, "walk", record.text)
            } else {
                try IndexMeta.remove(db, "walk")
            }
        }
    }

    /// A file the refresh must look at, with the row it had.
    struct Candidate {
        var file: ListedFile
        var previousID: Int64?
        /// The row's time was stored as too recent (`storedTime`) and the file kept it: a same
        /// hash is no change.
        var racy: Bool
        /// The file has the row's size and time (a watcher reported it): a same hash leaves
        /// the row as it is.
        var same = false
    }

    /// What a look at the known files found, when the folders did not change.
    struct QuickCheck {
        var candidates: [Candidate]
        var files: Int
        var unchanged: Int
    }

    /// The candidate for a known file as its `stat` found it, or nil when it is unchanged: its
    /// size and time are the row's and its status changed before `changedBefore` (an edit that
    /// set the time back still moves the status change time, which cannot be set back).
    static func candidate(_ file: ListedFile, id: Int64, size: Int64, mtime: Int64, changedBefore: Int64?) -> Candidate? {
        guard file.size == size && file.mtime == mtime else {
            return Candidate(file: file, previousID: id, racy: isRacy(mtime, size, file))
        }
        guard let changedBefore, file.ctime >= changedBefore else { return nil }
        return Candidate(file: file, previousID: id, racy: true, same: true)
    }

    /// Without walking: nil when a folder of `record` changed (or cannot be looked at), else
    /// every indexed file whose size or time differs or whose status changed since
    /// `changedBefore` (`candidate`), plus the files that failed last time.
    func quickCheck(_ record: WalkRecord, roots: [String], changedBefore: Int64? = nil) throws -> QuickCheck? {
        guard record.roots == roots else { return nil }
        for folder in record.folders {
            var info = stat()
            guard folder.mtime != 0, stat(folder.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
                  ListedFile(path: folder.path, info: info).mtime == folder.mtime else { return nil }
        }
        // A root that is a file: it must still be one (its row is checked below).
        let folders = Set(record.folders.map(\.path))
        for root in roots where !folders.contains(root) {
            var info = stat()
            guard stat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        }
        var check = QuickCheck(candidates: [], files: 0, unchanged: 0)
        let threads = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
        let complete = try pool.read { db -> Bool in
            // The columns are read straight from SQLite: a row through GRDB makes a Data per path.
            let statement = try db.makeStatement(sql: "SELECT id, path, size, mtime FROM article")
            let cursor = try Row.fetchCursor(statement)
            let columns = statement.sqliteStatement
            var batch = KnownFiles()
            while true {
                batch.removeAll()
                while batch.count < Self.statBatch, try cursor.next() != nil {
                    let path = UnsafeRawBufferPointer(start: sqlite3_column_text(columns, 1), count: Int(sqlite3_column_bytes(columns, 1)))
                    batch.append(id: sqlite3_column_int64(columns, 0), path: path,
                                 size: sqlite3_column_int64(columns, 2), mtime: sqlite3_column_int64(columns, 3))
                }
                guard batch.count > 0 else { return true }
                guard let found = batch.stat(threads: threads) else { return false }
                for index in 0..<batch.count {
                    check.files += 1
                    let (size, mtime) = (batch.sizes[index], batch.mtimes[index])
                    if found[index].size == size && found[index].mtime == mtime && found[index].ctime < (changedBefore ?? .max) {
                        check.unchanged += 1
                    } else {
                        var file = ListedFile(path: batch.path(index), size: found[index].size, mtime: found[index].mtime)
                        file.ctime = found[index].ctime
                        if let candidate = Self.candidate(file, id: batch.ids[index], size: size, mtime: mtime, changedBefore: changedBefore) {
                            check.candidates.append(candidate)
                        }
                    }
                }
            }
        }
        guard complete else { return nil }
        var directory = OpenFolder()
        defer { directory.release() }
        for path in record.failed {
            var bytes = Array(path.utf8)
            guard let info = bytes.withUnsafeMutableBufferPointer({ directory.info(of: UnsafeBufferPointer($0)) }) else { return nil }
            check.files += 1
            check.candidates.append(Candidate(file: ListedFile(path: path, info: info), previousID: nil, racy: false))
        }
        return check
    }
}

extension CorpusIndex {
    /// How many indexed files the quick check reads from the index before it looks at them.
    static let statBatch = 4096
}

/// A batch of indexed files (their rows' id, path, size and time), with their paths' bytes in
/// one buffer rather than a String each, looked at on several threads at once: a `stat` costs
/// the kernel a name lookup (microseconds on a busy machine), which is most of a warm command.
private struct KnownFiles {
    var ids: [Int64] = []
    var sizes: [Int64] = []
    var mtimes: [Int64] = []
    private var bytes: [UInt8] = []
    /// Where each path ends in `bytes`.
    private var ends: [Int] = []

    var count: Int { ids.count }

    mutating func removeAll() {
        ids.removeAll(keepingCapacity: true)
        sizes.removeAll(keepingCapacity: true)
        mtimes.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    mutating func append(id: Int64, path: UnsafeRawBufferPointer, size: Int64, mtime: Int64) {
        ids.append(id)
        sizes.append(size)
        mtimes.append(mtime)
        bytes.append(contentsOf: path)
        ends.append(bytes.count)
    }

    func path(_ index: Int) -> String {
        String(decoding: bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]], as: UTF8.self)
    }

    /// The size and time of every file, looked at by `threads` threads, each over a run of
    /// consecutive rows (which mostly share a folder); nil when one is missing or no regular file.
    func stat(threads: Int) -> [(size: Int64, mtime: Int64, ctime: Int64)]? {
        let count = self.count
        let parts = max(1, min(threads, count / 256))
        let results = Locked([[(size: Int64, mtime: Int64, ctime: Int64)]?](repeating: nil, count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let found = statRun((count * part / parts)..<(count * (part + 1) / parts))
            results.update { $0[part] = found }
        }
        let runs = results.read { $0 }
        guard !runs.contains(where: { $0 == nil }) else { return nil }
        return runs.flatMap { $0 ?? [] }
    }

    private func statRun(_ run: Range<Int>) -> [(size: Int64, mtime: Int64, ctime: Int64)]? {
        var folder = OpenFolder()
        defer { folder.release() }
        var found: [(size: Int64, mtime: Int64, ctime: Int64)] = []
        found.reserveCapacity(run.count)
        return bytes.withUnsafeBufferPointer { bytes in
            for index in run {
                let start = index == 0 ? 0 : ends[index - 1]
                guard let info = folder.info(of: UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])) else { return nil }
                found.append((Int64(info.st_size), ListedFile.mtime(of: info), ListedFile.ctime(of: info)))
            }
            return found
        }
    }
}

/// `stat` of files by full path, relative to their folder kept open while consecutive files
/// share it (the kernel then resolves one name, not the whole path, per file).
private struct OpenFolder {
    private var folder: [UInt8] = []
    private var descriptor: Int32 = -1
    /// The file name, NUL-terminated, for `fstatat`.
    private var name: [CChar] = []

    /// The file at `path` (UTF-8 bytes of an absolute path), nil when missing or not a regular file.
    mutating func info(of path: UnsafeBufferPointer<UInt8>) -> stat? {
        guard let slash = path.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let parent = UnsafeBufferPointer(rebasing: path[..<slash])
        if descriptor < 0 || !Self.same(parent, folder) {
            release()
            folder = Array(parent)
            let name = parent.isEmpty ? "/" : String(decoding: parent, as: UTF8.self)
            descriptor = open(name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
        }
        name.removeAll(keepingCapacity: true)
        for byte in path[(slash + 1)...] { name.append(CChar(bitPattern: byte)) }
        name.append(0)
        var info = stat()
        guard fstatat(descriptor, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return info
    }

    private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
        bytes.count == other.count && other.withUnsafeBufferPointer { other in
            guard let a = bytes.baseAddress, let b = other.baseAddress else { return bytes.isEmpty }
            return memcmp(a, b, bytes.count) == 0
        }
    }

    mutating func release() {
        if descriptor >= 0 { _ = close(descriptor) }
        descriptor = -1
    }
}
