import BaoCore
import CFuzzDriver
import Foundation
import BaoTUI
import BaoTestSupport

/// The search query grammar and the browser's `:` and `/` prompts on arbitrary text: no trap.
/// The prompts run against the bundled seeds held in memory (`make fuzz` runs from the checkout).
func fuzzQuery(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let query = try? SearchQuery.parse(text) {
        _ = query.ftsExpression
    }
    let runtime = BrowserRuntime(store: FuzzCorpus.seeds, state: AppState(width: 80, height: 24, corpusName: "seeds"))
    runtime.send(.start)
    // A prompt line of a few hundred keys covers the grammar; typing thousands per run (each a
    // reduce and a search) would leave the fuzzer a handful of runs a second.
    let keys = text.prefix(300).map { Key.char($0) }
    runtime.type([.char(":")] + keys + [.enter])
    runtime.type([.char("/")] + keys + [.enter, .char("n")])
    _ = runtime.render()
    return 0
}

enum FuzzCorpus {
    nonisolated(unsafe) static let seeds: MemoryCorpus = MemoryCorpus.load(paths: ["seeds"]).0
}

var arguments: Int32 = CommandLine.argc
var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector) { data, size in fuzzQuery(data, size) })
