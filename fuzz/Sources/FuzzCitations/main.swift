import BaoCore
import CFuzzDriver
import Foundation

/// The entity passes (citation grammar, provinces, people, organisations) on arbitrary text:
/// no trap, and every mention offset lies inside the body text it points into.
func fuzzCitations(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    // Citations live in the body: a fixed title line first, so the fuzzed text is all body.
    let article = ArticleParser.parse(text: "Tiêu đề\n" + text, path: "fuzz.txt")
    let entities = EntityExtractor.extract(from: article)
    let length = article.bodyText.count
    for document in entities.documents {
        precondition(!document.id.isEmpty, "a document without an id")
        for mention in document.mentions {
            precondition(mention.offset >= 0 && mention.offset <= length, "mention offset outside the body")
        }
    }
    _ = DocumentExtractor.extract(from: article, provinces: ProvinceResult())
    return 0
}

var arguments: Int32 = CommandLine.argc
var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector) { data, size in fuzzCitations(data, size) })
