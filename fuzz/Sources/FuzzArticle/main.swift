import BaoCore
import CFuzzDriver
import Foundation

/// The whole loader (decode, normalise, HTML, parse) on arbitrary bytes: no trap, and every
/// field of the article is terminal-safe.
func fuzzArticle(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let article = try? ArticleLoader.article(from: bytes, path: size % 3 == 0 ? "fuzz.html" : "fuzz.txt") else { return 0 }
    let fields = [article.title, article.subtitle, article.series, article.section, article.dateline,
                  article.source, article.url, article.author].compactMap { $0 }
        + article.blocks.map(\.text) + article.related.map(\.title)
    for field in fields {
        precondition(TextNormalizer.isTerminalSafe(field), "control character in a parsed field")
    }
    _ = article.bodyText
    return 0
}

var arguments: Int32 = CommandLine.argc
var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector) { data, size in fuzzArticle(data, size) })
