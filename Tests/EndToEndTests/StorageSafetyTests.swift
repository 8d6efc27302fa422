import BaoCore
import BaoTestSupport
import Foundation
import GRDB
import XCTest

/// What baoterm guarantees about its files, through the real binary: one writer and any number
/// of readers, errors by cause in its own words, and a damaged index rebuilt with the user's
/// state untouched.
final class StorageSafetyTests: XCTestCase {
    /// Words that must never reach the user: SQL, framework error codes, advice to delete.
    static let forbidden = ["SQLite", "SQL", "NSCocoaErrorDomain", "error 512", "UNIQUE", "constraint", "delete it", "Error:"]

    private func assertProductWords(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        for word in Self.forbidden {
            XCTAssertFalse(text.contains(word), "\"\(word)\" in: \(text)", file: file, line: line)
        }
    }

    /// `count` synthetic articles in `folder/c`, indexed into `folder/name`, and what a search
    /// matching many of them answers there: a clean index to compare a rebuilt one with.
    private func indexedSyntheticCorpus(_ folder: TempFolder, count: Int, index name: String,
                                        environment env: [String: String]) throws -> (index: String, search: RunResult) {
        try SyntheticCorpus.write(count: count, into: folder)
        let index = folder.file(name)
        XCTAssertEqual(try runBaoterm(["index", folder.file("c"), "--index", index], environment: env).status, 0)
        let search = try runBaoterm(["search", "thủy lợi", folder.file("c"), "--index", index, "--json", "--limit", "1000"], environment: env)
        XCTAssertGreaterThan(search.jsonArray.count, 10)
        return (index, search)
    }

    /// Writes 64 KiB of seeded garbage into the file at `path`, from `offset` on.
    private func writeGarbage(_ path: String, at offset: UInt64, seed: UInt64) throws {
        var generator = SplitMix(seed: seed)
        let garbage = Data((0..<65536).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: offset)
        try handle.write(contentsOf: garbage)
        try handle.close()
    }

    // MARK: - One writer, any number of readers (finding 1)

    func testReadersAndASecondWriterDuringAnIndex() throws {
        let folder = try TempFolder()
        let count = 2000
        try SyntheticCorpus.write(count: count, into: folder)
        let index = folder.file("i.sqlite")
        let env = ["XDG_STATE_HOME": folder.file("state")]
        let first = try BackgroundRun(["index", folder.file("c"), "--index", index], environment: env)
        // Wait for the first commit: the first process holds the writer lock from then on.
        let deadline = Date().addingTimeInterval(120)
        while first.isRunning, Date() < deadline, (CorpusIndex.peekArticleCount(at: index) ?? 0) == 0 { usleep(10_000) }
        XCTAssertTrue(first.isRunning, "the first index finished before the others could start: make the corpus larger")

        let second = try BackgroundRun(["index", folder.file("c"), "--index", index], environment: env)
        let readers = try [
            BackgroundRun(["search", "zq7", folder.file("c"), "--index", index, "--json"], environment: env),
            BackgroundRun(["search", "thủy lợi", folder.file("c"), "--index", index], environment: env),
            BackgroundRun(["list", folder.file("c"), "--index", index, "--province", "Hòa Bình"], environment: env),
            BackgroundRun(["screen", folder.file("c"), "--index", index, "--no-refresh", "--keys", "<Enter>"], environment: env),
            BackgroundRun(["screen", folder.file("c"), "--index", index, "--keys", "jj"], environment: env),
        ]
        let readResults = readers.map { $0.wait() }
        let stillIndexing = first.isRunning
        for result in readResults {
            XCTAssertEqual(result.status, 0, result.stderr)
            assertProductWords(result.stderr)
            assertProductWords(result.stdout)
        }
        if stillIndexing {
            // A reader that ran wholly inside the first index said that it used the index as it is.
            XCTAssertTrue(readResults[0].stderr.contains("is updating the index"), readResults[0].stderr)
        }
        let firstResult = first.wait()
        let secondResult = second.wait()
        XCTAssertEqual(firstResult.status, 0, firstResult.stderr)
        XCTAssertEqual(secondResult.status, 0, secondResult.stderr)
        assertProductWords(secondResult.stderr)
        XCTAssertTrue(secondResult.stderr.contains("waiting for another baoterm process"), secondResult.stderr)
        XCTAssertTrue(secondResult.stdout.contains("\(count) articles indexed"), secondResult.stdout)
        XCTAssertEqual(try CorpusIndex(path: index, state: UserState()).integrityCheck(), "ok")
        XCTAssertEqual(try CorpusIndex(path: index, state: UserState()).articleCount(), count)
    }

