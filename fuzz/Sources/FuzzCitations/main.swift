import BaoCore
import CFuzzDriver
import Foundation

/// The entity passes (citation grammar, provinces, people, organisations) on arbitrary text:
/// no trap, every mention offset lies inside the body text it points into, and every document
/// mention's UTF-8 range holds its wording.
func fuzzCitations(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    // Citations live in the body: a fixed title line first, so the fuzzed text is all body.
    let article = ArticleParser.parse(text: "Tiêu đề\n" + text, path: "fuzz.txt")
    let entities = EntityExtractor.extract(from: article)
    // Offsets count Unicode scalars (a family emoji is one character of five scalars).
    let length = article.bodyText.unicodeScalars.count
    let bytes = Array(article.bodyText.utf8)
    precondition(entities.names.documents.count == entities.documents.count, "documents without their ranges")
    for (document, ranges) in zip(entities.documents, entities.names.documents) {
        precondition(!document.id.isEmpty, "a document without an id")
        precondition(ranges.count == document.mentions.count, "mentions without their ranges")
        for (mention, range) in zip(document.mentions, ranges) {
            precondition(mention.offset >= 0 && mention.offset <= length, "mention offset outside the body")
            precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count
                         && String(decoding: bytes[range], as: UTF8.self) == mention.text,
                         "a mention's range does not hold its text")
        }
    }
    _ = DocumentExtractor.extract(from: article, provinces: ProvinceResult())
    return 0
}

var arguments: Int32 = CommandLine.argc
var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector) { data, size in fuzzCitations(data, size) })
