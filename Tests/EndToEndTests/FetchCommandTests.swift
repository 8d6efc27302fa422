import FetchFixtures
import Foundation
import XCTest

/// `baoterm fetch` against the local fixture server (127.0.0.1 only), then the fetched corpus
/// through `list`, `extract`, `search` and a `screen` render, with no path: the fetched
/// articles are the default corpus once there are any.
final class FetchCommandTests: XCTestCase {
    func testFetchFillsTheCorpusAndEveryViewShowsIt() throws {
        let site = try FixtureSite(slowDelay: 3)
        defer { site.server.stop() }
        let folder = try TempFolder()
        try folder.write("config/baoterm/feeds", site.feedsFile(failures: true) + "not-a-url tinh\n")
        let env = ["XDG_CONFIG_HOME": folder.file("config"), "XDG_DATA_HOME": folder.file("data"),
                   "XDG_STATE_HOME": folder.file("state"), "XDG_CACHE_HOME": folder.file("cache")]

        let fetch = try runBaoterm(["fetch", "--timeout", "1", "--retries", "0"], environment: env)
        XCTAssertEqual(fetch.status, 1, "some feeds fail: status 1\n" + fetch.stderr)
        for line in ["Cổng Đảng bộ tỉnh: 5 new", "Báo Nhân Dân: 5 new", "TTXVN: 5 new", "Báo tỉnh (bản cũ): 5 new"] {
            XCTAssertTrue(fetch.stdout.contains(line), fetch.stdout)
        }
        XCTAssertTrue(fetch.stdout.contains("22 new articles in " + folder.file("data") + "/baoterm/articles; 22 indexed"), fetch.stdout)
        let feeds = folder.file("config") + "/baoterm/feeds"
        for message in [
            "baoterm: \(feeds):17: 'not-a-url' is not an http(s) URL",
            "\(site.url("/fail/404.xml")): HTTP 404 Not Found",
            "\(site.url("/fail/slow.xml")): no answer within 1 s (timed out)",
            "\(site.url("/fail/loop.xml")): more than 5 redirects (a redirect loop?)",
            "\(site.url("/fail/huge.xml")): response larger than 8 MB, not read",
            "malformed XML at line 4",
            "skipped \(site.url("/fail/gallery.html")): photo gallery, no article text",
            "note: \(site.url("/fail/utf8-declared-latin1.html")): declared iso-8859-1 but the bytes are UTF-8",
        ] {
            XCTAssertTrue(fetch.stderr.contains(message), message + "\n" + fetch.stderr)
        }

        // No path: the fetched articles.
        let list = try runBaoterm(["list", "--json"], environment: env)
        XCTAssertEqual(list.status, 0, list.stderr)
        let items = list.jsonArray
        XCTAssertEqual(items.count, 22)
        XCTAssertTrue(items.contains { ($0["title"] as? String) == FixtureArticles.laoCai.title })

        let extract = try runBaoterm(["extract", "--format", "jsonl"], environment: env)
        XCTAssertEqual(extract.status, 0, extract.stderr)
        let records = extract.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        XCTAssertEqual(records.count, 22)
        for article in FixtureArticles.all {
            let mine = records.filter { ($0["title"] as? String) == article.title }
            XCTAssertGreaterThanOrEqual(mine.count, 4, article.slug)
            for record in mine {
                XCTAssertEqual(record["primaryProvince"] as? String, article.expectedProvince, article.slug)
                XCTAssertEqual(record["published"] as? String, article.iso, article.slug)
                XCTAssertEqual(record["author"] as? String, article.expectedAuthor, article.slug)
                XCTAssertTrue((record["url"] as? String)?.hasPrefix(site.baseURL) ?? false)
                let ids = Set(((record["documents"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
                for id in article.expectedDocuments {
                    XCTAssertTrue(ids.contains(id), "\(article.slug): \(id) not in \(ids)")
                }
            }
        }

        let search = try runBaoterm(["search", "--json", "source:nhandan Cần Thơ"], environment: env)
        XCTAssertEqual(search.status, 0, search.stderr)
        let hits = search.jsonArray.compactMap { ($0["article"] as? [String: Any])?["title"] as? String ?? $0["title"] as? String }
        XCTAssertTrue(hits.contains(FixtureArticles.canTho.title), search.stdout)
        XCTAssertFalse(search.stdout.contains("/ttxvn/"), "source:nhandan keeps only that paper's articles")

        let screen = try runBaoterm(["screen", "--size", "120x30"], environment: env)
        XCTAssertEqual(screen.status, 0, screen.stderr)
        XCTAssertTrue(screen.stdout.contains("Bài viết 1/22"), screen.stdout)
        // The newest fetched article is selected and previewed, with its province and document.
        XCTAssertTrue(screen.stdout.contains("2025-01-15  Hà Nội siết chặt xử lý"), screen.stdout)
        XCTAssertTrue(screen.stdout.contains("★ Hà Nội"), screen.stdout)
        XCTAssertTrue(screen.stdout.contains("168/2024/NĐ-CP"), screen.stdout)
        XCTAssertTrue(screen.stdout.contains("articles"), "the status line names the fetched corpus\n" + screen.stdout)

        // A second run: every feed unchanged, nothing fetched again.
        try folder.write("config/baoterm/feeds", site.feedsFile(failures: false))
        let again = try runBaoterm(["fetch"], environment: env)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(again.stdout.components(separatedBy: ": not modified").count - 1, 4, again.stdout)
    }

    /// Ctrl-C (or any signal that ends `baoterm fetch`) ends the `baoterm-fetch` it runs as well,
    /// as it ended the fetch when it ran in the same process: the fetcher is in a process group
    /// of its own, so the terminal's SIGINT does not reach it, and without its parent it would
    /// go on fetching and writing unseen.
    func testInterruptedFetchEndsTheFetcherToo() throws {
        let site = try FixtureSite(slowDelay: 40)
        defer { site.server.stop() }
        let folder = try TempFolder()
        try folder.write("config/baoterm/feeds", site.url("/fail/slow.xml") + " hong\n")
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["fetch", "--timeout", "60", "--retries", "0"]
        process.environment = baotermEnvironment([
            "XDG_CONFIG_HOME": folder.file("config"), "XDG_DATA_HOME": folder.file("data"),
            "XDG_STATE_HOME": folder.file("state"), "XDG_CACHE_HOME": folder.file("cache"),
        ])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var fetcher: Int32?
        for _ in 0..<200 where fetcher == nil {
            fetcher = Self.children(of: process.processIdentifier).first { Self.command(of: $0) == "baoterm-fetch" }
            if fetcher == nil { usleep(50_000) }
        }
        let child = try XCTUnwrap(fetcher, "baoterm fetch started no baoterm-fetch")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        // The fetcher waits 40 s for the slow feed; ended with its parent, it is gone long before.
        var running = true
        for _ in 0..<100 where running {
            running = Self.isRunning(child)
            if running { usleep(100_000) }
        }
        if running { kill(child, SIGKILL) }
        XCTAssertFalse(running, "baoterm-fetch \(child) went on after baoterm fetch was interrupted")
    }

    /// The processes whose parent is `parent`, from /proc.
    static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent
        }
    }

    /// The command name of a process (its `comm`), nil once it is gone.
    static func command(of pid: Int32) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// True while the process exists and has not ended (a zombie left unreaped has ended).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }

    func testMissingFeedsFileSaysHowToCreateIt() throws {
        let folder = try TempFolder()
        let result = try runBaoterm(["fetch"], environment: ["XDG_CONFIG_HOME": folder.file("config"), "XDG_DATA_HOME": folder.file("data"),
                                                             "XDG_STATE_HOME": folder.file("state")])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("no feeds file at \(folder.file("config"))/baoterm/feeds: create it with one feed URL a line"), result.stderr)
    }
}
