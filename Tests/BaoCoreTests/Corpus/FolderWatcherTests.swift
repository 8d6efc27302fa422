import BaoCore
@testable import BaoCorpus
import Foundation
import XCTest

/// The watcher's side of the protocol (`FolderWatcher`), request by request in process: what it
/// reports since a point, when it cannot say, and what makes it give up.
final class FolderWatcherTests: XCTestCase {
    private var corpus: TempCorpus!
    private var watcher: FolderWatcher!
    private var roots: [String] = []

    override func setUpWithError() throws {
        corpus = try TempCorpus()
        try corpus.write("a.txt", "Tin một\nMột bài.\n")
        FileManager.default.createFile(atPath: corpus.indexPath, contents: nil)
        let runtime = (corpus.root as NSString).appendingPathComponent("run")
        let location = WatchLocation(indexPath: corpus.indexPath,
                                     environment: ["XDG_RUNTIME_DIR": runtime, "XDG_CACHE_HOME": (corpus.root as NSString).appendingPathComponent("cache")])
        roots = [IndexLocation.absolutePath(corpus.folder)]
        watcher = FolderWatcher(roots: roots, location: location, log: { _ in })
        XCTAssertTrue(watcher.takeLock())
        try watcher.start()
    }

    override func tearDown() {
        watcher = nil
        corpus = nil
    }

    private func ask(since point: WatchPoint?, roots: [String]? = nil) -> WatchAnswer {
        let request = WatchMessage(["since", point?.instance ?? "", String(point?.sequence ?? 0)] + (roots ?? self.roots))
        return WatchMessage(bytes: watcher.answer(request).bytes).answer
    }

    private func path(_ name: String) -> String { (roots[0] as NSString).appendingPathComponent(name) }

    /// The point of a first answer (the index holds none yet).
    private func firstPoint() throws -> WatchPoint {
        guard case let .unknown(point?, _) = ask(since: nil) else { XCTFail("a first request is answered unknown"); throw CancellationError() }
        return point
    }

    func testAChangeMadeBeforeTheRequestIsAnswered() throws {
        let start = try firstPoint()
        XCTAssertEqual(ask(since: start), .changed(point: start, paths: []))
        // No wait between the write and the request: the queue is read after the request.
        try corpus.write("a.txt", "Tin một\nHai bài.\n")
        try corpus.write("b.txt", "Tin hai\nBa bài.\n")
        try corpus.write(".hidden.txt", "Tin\nẩn.\n")
        guard case let .changed(after, paths) = ask(since: start) else { return XCTFail("changes are known") }
        XCTAssertEqual(paths, [path("a.txt"), path("b.txt")])
        XCTAssertEqual(after.instance, start.instance)
        XCTAssertGreaterThan(after.sequence, start.sequence)
        XCTAssertEqual(ask(since: after), .changed(point: after, paths: []))
        // Asked again from the older point (the index did not store the newer one): the same paths.
        XCTAssertEqual(ask(since: start), .changed(point: after, paths: [path("a.txt"), path("b.txt")]))
    }

    func testForgottenRoundsAnotherInstanceAndOtherRootsAreUnknown() throws {
        let start = try firstPoint()
        try corpus.write("b.txt", "Tin hai\nBa bài.\n")
        guard case let .changed(after, _) = ask(since: start) else { return XCTFail("changes are known") }
        _ = watcher.answer(WatchMessage(["synced", after.instance, String(after.sequence)]))
        guard case .unknown = ask(since: start) else { return XCTFail("rounds before the synced point are forgotten") }
        XCTAssertEqual(ask(since: after), .changed(point: after, paths: []))
        guard case .unknown = ask(since: WatchPoint(instance: "another", sequence: after.sequence)) else {
            return XCTFail("another watcher's point")
        }
        guard case .unknown = ask(since: after, roots: roots + ["/elsewhere"]) else { return XCTFail("other roots") }
        // Other roots end the watcher: it answers unknown from then on.
        guard case .unknown = ask(since: after) else { return XCTFail("the watcher gave up") }
    }

    func testNewFoldersAreReportedWholeAndWatched() throws {
        let start = try firstPoint()
        try FileManager.default.createDirectory(atPath: path("new/deeper"), withIntermediateDirectories: true)
        try Data("Tin\nMột.\n".utf8).write(to: URL(fileURLWithPath: path("new/deeper/c.txt")))
        guard case let .changed(after, paths) = ask(since: start) else { return XCTFail("changes are known") }
        // The top folder is reported (it is walked whole); what else shows depends on when the
        // watches were added.
        XCTAssertTrue(paths.contains(path("new")), "\(paths)")
        try Data("Tin\nHai.\n".utf8).write(to: URL(fileURLWithPath: path("new/deeper/d.txt")))
        guard case let .changed(_, later) = ask(since: after) else { return XCTFail("changes are known") }
        XCTAssertEqual(later, [path("new/deeper/d.txt")])
    }

    func testALinkOrAMovedRootEndsTheWatch() throws {
        let start = try firstPoint()
        try FileManager.default.createSymbolicLink(atPath: path("link.txt"), withDestinationPath: path("a.txt"))
        guard case let .unknown(_, reason) = ask(since: start) else { return XCTFail("a link ends the watch") }
        XCTAssertTrue(reason.contains("symbolic link"), reason)
    }

    func testARootMovedAwayEndsTheWatch() throws {
        let start = try firstPoint()
        try FileManager.default.moveItem(atPath: corpus.folder, toPath: corpus.folder + "-moved")
        try FileManager.default.createDirectory(atPath: corpus.folder, withIntermediateDirectories: true)
        guard case let .unknown(_, reason) = ask(since: start) else { return XCTFail("a moved root ends the watch") }
        XCTAssertTrue(reason.contains("moved"), reason)
    }

    func testAFolderThatIsAlreadyWatchedIsRefusedASecondWatcher() throws {
        let second = FolderWatcher(roots: roots, location: watcher.location, log: { _ in })
        XCTAssertFalse(second.takeLock())
        XCTAssertNotNil(watcher.location.runningWatcher())
    }

    func testAMissingIndexIsRefusedForNowOnlyAndALinkForAWhile() throws {
        let runtime = (corpus.root as NSString).appendingPathComponent("run2")
        let environment = ["XDG_RUNTIME_DIR": runtime, "XDG_CACHE_HOME": (corpus.root as NSString).appendingPathComponent("cache2")]
        let missing = WatchLocation(indexPath: (corpus.root as NSString).appendingPathComponent("gone.sqlite"), environment: environment)
        XCTAssertTrue(missing.prepareFolder())
        XCTAssertThrowsError(try FolderWatcher(roots: roots, location: missing, log: { _ in }).start())
        XCTAssertNil(missing.recentRefusal(), "an index missing for a moment (being rebuilt) keeps no watcher away")

        try FileManager.default.createSymbolicLink(atPath: path("link.txt"), withDestinationPath: "/etc/hostname")
        let linked = WatchLocation(indexPath: corpus.indexPath, environment: environment)
        XCTAssertThrowsError(try FolderWatcher(roots: roots, location: linked, log: { _ in }).start())
        XCTAssertNotNil(linked.recentRefusal(), "a link in the corpus keeps commands from starting watchers for a while")
    }
}
