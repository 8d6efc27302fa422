import BaoCore
import Foundation

/// In-process search latency over an existing index: the fixed benchmark queries of
/// `IndexBench.queries`, each asked several times after one warm-up pass, with wall and thread
/// CPU time per query, so that the slow ones can be told apart without building an index first.
///
/// `baoterm-bench search --db PATH [--runs N] [--limit N] [--per-query] [--query TEXT]`; `--query`
/// asks that one query instead of the list (to profile it). `baoterm-bench search --list` prints
/// the list, one query a line (to compare result lists of two builds). `--open` measures instead
/// what a new process pays for its one search once started: opening the index and asking the
/// query once (`--query`, by default "tham nhũng"), a new index connection each run, without
/// the freshness check of the corpus that `baoterm search` makes first.
enum SearchBench {
    /// Latency samples of one pass over the queries.
    struct Latency {
        /// Every sample, in seconds: wall clock and thread CPU.
        var wall: [Double] = []
        var cpu: [Double] = []
        /// Per query: its median wall and CPU time and how many hits it gave.
        var perQuery: [(query: IndexBench.Query, wall: Double, cpu: Double, hits: Int)] = []
    }

    static func run(_ args: [String]) throws {
        if args.contains("--list") {
            for query in IndexBench.queries { print(query.text) }
            return
        }
        guard let db = IndexBench.value(after: "--db", in: args) else {
            throw BenchError("usage: baoterm-bench search --db PATH [--runs N] [--limit N] [--per-query] [--query TEXT]")
        }
        let runs = max(1, IndexBench.value(after: "--runs", in: args).flatMap(Int.init) ?? 5)
        let limit = max(1, IndexBench.value(after: "--limit", in: args).flatMap(Int.init) ?? 20)
        if args.contains("--open") {
            try measureOpen(db: db, query: IndexBench.value(after: "--query", in: args) ?? "tham nhũng", runs: runs, limit: limit)
            return
        }
        let index = try CorpusIndex(path: db)
        print("search bench: \(db), \(try index.articleCount()) articles, load average \(IndexBench.loadAverage())")
        let queries = IndexBench.value(after: "--query", in: args).map { [IndexBench.Query(text: $0, rg: nil)] } ?? IndexBench.queries
        let latency = try measure(index, queries: queries, runs: runs, limit: limit)
        report(latency, runs: runs, limit: limit)
        if args.contains("--per-query") {
            for item in latency.perQuery.sorted(by: { $0.wall > $1.wall }) {
                print(String(format: "  %8.2f ms  CPU %8.2f ms  %4d hits  %@", item.wall * 1000, item.cpu * 1000, item.hits, item.query.text))
            }
        }
    }

    /// Opens the index and asks `query` once, `runs` times, each with a new connection.
    static func measureOpen(db: String, query: String, runs: Int, limit: Int) throws {
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<runs {
            let start = Date()
            let cpuStart = threadCPUSeconds()
            let index = try CorpusIndex(path: db)
            _ = try index.search(query, limit: limit)
            wall.append(Date().timeIntervalSince(start))
            cpu.append(threadCPUSeconds() - cpuStart)
        }
        print(String(format: "open the index and search '%@' once (%d runs, limit %d): median %.2f ms, CPU median %.2f ms (load average %@)",
                     query, runs, limit, IndexBench.median(wall) * 1000, IndexBench.median(cpu) * 1000, IndexBench.loadAverage()))
    }

    /// Asks every benchmark query `runs` times (after one warm-up pass over all of them).
    static func measure(_ index: CorpusIndex, queries: [IndexBench.Query] = IndexBench.queries, runs: Int, limit: Int) throws -> Latency {
        var latency = Latency()
        for query in queries { _ = try index.search(query.text, limit: limit) }
        for query in queries {
            var times: [Double] = []
            var cpus: [Double] = []
            var hits = 0
            for _ in 0..<runs {
                let start = Date()
                let cpuStart = threadCPUSeconds()
                hits = try index.search(query.text, limit: limit).count
                times.append(Date().timeIntervalSince(start))
                cpus.append(threadCPUSeconds() - cpuStart)
            }
            latency.wall += times
            latency.cpu += cpus
            latency.perQuery.append((query, IndexBench.median(times), IndexBench.median(cpus), hits))
        }
        return latency
    }

    /// The summary lines `make bench` prints: percentiles of wall and CPU time, the slowest queries.
    static func report(_ latency: Latency, runs: Int, limit: Int) {
        let wall = latency.wall
        let cpu = latency.cpu
        print(String(format: "search (%d queries × %d, limit %d): p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                     latency.perQuery.count, runs, limit, IndexBench.percentile(wall, 0.5) * 1000,
                     IndexBench.percentile(wall, 0.99) * 1000, (wall.max() ?? 0) * 1000))
        print(String(format: "  CPU time per search: p50 %.2f ms, p99 %.2f ms (wall time above includes waiting for a CPU on a shared machine)",
                     IndexBench.percentile(cpu, 0.5) * 1000, IndexBench.percentile(cpu, 0.99) * 1000))
        let slowest = latency.perQuery.sorted { $0.wall > $1.wall }.prefix(3)
        print("  slowest: " + slowest.map { String(format: "%@ %.1f ms", $0.query.text, $0.wall * 1000) }.joined(separator: "; "))
    }
}
