import BaoCore
import BaoFetch
import FetchFixtures
import Foundation

/// Fetching against the local fixture server (127.0.0.1, no internet): throughput in articles per
/// second, and extraction quality (body-text recall, furniture left) on every fixture page.
///
/// `baoterm-bench fetch [--articles N] [--runs N]`. Each run fetches N article pages (spread over
/// the four site families' bulk feeds) into a fresh folder with a fresh state: feeds, pages,
/// charset decoding, extraction and writing, with the per-host limit of 4 connections. With
/// `$BAOTERM_BIN` set, the real `baoterm fetch` (which also indexes what it stored) is timed too.
/// The server runs in this process, so the in-process CPU time counts both sides.
enum FetchBench {
    static func run(_ args: [String]) throws {
        let count = max(4, IndexBench.value(after: "--articles", in: args).flatMap(Int.init) ?? 400)
        let runs = max(1, IndexBench.value(after: "--runs", in: args).flatMap(Int.init) ?? 5)
        quality()

        let site = try FixtureSite()
        defer { site.server.stop() }
        let perFeed = count / SiteFamily.allCases.count
        let feedsText = SiteFamily.allCases.map { site.url(FixtureSite.bulkFeedPath($0, count: perFeed)) + " bench" }.joined(separator: "\n") + "\n"
        let feeds = FeedsFile.parse(feedsText, path: "feeds").feeds
        let total = perFeed * feeds.count
        print("fetch bench: \(total) articles from \(feeds.count) feeds on \(site.baseURL), \(runs) runs, load \(IndexBench.loadAverage())")

        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<runs {
            let work = (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-bench-fetch-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(atPath: work) }
            let fetcher = Fetcher(paths: FetchPaths(feedsFile: work + "/feeds", articles: work + "/articles", stateFile: work + "/fetched.json"))
            let cpu0 = IndexBench.cpuSeconds(children: false)
            let start = Date()
            let reports = try AsyncWait.result { try await fetcher.run(feeds) }
            walls.append(Date().timeIntervalSince(start))
            cpus.append(IndexBench.cpuSeconds(children: false) - cpu0)
            let stored = reports.reduce(0) { $0 + $1.stored.count }
            guard stored == total else { throw BenchError("stored \(stored) of \(total) articles: \(reports.compactMap(\.error))") }
        }
        let wall = IndexBench.median(walls), cpu = IndexBench.median(cpus)
        print(String(format: "  in process (fetch, extract, write): median %.2f s wall, %.2f s CPU (client and server) → %.0f articles/s",
                     wall, cpu, Double(total) / wall))

        guard let binary = ProcessInfo.processInfo.environment["BAOTERM_BIN"], !binary.isEmpty else { return }
        var processWalls: [Double] = []
        var processCPU: [Double] = []
        for _ in 0..<runs {
            let work = (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-bench-fetch-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(atPath: work) }
            try FileManager.default.createDirectory(atPath: work + "/config/baoterm", withIntermediateDirectories: true)
            try Data(feedsText.utf8).write(to: URL(fileURLWithPath: work + "/config/baoterm/feeds"))
            let environment = ["XDG_CONFIG_HOME": work + "/config", "XDG_DATA_HOME": work + "/data",
                               "XDG_STATE_HOME": work + "/state", "XDG_CACHE_HOME": work + "/cache"]
            let cpu0 = IndexBench.cpuSeconds(children: true)
            processWalls.append(try timeProcess(binary, ["fetch", "--quiet"], environment: environment))
            processCPU.append(IndexBench.cpuSeconds(children: true) - cpu0)
        }
        let pwall = IndexBench.median(processWalls), pcpu = IndexBench.median(processCPU)
        print(String(format: "  baoterm fetch (also indexes): median %.2f s wall, %.2f s CPU (baoterm alone) → %.0f articles/s",
                     pwall, pcpu, Double(total) / pwall))
    }

    /// Recall and furniture over every fixture page of every family, as the tests measure them.
    static func quality() {
        var all: [ExtractionScore] = []
        for family in SiteFamily.allCases {
            var scores: [ExtractionScore] = []
            for article in FixtureArticles.all {
                let extracted = ArticleExtractor.extract(html: family.page(article, url: "http://127.0.0.1/" + article.slug))
                let body = (extracted.lead.map { [$0] } ?? []) + extracted.blocks.map(\.text)
                scores.append(ExtractionScore(expected: family.expectedBody(article), extracted: body))
            }
            let sum = ExtractionScore(summing: scores)
            all += scores
            let name = family.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)
            print("  " + name + String(format: " %2d pages: recall %.4f, furniture %.4f", scores.count, sum.recall, sum.furniture))
        }
        let total = ExtractionScore(summing: all)
        print(String(format: "  all               %2d pages: recall %.4f, furniture %.4f (%d expected words, %d extracted)",
                     all.count, total.recall, total.furniture, total.expectedWords, total.extractedWords))
    }

    static func timeProcess(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("baoterm fetch exited with \(process.terminationStatus)") }
        return Date().timeIntervalSince(start)
    }
}
