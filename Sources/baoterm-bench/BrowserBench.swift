import BaoCore
import BaoTUI
import Foundation

/// Browser latency through the headless screen path: time to the first screen on a warm index,
/// and time per key (reduce, effects against the index, render) for moves, opening, links,
/// history, filters and search. Each figure has its CPU time beside the wall clock (the thread's
/// own, or the child process's), which a loaded machine does not inflate.
///
/// `baoterm-bench browser CORPUS [--db PATH] [--runs N] [--size WxH]`. The index at `--db` is
/// built first when missing (not measured). With `$BAOTERM_BIN` set, the first screen is also
/// measured through the real `baoterm screen` process. The reader's layout of the articles
/// citing documents is measured on its own (`ReaderLayoutBench`).
enum BrowserBench {
    /// One measured step: a label and the keys it types.
    struct Step {
        var label: String
        var keys: String
    }

    /// A browsing session over any corpus: nothing depends on particular articles.
    static let session: [Step] = [
        Step(label: "move", keys: "jjjjjkkjj"),
        Step(label: "page", keys: "<PgDn><PgDn><PgUp>G g"),
        Step(label: "open article", keys: "<Enter>"),
        Step(label: "scroll reader", keys: "jjj<PgDn>k"),
        Step(label: "next link", keys: "]]["),
        Step(label: "follow link", keys: "<Enter>"),
        Step(label: "move", keys: "jjk"),
        Step(label: "back", keys: "<BS>"),
        Step(label: "forward", keys: "l"),
        Step(label: "back", keys: "h"),
        Step(label: "search in reader", keys: "/đảng<Enter>nnN"),
        Step(label: "pane", keys: "<Tab><Tab><Tab>"),
        Step(label: "province picker", keys: "p"),
        Step(label: "picker typing", keys: "ha noi"),
        Step(label: "province filter", keys: "<Enter>"),
        Step(label: "move", keys: "jjjj"),
        Step(label: "open article", keys: "<Enter>"),
        Step(label: "clear filters", keys: "x"),
        Step(label: "command filter", keys: ":province can tho<Enter>"),
        Step(label: "cites filter", keys: ":cites NQTW4-XII<Enter>"),
        Step(label: "clear filters", keys: "x"),
        Step(label: "search filter", keys: ":search tham nhũng<Enter>"),
        Step(label: "documents index", keys: "d"),
        Step(label: "move", keys: "jjj"),
        Step(label: "follow link", keys: "<Enter>"),
        Step(label: "back", keys: "qq"),
        Step(label: "clear filters", keys: "x"),
        Step(label: "help", keys: "?q"),
    ]

