import BaoCore
import CFuzzDriver
import Foundation

/// Text normalisation, folding, decoding and output escaping on arbitrary bytes: no trap, and
/// what comes out is terminal-safe and stable under a second pass.
func fuzzNormalize(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    let normalized = TextNormalizer.normalize(text)
    precondition(TextNormalizer.isTerminalSafe(normalized), "normalize left a control character")
    precondition(TextNormalizer.normalize(normalized) == normalized, "normalize is not idempotent")
    _ = TextNormalizer.comparisonKey(text)
    _ = Folding.fold(text)
    _ = TonePlacement.canonical(normalized)
    let escaped = TextNormalizer.escapedForDisplay(text)
    precondition(TextNormalizer.isTerminalSafe(escaped) && !escaped.contains("\n"), "escape left a control")
    _ = TextDecoding.decode(bytes)
    _ = DisplayWidth.of(normalized)
    return 0
}

var arguments: Int32 = CommandLine.argc
var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector) { data, size in fuzzNormalize(data, size) })
