/// How well an extraction matches a page's article: body-text recall and furniture left.
///
/// Both count words (lower-cased runs of letters and digits) as multisets. Recall is the share of
/// the expected words found in the extracted text; furniture is the share of the extracted words
/// that the expected text does not account for (menu items, related headlines, comments, footers).
public struct ExtractionScore: Sendable, Equatable {
    public var expectedWords: Int
    public var extractedWords: Int
    public var matchedWords: Int

    public init(expected: [String], extracted: [String]) {
        let want = Self.counts(expected)
        let got = Self.counts(extracted)
        expectedWords = want.values.reduce(0, +)
        extractedWords = got.values.reduce(0, +)
        matchedWords = want.reduce(0) { $0 + min($1.value, got[$1.key, default: 0]) }
    }

    public init(summing scores: [ExtractionScore]) {
        expectedWords = scores.reduce(0) { $0 + $1.expectedWords }
        extractedWords = scores.reduce(0) { $0 + $1.extractedWords }
        matchedWords = scores.reduce(0) { $0 + $1.matchedWords }
    }

    public var recall: Double { expectedWords == 0 ? 1 : Double(matchedWords) / Double(expectedWords) }
    /// Extracted words that are not the article's, as a share of all extracted words.
    public var furniture: Double { extractedWords == 0 ? 0 : Double(extractedWords - matchedWords) / Double(extractedWords) }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// Strings compare and hash by canonical equivalence, so composed and decomposed words count as one.
    static func counts(_ texts: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for text in texts {
            for word in words(text) { out[word, default: 0] += 1 }
        }
        return out
    }
}
