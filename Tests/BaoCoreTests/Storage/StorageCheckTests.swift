import BaoCore
@testable import BaoCorpus
import Foundation
import GRDB
import XCTest

/// The page check, the writer lock and the errors by cause, on real files.
final class StorageCheckTests: XCTestCase {
    private func indexedCorpus(files: Int = 120) throws -> (TempCorpus, CorpusIndex) {
        let corpus = try TempCorpus()
        for number in 0..<files {
            try corpus.write("\(number).txt", "Tin số \(number)\nXã Thái Hòa đón chuẩn nông thôn mới lần \(number).\n"
                + String(repeating: "Người dân phấn khởi, thủy lợi và giao thông phát triển. ", count: 40) + "\n")
        }
        let (index, _) = try corpus.refreshed()
        return (corpus, index)
    }

    /// Writes two pages of garbage in the middle of the file at `path`; returns its status from before.
    private func writeGarbageInTheMiddle(of path: String) throws -> stat {
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: UInt64(info.st_size / 2 / 4096 * 4096))
        try handle.write(contentsOf: Data(repeating: 0xEE, count: 8192))
        try handle.close()
        return info
    }

    func testASoundIndexPassesThePageCheck() throws {
        let (corpus, _) = try indexedCorpus()
        XCTAssertEqual(PageCheck.check(corpus.indexPath), .sound)
        XCTAssertEqual(PageCheck.check(corpus.root + "/missing.sqlite"), .sound)
    }

    func testGarbageAnywhereIsFound() throws {
        let (corpus, index) = try indexedCorpus()
        try index.pool.writeWithoutTransaction { db in _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let clean = try Data(contentsOf: URL(fileURLWithPath: corpus.indexPath))
        XCTAssertGreaterThan(clean.count, 200_000)
        var generator = SystemRandomNumberGenerator()
        for fraction in [0.1, 0.25, 0.5, 0.75, 0.95] {
            var damaged = clean
            let start = Int(Double(clean.count) * fraction)
            let end = min(clean.count, start + 8192)
            damaged.replaceSubrange(start..<end, with: (start..<end).map { _ in UInt8.random(in: 0...255, using: &generator) })
            let path = corpus.root + "/damaged.sqlite"
            try damaged.write(to: URL(fileURLWithPath: path))
            guard case .damagedPage(let page) = PageCheck.check(path) else {
                return XCTFail("8 KiB of garbage at \(fraction) not found")
            }
            XCTAssertEqual(page, start / 4096 + 1 + (start % 4096 == 0 ? 0 : 1), "\(fraction)")
        }
        var header = clean
        header.replaceSubrange(0..<16, with: Data(repeating: 0x41, count: 16))
        try header.write(to: URL(fileURLWithPath: corpus.root + "/header.sqlite"))
        XCTAssertEqual(PageCheck.check(corpus.root + "/header.sqlite"), .notSQLite)
    }

    /// A sound check is recorded beside the file; the file is read again only once something
    /// wrote it, even when the writer set its time back.
    func testTheCheckIsSkippedOnlyWhileNothingWroteTheFile() throws {
        let (corpus, index) = try indexedCorpus()
        try index.pool.writeWithoutTransaction { db in _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let path = corpus.indexPath
        XCTAssertEqual(PageCheck.checkUnlessUnchanged(path), .sound)
        XCTAssertEqual(try String(contentsOfFile: PageCheck.stampPath(path), encoding: .utf8), PageCheck.FileStamp(path: path)?.text)

        // Garbage written over a page, the time set back: the change time still moved.
        let info = try writeGarbageInTheMiddle(of: path)
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        guard case .damagedPage = PageCheck.checkUnlessUnchanged(path) else { return XCTFail("the garbage is not found") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: PageCheck.stampPath(path)), "no record of a damaged file")

        // A record that matches the file is trusted: the file is not read.
        try XCTUnwrap(PageCheck.FileStamp(path: path)).text.write(toFile: PageCheck.stampPath(path), atomically: true, encoding: .utf8)
        XCTAssertEqual(PageCheck.checkUnlessUnchanged(path), .sound)
    }

    /// Opening, refreshing and closing an index that is up to date writes nothing to its file:
    /// the next command's page check has nothing to read again. (Files written in the last two
    /// seconds are read and stored again by every refresh: these are older.)
    func testARefreshThatChangesNothingLeavesTheFileAsItWas() throws {
        let (corpus, first) = try indexedCorpus(files: 20)
        for number in 0..<20 { try corpus.age("\(number).txt", secondsAgo: 3600) }
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: corpus.folder)
        XCTAssertEqual(try first.refresh(roots: [corpus.folder]).touched, 20)
        try first.pool.writeWithoutTransaction { db in _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        XCTAssertTrue(try first.refresh(roots: [corpus.folder]).isNoOp)
        try first.pool.database.close()
        let before = try XCTUnwrap(PageCheck.FileStamp(path: corpus.indexPath))
        for _ in 0..<2 {
            let index = try corpus.open()
            XCTAssertTrue(try index.refresh(roots: [corpus.folder]).isNoOp)
            XCTAssertEqual(try index.search("thai hoa", limit: 3).count, 3)
            try index.pool.database.close()
            XCTAssertEqual(PageCheck.FileStamp(path: corpus.indexPath), before)
        }
        XCTAssertEqual(try String(contentsOfFile: PageCheck.stampPath(corpus.indexPath), encoding: .utf8), before.text)
    }

    /// A refresh that wrote leaves the database file whole on its own (its log copied in), though
    /// connections close without a checkpoint: a copy of the file alone holds every article.
    func testARefreshThatWroteLeavesTheFileWholeWithoutItsLog() throws {
        let (corpus, index) = try indexedCorpus(files: 10)
        try corpus.write("new.txt", "Tin mới\nXã Thái Hòa có chợ mới.\n")
        XCTAssertEqual(try index.refresh(roots: [corpus.folder]).added, 1)
        let copy = corpus.root + "/copy.sqlite"
        try FileManager.default.copyItem(atPath: corpus.indexPath, toPath: copy)
        var config = Configuration()
        config.readonly = true
        let count = try DatabaseQueue(path: CorpusIndex.immutableURI(copy), configuration: config).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article")
        }
        XCTAssertEqual(count, 11)
    }

    /// A refresh that found the file sound and then wrote it records the file as it left it, so
    /// the next command does not read the whole file because of the writer's own changes; a
    /// write from outside after that is still seen, and its damage found.
    func testTheWritersOwnChangesAreNotCheckedAgainButLaterDamageIs() throws {
        let (corpus, index) = try indexedCorpus(files: 60)
        XCTAssertTrue(try index.refresh(roots: [corpus.folder]).rebuilt == nil)
        let path = corpus.indexPath
        let soundBefore = try XCTUnwrap(PageCheck.soundStamp(path), "the first refresh's check is recorded")
        try corpus.write("new.txt", "Tin mới\nXã Thái Hòa có chợ mới.\n" + String(repeating: "Chợ mở cửa từ sáng sớm. ", count: 400) + "\n")
        XCTAssertEqual(try index.refresh(roots: [corpus.folder]).added, 1)
        let after = try XCTUnwrap(PageCheck.FileStamp(path: path))
        XCTAssertNotEqual(after, soundBefore, "the refresh wrote the file")
        XCTAssertEqual(try String(contentsOfFile: PageCheck.stampPath(path), encoding: .utf8), after.text)

        // Garbage from outside after the writer finished: the record no longer matches.
        _ = try writeGarbageInTheMiddle(of: path)
        XCTAssertNil(PageCheck.soundStamp(path))
        guard case .damagedPage = PageCheck.checkUnlessUnchanged(path) else { return XCTFail("the garbage is not found") }

        // A writer that began on a file not found sound records nothing.
        let stale = try XCTUnwrap(PageCheck.FileStamp(path: path))
        PageCheck.keepSound(path, since: stale)
        XCTAssertFalse(FileManager.default.fileExists(atPath: PageCheck.stampPath(path)))
    }

    /// A query that meets a damaged database leaves a mark; the next refresh has SQLite check
    /// the file, rebuilds the index when the damage is confirmed, and keeps the user's state.
    func testDamageFoundByAQueryIsRebuiltByTheNextRefresh() throws {
        let (corpus, first) = try indexedCorpus(files: 5)
        let id = try XCTUnwrap(try first.articleID(path: IndexLocation.absolutePath(corpus.path("2.txt"))))
        try first.setRead(id: id, true)
        let root = try first.pool.writeWithoutTransaction { db -> Int in
            _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            return try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'article'") ?? 0
        }
        // Damage inside a page (its cell pointers), past the bytes the page check reads.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: corpus.indexPath))
        try handle.seek(toOffset: UInt64((root - 1) * 4096 + 8))
        try handle.write(contentsOf: Data(repeating: 0xFF, count: 10))
        try handle.close()
        XCTAssertEqual(PageCheck.check(corpus.indexPath), .sound)

        let index = try corpus.open()
        XCTAssertThrowsError(try index.pool.read { _ in throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "database disk image is malformed") }) { error in
            let storage = error as? StorageError
            XCTAssertEqual(storage?.cause, .corrupt)
            XCTAssertEqual(storage?.message, "the index \(corpus.indexPath) is damaged: it is rebuilt from the articles when baoterm next updates it (read marks and bookmarks are kept apart and are not affected)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: corpus.indexPath + ".damaged"))
        let summary = try index.refresh(roots: [corpus.folder])
        XCTAssertEqual(summary.added, 5)
        XCTAssertTrue(summary.rebuilt?.contains("found damaged while it was read") == true, summary.rebuilt ?? "")
        XCTAssertEqual(try index.articles(matching: ArticleFilter()).filter(\.isRead).names, ["2.txt"])
        XCTAssertEqual(try index.integrityCheck(), "ok")
        XCTAssertTrue(try index.refresh(roots: [corpus.folder]).isNoOp, "the mark is gone once rebuilt")
    }

    /// A mark of damage that SQLite's own checks do not confirm (the error came from elsewhere)
    /// is dropped and the index is kept: nothing is indexed again.
    func testAMarkSQLiteDoesNotConfirmKeepsTheIndex() throws {
        let (corpus, index) = try indexedCorpus(files: 5)
        XCTAssertThrowsError(try index.pool.read { _ in throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "database disk image is malformed") })
        XCTAssertTrue(FileManager.default.fileExists(atPath: corpus.indexPath + ".damaged"))
        let summary = try index.refresh(roots: [corpus.folder])
        XCTAssertNil(summary.rebuilt)
        XCTAssertTrue(summary.isNoOp)
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.indexPath + ".damaged"))
    }

    func testTheWriterLockExcludesASecondWriter() throws {
        let corpus = try TempCorpus()
        let first = IndexLock(indexPath: corpus.indexPath)
        let second = IndexLock(indexPath: corpus.indexPath)
        XCTAssertTrue(try first.tryLock())
        XCTAssertFalse(try second.tryLock())
        XCTAssertEqual(second.holder(), getpid())
        first.unlock()
        XCTAssertTrue(try second.tryLock())
        second.unlock()
    }

    /// A refresh that finds the lock held leaves the index as it is and says so.
    func testARefreshThatFindsTheLockHeldUsesTheIndexAsItIs() throws {
        let (corpus, index) = try indexedCorpus(files: 3)
        try corpus.write("new.txt", "Tin mới\nHoa lan nở rộ.\n")
        let other = IndexLock(indexPath: corpus.indexPath)
        XCTAssertTrue(try other.tryLock())
        let skipped = try index.refresh(roots: [corpus.folder], whenBusy: .useAsIs)
        XCTAssertEqual(skipped.skipped, .busy(holder: getpid()))
        XCTAssertEqual(try index.articleCount(), 3)
        other.unlock()
        XCTAssertEqual(try index.refresh(roots: [corpus.folder], whenBusy: .useAsIs).added, 1)
    }

    func testErrorsAreDescribedByCauseWithoutSQL() {
        let cases: [(ResultCode, StorageError.Cause, String)] = [
            (.SQLITE_FULL, .diskFull, "the disk holding the index /x.sqlite is full: free some space and run the command again (the index keeps its last complete state)"),
            (.SQLITE_READONLY, .readOnly, "the index /x.sqlite cannot be written (read-only file or folder)"),
            (.SQLITE_BUSY, .busy, "the index /x.sqlite is busy in another baoterm process: run the command again when it is done"),
            (.SQLITE_NOTADB, .corrupt, "the index /x.sqlite is damaged: it is rebuilt from the articles when baoterm next updates it (read marks and bookmarks are kept apart and are not affected)"),
            (.SQLITE_CONSTRAINT, .other, "the index /x.sqlite could not be used (database error 19)"),
        ]
        for (code, cause, message) in cases {
            let error = StorageError(DatabaseError(resultCode: code, message: "UNIQUE constraint failed", sql: "INSERT INTO article"), path: "/x.sqlite", what: .index)
            XCTAssertEqual(error.cause, cause)
            XCTAssertEqual(error.message, message)
        }
    }
}
