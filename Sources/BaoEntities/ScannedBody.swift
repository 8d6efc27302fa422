import BaoText
import BaoArticle
import Foundation

/// A text as the entity passes read it, scanned once: its UTF-8 bytes, the range of each of its
/// blocks, and over the same bytes the two word views the extractors need, both keyed by `WordKey`:
/// - `tokens`, words, numbers and single punctuation marks with their shape, for the people
///   scanner (`WordTokenizer`), made by the one pass over the bytes;
/// - `words`, letters and digits with the gap before each, for the place and organisation
///   matchers, read from the tokens (`WordScanner.words(of:tokens:)`).
///
/// Every offset is a UTF-8 byte offset into `bytes`. An article's body is one (its blocks joined
/// by a blank line, as `Article.bodyText` joins them); a title or dateline is one of one block.
struct ScannedBody: Sendable {
    /// The text as given.
    let text: String
    /// Its UTF-8 bytes, composed (NFC) when the text was not.
    let bytes: [UInt8]
    /// True when the text held combining marks and `bytes` were composed from it (false: they
    /// are `text.utf8` as given; true does not mean that composing changed them).
    let composed: Bool
    /// The byte range of each block in `bytes`, in order.
    let blocks: [Range<Int>]
    let words: [ScannedWord]
    let tokens: [WordTokenizer.Token]

    /// `text` as one block.
    init(_ text: String) {
        let (bytes, composed) = WordScanner.composing(text)
        self.init(text: text, bytes: bytes, composed: composed, blocks: [0..<bytes.count])
    }

    /// The body of `blocks`: their texts joined as `Article.bodyText` joins them.
    init(blocks: [Block]) {
        let text = blocks.map(\.text).joined(separator: Article.blockSeparator)
        let (bytes, composed) = WordScanner.composing(text)
        // Composing never joins across the line breaks between blocks, so each block's composed
        // length is its share of the composed bytes.
        let lengths = blocks.map {
            composed ? $0.text.precomposedStringWithCanonicalMapping.utf8.count : $0.text.utf8.count
        }
        let ranges = zip(Article.blockStarts(lengths: lengths), lengths).map { $0..<($0 &+ $1) }
        self.init(text: text, bytes: bytes, composed: composed, blocks: ranges)
    }

    private init(text: String, bytes: [UInt8], composed: Bool, blocks: [Range<Int>]) {
        self.text = text
        self.bytes = bytes
        self.composed = composed
        self.blocks = blocks
        let tokens = WordTokenizer.tokenize(bytes)
        self.tokens = tokens
        self.words = WordScanner.words(of: bytes, tokens: tokens)
    }

    /// The indices of the tokens that lie in block `block` (none outside the blocks).
    func tokenRange(ofBlock block: Int) -> Range<Int> {
        guard blocks.indices.contains(block) else { return 0..<0 }
        let range = blocks[block]
        let first = firstToken(atOrAfter: range.lowerBound)
        var last = first
        while last < tokens.count && Int(tokens[last].start) < range.upperBound { last &+= 1 }
        return first..<last
    }

    /// The index of the first token that starts at or after byte `offset`.
    private func firstToken(atOrAfter offset: Int) -> Int {
        tokens.partitionPoint { Int($0.start) >= offset }
    }

    /// True when the bytes at `range` are `name`'s, as the reader would show them: a name made of
    /// words joined by single spaces is not spelled by the same words written with other white
    /// space between them, in other capitals, or as an alias.
    func spells(_ name: String, at range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, name.utf8.count == range.count else { return false }
        guard !range.isEmpty else { return true }
        var name = name
        return name.withUTF8 { name in
            bytes.withUnsafeBufferPointer { bytes in
                guard let n = name.baseAddress, let b = bytes.baseAddress else { return false }
                return memcmp(n, b + range.lowerBound, range.count) == 0
            }
        }
    }

    /// The text from the start of word `first` to the end of word `last`, as written.
    func text(from first: Int, to last: Int) -> String {
        guard first >= 0, last < words.count, first <= last else { return "" }
        let start = words[first].start
        let end = words[last].end
        guard start >= 0, end <= bytes.count, start <= end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// An article's texts scanned once for every entity pass: the headline texts each on their own
/// (they are not in the body), and the body.
struct ScannedArticle: Sendable {
    var title: ScannedBody?
    var dateline: ScannedBody?
    var subtitle: ScannedBody?
    var body: ScannedBody

    init(_ article: Article) {
        title = article.title.map(ScannedBody.init)
        dateline = article.dateline.map(ScannedBody.init)
        subtitle = article.subtitle.map(ScannedBody.init)
        body = ScannedBody(blocks: article.blocks)
    }
}
