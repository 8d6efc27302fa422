import BaoCore
import Foundation

/// Index measurements: cold build, warm open with no change, search latency over a fixed list of
/// 50 queries, province filter, peak memory, and the same term queries with `rg -l` for scale.
///
/// `baoterm-bench index CORPUS [--runs N] [--db PATH] [--no-rg] [--no-parse]`. With `$BAOTERM_BIN` set, cold
/// and warm runs go through the real `baoterm index` (process start and folder walk included) and
/// peak memory is the largest child's maximum resident set; otherwise they run in this process.
enum IndexBench {
    /// A benchmark query and, when the question can be put to ripgrep, the fixed string it greps
    /// (case-insensitive) for the same term.
    struct Query {
        var text: String
        var rg: String?
    }

    static let queries: [Query] = {
        let marked = [
            "Nghị quyết", "đảng viên", "tham nhũng", "Cần Thơ", "Hà Nội", "Đà Nẵng", "biển Đông", "Quốc hội",
            "bầu cử", "kỷ luật", "\"cải cách hành chính\"", "\"phòng chống tham nhũng\"", "\"xây dựng Đảng\"",
            "\"Bộ Chính trị\"", "\"Ban Bí thư\"", "kinh tế", "y tế", "giáo dục", "\"nông thôn mới\"",
            "\"xóa đói giảm nghèo\"", "\"Hồ Chí Minh\"", "thủy điện", "biên giới", "an ninh", "quốc phòng",
            "đại hội", "Thủ tướng", "\"Chủ tịch nước\"", "bão lũ", "ô nhiễm", "\"tai nạn giao thông\"",
            "doanh nghiệp", "đầu tư", "xuất khẩu", "du lịch",
        ]
        var list = marked.map { Query(text: $0, rg: $0.replacingOccurrences(of: "\"", with: "")) }
        // Typed without marks: ripgrep needs the marked form to find the same words.
        list += [("can tho", "Cần Thơ"), ("ha noi", "Hà Nội"), ("tham nhung", "tham nhũng"),
                 ("dang vien", "đảng viên"), ("nghi quyet", "nghị quyết")].map { Query(text: $0.0, rg: $0.1) }
        list += [Query(text: "tham*", rg: "tham"), Query(text: "nghị*", rg: "nghị"),
                 Query(text: "59-NQ/TW", rg: "59-NQ/TW"), Query(text: "NQ/TW", rg: "NQ/TW")]
        list += [
            "đảng province:\"Hà Nội\"", "cites:NQTW4-XII", "kinh tế after:2017-06", "tham nhũng -Hà",
            "person:\"Nguyễn Phú Trọng\"", "\"Thành ủy\" province:\"Hồ Chí Minh\"",
        ].map { Query(text: $0, rg: nil) }
        return list
    }()

    static let provinces = ["Hà Nội", "ho chi minh", "can tho", "Cà Mau", "da nang", "Lào Cai"]

    /// One build or refresh of the index: through the `baoterm` binary when given (wall and CPU
    /// time of the child process), else in process (wall time and the refresh summary).
    static func indexRun(binary: String?, corpus: String, db: String) throws
        -> (seconds: Double, cpu: Double?, summary: RefreshSummary?) {
        if let binary {
            let cpuBefore = cpuSeconds(children: true)
            let seconds = try timeProcess(binary, ["index", corpus, "--index", db])
            return (seconds, cpuSeconds(children: true) - cpuBefore, nil)
        }
        let start = Date()
        let summary = try CorpusIndex(path: db).refresh(roots: [corpus])
        return (Date().timeIntervalSince(start), nil, summary)
    }