    // MARK: - Errors by cause (finding 2 and the smaller ones)

    func testDevNullIsNoIndexAndGetsNoJournal() throws {
        let folder = try TempFolder()
        try folder.write("c/a.txt", "Tin một\nXã Thái Hòa.\n")
        for suffix in ["-journal", "-wal", "-shm", ".lock"] { XCTAssertFalse(FileManager.default.fileExists(atPath: "/dev/null" + suffix)) }
        let result = try runBaoterm(["search", "hoa", folder.file("c"), "--index", "/dev/null"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "baoterm: /dev/null is a device, not a baoterm index: give a file with --index\n")
        for suffix in ["-journal", "-wal", "-shm", ".lock"] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: "/dev/null" + suffix), "stray /dev/null\(suffix)")
        }
    }

    func testAFileThatIsNoIndexIsLeftAlone() throws {
        let folder = try TempFolder()
        try folder.write("c/a.txt", "Tin một\nXã Thái Hòa.\n")
        try folder.write("notes.txt", "my notes\n")
        let result = try runBaoterm(["index", folder.file("c"), "--index", folder.file("notes.txt")])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "baoterm: \(folder.file("notes.txt")) is not a baoterm index: give another file with --index\n")
        XCTAssertEqual(try String(contentsOfFile: folder.file("notes.txt"), encoding: .utf8), "my notes\n")

        // Another program's SQLite database is refused too, and not written.
        let other = folder.file("other.sqlite")
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        let refused = try runBaoterm(["search", "hoa", folder.file("c"), "--index", other])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("is not a baoterm index"), refused.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: other)), before)
    }

    func testCacheHomeThatIsAFile() throws {
        let folder = try TempFolder()
        try folder.write("c/a.txt", "Tin một\nXã Thái Hòa.\n")
        try folder.write("cache-file", "x")
        let result = try runBaoterm(["search", "hoa", folder.file("c")], environment: ["XDG_CACHE_HOME": folder.file("cache-file")])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("the index cannot be kept in \(folder.file("cache-file"))/baoterm: \(folder.file("cache-file")) is a file, not a folder (see $XDG_CACHE_HOME)"), result.stderr)
        assertProductWords(result.stderr)
    }

    func testIndexWrittenByANewerBaotermIsRefusedAndKept() throws {
        let folder = try TempFolder()
        try folder.write("c/a.txt", "Tin một\nXã Thái Hòa.\n")
        let index = folder.file("i.sqlite")
        XCTAssertEqual(try runBaoterm(["index", folder.file("c"), "--index", index]).status, 0)
        try DatabaseQueue(path: index).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9-future')")
            try db.execute(sql: "UPDATE meta SET value = '9.9.0' WHERE key = 'written_by'")
        }
        for command in [["index"], ["search", "hoa"]] {
            let result = try runBaoterm(command + [folder.file("c"), "--index", index])
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stderr, "baoterm: the index \(index) was written by baoterm 9.9.0, newer than this baoterm \(BaotermVersion.current): use that version, or give another index file with --index\n")
        }
        let migrations = try DatabaseQueue(path: index).read { db in try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") }
        XCTAssertTrue(migrations.contains("v9-future"), "the newer index was not downgraded")
    }

    // MARK: - Corruption (finding 3)

    /// 64 KiB of garbage at 10, 30 and 50 % of the file: `index` notices, rebuilds, and the
    /// rebuilt index answers as a clean one; the read marks are untouched.
    func testGarbageInTheIndexIsFoundAndRebuilt() throws {
        let folder = try TempFolder()
        let count = 400
        let env = ["XDG_STATE_HOME": folder.file("state")]
        let (clean, expected) = try indexedSyntheticCorpus(folder, count: count, index: "clean.sqlite", environment: env)
        let state = UserState(path: folder.file("state/baoterm/state.sqlite"))
        let marked = SyntheticCorpus.path(3, in: folder)
        try state.setRead(path: marked, hash: nil, true)
        try state.setBookmarked(path: marked, hash: nil, true)

        for fraction in [0.1, 0.3, 0.5] {
            let index = folder.file("damaged-\(fraction).sqlite")
            try FileManager.default.copyItem(atPath: clean, toPath: index)
            let size = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: index)[.size] as? Int)
            XCTAssertGreaterThan(size, 1_000_000)
            try writeGarbage(index, at: UInt64(Double(size) * fraction) + 123, seed: UInt64(fraction * 100))

            let result = try runBaoterm(["index", folder.file("c"), "--index", index], environment: env)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stderr.contains("was damaged"), "\(fraction): \(result.stderr)")
            XCTAssertTrue(result.stdout.contains("\(count) articles indexed (\(count) added)"), result.stdout)
            assertProductWords(result.stderr)
            let search = try runBaoterm(["search", "thủy lợi", folder.file("c"), "--index", index, "--json", "--limit", "1000"], environment: env)
            XCTAssertEqual(search.status, 0, search.stderr)
            XCTAssertEqual(search.stdout, expected.stdout)
            XCTAssertEqual(try CorpusIndex(path: index, state: UserState()).integrityCheck(), "ok")
        }
        let after = UserState(path: folder.file("state/baoterm/state.sqlite"))
        XCTAssertTrue(after.isRead(path: marked, hash: nil))
        XCTAssertEqual(try after.bookmarks().map(\.path), [marked])
    }

    /// A damaged index is rebuilt while another process still has it open (a reader that met
    /// the damage and left the marker, or a browser): the rebuilt index stays sound after that
    /// process closes its connections. SQLite removes a database's log by name when the last
    /// connection to a file closes, so an index rebuilt by deleting its files would lose the new
    /// file's log at that moment.
    func testRebuildWhileAnotherProcessHasTheIndexOpen() throws {
        let folder = try TempFolder()
        let count = 300
        let env = ["XDG_STATE_HOME": folder.file("state")]
        let (index, expected) = try indexedSyntheticCorpus(folder, count: count, index: "i.sqlite", environment: env)

        // Another process's open connection: a reader in WAL mode keeps the file open.
        let other = try DatabasePool(path: index)
        XCTAssertEqual(try other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") }, count)
        let size = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: index)[.size] as? Int)
        try writeGarbage(index, at: UInt64(size / 3), seed: 7)
        let rebuilt = try runBaoterm(["index", folder.file("c"), "--index", index], environment: env)
        XCTAssertEqual(rebuilt.status, 0, rebuilt.stderr)
        XCTAssertTrue(rebuilt.stderr.contains("was damaged"), rebuilt.stderr)
        XCTAssertTrue(rebuilt.stdout.contains("\(count) articles indexed (\(count) added)"), rebuilt.stdout)
        try other.close()

        let search = try runBaoterm(["search", "thủy lợi", folder.file("c"), "--index", index, "--json", "--limit", "1000"], environment: env)
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertEqual(search.stdout, expected.stdout)
        let again = try runBaoterm(["index", folder.file("c"), "--index", index], environment: env)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertFalse(again.stderr.contains("damaged"), again.stderr)
        XCTAssertEqual(try CorpusIndex(path: index, state: UserState()).integrityCheck(), "ok")
        XCTAssertEqual(try CorpusIndex(path: index, state: UserState()).articleCount(), count)
    }

    /// A damage marker that SQLite's own checks do not confirm (the reader's error was not
    /// about this file's content) is dropped, and the index is kept rather than rebuilt.
    func testAnUnconfirmedDamageMarkerKeepsTheIndex() throws {
        let folder = try TempFolder()
        try SyntheticCorpus.write(count: 50, into: folder)
        let env = ["XDG_STATE_HOME": folder.file("state")]
        let index = folder.file("i.sqlite")
        XCTAssertEqual(try runBaoterm(["index", folder.file("c"), "--index", index], environment: env).status, 0)
        FileManager.default.createFile(atPath: index + ".damaged", contents: Data("x".utf8))
        let result = try runBaoterm(["index", folder.file("c"), "--index", index], environment: env)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("damaged"), result.stderr)
        XCTAssertTrue(result.stdout.contains("50 articles indexed (up to date)"), result.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: index + ".damaged"))
    }

    // MARK: - Read-only cache and full disk (in a mount namespace of their own)

    func testReadOnlyCacheStillAnswersReads() throws {
        let folder = try TempFolder()
        try folder.write("c/a.txt", "Tin một\nXã Thái Hòa đón chuẩn nông thôn mới.\n")
        try folder.write("c/b.txt", "Tin hai\nNgành hóa chất tăng trưởng.\n")
        let cache = folder.file("cache")
        XCTAssertEqual(try runBaoterm(["index", folder.file("c")], environment: ["XDG_CACHE_HOME": cache]).status, 0)
        try folder.write("c/new.txt", "Tin ba\nHoa lan nở rộ.\n")
        let bin = Binary.url.path
        let script = """
            mount --bind \(cache) \(cache) && mount -o remount,bind,ro \(cache) || exit 77
            export XDG_CACHE_HOME=\(cache) XDG_STATE_HOME=\(folder.file("state"))
            \(bin) search hoa \(folder.file("c")) --json > \(folder.file("search.out")) 2> \(folder.file("search.err")); echo $? > \(folder.file("search.status"))
            \(bin) index \(folder.file("c")) > \(folder.file("index.out")) 2> \(folder.file("index.err")); echo $? > \(folder.file("index.status"))
            """
        try runInMountNamespace(script)
        XCTAssertEqual(try folder.read("search.status"), "0\n")
        let stderr = try folder.read("search.err")
        XCTAssertTrue(stderr.contains("is read-only: it is used as it is and may be out of date"), stderr)
        assertProductWords(stderr)
        let hits = try JSONSerialization.jsonObject(with: Data(try folder.read("search.out").utf8)) as? [[String: Any]]
        XCTAssertEqual(hits?.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } }.sorted(), ["a.txt", "b.txt"])
        XCTAssertEqual(try folder.read("index.status"), "1\n")
        XCTAssertTrue(try folder.read("index.out").contains("2 articles indexed (not updated: read-only)"))
    }

    func testFullDiskIsNamedAndTheIndexStillAnswers() throws {
        let folder = try TempFolder()
        try SyntheticCorpus.write(count: 60, into: folder)
        let cache = folder.file("cache")
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let bin = Binary.url.path
        let index = cache + "/i.sqlite"
        let script = """
            mount -t tmpfs -o size=1200k tmpfs \(cache) || exit 77
            export XDG_STATE_HOME=\(folder.file("state"))
            \(bin) index \(folder.file("c/0")) --index \(index) > /dev/null 2>&1 || exit 78
            i=60; while [ $i -lt 3000 ]; do cp \(folder.file("c/0/7.txt")) \(folder.file("c/0"))/x$i.txt; sed -i "s/zq7/zq$i/" \(folder.file("c/0"))/x$i.txt; i=$((i+1)); done
            \(bin) index \(folder.file("c/0")) --index \(index) > \(folder.file("index.out")) 2> \(folder.file("index.err")); echo $? > \(folder.file("index.status"))
            \(bin) search zq7 \(folder.file("c/0")) --index \(index) --json > \(folder.file("search.out")) 2> \(folder.file("search.err")); echo $? > \(folder.file("search.status"))
            """
        try runInMountNamespace(script)
        XCTAssertEqual(try folder.read("index.status"), "1\n")
        let stderr = try folder.read("index.err")
        XCTAssertTrue(stderr.contains("is full: free some space"), stderr)
        assertProductWords(stderr)
        let searchErr = try folder.read("search.err")
        XCTAssertEqual(try folder.read("search.status"), "0\n", searchErr)
        assertProductWords(searchErr)
        let hits = try JSONSerialization.jsonObject(with: Data(try folder.read("search.out").utf8)) as? [[String: Any]]
        XCTAssertEqual(hits?.count, 1, "the index answers from its last complete state")
    }

    /// Runs a shell script as root of a private mount namespace (mounts vanish with it); skips
    /// the test where the system allows no such namespace.
    private func runInMountNamespace(_ script: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = (getuid() == 0 ? ["-m"] : ["-r", "-m"]) + ["sh", "-c", script]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { throw XCTSkip("no unshare") }
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus == 77 || (process.terminationStatus != 0 && process.terminationReason == .exit && process.terminationStatus == 1) {
            throw XCTSkip("no private mount namespace here (status \(process.terminationStatus))")
        }
        XCTAssertEqual(process.terminationStatus, 0, "the script failed before baoterm ran")
    }
}

