import BaoCore
import BaoTestSupport
import Foundation
import GRDB
import XCTest

/// `baoterm index` killed (SIGKILL) at random points, again and again while the corpus changes
/// under it, then run to the end: the index holds what a clean run of the same files holds and
/// answers searches alike, and the user's read marks and bookmarks are exactly as they were.
/// The seed is printed on failure; `BAOTERM_FAULT_SEED` repeats a run.
final class FaultInjectionTests: XCTestCase {
    func testIndexKilledAtRandomPointsMatchesACleanRun() throws {
        let seed = ProcessInfo.processInfo.environment["BAOTERM_FAULT_SEED"].flatMap { UInt64($0) }
            ?? UInt64(Date().timeIntervalSince1970 * 1000)
        var random = SplitMix(seed: seed)
        let folder = try TempFolder()
        let env = ["XDG_STATE_HOME": folder.file("state")]
        var present = Set(0..<400)
        try SyntheticCorpus.write(count: present.count, into: folder)
        let corpus = folder.file("c")

        // The user's state before any kill: read marks and bookmarks keyed as the browser keys them.
        let state = UserState(path: folder.file("state/baoterm/state.sqlite"))
        for number in [1, 50, 333] {
            let path = SyntheticCorpus.path(number, in: folder)
            let hash = ContentHash([UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))).hex
            try state.setRead(path: path, hash: hash, true)
            if number != 50 { try state.setBookmarked(path: path, hash: hash, true) }
        }
        let stateBefore = try Self.stateRows(folder.file("state/baoterm/state.sqlite"))

        // How long a whole run takes here, to choose kill points within it.
        let started = Date()
        XCTAssertEqual(try runBaoterm(["index", corpus, "--index", folder.file("timing.sqlite")], environment: env).status, 0)
        let full = Date().timeIntervalSince(started)

        let index = folder.file("killed.sqlite")
        var killed = 0
        let iterations = 8
        for iteration in 0..<iterations {
            if iteration > 0 {
                // Edits, deletions and new files, so that kills land in updates and deletions too.
                for _ in 0..<30 {
                    let number = Int.random(in: 0..<400, using: &random)
                    guard present.contains(number) else { continue }
                    try folder.write("c/\(number / 500)/\(number).txt", SyntheticCorpus.text(number, revision: iteration))
                }
                for _ in 0..<5 {
                    let number = Int.random(in: 0..<400, using: &random)
                    if present.remove(number) != nil { try FileManager.default.removeItem(atPath: SyntheticCorpus.path(number, in: folder)) }
                }
                for _ in 0..<5 {
                    let number = Int.random(in: 0..<400, using: &random)
                    if present.insert(number).inserted { try folder.write("c/\(number / 500)/\(number).txt", SyntheticCorpus.text(number)) }
                }
            }
            let run = try BackgroundRun(["index", corpus, "--index", index], environment: env)
            // The first run builds everything; later ones only redo what changed, and are shorter.
            let window = iteration == 0 ? full : full / 4
            usleep(useconds_t(Double.random(in: 0.05...max(0.1, window), using: &random) * 1_000_000))
            if run.isRunning {
                kill(run.process.processIdentifier, SIGKILL)
                killed += 1
            }
            let result = run.wait()
            XCTAssertTrue(result.status == 0 || run.process.terminationReason == .uncaughtSignal, "seed \(seed): \(result.stderr)")
        }
        XCTAssertGreaterThanOrEqual(killed, 2, "seed \(seed): the runs ended before they could be killed")

        let last = try runBaoterm(["index", corpus, "--index", index], environment: env)
        XCTAssertEqual(last.status, 0, "seed \(seed): \(last.stderr)")
        let clean = folder.file("clean.sqlite")
        XCTAssertEqual(try runBaoterm(["index", corpus, "--index", clean], environment: env).status, 0)

        XCTAssertEqual(try CorpusIndex(path: index, state: UserState()).integrityCheck(), "ok", "seed \(seed)")
        XCTAssertEqual(try Self.articles(index), try Self.articles(clean), "seed \(seed): the killed index holds other articles")
        XCTAssertEqual(try Self.articles(index).count, present.count)
        for query in ["thủy lợi", "zq7", "\"chỉnh đốn Đảng\" -kinh", "hoa binh"] {
            let killedHits = try Self.hits(query, corpus: corpus, index: index, env: env)
            XCTAssertEqual(killedHits, try Self.hits(query, corpus: corpus, index: clean, env: env), "seed \(seed): \(query)")
        }
        XCTAssertEqual(try Self.stateRows(folder.file("state/baoterm/state.sqlite")), stateBefore, "seed \(seed): user state changed")
    }

    /// Path and content hash of every indexed article, sorted.
    private static func articles(_ index: String) throws -> [String] {
        try DatabaseQueue(path: index).read { db in
            try String.fetchAll(db, sql: "SELECT path || ' ' || hash FROM article ORDER BY path")
        }
    }

    /// A search's hits as sorted "path score snippet" lines: rows of a killed and a clean index
    /// get different ids, so equal scores may come in another order.
    private static func hits(_ query: String, corpus: String, index: String, env: [String: String]) throws -> [String] {
        let result = try runBaoterm(["search", query, corpus, "--index", index, "--json", "--limit", "1000"], environment: env)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.jsonArray.map { hit in
            "\(hit["path"] as? String ?? "") \(hit["score"] as? Double ?? 0) \(hit["snippet"] as? String ?? "")"
        }.sorted()
    }

    /// Every read mark and bookmark of the state database.
    private static func stateRows(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: """
                SELECT 'read ' || path || ' ' || hash || ' ' || at FROM read_mark
                UNION ALL SELECT 'bookmark ' || path || ' ' || hash || ' ' || at FROM bookmark ORDER BY 1
                """)
        }
    }
}
