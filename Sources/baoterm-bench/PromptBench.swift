import BaoCore
import BaoTUI
import Foundation

/// Cost per key of typing into the browser's prompts, at growing line lengths, through the
/// headless runtime (reduce, effects, render) on a real index; and the cost of long queries.
///
/// `baoterm-bench prompt CORPUS [--db PATH] [--length N]`. The `:` line grows to `--length`
/// characters (default 1,000,000), typed one key at a time; at 1 K, 16 K, 100 K and the full
/// length, 200 keys are timed each with a render after every key (the terminal draws less
/// often). The list's `/` is timed on the whole corpus with a query that matches no title:
/// the first key (which folds every title once), keys typed after the miss, and a full scan
/// (each backspace searches again).
enum PromptBench {
    static func run(_ args: [String]) throws {
        guard let corpus = args.first, !corpus.hasPrefix("-") else {
            throw BenchError("usage: baoterm-bench prompt CORPUS [--db PATH] [--length N]")
        }
        let length = IndexBench.value(after: "--length", in: args).flatMap(Int.init) ?? 1_000_000
        let db = IndexBench.value(after: "--db", in: args)
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-bench-browser.sqlite")
        let index = try CorpusIndex(path: db)
        let summary = try index.refresh(roots: [corpus])
        print("prompt bench: \(corpus), \(summary.files) articles, database \(db)")

        // `:` line: the text is ordinary words, so nothing but its length grows.
        let words = Array("tham nhung lang phi can bo dang vien ".repeated(to: length))
        let runtime = BrowserRuntime(store: index, state: AppState(width: 120, height: 40, corpusName: "bench"))
        runtime.send(.start)
        runtime.send(.key(.char(":")))
        var typed = 0
        let cpuStart = IndexBench.cpuSeconds(children: false)
        let wallStart = Date()
        for mark in [1_000, 16_000, 100_000, length] where mark <= length {
            while typed < mark - 200 {
                runtime.send(.key(.char(words[typed])))
                typed += 1
            }
            var perKey: [Double] = []
            while typed < mark {
                let start = DispatchTime.now().uptimeNanoseconds
                runtime.send(.key(.char(words[typed])))
                _ = runtime.render()
                perKey.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
                typed += 1
            }
            print(String(format: "  ':' line at %7d characters: key + render median %6.1f µs, max %7.1f µs",
                         mark, IndexBench.median(perKey), perKey.max() ?? 0))
        }
        print(String(format: "  ':' line: %d keys typed in %.2f s wall, %.2f s CPU", typed,
                     Date().timeIntervalSince(wallStart), IndexBench.cpuSeconds(children: false) - cpuStart))
        runtime.send(.key(.esc))

        // `/` in the list, a query no title holds.
        let list = BrowserRuntime(store: index, state: AppState(width: 120, height: 40, corpusName: "bench"))
        list.send(.start)
        print("  list holds \(list.state.list.count) articles")
        list.send(.key(.char("/")))
        var first = 0.0
        var after: [Double] = []
        for (i, c) in "qxzqxzqxzqxzqxzqxzqxzqxz".enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            list.send(.key(.char(c)))
            let micros = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
            if i == 0 { first = micros } else { after.append(micros) }
        }
        var scans: [Double] = []
        for _ in 0..<15 {
            list.send(.key(.backspace))
            let start = DispatchTime.now().uptimeNanoseconds
            list.send(.key(.char("z")))
            list.send(.key(.backspace))
            scans.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 2000)
        }
        print(String(format: "  '/' no match: first key %.1f ms (folds every title once), keys after the miss median %.1f µs, "
                     + "full scan (backspace) median %.2f ms", first / 1000, IndexBench.median(after), IndexBench.median(scans) / 1000))

        // Long queries: the most words a query may hold, and a pasted paragraph (refused).
        let vocabulary = ["đảng", "cán", "bộ", "tỉnh", "ủy", "nghị", "quyết", "phát", "triển", "kinh", "tế", "xã", "hội",
                          "chính", "quyền", "nhân", "dân", "công", "tác", "lãnh", "đạo"]
        for count in [SearchQuery.maximumWords, 200] {
            let query = (0..<count).map { vocabulary[$0 % vocabulary.count] }.joined(separator: " ")
            var times: [Double] = []
            var outcome = ""
            for _ in 0..<5 {
                let start = Date()
                do { outcome = "\(try index.search(query, limit: 20).count) hits" } catch { outcome = "refused: \(error)" }
                times.append(Date().timeIntervalSince(start) * 1000)
            }
            print(String(format: "  search with %d words: median %.1f ms (%@)", count, IndexBench.median(times), String(outcome.prefix(70))))
        }
    }
}

private extension String {
    /// This text repeated and cut to `count` characters.
    func repeated(to count: Int) -> String {
        String(String(repeating: self, count: count / self.count + 1).prefix(count))
    }
}
