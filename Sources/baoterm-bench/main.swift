import Foundation

/// `baoterm-bench KIND [ARGS…]`: the measurements `make bench` runs, and `tables`, which writes the
/// generated per-scalar text tables. Each kind lives in its own file.
let arguments = Array(CommandLine.arguments.dropFirst())
let benches: [String: ([String]) throws -> Void] = [
    "parse": ParseBench.run,
    "index": IndexBench.run,
    "browser": BrowserBench.run,
    "fetch": FetchBench.run,
    "prompt": PromptBench.run,
    "relevance": RelevanceBench.run,
    "search": SearchBench.run,
    "storage": StorageBench.run,
    "tables": TablesCommand.run,
]
guard let kind = arguments.first, let bench = benches[kind] else {
    FileHandle.standardError.write("usage: baoterm-bench \(benches.keys.sorted().joined(separator: "|")) [ARGS…]\n".data(using: .utf8)!)
    exit(2)
}
do {
    try bench(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write("baoterm-bench \(kind): \(error)\n".data(using: .utf8)!)
    exit(1)
}