    static func run(_ args: [String]) throws {
        guard let corpus = args.first, !corpus.hasPrefix("-") else {
            throw BenchError("usage: baoterm-bench browser CORPUS [--db PATH] [--runs N] [--size WxH]")
        }
        let runs = max(1, IndexBench.value(after: "--runs", in: args).flatMap(Int.init) ?? 5)
        let db = IndexBench.value(after: "--db", in: args)
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-bench-browser.sqlite")
        let size = (IndexBench.value(after: "--size", in: args) ?? "120x40").split(separator: "x").compactMap { Int($0) }
        let (width, height) = size.count == 2 ? (size[0], size[1]) : (120, 40)
        print("browser bench: \(corpus), \(width)x\(height), \(runs) runs, database \(db)")

        if !FileManager.default.fileExists(atPath: db) {
            let start = Date()
            let index = try CorpusIndex(path: db)
            let summary = try index.refresh(roots: [corpus])
            print(String(format: "  (index built first: %d articles in %.1f s, not measured)", summary.files, Date().timeIntervalSince(start)))
        }

        // First screen, warm index: open, refresh with nothing changed, load the list, render.
        var first: [Double] = []
        var firstCPU: [Double] = []
        var phases: [String: [Double]] = [:]
        var phasesCPU: [String: [Double]] = [:]
        var articles = 0
        for _ in 0..<runs {
            let start = Date()
            let startCPU = threadCPUSeconds()
            var mark = start
            var markCPU = startCPU
            func lap(_ name: String) {
                let now = Date()
                let nowCPU = threadCPUSeconds()
                phases[name, default: []].append(now.timeIntervalSince(mark) * 1000)
                phasesCPU[name, default: []].append((nowCPU - markCPU) * 1000)
                mark = now
                markCPU = nowCPU
            }
            // The browser draws its first screen from the warm index, then refreshes behind it.
            let index = try CorpusIndex(path: db)
            lap("open index")
            let runtime = BrowserRuntime(store: index, state: AppState(width: width, height: height, corpusName: "bench"))
            runtime.send(.start)
            lap("load the article list")
            _ = runtime.render()
            lap("render")
            first.append(Date().timeIntervalSince(start) * 1000)
            firstCPU.append((threadCPUSeconds() - startCPU) * 1000)
            _ = try index.refresh(roots: [corpus])
            lap("refresh (behind the screen)")
            articles = runtime.state.list.count
        }
        print(String(format: "first screen (in process, warm index, %d articles): median %.1f ms (CPU %.1f ms)",
                     articles, IndexBench.median(first), IndexBench.median(firstCPU)))
        for name in ["open index", "load the article list", "render", "refresh (behind the screen)"] {
            print("  " + name.padding(toLength: 26, withPad: " ", startingAt: 0)
                  + String(format: " median %7.1f ms (CPU %7.1f ms, this thread)", IndexBench.median(phases[name] ?? []),
                           IndexBench.median(phasesCPU[name] ?? [])))
        }

        if let binary = ProcessInfo.processInfo.environment["BAOTERM_BIN"].flatMap({ $0.isEmpty ? nil : $0 }) {
            // The terminal browser draws the warm index before refreshing it (`--no-refresh` is
            // that first screen); `screen` alone checks every file first, as a cold start would.
            for (label, refresh) in [("--no-refresh", false), ("after the freshness check", true)] {
                var process: [Double] = []
                var processCPU: [Double] = []
                for _ in 0..<runs {
                    let before = IndexBench.cpuSeconds(children: true)
                    let arguments = ["screen"] + (refresh ? [] : ["--no-refresh"]) + ["--size", "\(width)x\(height)", "--index", db, corpus]
                    process.append(try IndexBench.timeProcess(binary, arguments) * 1000)
                    processCPU.append((IndexBench.cpuSeconds(children: true) - before) * 1000)
                }
                // Peak memory is measured by scripts/bench-browser.sh: a child forked from this
                // process starts with its pages counted.
                print("first screen (baoterm screen \(label), start to exit): "
                      + String(format: "median %.1f ms (CPU %.1f ms)", IndexBench.median(process), IndexBench.median(processCPU)))
            }
        }

        // Keys: every key of the session timed on its own (reduce + store + render).
        let index = try CorpusIndex(path: db)
        var byLabel: [String: [Double]] = [:]
        var byLabelCPU: [String: [Double]] = [:]
        var all: [Double] = []
        var allCPU: [Double] = []
        for _ in 0..<runs {
            let runtime = BrowserRuntime(store: index, state: AppState(width: width, height: height, corpusName: "bench"))
            runtime.send(.start)
            for step in session {
                for key in Key.sequence(step.keys) {
                    let start = Date()
                    let startCPU = threadCPUSeconds()
                    runtime.send(.key(key))
                    _ = runtime.render()
                    let ms = Date().timeIntervalSince(start) * 1000
                    let cpu = (threadCPUSeconds() - startCPU) * 1000
                    byLabel[step.label, default: []].append(ms)
                    byLabelCPU[step.label, default: []].append(cpu)
                    all.append(ms)
                    allCPU.append(cpu)
                }
            }
        }
        // The store calls behind the slower keys, alone: what the index costs, apart from the UI.
        let calls: [(String, () throws -> Void)] = [
            ("articles(all)", { _ = try index.articles(matching: ArticleFilter()) }),
            ("articles(province ha noi)", { _ = try index.articles(matching: ArticleFilter(province: "ha noi")) }),
            ("articles(cites NQTW4-XII)", { _ = try index.articles(matching: ArticleFilter(cites: "NQTW4-XII")) }),
            ("provinceCounts", { _ = try index.provinceCounts(merged: false) }),
            ("documents()", { _ = try index.documents() }),
            ("document(NQTW4-XII)", { _ = try index.document("NQTW4-XII") }),
        ]
        print("store calls alone:")
        for (name, call) in calls {
            var times: [Double] = []
            for _ in 0..<runs {
                let start = Date()
                try call()
                times.append(Date().timeIntervalSince(start) * 1000)
            }
            print("  " + name.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: " median %7.2f ms", IndexBench.median(times)))
        }
        try ReaderLayoutBench.run(index: index, runs: runs)
        print("keys (reduce + store + render), by kind:")
        var seen = Set<String>()
        for step in session where seen.insert(step.label).inserted {
            let values = byLabel[step.label] ?? []
            let label = step.label.padding(toLength: 18, withPad: " ", startingAt: 0)
            print("  " + label + String(format: " median %6.2f ms (CPU %6.2f)   max %7.2f ms   (%d keys)",
                                        IndexBench.median(values), IndexBench.median(byLabelCPU[step.label] ?? []),
                                        values.max() ?? 0, values.count))
        }
        print(String(format: "every key: median %.2f ms (CPU %.2f), p90 %.2f ms (CPU %.2f), max %.2f ms over %d keys",
                     IndexBench.median(all), IndexBench.median(allCPU), IndexBench.percentile(all, 0.9),
                     IndexBench.percentile(allCPU, 0.9), all.max() ?? 0, all.count))
        print("load average \(IndexBench.loadAverage())")
    }
}
