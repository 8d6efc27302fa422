import BaoCore
import Foundation
import XCTest

/// The folder watcher through the real binary: a command starts it, the next commands learn
/// from it what changed, and every kind of change is seen by the next search. Each test has its
/// own cache, runtime and state folders, and kills the watchers it started.
final class WatcherTests: XCTestCase {
    private var folder: TempFolder!
    private var env: [String: String] = [:]

    override func setUpWithError() throws {
        folder = try TempFolder()
        env = ["BAOTERM_WATCH": "on", "XDG_CACHE_HOME": folder.file("cache"), "XDG_RUNTIME_DIR": folder.file("run"),
               "XDG_STATE_HOME": folder.file("state"), "XDG_CONFIG_HOME": folder.file("config")]
        try FileManager.default.createDirectory(atPath: folder.file("run"), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try article("c/one.txt", word: "xqalpha")
        try article("c/two.txt", word: "xqbeta")
        try article("c/old/three.txt", word: "xqgamma")
    }

    override func tearDownWithError() throws {
        killWatcher()
        folder = nil
    }

    private var index: String { folder.file("i.sqlite") }
    private var location: WatchLocation { WatchLocation(indexPath: index, environment: env) }

    /// An article whose title and body hold `word`, dated 2020 so that its time is never
    /// "too recent" to be trusted.
    private func article(_ name: String, word: String) throws {
        try folder.write(name, "Tin \(word)\n\nMột bài có từ \(word) ở đây.\n")
        try setOldTime(folder.file(name))
    }

    private func setOldTime(_ path: String) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_577_836_800)], ofItemAtPath: path)
    }

    /// The paths a search for `word` finds, relative to the corpus.
    private func search(_ word: String, environment: [String: String]? = nil) throws -> [String] {
        let result = try runBaoterm(["search", word, folder.file("c"), "--index", index, "--json", "--limit", "100"],
                                    environment: environment ?? env)
        XCTAssertTrue(result.status == 0 || result.status == 1, result.stderr)
        let prefix = folder.file("c") + "/"
        return result.jsonArray.compactMap { $0["path"] as? String }.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }.sorted()
    }

    /// Waits until a watcher of the index answers; its process id.
    @discardableResult
    private func waitForWatcher(otherThan previous: Int32? = nil) throws -> Int32 {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let running = WatcherStatus.all(environment: env).first(where: { $0.indexPath == index }), running.pid != previous {
                return running.pid
            }
            usleep(20_000)
        }
        XCTFail("no watcher answered for \(index)")
        throw CancellationError()
    }

    private func killWatcher() {
        guard let folder else { return }
        let location = WatchLocation(indexPath: folder.file("i.sqlite"), environment: env)
        let deadline = Date().addingTimeInterval(30)
        while let pid = location.runningWatcher(), Date() < deadline {
            if pid > 0 { kill(pid, SIGKILL) }
            usleep(20_000)
        }
    }

    /// A first command finds no watcher and starts one; the second takes the watcher's point
    /// (it looks at every file once more, after the watches are in place).
    private func startAndSync() throws {
        XCTAssertEqual(try search("xqalpha"), ["one.txt"])
        try waitForWatcher()
        XCTAssertEqual(try search("xqbeta"), ["two.txt"])
    }

    func testEveryKindOfChangeIsSeenByTheNextSearch() throws {
        try startAndSync()

        // Edited in place: same size, and the time set back to what it was. Without the watcher
        // nothing tells this file from an unchanged one.
        let one = folder.file("c/one.txt")
        let before = try FileManager.default.attributesOfItem(atPath: one)
        try Data("Tin xqdelta\n\nMột bài có từ xqdelta ở đây.\n".utf8).write(to: URL(fileURLWithPath: one))
        try setOldTime(one)
        let after = try FileManager.default.attributesOfItem(atPath: one)
        XCTAssertEqual(before[.size] as? Int, after[.size] as? Int)
        XCTAssertEqual(before[.modificationDate] as? Date, after[.modificationDate] as? Date)
        XCTAssertEqual(try search("xqdelta"), ["one.txt"])
        XCTAssertEqual(try search("xqalpha"), [])

        // Added, removed, renamed.
        try article("c/four.txt", word: "xqepsilon")
        XCTAssertEqual(try search("xqepsilon"), ["four.txt"])
        try FileManager.default.removeItem(atPath: folder.file("c/two.txt"))
        XCTAssertEqual(try search("xqbeta"), [])
        try FileManager.default.moveItem(atPath: folder.file("c/four.txt"), toPath: folder.file("c/five.txt"))
        XCTAssertEqual(try search("xqepsilon"), ["five.txt"])

        // A new folder with files in a folder of its own, made in one go.
        try article("c/new/deeper/six.txt", word: "xqzeta")
        XCTAssertEqual(try search("xqzeta"), ["new/deeper/six.txt"])
        // A folder moved in from outside: its files predate any watch on it.
        try article("outside/seven.txt", word: "xqeta")
        try FileManager.default.moveItem(atPath: folder.file("outside"), toPath: folder.file("c/moved"))
        XCTAssertEqual(try search("xqeta"), ["moved/seven.txt"])
        // A file written in the moved folder afterwards: the folder is watched now.
        try article("c/moved/eight.txt", word: "xqtheta")
        XCTAssertEqual(try search("xqtheta"), ["moved/eight.txt"])
        // A folder renamed, and one removed.
        try FileManager.default.moveItem(atPath: folder.file("c/old"), toPath: folder.file("c/older"))
        XCTAssertEqual(try search("xqgamma"), ["older/three.txt"])
        try FileManager.default.removeItem(atPath: folder.file("c/new"))
        XCTAssertEqual(try search("xqzeta"), [])
        // Hidden names are left out, as the walk leaves them out.
        try article("c/.draft.txt", word: "xqiota")
        XCTAssertEqual(try search("xqiota"), [])

        // Still the one watcher that started first.
        XCTAssertEqual(WatcherStatus.all(environment: env).filter { $0.indexPath == index }.count, 1)
    }

    func testAKilledWatcherLeavesCommandsCorrectAndIsReplaced() throws {
        try startAndSync()
        let first = try waitForWatcher()
        kill(first, SIGKILL)
        let deadline = Date().addingTimeInterval(30)
        while location.runningWatcher() != nil, Date() < deadline { usleep(20_000) }

        // Without a watcher: every file is looked at, as before; an edit in place with the time
        // set back is found by its status change time.
        try article("c/four.txt", word: "xqepsilon")
        try FileManager.default.removeItem(atPath: folder.file("c/two.txt"))
        try article("c/one.txt", word: "xqomega")
        XCTAssertEqual(try search("xqepsilon"), ["four.txt"])
        XCTAssertEqual(try search("xqbeta"), [])
        XCTAssertEqual(try search("xqomega"), ["one.txt"])
        XCTAssertEqual(try search("xqalpha"), [])

        // That command started another watcher, whose point the index takes; it sees the
        // next edit in place.
        let second = try waitForWatcher(otherThan: first)
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(try search("xqgamma"), ["old/three.txt"])
        try Data("Tin xqkappa\n\nMột bài có từ xqkappa ở đây.\n".utf8).write(to: URL(fileURLWithPath: folder.file("c/old/three.txt")))
        try setOldTime(folder.file("c/old/three.txt"))
        XCTAssertEqual(try search("xqkappa"), ["old/three.txt"])
    }

    /// More events than the kernel queues (16,384 by default) while the watcher is stopped: it
    /// cannot vouch for what changed, the command looks at every file, and a new watcher follows.
    func testAnOverflowedQueueFallsBackToLookingAtEveryFile() throws {
        try startAndSync()
        let first = try waitForWatcher()
        XCTAssertEqual(kill(first, SIGSTOP), 0)
        let limit = (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 16_384
        // Two files touched in turn: the kernel merges only an event equal to the last one queued.
        let names = [folder.file("c/one.txt"), folder.file("c/two.txt")]
        for round in 0...(limit / 2 + 16) {
            for name in names {
                var times = [timespec(tv_sec: 1_577_836_800 + round, tv_nsec: 0), timespec(tv_sec: 1_577_836_800 + round, tv_nsec: 0)]
                XCTAssertEqual(utimensat(AT_FDCWD, name, &times, 0), 0)
            }
        }
        try article("c/four.txt", word: "xqepsilon")
        XCTAssertEqual(kill(first, SIGCONT), 0)
        XCTAssertEqual(try search("xqepsilon"), ["four.txt"])
        XCTAssertEqual(try search("xqbeta"), ["two.txt"])
        let log = try String(contentsOfFile: location.logPath, encoding: .utf8)
        XCTAssertTrue(log.contains("overflowed"), log)
        // The watcher that lost track ended; a later command started another.
        XCTAssertNotEqual(try waitForWatcher(otherThan: first), first)
    }

    func testOptingOutStartsNoWatcher() throws {
        var off = env
        off["BAOTERM_WATCH"] = "off"
        XCTAssertEqual(try search("xqalpha", environment: off), ["one.txt"])
        XCTAssertEqual(try search("xqalpha", environment: off), ["one.txt"])
        // A command that starts a watcher makes its folder first, before it returns.
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("run/baoterm")))

        try folder.write("config/baoterm/config", "watch off\n")
        XCTAssertEqual(try search("xqbeta"), ["two.txt"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.file("run/baoterm")))
        XCTAssertTrue(WatcherStatus.all(environment: env).isEmpty)
    }

    func testWatchersAreListedAndStopped() throws {
        try startAndSync()
        let pid = try waitForWatcher()
        let listed = try runBaoterm(["watcher"], environment: env)
        XCTAssertEqual(listed.status, 0)
        XCTAssertTrue(listed.stdout.contains("\(pid)  \(index)"), listed.stdout)
        XCTAssertTrue(listed.stdout.contains("under \(folder.file("c"))"), listed.stdout)

        let stopped = try runBaoterm(["watcher", "--stop"], environment: env)
        XCTAssertTrue(stopped.stdout.contains("stopped \(pid)"), stopped.stdout)
        let deadline = Date().addingTimeInterval(60)
        while location.runningWatcher() != nil, Date() < deadline { usleep(20_000) }
        XCTAssertNil(location.runningWatcher())
        XCTAssertEqual(try runBaoterm(["watcher"], environment: env).stdout, "no watcher is running\n")
    }

    func testACorpusWithALinkIsNotWatchedAndStaysCorrect() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.file("c/link.txt"), withDestinationPath: folder.file("c/one.txt"))
        XCTAssertEqual(try search("xqalpha"), ["link.txt", "one.txt"])
        // The watcher that started refused the corpus, and said why.
        let deadline = Date().addingTimeInterval(120)
        while location.recentRefusal() == nil, Date() < deadline { usleep(20_000) }
        XCTAssertTrue(location.recentRefusal()?.contains("symbolic link") == true)
        while location.runningWatcher() != nil, Date() < deadline { usleep(20_000) }
        XCTAssertNil(location.runningWatcher())
        try article("c/four.txt", word: "xqepsilon")
        XCTAssertEqual(try search("xqepsilon"), ["four.txt"])
    }
}