/// A `baoterm` process started in the background, its output kept in files.
final class BackgroundRun {
    let process = Process()
    private let outPath: String
    private let errPath: String

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        let folder = NSTemporaryDirectory() as NSString
        outPath = folder.appendingPathComponent("baoterm-bg-\(UUID().uuidString).out")
        errPath = folder.appendingPathComponent("baoterm-bg-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = Binary.url
        process.arguments = arguments
        process.environment = baotermEnvironment(environment)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
    }

    var isRunning: Bool { process.isRunning }

    func wait() -> RunResult {
        process.waitUntilExit()
        let text = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return RunResult(status: process.terminationStatus, stdout: text(outPath), stderr: text(errPath))
    }
}

extension TempFolder {
    func read(_ name: String) throws -> String {
        try String(contentsOfFile: file(name), encoding: .utf8)
    }
}

/// The browser in a real terminal while another process indexes the same corpus.
final class BrowserDuringIndexTests: XCTestCase {
    func testBrowserKeepsWorkingWhileAnotherProcessIndexes() throws {
        let folder = try TempFolder()
        try SyntheticCorpus.write(count: 1500, into: folder)
        let index = folder.file("i.sqlite")
        let env = ["XDG_STATE_HOME": folder.file("state")]
        let writer = try BackgroundRun(["index", folder.file("c"), "--index", index], environment: env)
        let deadline = Date().addingTimeInterval(120)
        while writer.isRunning, Date() < deadline, (CorpusIndex.peekArticleCount(at: index) ?? 0) == 0 { usleep(10_000) }
        XCTAssertTrue(writer.isRunning, "the index finished before the browser started: make the corpus larger")

        let tmux = try BrowserTmux(width: 100, height: 30, arguments: [folder.file("c"), "--index", index], environment: env)
        let first = try tmux.waitFor(timeout: 30) { $0.contains("Bài viết") && $0.contains("Tin tổng hợp số") }
        XCTAssertTrue(first.contains("Bài viết"), first)
        // The refresh behind the first screen finds the lock held and says so on the status line,
        // in the chrome's language.
        let status = try tmux.waitFor(timeout: 20) { $0.contains("đang cập nhật chỉ mục") }
        XCTAssertTrue(status.contains("Một tiến trình baoterm khác đang cập nhật chỉ mục"), status)
        try tmux.send("j<Enter>")
        let opened = try tmux.waitFor(timeout: 30) { $0.contains("│ Tin tổng hợp số 1 ") && $0.contains("Đọc ") }
        XCTAssertTrue(opened.contains("│ Tin tổng hợp số 1 "), opened)
        let shown = try tmux.waitFor(timeout: 0) { _ in true }
        for word in StorageSafetyTests.forbidden {
            XCTAssertFalse(shown.contains(word), word)
        }
        try tmux.send("Q")
        XCTAssertEqual(tmux.exitStatus(timeout: 20), 0)
        XCTAssertEqual(writer.wait().status, 0)
    }
}
