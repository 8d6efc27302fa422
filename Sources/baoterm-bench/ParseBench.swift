import BaoCore
import Dispatch
import Foundation

/// Parsing throughput over a folder of articles: every file read, decoded, normalised, parsed
/// and run through the entity extractors, on every core; the median of several runs.
///
/// `baoterm-bench parse [FOLDER] [--runs N] [--parse-only]` (FOLDER defaults to `$BENCH_CORPUS`).
/// Besides wall-clock time it reports CPU time: on a shared machine the wall clock measures the
/// neighbours too, while CPU seconds divided by the cores give what an idle machine would take.
enum ParseBench {
    static func run(_ args: [String]) throws {
        var folder = ProcessInfo.processInfo.environment["BENCH_CORPUS"]
        var runs = 5
        var withEntities = true
        var index = 0
        while index < args.count {
            if args[index] == "--parse-only" {
                withEntities = false
                index += 1
                continue
            }
            if args[index] == "--runs", index + 1 < args.count, let value = Int(args[index + 1]), value > 0 {
                runs = value
                index += 2
                continue
            }
            folder = args[index]
            index += 1
        }
        guard let folder else {
            throw ParseBenchError("no corpus: give a folder or set BENCH_CORPUS")
        }
        let listing = ArticleLoader.files(in: [folder])
        let files = listing.files
        guard !files.isEmpty else { throw ParseBenchError("no article files under \(folder)") }
        let bytes = files.reduce(0) { total, path in
            var info = stat()
            return total + (stat(path, &info) == 0 ? Int(info.st_size) : 0)
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let megabytes = Double(bytes) / 1_000_000
        let stages = withEntities ? "read + decode + normalise + parse + entities" : "read + decode + normalise + parse"
        print("parse: \(files.count) files, \(format(megabytes, 1)) MB, \(cores) cores, \(runs) runs (\(stages))")

        var seconds: [Double] = []
        var cpu: [Double] = []
        var skipped = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = IndexBench.cpuSeconds(children: false)
            skipped = parseAll(files, workers: cores, withEntities: withEntities)
            cpu.append(IndexBench.cpuSeconds(children: false) - cpuStart)
            let end = DispatchTime.now().uptimeNanoseconds
            seconds.append(Double(end - start) / 1e9)
        }
        seconds.sort()
        cpu.sort()
        let median = seconds[seconds.count / 2]
        let cpuMedian = cpu[cpu.count / 2]
        let idle = cpuMedian / Double(max(cores, 1))
        print("parse: median \(format(median, 2)) s, \(format(megabytes / median, 1)) MB/s, "
            + "\(Int((Double(files.count) / median).rounded())) articles/s "
            + "(fastest \(format(seconds.first ?? 0, 2)) s, slowest \(format(seconds.last ?? 0, 2)) s)")
        print("parse: median CPU \(format(cpuMedian, 2)) s over \(cores) cores = \(format(idle, 2)) s on an idle machine, "
            + "\(format(megabytes / idle, 1)) MB/s, \(Int((Double(files.count) / idle).rounded())) articles/s")
        print("parse: \(skipped) files skipped as unreadable")
    }

    /// Parses every file once, striding the list over `workers` threads; returns the failures.
    private static func parseAll(_ files: [String], workers: Int, withEntities: Bool) -> Int {
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var failures = 0
            var sink = 0
            var i = worker
            while i < files.count {
                do {
                    let article = try ArticleLoader.load(path: files[i])
                    sink &+= article.blocks.count
                    if withEntities { sink &+= EntityExtractor.extract(from: article).documents.count }
                } catch {
                    failures += 1
                }
                i += workers
            }
            counter.add(failures, sink: sink)
        }
        return counter.failures
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var failures = 0
        private(set) var sink = 0
        func add(_ count: Int, sink value: Int) {
            lock.lock()
            failures += count
            sink &+= value
            lock.unlock()
        }
    }

    private static func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}

/// Why the parse bench could not run.
struct ParseBenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