    static func run(_ args: [String]) throws {
        guard let corpus = args.first, !corpus.hasPrefix("-") else {
            throw BenchError("usage: baoterm-bench index CORPUS [--runs N] [--db PATH] [--no-rg] [--no-parse]")
        }
        let runs = max(1, value(after: "--runs", in: args).flatMap(Int.init) ?? 3)
        let db = value(after: "--db", in: args)
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("baoterm-bench-index.sqlite")
        let binary = ProcessInfo.processInfo.environment["BAOTERM_BIN"].flatMap { $0.isEmpty ? nil : $0 }
        print("index bench: \(corpus), \(runs) runs, database \(db)")

        // Cold: no database.
        var cold: [Double] = []
        var coldCPU: [Double] = []
        var articles = 0
        for _ in 0..<runs {
            removeDatabase(db)
            let run = try indexRun(binary: binary, corpus: corpus, db: db)
            cold.append(run.seconds)
            if let cpu = run.cpu { coldCPU.append(cpu) }
            if let summary = run.summary {
                print(String(format: "  run: %.2f s; writer thread CPU %.2f s, waited for parsing %.2f s; parsing waited for the writer %.2f s",
                             summary.seconds, summary.writerCPUSeconds, summary.writerWaitSeconds, summary.parserWaitSeconds))
            }
        }
        let index = try CorpusIndex(path: db)
        articles = try index.articleCount()
        let coldMedian = median(cold)
        print(String(format: "cold index: %d articles, median %.2f s (%.0f articles/s) [runs: %@]",
                     articles, coldMedian, Double(articles) / max(coldMedian, 1e-9), cold.map { String(format: "%.2f", $0) }.joined(separator: " ")))
        if !coldCPU.isEmpty {
            print(String(format: "  CPU time (user + system) per cold run: median %.2f s, i.e. %.2f s of wall time on 2 otherwise idle cores (load average now %@)",
                         median(coldCPU), median(coldCPU) / 2, loadAverage()))
        }
        var peak = 0
        if binary != nil {
            peak = maxResidentKB(children: true)
            print("peak memory (cold index, largest baoterm run): \(peak / 1024) MB")
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: db))?[.size] as? Int ?? 0)
            + ((try? FileManager.default.attributesOfItem(atPath: db + "-wal"))?[.size] as? Int ?? 0)
        print("database size: \(size / 1_048_576) MB")

        // The share of the cold index that is parsing and entity extraction (the same work on
        // all cores, without the database), to tell the index's own cost apart.
        if !args.contains("--no-parse") {
            let files = ArticleLoader.files(in: [corpus]).files
            let start = Date()
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                if let article = try? ArticleLoader.load(path: files[index]) {
                    _ = EntityExtractor.extract(from: article)
                }
            }
            let parse = Date().timeIntervalSince(start)
            print(String(format: "  of which parse + entities alone: %.2f s; index work (folding, JSON, SQLite, FTS5): %.2f s",
                         parse, max(0, coldMedian - parse)))
        }

        // Warm: nothing changed.
        var warm: [Double] = []
        var warmCPU: [Double] = []
        for _ in 0..<max(5, runs) {
            let run = try indexRun(binary: binary, corpus: corpus, db: db)
            warm.append(run.seconds)
            if let cpu = run.cpu { warmCPU.append(cpu) }
            if let summary = run.summary, !summary.isNoOp {
                throw BenchError("warm refresh changed something: \(summary)")
            }
        }
        print(String(format: "warm open, no change: median %.0f ms [%@]", median(warm) * 1000, warm.map { String(format: "%.0f", $0 * 1000) }.joined(separator: " ")))
        if !warmCPU.isEmpty {
            print(String(format: "  CPU time (user + system): median %.0f ms", median(warmCPU) * 1000))
        }

        // Search latency, in process, after one warm-up pass.
        let latency = try SearchBench.measure(index, runs: 5, limit: 20)
        SearchBench.report(latency, runs: 5, limit: 20)

        // Province filter: the article list narrowed to a province (old or merged unit).
        var filter: [Double] = []
        var filterCPU: [Double] = []
        var counts: [Double] = []
        for _ in 0..<5 {
            for name in provinces {
                let start = Date()
                let cpuStart = threadCPUSeconds()
                _ = try index.articles(matching: ArticleFilter(province: name))
                filter.append(Date().timeIntervalSince(start))
                filterCPU.append(threadCPUSeconds() - cpuStart)
            }
            let start = Date()
            _ = try index.provinceCounts(merged: false)
            counts.append(Date().timeIntervalSince(start))
        }
        print(String(format: "province filter: median %.2f ms, max %.2f ms; province counts: median %.2f ms",
                     median(filter) * 1000, (filter.max() ?? 0) * 1000, median(counts) * 1000))
        print(String(format: "  CPU time per province filter: median %.2f ms, max %.2f ms", median(filterCPU) * 1000, (filterCPU.max() ?? 0) * 1000))

        if binary == nil {
            peak = maxResidentKB(children: false)
            print("peak memory (this process): \(peak / 1024) MB")
        }

        // The same term queries with ripgrep over the folder.
        if !args.contains("--no-rg"), let rg = which("rg") {
            var ours: [Double] = []
            var theirs: [Double] = []
            for item in latency.perQuery {
                guard let pattern = item.query.rg else { continue }
                var times: [Double] = []
                for _ in 0..<3 {
                    times.append(try timeProcess(rg, ["-l", "-i", "-F", "--", pattern, corpus], allowedStatus: [0, 1]))
                }
                ours.append(item.wall)
                theirs.append(median(times))
            }
            let ratio = median(theirs) / max(median(ours), 1e-9)
            print(String(format: "rg -l -i -F, same %d term queries: median %.0f ms vs index %.2f ms (index %.0f× faster)",
                         theirs.count, median(theirs) * 1000, median(ours) * 1000, ratio))
        } else if !args.contains("--no-rg") {
            print("rg: not installed (apt-get install -y ripgrep), comparison skipped")
        }
    }

    // MARK: - Helpers

    static func value(after flag: String, in args: [String]) -> String? {
        guard let at = args.firstIndex(of: flag), at + 1 < args.count else { return nil }
        return args[at + 1]
    }

    /// Maximum resident set in KB: of this process, or of its largest finished child.
    static func maxResidentKB(children: Bool) -> Int {
        Int(resourceUsage(children: children).ru_maxrss)
    }

    /// User plus system CPU seconds of this process, or of its finished children.
    static func cpuSeconds(children: Bool) -> Double {
        let usage = resourceUsage(children: children)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// `getrusage` of this process or of its finished children.
    private static func resourceUsage(children: Bool) -> rusage {
        var usage = rusage()
        #if os(Linux)
        let who = children ? RUSAGE_CHILDREN : RUSAGE_SELF
        getrusage(__rusage_who_t(who.rawValue), &usage)
        #else
        getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage)
        #endif
        return usage
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)).map { String($0.split(separator: " ").first ?? "?") } ?? "?"
    }

    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Wall time of one run of `executable`, output discarded.
    static func timeProcess(_ executable: String, _ arguments: [String], allowedStatus: Set<Int32> = [0]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        process.waitUntilExit()
        let elapsed = Date().timeIntervalSince(start)
        guard allowedStatus.contains(process.terminationStatus) else {
            throw BenchError("\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return elapsed
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func median(_ values: [Double]) -> Double {
        percentile(values, 0.5)
    }

    /// Nearest-rank percentile.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}

/// A benchmark that cannot run, with the reason.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
