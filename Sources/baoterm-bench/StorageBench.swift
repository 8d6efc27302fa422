import BaoCore
import Foundation

/// Storage measurements: the structural page check every refresh runs under the writer lock.
///
/// `baoterm-bench storage INDEX [--runs N]`: wall and CPU time of `PageCheck.check` on an index
/// (median of N runs, the file in the page cache after the first).
enum StorageBench {
    static func run(_ args: [String]) throws {
        guard let path = args.first, !path.hasPrefix("-") else {
            throw BenchError("usage: baoterm-bench storage INDEX [--runs N]")
        }
        let runs = max(1, IndexBench.value(after: "--runs", in: args).flatMap(Int.init) ?? 5)
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        var wall: [Double] = []
        var cpu: [Double] = []
        var finding = PageCheck.Finding.sound
        for _ in 0..<runs {
            let start = Date()
            let cpuStart = threadCPUSeconds()
            finding = PageCheck.check(path)
            cpu.append(threadCPUSeconds() - cpuStart)
            wall.append(Date().timeIntervalSince(start))
        }
        print(String(format: "page check of %@ (%d MB): %@; median %.3f s wall, %.3f s CPU over %d runs (load average %@) [wall: %@]",
                     path, size / 1_048_576, "\(finding)", IndexBench.median(wall), IndexBench.median(cpu), runs, IndexBench.loadAverage(),
                     wall.map { String(format: "%.3f", $0) }.joined(separator: " ")))
    }
}
