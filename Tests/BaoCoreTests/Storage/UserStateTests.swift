import BaoCore
@testable import BaoCorpus
import Foundation
import GRDB
import XCTest

/// Read marks, bookmarks and history live in their own database and survive anything done to
/// the index.
final class UserStateTests: XCTestCase {
    private func corpus() throws -> TempCorpus {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nXã Thái Hòa đón chuẩn nông thôn mới.\nNgười dân phấn khởi.\n")
        try corpus.write("b.txt", "Tin hai\nNgành hóa chất tăng trưởng mạnh.\nDoanh nghiệp mở rộng.\n")
        try corpus.write("c.txt", "Tin ba\nVườn hoa lan nở rộ dịp Tết.\nDu khách đông vui.\n")
        return corpus
    }

    private func id(_ index: CorpusIndex, _ corpus: TempCorpus, _ name: String) throws -> Int64 {
        try XCTUnwrap(try index.articleID(path: IndexLocation.absolutePath(corpus.path(name))))
    }

    private func readNames(_ index: CorpusIndex) throws -> [String] {
        try index.articles(matching: ArticleFilter()).filter(\.isRead).names
    }

    func testStateSurvivesDeletingTheIndex() throws {
        let corpus = try corpus()
        let (index, _) = try corpus.refreshed()
        try index.setRead(id: try id(index, corpus, "a.txt"), true)
        try index.setBookmarked(id: try id(index, corpus, "b.txt"), true)
        try index.recordVisit(id: try id(index, corpus, "c.txt"))
        try index.recordVisit(id: try id(index, corpus, "a.txt"))

        try StorageFile.removeDatabase(corpus.indexPath)
        let (rebuilt, summary) = try corpus.refreshed()
        XCTAssertEqual(summary.added, 3)
        XCTAssertEqual(try readNames(rebuilt), ["a.txt"])
        XCTAssertEqual(try rebuilt.bookmarks().names, ["b.txt"])
        XCTAssertEqual(try rebuilt.history(limit: 10).map { ($0.path as NSString).lastPathComponent }, ["a.txt", "c.txt"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: corpus.statePath))
    }

    func testMarksFollowTheContentOfAMovedFolder() throws {
        let corpus = try corpus()
        let (index, _) = try corpus.refreshed()
        try index.setRead(id: try id(index, corpus, "c.txt"), true)
        try index.setBookmarked(id: try id(index, corpus, "c.txt"), true)

        let moved = corpus.root + "/renamed"
        try FileManager.default.moveItem(atPath: corpus.folder, toPath: moved)
        let elsewhere = try CorpusIndex(path: corpus.root + "/other.sqlite", state: UserState(path: corpus.statePath))
        _ = try elsewhere.refresh(roots: [moved])
        XCTAssertEqual(try readNames(elsewhere), ["c.txt"])
        XCTAssertEqual(try elsewhere.bookmarks().map(\.path), [moved + "/c.txt"])

        // Unmarking the moved file unmarks the content, wherever it was marked.
        try elsewhere.setRead(id: try XCTUnwrap(try elsewhere.articleID(path: moved + "/c.txt")), false)
        XCTAssertEqual(try readNames(elsewhere), [])
    }

    func testMarksMadeByAnotherProcessAreSeen() throws {
        let corpus = try corpus()
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try readNames(index), [])
        // A second connection (as another baoterm would) marks b.txt read.
        let other = UserState(path: corpus.statePath)
        let key = try XCTUnwrap(try index.articleKey(id: try id(index, corpus, "b.txt")))
        try other.setRead(path: key.path, hash: key.hash, true)
        usleep(250_000)
        XCTAssertEqual(try readNames(index), ["b.txt"])
    }

    func testLastPositionSurvivesARebuildAndFollowsTheFile() throws {
        let corpus = try corpus()
        let (index, _) = try corpus.refreshed()
        XCTAssertNil(try index.lastPosition())
        let anchor = TextAnchor(paragraph: 4, offset: 57)
        try index.saveLastPosition(ReadingPosition(articleID: try id(index, corpus, "b.txt"), scroll: 12, selectedLink: 3, anchor: anchor))
        try StorageFile.removeDatabase(corpus.indexPath)
        let (rebuilt, _) = try corpus.refreshed()
        let position = try XCTUnwrap(try rebuilt.lastPosition())
        XCTAssertEqual(position, ReadingPosition(articleID: try id(rebuilt, corpus, "b.txt"), scroll: 12, selectedLink: 3, anchor: anchor))
        try corpus.remove("b.txt")
        _ = try rebuilt.refresh(roots: [corpus.folder])
        XCTAssertNil(try rebuilt.lastPosition(), "an article no longer indexed is no position to reopen")
        try rebuilt.saveLastPosition(nil)
        XCTAssertNil(try rebuilt.state.lastPosition(corpus: corpus.indexPath))
    }

    /// A position saved by a baoterm that kept only the line index (state-v2) is still read,
    /// without an anchor, once the database is brought up to date.
    func testPositionSavedBeforeAnchorsIsStillRead() throws {
        let corpus = try corpus()
        try FileManager.default.createDirectory(atPath: (corpus.statePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: corpus.statePath)
        try UserState.migrator.migrate(old, upTo: "state-v2")
        try old.write { db in
            try db.execute(sql: "INSERT INTO last_position(corpus, path, hash, scroll, link, at) VALUES (?, ?, NULL, 7, 2, 0)",
                           arguments: [corpus.indexPath, IndexLocation.absolutePath(corpus.path("c.txt"))])
        }
        try old.close()
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try index.lastPosition(), ReadingPosition(articleID: try id(index, corpus, "c.txt"), scroll: 7, selectedLink: 2, anchor: nil))
        // Saved again, it keeps its anchor.
        let anchored = ReadingPosition(articleID: try id(index, corpus, "c.txt"), scroll: 7, selectedLink: nil, anchor: TextAnchor(paragraph: 2, offset: 0))
        try index.saveLastPosition(anchored)
        XCTAssertEqual(try index.lastPosition(), anchored)
    }

    func testUnusableStateFolderKeepsStateInMemoryAndSaysWhy() throws {
        let corpus = try corpus()
        let blocker = corpus.root + "/not-a-folder"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let state = UserState(path: blocker + "/baoterm/state.sqlite")
        XCTAssertNil(state.path)
        let problem = try XCTUnwrap(state.problem)
        XCTAssertTrue(problem.contains("\(blocker) is a file, not a folder"), problem)
        XCTAssertFalse(problem.contains("NSCocoaErrorDomain"), problem)
        let index = try CorpusIndex(path: corpus.indexPath, state: state)
        _ = try index.refresh(roots: [corpus.folder])
        try index.setRead(id: try id(index, corpus, "a.txt"), true)
        XCTAssertEqual(try readNames(index), ["a.txt"])
        XCTAssertTrue(index.notes.map(\.description).contains(problem))
    }
}

/// An index written before the state database existed hands its read marks, bookmarks and
/// history over on first open.
final class StateMigrationTests: XCTestCase {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Storage/index-made-by-0.1.0.sqlite").path
    static let madeAt = "/tmp/baoterm-legacy/articles/"

    func testIndexMadeByTheFirstVersionHandsItsStateOver() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nXã Thái Hòa đón chuẩn nông thôn mới.\nNgười dân phấn khởi.\n")
        try corpus.write("b.txt", "Tin hai\nNgành hóa chất tăng trưởng mạnh.\nDoanh nghiệp mở rộng.\n")
        try corpus.write("c.txt", "Tin ba\nVườn hoa lan nở rộ dịp Tết.\nDu khách đông vui.\n")
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: corpus.indexPath)
        // The fixture was made in another folder: its paths are moved to this corpus'.
        let folder = IndexLocation.absolutePath(corpus.folder) + "/"
        try DatabaseQueue(path: corpus.indexPath).write { db in
            for table in ["article", "read_mark", "bookmark", "history"] {
                try db.execute(sql: "UPDATE \(table) SET path = replace(path, ?, ?)", arguments: [Self.madeAt, folder])
            }
        }

        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try index.articles(matching: ArticleFilter()).filter(\.isRead).names, ["a.txt"])
        XCTAssertEqual(try index.bookmarks().names, ["b.txt"])
        XCTAssertEqual(try index.history(limit: 10).map { ($0.path as NSString).lastPathComponent }, ["b.txt", "c.txt"])
        let legacy = try index.pool.read { db in
            try ["read_mark", "bookmark", "history"].filter { try db.tableExists($0) }
        }
        XCTAssertEqual(legacy, [], "the index keeps no user state once it is moved")
        XCTAssertEqual(try index.integrityCheck(), "ok")

        // The state lives on when the index is gone, and nothing was imported twice.
        try StorageFile.removeDatabase(corpus.indexPath)
        let (rebuilt, _) = try corpus.refreshed()
        XCTAssertEqual(try rebuilt.articles(matching: ArticleFilter()).filter(\.isRead).names, ["a.txt"])
        let visits = try DatabaseQueue(path: corpus.statePath).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM history") }
        XCTAssertEqual(visits, 2)
    }

    /// A process killed after the state was written but before the index dropped its tables
    /// moves them again on the next open without repeating anything.
    func testInterruptedMoveIsRepeatedWithoutDuplicates() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nXã Thái Hòa.\n")
        let path = IndexLocation.absolutePath(corpus.path("a.txt"))
        let pool = try DatabasePool(path: corpus.indexPath)
        try CorpusIndex.migrator.migrate(pool, upTo: "v3")
        try pool.write { db in
            try db.execute(sql: "INSERT INTO read_mark(path, at) VALUES (?, 5)", arguments: [path])
            try db.execute(sql: "INSERT INTO history(path, at) VALUES (?, 6)", arguments: [path])
        }
        let state = UserState(path: corpus.statePath)
        try CorpusIndex.moveUserState(pool, to: state)
        // As if the drop had not happened: the tables come back with the same rows.
        try pool.write { db in
            try db.execute(sql: """
                CREATE TABLE read_mark (path TEXT PRIMARY KEY, at REAL NOT NULL);
                CREATE TABLE history (id INTEGER PRIMARY KEY, path TEXT NOT NULL, at REAL NOT NULL);
                """)
            try db.execute(sql: "INSERT INTO read_mark(path, at) VALUES (?, 5)", arguments: [path])
            try db.execute(sql: "INSERT INTO history(path, at) VALUES (?, 6)", arguments: [path])
        }
        try pool.close()
        let (index, _) = try corpus.refreshed()
        XCTAssertEqual(try index.articles(matching: ArticleFilter()).map(\.isRead), [true])
        let counts = try DatabaseQueue(path: corpus.statePath).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM read_mark"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM history"))
        }
        XCTAssertEqual(counts.0, 1)
        XCTAssertEqual(counts.1, 1)
    }
}
